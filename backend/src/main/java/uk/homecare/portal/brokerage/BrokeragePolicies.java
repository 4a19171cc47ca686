package uk.homecare.portal.brokerage;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.UUID;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.api.brokerage.BrokeragePolicy;
import uk.homecare.portal.api.brokerage.OpenStageRule;
import uk.homecare.portal.audit.AuditTrail;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.Sql;

/**
 * A council's brokerage settings: response windows, how the OPEN stage ends, hand-back notice, start
 * tolerance. Part of the council's settings, so a change here moves the settings' version on too; only
 * commissioners change them ({@code EDIT_BROKERAGE_POLICY}).
 */
@Singleton
public class BrokeragePolicies {

    static final BrokeragePolicy DEFAULT = new BrokeragePolicy(1440, 1440, 2880, OpenStageRule.COMMISSIONER_AWARDS, 14,
            BrokeragePolicy.DEFAULT_START_TOLERANCE_DAYS);

    private final Sql sql;
    private final AuditTrail audit;

    BrokeragePolicies(Sql sql, AuditTrail audit) {
        this.sql = sql;
        this.audit = audit;
    }

    BrokeragePolicy policy(Actor actor) {
        return policyOf(actor.homeCouncil());
    }

    @Transactional
    BrokeragePolicy change(Actor actor, BrokeragePolicy policy) {
        UUID council = actor.homeCouncil();
        // The council's row first, as a change of the whole settings takes it: the two never wait for each other in turn.
        sql.update("update council set settings_version = settings_version + 1 where id = ?", council);
        store(council, policy);
        audit.record(actor, council, AuditAction.BROKERAGE_POLICY_CHANGED, "council", council, Map.of(
                "primaryWindowMinutes", policy.primaryWindowMinutes(), "secondaryWindowMinutes", policy.secondaryWindowMinutes(),
                "openWindowMinutes", policy.openWindowMinutes(), "openStageRule", policy.openStageRule(),
                "handBackNoticeDays", policy.handBackNoticeDays(), "startToleranceDays", policy.startToleranceDays()));
        return policyOf(council);
    }

    /**
     * Stores the council's policy, as part of a change the caller audits (and whose transaction it runs in).
     * Its rules are the {@link BrokeragePolicy} record's.
     */
    public void store(UUID council, BrokeragePolicy policy) {
        sql.update("""
                insert into brokerage_policy (council_id, primary_window_minutes, secondary_window_minutes, open_window_minutes,
                                              open_stage_rule, hand_back_notice_days, start_tolerance_days)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (council_id) do update set
                    primary_window_minutes = excluded.primary_window_minutes,
                    secondary_window_minutes = excluded.secondary_window_minutes,
                    open_window_minutes = excluded.open_window_minutes,
                    open_stage_rule = excluded.open_stage_rule,
                    hand_back_notice_days = excluded.hand_back_notice_days,
                    start_tolerance_days = excluded.start_tolerance_days""",
                council, policy.primaryWindowMinutes(), policy.secondaryWindowMinutes(), policy.openWindowMinutes(),
                policy.openStageRule(), policy.handBackNoticeDays(), policy.startToleranceDays());
    }

    /** The council's policy, or the default for a council that has not set one. */
    public BrokeragePolicy policyOf(UUID council) {
        return sql.one("select * from brokerage_policy where council_id = ?",
                row -> new BrokeragePolicy(row.getInt("primary_window_minutes"), row.getInt("secondary_window_minutes"),
                        row.getInt("open_window_minutes"), OpenStageRule.valueOf(row.getString("open_stage_rule")),
                        row.getInt("hand_back_notice_days"), row.getInt("start_tolerance_days")),
                council).orElse(DEFAULT);
    }
}
