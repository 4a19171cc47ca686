package uk.homecare.portal.equality;

import static uk.homecare.portal.platform.Sql.uuid;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.api.equality.EqualityAction;
import uk.homecare.portal.api.equality.EqualityAnswers;
import uk.homecare.portal.api.equality.EqualityForm;
import uk.homecare.portal.api.equality.EqualityProfile;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.audit.AuditTrail;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.identity.Capabilities;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.platform.problem.PortalProblem;
import uk.homecare.portal.platform.problem.Problems;

/**
 * Use cases: see a person's equality answers, record them (only with consent, replacing any recorded before, against the
 * version loaded), and withdraw them (the consent withdrawn: the answers are erased, not kept). Only the person's council's
 * commissioners; recording and withdrawing take the person's row lock, so they happen one after another, and are audited
 * with the questions answered, never the answers.
 */
@Singleton
class EqualityProfiles {

    private final Sql sql;
    private final AuditTrail audit;
    private final Clock clock;

    EqualityProfiles(Sql sql, AuditTrail audit, Clock clock) {
        this.sql = sql;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    EqualityProfile show(Actor actor, UUID personId) {
        person(actor, personId, false);
        return read(actor, personId);
    }

    @Transactional
    EqualityProfile record(Actor actor, UUID personId, EqualityForm form) {
        UUID council = person(actor, personId, true);
        if (!Boolean.TRUE.equals(form.consentGiven())) {
            throw PortalProblem.invalid("consentGiven", Problems.message("equality.consent-needed"));
        }
        int version = sql.one("select version from equality_profile where person_id = ?", row -> row.getInt(1), personId).orElse(0);
        if (version != form.version()) {
            throw PortalProblem.conflict(Problems.message("problem.stale"));
        }
        EqualityAnswers answers = form.answers();
        List<Object> parameters = new ArrayList<>(List.of(personId, council));
        parameters.addAll(AnswerColumns.parameters(answers));
        parameters.addAll(List.of(form.consentFrom().name(), UkTime.today(clock), actor.id(), clock.instant()));
        sql.update("""
                insert into equality_profile (person_id, council_id, answers, consent_from, consented_on, recorded_by, recorded_at)
                values (?, ?, %s, ?, ?, ?, ?)
                on conflict (person_id) do update
                   set answers = excluded.answers, consent_from = excluded.consent_from, consented_on = excluded.consented_on,
                       recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at, version = equality_profile.version + 1"""
                .formatted(AnswerColumns.json()), parameters.toArray());
        audit.record(actor, council, AuditAction.EQUALITY_RECORDED, "person", personId,
                Map.of("consentFrom", form.consentFrom().name(), "answered", AnswerColumns.answered(answers)));
        return read(actor, personId);
    }

    @Transactional
    EqualityProfile withdraw(Actor actor, UUID personId) {
        UUID council = person(actor, personId, true);
        if (sql.update("delete from equality_profile where person_id = ?", personId) == 0) {
            throw PortalProblem.conflict(Problems.message("equality.not-recorded"));
        }
        audit.record(actor, council, AuditAction.EQUALITY_WITHDRAWN, "person", personId, Map.of());
        return read(actor, personId);
    }

    /** The person's council, when it is the caller's (else 404); with {@code lock}, the person's row held to the end. */
    private UUID person(Actor actor, UUID personId, boolean lock) {
        return sql.one("select council_id from person where id = ? and council_id = ?" + (lock ? " for update" : ""),
                row -> uuid(row, "council_id"), personId, actor.homeCouncil())
                .orElseThrow(() -> PortalProblem.notFound(Problems.message("person.not-found")));
    }

    private EqualityProfile read(Actor actor, UUID personId) {
        boolean may = Capabilities.has(actor, Capability.RECORD_EQUALITY);
        return sql.one("""
                select e.consent_from, e.consented_on, e.recorded_at, e.version, u.id as recorder_id, u.display_name as recorder, %s
                  from equality_profile e left join app_user u on u.id = e.recorded_by
                 where e.person_id = ?""".formatted(AnswerColumns.select("e")),
                row -> new EqualityProfile(personId, true,
                        uk.homecare.portal.api.equality.ConsentFrom.valueOf(row.getString("consent_from")),
                        Sql.date(row, "consented_on"), Sql.instant(row, "recorded_at"),
                        row.getString("recorder") == null ? null : new NamedRef(uuid(row, "recorder_id"), row.getString("recorder")),
                        AnswerColumns.answers(row), row.getInt("version"),
                        may ? List.of(EqualityAction.RECORD, EqualityAction.WITHDRAW) : List.of()),
                personId)
                .orElseGet(() -> new EqualityProfile(personId, false, null, null, null, null, EqualityAnswers.none(), 0,
                        may ? List.of(EqualityAction.RECORD) : List.of()));
    }
}
