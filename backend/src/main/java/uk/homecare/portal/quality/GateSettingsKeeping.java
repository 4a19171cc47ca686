package uk.homecare.portal.quality;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.api.quality.GateSettings;
import uk.homecare.portal.api.quality.Rating;
import uk.homecare.portal.audit.AuditTrail;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.platform.problem.PortalProblem;
import uk.homecare.portal.platform.problem.Problems;

/**
 * Use case: a council's administrator reads and sets the council's gates, whole, on the version loaded. A council
 * that never set them has no minimum rating and takes providers not yet rated. Each change is audited with what
 * each setting was and is.
 */
@Singleton
class GateSettingsKeeping {

    private final Sql sql;
    private final AuditTrail audit;

    GateSettingsKeeping(Sql sql, AuditTrail audit) {
        this.sql = sql;
        this.audit = audit;
    }

    GateSettings show(Actor actor) {
        return settingsOf(actor.homeCouncil());
    }

    @Transactional
    GateSettings change(Actor actor, GateSettings wanted) {
        if (wanted.minimumRating() == Rating.NOT_YET_RATED) {
            throw PortalProblem.invalid("minimumRating", Problems.message("quality.gates.minimum-not-a-rating"));
        }
        UUID council = actor.homeCouncil();
        GateSettings before = settingsOf(council);
        // on the version loaded: of two changes from the same version one waits, then finds it stale
        int changed = wanted.version() == 0
                ? sql.update("""
                        insert into provider_gate_policy (council_id, minimum_rating, not_yet_rated_passes, version) values (?, ?, ?, 1)
                        on conflict (council_id) do nothing""", council, wanted.minimumRating(), wanted.notYetRatedPasses())
                : sql.update("""
                        update provider_gate_policy set minimum_rating = ?, not_yet_rated_passes = ?, version = version + 1
                         where council_id = ? and version = ?""", wanted.minimumRating(), wanted.notYetRatedPasses(), council, wanted.version());
        if (changed == 0) {
            throw PortalProblem.conflict(Problems.message("quality.gates.stale"));
        }
        GateSettings after = settingsOf(council);
        Map<String, Object> was = new HashMap<>();
        Map<String, Object> is = new HashMap<>();
        if (before.minimumRating() != after.minimumRating()) {
            was.put("minimumRating", before.minimumRating() == null ? "NONE" : before.minimumRating().name());
            is.put("minimumRating", after.minimumRating() == null ? "NONE" : after.minimumRating().name());
        }
        if (!before.notYetRatedPasses().equals(after.notYetRatedPasses())) {
            was.put("notYetRatedPasses", before.notYetRatedPasses());
            is.put("notYetRatedPasses", after.notYetRatedPasses());
        }
        if (!is.isEmpty()) {
            audit.record(actor, council, AuditAction.PROVIDER_GATES_CHANGED, "council", council, Map.of("before", was, "after", is));
        }
        return after;
    }

    private GateSettings settingsOf(UUID council) {
        return sql.one("select minimum_rating, not_yet_rated_passes, version from provider_gate_policy where council_id = ?",
                        row -> new GateSettings(RatingsReading.rating(row.getString("minimum_rating")), row.getBoolean("not_yet_rated_passes"),
                                row.getInt("version")), council)
                .orElse(new GateSettings(null, true, 0));
    }
}
