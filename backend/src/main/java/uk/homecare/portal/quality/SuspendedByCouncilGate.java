package uk.homecare.portal.quality;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import uk.homecare.portal.api.quality.GateName;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.platform.problem.Problems;

/** Gate: a provider the council has suspended (and not yet lifted) gets no new offers from it. */
@Singleton
final class SuspendedByCouncilGate implements Gate<SuspendedByCouncilGate.Facts> {

    /** The suspension in force: why, and since when. */
    record Facts(String reason, Instant since) {}

    private final Sql sql;

    SuspendedByCouncilGate(Sql sql) {
        this.sql = sql;
    }

    @Override
    public GateName name() {
        return GateName.SUSPENDED_BY_COUNCIL;
    }

    @Override
    public Map<CouncilProvider, Facts> facts(Set<UUID> councils, @Nullable UUID provider) {
        Map<CouncilProvider, Facts> facts = new HashMap<>();
        sql.list("""
                select council_id, provider_id, reason, suspended_at from provider_suspension
                 where lifted_at is null and council_id = any(?) and (?::uuid is null or provider_id = ?::uuid)""",
                row -> facts.put(new CouncilProvider(Sql.uuid(row, "council_id"), Sql.uuid(row, "provider_id")),
                        new Facts(row.getString("reason"), Sql.instant(row, "suspended_at"))),
                List.copyOf(councils), provider, provider);
        return facts;
    }

    @Override
    public Optional<GateFailure> judge(@Nullable Facts facts) {
        return facts == null ? Optional.empty()
                : Optional.of(new GateFailure(name(), Map.of("note", facts.reason(), "since", facts.since().toString())));
    }

    @Override
    public String reason(GateFailure failure) {
        return Problems.message("quality.gate.SUSPENDED_BY_COUNCIL", failure.facts().get("note"));
    }
}
