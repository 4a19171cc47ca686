package uk.homecare.portal.council;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.api.brokerage.BrokeragePolicy;
import uk.homecare.portal.api.council.CouncilSettings;
import uk.homecare.portal.audit.AuditTrail;
import uk.homecare.portal.brokerage.BrokeragePolicies;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.platform.problem.PortalProblem;
import uk.homecare.portal.platform.problem.Problems;

/**
 * Reads and changes a council's settings as one record with one version. The brokerage part is shown
 * here but kept by {@link BrokeragePolicies}: the council's commissioners set it, so a change of it sent
 * here is refused (403) and nothing changes. A change is audited once, with what each changed setting
 * was before and is after.
 */
@Singleton
class CouncilSettingsKeeping {

    /** The settings that make up the brokerage policy, which only commissioners change. */
    private static final List<String> BROKERAGE_FIELDS = List.of("primaryWindowMinutes", "secondaryWindowMinutes",
            "openWindowMinutes", "openStageRule", "handBackNoticeDays");

    private final Sql sql;
    private final BrokeragePolicies brokerage;
    private final AuditTrail audit;

    CouncilSettingsKeeping(Sql sql, BrokeragePolicies brokerage, AuditTrail audit) {
        this.sql = sql;
        this.brokerage = brokerage;
        this.audit = audit;
    }

    CouncilSettings show(Actor actor) {
        return settingsOf(actor.homeCouncil());
    }

    @Transactional
    CouncilSettings change(Actor actor, CouncilSettings wanted) {
        UUID council = actor.homeCouncil();
        // Taking the council's row on the version loaded: of two changes from the same version one waits, then finds it stale.
        if (sql.update("update council set settings_version = settings_version + 1 where id = ? and settings_version = ?",
                council, wanted.version()) == 0) {
            throw PortalProblem.conflict("The council's settings changed since you loaded them. Load them again and redo your change.");
        }
        CouncilSettings before = settingsOf(council);
        refuseBrokerageChanges(before, wanted);
        checkUrgencyWindows(before, wanted);
        String senderName = wanted.emailSenderName().strip();
        sql.update("""
                update council set min_visit_minutes = ?, language = ?, mfa_required = ?, email_sender_name = ?,
                       variation_response_days = coalesce(?, variation_response_days),
                       hospital_hold_days = coalesce(?, hospital_hold_days),
                       routine_window_hours = coalesce(?, routine_window_hours),
                       urgent_window_hours = coalesce(?, urgent_window_hours),
                       fast_track_window_hours = coalesce(?, fast_track_window_hours)
                 where id = ?""", wanted.minVisitMinutes(), wanted.language(), wanted.mfaRequired(), senderName,
                wanted.variationResponseDays(), wanted.hospitalHoldDays(), wanted.routineWindowHours(), wanted.urgentWindowHours(),
                wanted.fastTrackWindowHours(), council);
        CouncilSettings after = settingsOf(council);

        Map<String, Object> was = new LinkedHashMap<>();
        Map<String, Object> is = new LinkedHashMap<>();
        Map<String, Object> old = fields(before);
        fields(after).forEach((name, value) -> {
            if (!Objects.equals(old.get(name), value)) {
                was.put(name, old.get(name));
                is.put(name, value);
            }
        });
        if (!is.isEmpty()) {
            audit.record(actor, council, AuditAction.COUNCIL_SETTINGS_CHANGED, "council", council, Map.of("before", was, "after", is));
        }
        return after;
    }

    /**
     * The urgencies' windows, as they will be (those not sent stay as stored), must not lengthen with more urgency: a
     * fast-track package never waits longer than an urgent one, nor an urgent one than a routine one. Refused on the
     * field that breaks the order.
     */
    private static void checkUrgencyWindows(CouncilSettings stored, CouncilSettings wanted) {
        int routine = wanted.routineWindowHours() == null ? stored.routineWindowHours() : wanted.routineWindowHours();
        int urgent = wanted.urgentWindowHours() == null ? stored.urgentWindowHours() : wanted.urgentWindowHours();
        int fastTrack = wanted.fastTrackWindowHours() == null ? stored.fastTrackWindowHours() : wanted.fastTrackWindowHours();
        if (urgent > routine) {
            throw PortalProblem.invalid(wanted.urgentWindowHours() != null ? "urgentWindowHours" : "routineWindowHours",
                    Problems.message("council.settings.urgent-after-routine", urgent, routine));
        }
        if (fastTrack > urgent) {
            throw PortalProblem.invalid(wanted.fastTrackWindowHours() != null ? "fastTrackWindowHours" : "urgentWindowHours",
                    Problems.message("council.settings.fast-track-after-urgent", fastTrack, urgent));
        }
    }

    /** The brokerage policy is the commissioners' ({@code PUT /api/brokerage-policy}): here it may only be sent back as loaded. */
    private static void refuseBrokerageChanges(CouncilSettings stored, CouncilSettings wanted) {
        Map<String, Object> was = fields(stored);
        Map<String, Object> is = fields(wanted);
        BROKERAGE_FIELDS.stream().filter(name -> !Objects.equals(was.get(name), is.get(name))).findFirst().ifPresent(name -> {
            throw PortalProblem.forbidden(Problems.message("council.settings.brokerage", name));
        });
    }

    private CouncilSettings settingsOf(UUID council) {
        BrokeragePolicy policy = brokerage.policyOf(council);
        return sql.one("""
                        select min_visit_minutes, language, mfa_required, coalesce(email_sender_name, name) as sender_name, settings_version,
                               variation_response_days,
                               hospital_hold_days, routine_window_hours, urgent_window_hours, fast_track_window_hours
                          from council where id = ?""",
                row -> new CouncilSettings(row.getInt("min_visit_minutes"), policy.primaryWindowMinutes(), policy.secondaryWindowMinutes(),
                        policy.openWindowMinutes(), policy.openStageRule(), policy.handBackNoticeDays(), row.getString("language"),
                        row.getBoolean("mfa_required"), row.getString("sender_name"), row.getInt("settings_version"),
                        row.getInt("variation_response_days"),
                        row.getInt("hospital_hold_days"), row.getInt("routine_window_hours"), row.getInt("urgent_window_hours"),
                        row.getInt("fast_track_window_hours")),
                council).orElseThrow(() -> PortalProblem.notFound("No such council."));
    }

    /** Every setting by its field's name, the version aside. */
    private static Map<String, Object> fields(CouncilSettings settings) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("minVisitMinutes", settings.minVisitMinutes());
        fields.put("primaryWindowMinutes", settings.primaryWindowMinutes());
        fields.put("secondaryWindowMinutes", settings.secondaryWindowMinutes());
        fields.put("openWindowMinutes", settings.openWindowMinutes());
        fields.put("openStageRule", settings.openStageRule().name());
        fields.put("handBackNoticeDays", settings.handBackNoticeDays());
        fields.put("language", settings.language());
        fields.put("mfaRequired", settings.mfaRequired());
        fields.put("emailSenderName", settings.emailSenderName());
        fields.put("variationResponseDays", settings.variationResponseDays());
        fields.put("hospitalHoldDays", settings.hospitalHoldDays());
        fields.put("routineWindowHours", settings.routineWindowHours());
        fields.put("urgentWindowHours", settings.urgentWindowHours());
        fields.put("fastTrackWindowHours", settings.fastTrackWindowHours());
        return fields;
    }
}
