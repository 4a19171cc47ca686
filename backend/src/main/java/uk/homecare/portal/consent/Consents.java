package uk.homecare.portal.consent;

import static uk.homecare.portal.platform.Sql.uuid;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.api.consent.Consent;
import uk.homecare.portal.api.consent.ConsentBasis;
import uk.homecare.portal.api.consent.ConsentForm;
import uk.homecare.portal.api.identity.Role;
import uk.homecare.portal.audit.AuditTrail;
import uk.homecare.portal.consent.ConsentActions.Standing;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.Sql;

/**
 * Use cases: list a person's consents, record one for a carer of their council, revoke one. The person
 * themself and their council's staff manage them; a carer sees only their own. Recording and revoking
 * take the person's row lock, so two consents of one carer for one person never overlap in time, and
 * each is audited. A revocation counts at once: the hours bank reads the table on every request.
 */
@Singleton
class Consents {

    private record Subject(UUID personId, UUID councilId, Standing standing) {}

    private final Sql sql;
    private final AuditTrail audit;
    private final Clock clock;

    Consents(Sql sql, AuditTrail audit, Clock clock) {
        this.sql = sql;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    List<Consent> ofPerson(Actor actor, UUID personId) {
        Subject subject = subject(actor, personId, false);
        LocalDate today = UkTime.today(clock);
        List<ConsentRows> rows = subject.standing() == Standing.CARER
                ? sql.list(ConsentRows.SELECT + " where cc.person_id = ? and cc.carer_id = ?" + ConsentRows.ORDER, ConsentRows::read,
                        personId, actor.id())
                : sql.list(ConsentRows.SELECT + " where cc.person_id = ?" + ConsentRows.ORDER, ConsentRows::read, personId);
        return rows.stream().map(row -> row.toConsent(today, ConsentActions.of(actor, subject.standing(), row, today))).toList();
    }

    /** The service user's: who may act for them; the carer's: whom they may act for. */
    @Transactional
    List<Consent> mine(Actor actor) {
        LocalDate today = UkTime.today(clock);
        if (actor.role() == Role.SERVICE_USER) {
            Optional<UUID> person = ownPerson(actor);
            if (person.isEmpty()) {
                return List.of();
            }
            return sql.list(ConsentRows.SELECT + " where cc.person_id = ?" + ConsentRows.ORDER, ConsentRows::read, person.get()).stream()
                    .map(row -> row.toConsent(today, ConsentActions.of(actor, Standing.PERSON, row, today))).toList();
        }
        if (actor.role() == Role.CARER) {
            return sql.list(ConsentRows.SELECT + " where cc.carer_id = ?" + ConsentRows.ORDER, ConsentRows::read, actor.id()).stream()
                    .map(row -> row.toConsent(today, ConsentActions.of(actor, Standing.CARER, row, today))).toList();
        }
        return List.of();
    }

    @Transactional
    Consent record(Actor actor, UUID personId, ConsentForm form) {
        Subject subject = subject(actor, personId, true);
        if (!ConsentActions.mayManage(actor, subject.standing())) {
            throw ConsentProblems.forbidden("consent.not-yours");
        }
        boolean carer = sql.one("select 1 from app_user where id = ? and role = 'CARER' and enabled and council_id = ?",
                row -> true, form.carerId(), subject.councilId()).isPresent();
        if (!carer) {
            throw ConsentProblems.invalid("carerId", "consent.carer-unknown");
        }
        LocalDate today = UkTime.today(clock);
        LocalDate startsOn = form.startsOn() == null ? today : form.startsOn();
        if (startsOn.isBefore(today)) {
            throw ConsentProblems.invalid("startsOn", "consent.starts-past");
        }
        if (form.endsOn() != null && form.endsOn().isBefore(startsOn)) {
            throw ConsentProblems.invalid("endsOn", "consent.ends-before-start");
        }
        boolean overlaps = sql.one("""
                select 1 from carer_consent
                 where person_id = ? and carer_id = ? and revoked_at is null
                   and (ends_on is null or ends_on >= ?::date) and (?::date is null or starts_on <= ?::date)
                 limit 1""", row -> true, personId, form.carerId(), startsOn, form.endsOn(), form.endsOn()).isPresent();
        if (overlaps) {
            throw ConsentProblems.conflict("consent.overlaps");
        }
        ConsentBasis basis = subject.standing() == Standing.PERSON ? ConsentBasis.PERSON : ConsentBasis.COUNCIL;
        UUID id = sql.one("""
                insert into carer_consent (carer_id, person_id, granted_at, recorded_by, starts_on, ends_on, basis)
                values (?, ?, ?, ?, ?, ?, ?) returning id""", row -> uuid(row, "id"),
                form.carerId(), personId, clock.instant(), actor.id(), startsOn, form.endsOn(), basis.name()).orElseThrow();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("carerId", form.carerId().toString());
        details.put("startsOn", startsOn.toString());
        details.put("endsOn", form.endsOn() == null ? "" : form.endsOn().toString());
        details.put("basis", basis.name());
        audit.record(actor, subject.councilId(), AuditAction.CONSENT_RECORDED, "carer_consent", id, details);
        return one(actor, subject, id, today);
    }

    @Transactional
    Consent revoke(Actor actor, UUID personId, UUID consentId) {
        Subject subject = subject(actor, personId, true);
        LocalDate today = UkTime.today(clock);
        ConsentRows consent = sql.one(ConsentRows.SELECT + " where cc.id = ? and cc.person_id = ? for update of cc", ConsentRows::read,
                consentId, personId).orElseThrow(ConsentProblems::notFound);
        if (!ConsentActions.mayManage(actor, subject.standing())) {
            throw ConsentProblems.forbidden("consent.not-yours");
        }
        if (!consent.live(today)) {
            throw ConsentProblems.conflict("consent.not-live");
        }
        sql.update("update carer_consent set revoked_at = ?, revoked_by = ? where id = ?", clock.instant(), actor.id(), consentId);
        audit.record(actor, subject.councilId(), AuditAction.CONSENT_REVOKED, "carer_consent", consentId,
                Map.of("carerId", consent.carer().id().toString(), "status", consent.status(today).name()));
        return one(actor, subject, consentId, today);
    }

    private Consent one(Actor actor, Subject subject, UUID id, LocalDate today) {
        ConsentRows row = sql.one(ConsentRows.SELECT + " where cc.id = ?", ConsentRows::read, id).orElseThrow();
        return row.toConsent(today, ConsentActions.of(actor, subject.standing(), row, today));
    }

    /**
     * How the caller stands to the person: their council's staff, the person themself, or a carer with a
     * consent of any date. Anyone else is told the person does not exist. With {@code lock}, holds the
     * person's row until the transaction ends, so a person's consents are recorded one after another.
     */
    private Subject subject(Actor actor, UUID personId, boolean lock) {
        UUID council = sql.one("select council_id from person where id = ?" + (lock ? " for update" : ""),
                row -> uuid(row, "council_id"), personId).orElseThrow(ConsentProblems::personNotFound);
        Standing standing = switch (actor.role()) {
            case COMMISSIONER, ADMIN -> council.equals(actor.councilId()) ? Standing.COUNCIL : null;
            case SERVICE_USER -> ownPerson(actor).filter(personId::equals).isPresent() ? Standing.PERSON : null;
            case CARER -> sql.one("select 1 from carer_consent where person_id = ? and carer_id = ? limit 1", row -> true,
                    personId, actor.id()).isPresent() ? Standing.CARER : null;
            default -> null;
        };
        if (standing == null) {
            throw ConsentProblems.personNotFound();
        }
        return new Subject(personId, council, standing);
    }

    private Optional<UUID> ownPerson(Actor actor) {
        return sql.one("select person_id from app_user where id = ? and person_id is not null", row -> uuid(row, "person_id"), actor.id());
    }
}
