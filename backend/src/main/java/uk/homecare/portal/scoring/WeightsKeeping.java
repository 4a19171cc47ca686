package uk.homecare.portal.scoring;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.api.scoring.ScoringWeights;
import uk.homecare.portal.api.scoring.WeightsForm;
import uk.homecare.portal.audit.AuditTrail;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.platform.problem.PortalProblem;
import uk.homecare.portal.platform.problem.Problems;

/**
 * A council's scoring weights per lot: every lot of the council with its weights (the portal's default where the council
 * has set none), and a commissioner's change of one lot's weights (whole percentages summing to 100), audited.
 */
@Singleton
class WeightsKeeping {

    private static final String SELECT = """
            select l.id, l.name, w.price_percent, w.quality_percent, w.performance_percent, w.continuity_percent
              from lot l left join scoring_weights w on w.lot_id = l.id
            """;

    private final Sql sql;
    private final AuditTrail audit;
    private final Clock clock;

    WeightsKeeping(Sql sql, AuditTrail audit, Clock clock) {
        this.sql = sql;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every lot of the actor's council, by name. */
    List<ScoringWeights> ofCouncil(Actor actor) {
        return sql.list(SELECT + " where l.council_id = ? order by l.name, l.id", WeightsKeeping::weights, actor.homeCouncil());
    }

    /** The weights the lot's bids are ranked by. */
    ScoringWeights ofLot(UUID lot) {
        return sql.one(SELECT + " where l.id = ?", WeightsKeeping::weights, lot).orElseThrow();
    }

    @Transactional
    ScoringWeights change(Actor actor, UUID lot, WeightsForm form) {
        UUID council = actor.homeCouncil();
        sql.one("select id from lot where id = ? and council_id = ? for update", row -> row.getString("id"), lot, council)
                .orElseThrow(() -> PortalProblem.notFound(Problems.message("scoring.lot.not-found")));
        int sum = form.pricePercent() + form.qualityPercent() + form.performancePercent() + form.continuityPercent();
        if (sum != 100) {
            throw PortalProblem.invalid("weights", Problems.message("scoring.weights.sum", sum));
        }
        sql.update("""
                insert into scoring_weights (lot_id, council_id, price_percent, quality_percent, performance_percent,
                                             continuity_percent, changed_at, changed_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (lot_id) do update set
                    price_percent = excluded.price_percent, quality_percent = excluded.quality_percent,
                    performance_percent = excluded.performance_percent, continuity_percent = excluded.continuity_percent,
                    changed_at = excluded.changed_at, changed_by = excluded.changed_by,
                    version = scoring_weights.version + 1""",
                lot, council, form.pricePercent(), form.qualityPercent(), form.performancePercent(), form.continuityPercent(),
                clock.instant(), actor.id());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("lot", lot.toString());
        details.put("pricePercent", form.pricePercent());
        details.put("qualityPercent", form.qualityPercent());
        details.put("performancePercent", form.performancePercent());
        details.put("continuityPercent", form.continuityPercent());
        audit.record(actor, council, AuditAction.SCORING_WEIGHTS_CHANGED, "lot", lot, details);
        return ofLot(lot);
    }

    private static ScoringWeights weights(ResultSet row) throws SQLException {
        NamedRef lot = new NamedRef(Sql.uuid(row, "id"), row.getString("name"));
        Integer price = Sql.integer(row, "price_percent");
        if (price == null) {
            return new ScoringWeights(lot, ScoringWeights.DEFAULT_PRICE, ScoringWeights.DEFAULT_QUALITY,
                    ScoringWeights.DEFAULT_PERFORMANCE, ScoringWeights.DEFAULT_CONTINUITY, false);
        }
        return new ScoringWeights(lot, price, row.getInt("quality_percent"), row.getInt("performance_percent"),
                row.getInt("continuity_percent"), true);
    }
}
