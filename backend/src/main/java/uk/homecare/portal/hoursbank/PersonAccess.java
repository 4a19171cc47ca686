package uk.homecare.portal.hoursbank;

import static uk.homecare.portal.platform.Sql.uuid;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.Sql;

/**
 * Who may act on whose hours bank: a service user on their own, a carer on the people whose consent
 * stands today (begun, not past its last day, not revoked: {@link #STANDS}), the council's staff on
 * their council's people (to look, not to book). Anyone else is
 * told the person does not exist, so nobody learns who has a plan.
 */
@Singleton
class PersonAccess {

    /** A consent ({@code cc}) that stands on the UK date given as the next two parameters. */
    static final String STANDS = "cc.revoked_at is null and cc.starts_on <= ?::date and (cc.ends_on is null or cc.ends_on >= ?::date)";

    private final Sql sql;
    private final Clock clock;

    PersonAccess(Sql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    Acting actingOn(Actor actor, UUID personId) {
        // The person's council, and (for a service user) the person the caller's login is: one read for both.
        Found found = sql.one("""
                select pe.council_id, u.person_id as own_person from person pe left join app_user u on u.id = ? where pe.id = ?""",
                Found::read, actor.id(), personId)
                .orElseThrow(PersonAccess::unknown);
        return actingOn(actor, personId, found);
    }

    /** As {@link #actingOn(Actor, UUID)}, with the person's council and the caller's own person already read. */
    Acting actingOn(Actor actor, UUID personId, Found found) {
        UUID council = found.council();
        return switch (actor.role()) {
            case SERVICE_USER -> {
                if (!personId.equals(found.ownPerson())) {
                    throw unknown();
                }
                yield new Acting(actor, personId, council, null, true);
            }
            case CARER -> {
                if (!caresFor(actor, personId)) {
                    throw unknown();
                }
                yield new Acting(actor, personId, council, personId, true);
            }
            case COMMISSIONER, ADMIN -> {
                if (!council.equals(actor.homeCouncil())) {
                    throw unknown();
                }
                yield new Acting(actor, personId, council, null, false);
            }
            default -> throw unknown();
        };
    }

    Acting bookingFor(Actor actor, UUID personId) {
        return mayBook(actingOn(actor, personId));
    }

    Acting bookingFor(Actor actor, UUID personId, Found found) {
        return mayBook(actingOn(actor, personId, found));
    }

    private static Acting mayBook(Acting acting) {
        if (!acting.mayBook()) {
            throw HoursBankProblems.forbidden("hours.person.look-only");
        }
        return acting;
    }

    /** The people whose hours bank a person or carer may open; council staff search the register instead. */
    List<NamedRef> people(Actor actor) {
        String select = "select pe.id, pe.given_name || ' ' || pe.family_name as name from person pe ";
        return switch (actor.role()) {
            case SERVICE_USER -> sql.list(select + "join app_user u on u.person_id = pe.id where u.id = ?", PersonAccess::ref, actor.id());
            case CARER -> sql.list(select + """
                    join carer_consent cc on cc.person_id = pe.id
                     where cc.carer_id = ? and %s order by pe.family_name, pe.given_name""".formatted(STANDS),
                    PersonAccess::ref, actor.id(), today(), today());
            default -> List.of();
        };
    }

    /**
     * What access is decided on: the person's council and the person the caller's login is (a service user's), read as
     * {@code council_id} and {@code own_person}.
     */
    record Found(UUID council, @Nullable UUID ownPerson) {
        static Found read(java.sql.ResultSet row) throws java.sql.SQLException {
            return new Found(uuid(row, "council_id"), uuid(row, "own_person"));
        }
    }

    private boolean caresFor(Actor actor, UUID personId) {
        // Shared lock: a revocation (which locks the row to update it) waits for the carer's request in flight, and
        // every request after the revocation commits finds it revoked.
        return sql.one("select 1 from carer_consent cc where cc.carer_id = ? and cc.person_id = ? and " + STANDS + " for share of cc",
                row -> true, actor.id(), personId, today(), today()).isPresent();
    }

    private LocalDate today() {
        return UkTime.today(clock);
    }

    private static NamedRef ref(java.sql.ResultSet row) throws java.sql.SQLException {
        return new NamedRef(uuid(row, "id"), row.getString("name"));
    }

    private static RuntimeException unknown() {
        return HoursBankProblems.notFound("hours.person.not-found");
    }
}
