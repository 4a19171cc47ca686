package uk.homecare.portal.quality;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import uk.homecare.portal.api.quality.GateName;
import uk.homecare.portal.api.quality.Rating;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.platform.problem.Problems;

/**
 * Gate: no new offers below the council's minimum rating. A provider with no published rating (NOT_YET_RATED, or no
 * location in the regulator's latest file) passes only where the council says providers not yet rated do. A council
 * with no minimum gates nobody.
 */
@Singleton
final class MinimumRatingGate implements Gate<MinimumRatingGate.Facts> {

    /** The council's minimum, whether it takes providers not yet rated, and the provider's judged rating (none: no listed location). */
    record Facts(Rating minimum, boolean notYetRatedPasses, @Nullable JudgedRating rating) {}

    private final Sql sql;
    private final RatingsReading ratings;

    MinimumRatingGate(Sql sql, RatingsReading ratings) {
        this.sql = sql;
        this.ratings = ratings;
    }

    @Override
    public GateName name() {
        return GateName.MINIMUM_RATING;
    }

    @Override
    public Map<CouncilProvider, Facts> facts(Set<UUID> councils, @Nullable UUID provider) {
        record Policy(Rating minimum, boolean notYetRatedPasses) {}
        Map<UUID, Policy> policies = new HashMap<>();
        sql.list("""
                select council_id, minimum_rating, not_yet_rated_passes from provider_gate_policy
                 where council_id = any(?) and minimum_rating is not null""",
                row -> policies.put(Sql.uuid(row, "council_id"),
                        new Policy(Rating.valueOf(row.getString("minimum_rating")), row.getBoolean("not_yet_rated_passes"))),
                List.copyOf(councils));
        if (policies.isEmpty()) {
            return Map.of();
        }
        List<CouncilProvider> registered = sql.list("""
                select council_id, organisation_id from organisation_council
                 where council_id = any(?) and (?::uuid is null or organisation_id = ?::uuid)""",
                row -> new CouncilProvider(Sql.uuid(row, "council_id"), Sql.uuid(row, "organisation_id")),
                List.copyOf(policies.keySet()), provider, provider);
        Map<UUID, JudgedRating> judged = ratings.judged(registered.stream().map(CouncilProvider::provider).distinct().toList());
        Map<CouncilProvider, Facts> facts = new HashMap<>();
        for (CouncilProvider pair : registered) {
            Policy policy = policies.get(pair.council());
            facts.put(pair, new Facts(policy.minimum(), policy.notYetRatedPasses(), judged.get(pair.provider())));
        }
        return facts;
    }

    @Override
    public Optional<GateFailure> judge(@Nullable Facts facts) {
        if (facts == null) {
            return Optional.empty();
        }
        JudgedRating judged = facts.rating();
        Rating rating = judged == null ? Rating.NOT_YET_RATED : judged.rating();
        boolean passes = rating == Rating.NOT_YET_RATED ? facts.notYetRatedPasses() : rating.atLeast(facts.minimum());
        if (passes) {
            return Optional.empty();
        }
        Map<String, String> why = new LinkedHashMap<>();
        why.put("rating", rating.name());
        why.put("minimumRating", facts.minimum().name());
        if (judged != null && judged.publishedOn() != null) {
            why.put("publishedOn", judged.publishedOn().toString());
        }
        return Optional.of(new GateFailure(name(), why));
    }

    @Override
    public String reason(GateFailure failure) {
        String minimum = Problems.message("quality.rating." + failure.facts().get("minimumRating"));
        String rating = failure.facts().get("rating");
        return Rating.NOT_YET_RATED.name().equals(rating)
                ? Problems.message("quality.gate.MINIMUM_RATING.unrated", minimum)
                : Problems.message("quality.gate.MINIMUM_RATING", Problems.message("quality.rating." + rating), minimum);
    }
}
