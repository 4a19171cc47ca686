package uk.homecare.portal.quality;

import static uk.homecare.portal.platform.Sql.uuid;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.api.quality.FailedGate;
import uk.homecare.portal.api.quality.GateName;
import uk.homecare.portal.api.quality.ProviderStanding;
import uk.homecare.portal.api.quality.Rating;
import uk.homecare.portal.api.quality.StandingAction;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.identity.Capabilities;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.platform.problem.PortalProblem;
import uk.homecare.portal.platform.problem.Problems;

/**
 * Reads providers' standing: a council's staff see every provider registered with the council (its rating, locations
 * and the gates it fails there); a provider sees its own, in every council it serves, so its home page can say
 * which gate it fails where and why.
 */
@Singleton
class Standings {

    private final Sql sql;
    private final ProviderGates gates;
    private final RatingsReading ratings;

    Standings(Sql sql, ProviderGates gates, RatingsReading ratings) {
        this.sql = sql;
        this.gates = gates;
        this.ratings = ratings;
    }

    /** Every provider registered with the actor's council, by name. */
    List<ProviderStanding> ofCouncil(Actor actor) {
        UUID council = actor.homeCouncil();
        NamedRef councilRef = council(council);
        List<NamedRef> providers = sql.list("""
                select o.id, o.name from organisation_council oc join organisation o on o.id = oc.organisation_id
                 where oc.council_id = ? and o.kind = 'PROVIDER' order by o.name, o.id""",
                row -> new NamedRef(uuid(row, "id"), row.getString("name")), council);
        Map<CouncilProvider, List<GateFailure>> failing = gates.failingIn(Set.of(council));
        Map<UUID, JudgedRating> judged = ratings.judged(providers.stream().map(NamedRef::id).toList());
        List<ProviderStanding> standings = new ArrayList<>();
        for (NamedRef provider : providers) {
            standings.add(standing(actor, provider, councilRef, judged.get(provider.id()),
                    failing.getOrDefault(new CouncilProvider(council, provider.id()), List.of())));
        }
        return standings;
    }

    /** One provider registered with the actor's council. */
    ProviderStanding inCouncil(Actor actor, UUID provider) {
        return ofCouncil(actor).stream().filter(s -> s.provider().id().equals(provider)).findFirst()
                .orElseThrow(() -> PortalProblem.notFound(Problems.message("quality.provider.not-found")));
    }

    /** The actor's own organisation, in each council it serves. */
    List<ProviderStanding> own(Actor actor) {
        UUID provider = actor.homeOrganisation();
        NamedRef providerRef = sql.one("select id, name from organisation where id = ?",
                row -> new NamedRef(uuid(row, "id"), row.getString("name")), provider).orElseThrow();
        List<NamedRef> councils = sql.list("""
                select c.id, c.name, c.name_cy from organisation_council oc join council c on c.id = oc.council_id
                 where oc.organisation_id = ? order by c.name""",
                row -> new NamedRef(uuid(row, "id"), row.getString("name"), row.getString("name_cy")), provider);
        Map<CouncilProvider, List<GateFailure>> failing = gates.failingIn(councils.stream().map(NamedRef::id).toList());
        JudgedRating judged = ratings.judged(provider).orElse(null);
        List<ProviderStanding> standings = new ArrayList<>();
        for (NamedRef council : councils) {
            standings.add(standing(actor, providerRef, council, judged, failing.getOrDefault(new CouncilProvider(council.id(), provider), List.of())));
        }
        return standings;
    }

    private ProviderStanding standing(Actor actor, NamedRef provider, NamedRef council, @Nullable JudgedRating judged,
            List<GateFailure> failures) {
        List<FailedGate> failed = failures.stream().map(f -> failedGate(council, f)).toList();
        List<StandingAction> actions = new ArrayList<>();
        if (Capabilities.has(actor, Capability.SUSPEND_PROVIDERS)) {
            boolean suspended = failures.stream().anyMatch(f -> f.gate() == GateName.SUSPENDED_BY_COUNCIL);
            actions.add(suspended ? StandingAction.LIFT_SUSPENSION : StandingAction.SUSPEND);
        }
        return new ProviderStanding(provider, council, judged == null ? null : judged.rating(), ratings.locations(provider.id()), failed,
                actions);
    }

    private FailedGate failedGate(NamedRef council, GateFailure failure) {
        Map<String, String> facts = failure.facts();
        return new FailedGate(failure.gate(), council, gates.reason(failure),
                facts.containsKey("rating") ? Rating.valueOf(facts.get("rating")) : null,
                facts.containsKey("minimumRating") ? Rating.valueOf(facts.get("minimumRating")) : null,
                facts.containsKey("publishedOn") ? LocalDate.parse(facts.get("publishedOn")) : null,
                facts.get("note"),
                facts.containsKey("since") ? Instant.parse(facts.get("since")) : null);
    }

    private NamedRef council(UUID council) {
        return sql.one("select id, name, name_cy from council where id = ?",
                row -> new NamedRef(uuid(row, "id"), row.getString("name"), row.getString("name_cy")), council).orElseThrow();
    }
}
