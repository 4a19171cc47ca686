package uk.homecare.portal.quality;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import uk.homecare.portal.api.problem.ProblemType;
import uk.homecare.portal.api.quality.GateName;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.platform.problem.PortalProblem;
import uk.homecare.portal.platform.problem.Problems;

/**
 * The one place the cascade, the answers to offers and the pages ask which gates a provider fails in a council:
 * every {@link Gate} bean is asked, each reading its facts for many providers at once. A provider that fails any
 * gate of a council gets no new offer from it, and may not accept or bid on an offer it already has (409).
 */
@Singleton
public class ProviderGates {

    private final List<Gate<?>> gates;
    private final Sql sql;
    private final ObjectMapper json;

    ProviderGates(List<Gate<?>> gates, Sql sql, ObjectMapper json) {
        this.gates = gates.stream().sorted(Comparator.comparing(Gate::name)).toList();
        this.sql = sql;
        this.json = json;
    }

    /** Every failed gate of every provider registered with these councils; a provider that fails none is left out. */
    public Map<CouncilProvider, List<GateFailure>> failingIn(Collection<UUID> councils) {
        return judge(Set.copyOf(councils), null);
    }

    /** The councils among these whose gates the provider fails (an offer's answers other than a decline are then refused). */
    public Set<UUID> councilsGating(UUID provider, Collection<UUID> councils) {
        return judge(Set.copyOf(councils), provider).keySet().stream().filter(pair -> pair.provider().equals(provider))
                .map(CouncilProvider::council).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The gates the provider fails in the council, in the order of {@link GateName}; empty: it passes. */
    public List<GateFailure> failing(UUID council, UUID provider) {
        return judge(Set.of(council), provider).getOrDefault(new CouncilProvider(council, provider), List.of());
    }

    /** Refuses (409, type provider-gated, naming the gate and why) a provider that fails a gate of the council. */
    public void refuseIfGated(UUID council, UUID provider) {
        List<GateFailure> failed = failing(council, provider);
        if (!failed.isEmpty()) {
            GateFailure first = failed.getFirst();
            throw PortalProblem.conflict(ProblemType.PROVIDER_GATED,
                    Problems.message("quality.gated", Problems.message("quality.gate.name." + first.gate().name()), reason(first)));
        }
    }

    /** Why the provider fails the gate, in the request's language. */
    public String reason(GateFailure failure) {
        return gates.stream().filter(gate -> gate.name() == failure.gate()).findFirst().orElseThrow().reason(failure);
    }

    /** The failure's facts as a JSON object, for the package's history. */
    public String factsJson(GateFailure failure) {
        try {
            return json.writeValueAsString(failure.facts());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<CouncilProvider, List<GateFailure>> judge(Set<UUID> councils, @Nullable UUID provider) {
        if (councils.isEmpty()) {
            return Map.of();
        }
        List<CouncilProvider> registered = sql.list("""
                select council_id, organisation_id from organisation_council
                 where council_id = any(?) and (?::uuid is null or organisation_id = ?::uuid)""",
                row -> new CouncilProvider(Sql.uuid(row, "council_id"), Sql.uuid(row, "organisation_id")),
                List.copyOf(councils), provider, provider);
        Map<CouncilProvider, List<GateFailure>> failing = new HashMap<>();
        for (Gate<?> gate : gates) {
            judgeBy(gate, councils, provider, new LinkedHashSet<>(registered), failing);
        }
        return failing;
    }

    private static <F> void judgeBy(Gate<F> gate, Set<UUID> councils, @Nullable UUID provider, Set<CouncilProvider> registered,
            Map<CouncilProvider, List<GateFailure>> failing) {
        Map<CouncilProvider, F> facts = gate.facts(councils, provider);
        Set<CouncilProvider> judged = new LinkedHashSet<>(registered);
        judged.addAll(facts.keySet());
        for (CouncilProvider pair : judged) {
            gate.judge(facts.get(pair)).ifPresent(failure -> failing.computeIfAbsent(pair, p -> new ArrayList<>()).add(failure));
        }
    }
}
