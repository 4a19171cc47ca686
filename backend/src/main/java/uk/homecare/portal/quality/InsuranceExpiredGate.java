package uk.homecare.portal.quality;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.api.quality.GateName;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.platform.problem.Problems;

/**
 * Gate: a provider whose current public or employer's liability insurance on file (docs/compliance-documents.md) has
 * expired gets no new offers, in every council it works with: insurance is a condition of every contract. Expired is
 * the compliance records' own rule: the expiry day is the first day without cover. A provider that has not uploaded
 * its insurance yet is not gated by this (its councils see the gap on its compliance page): the issue gates insurance
 * that expired, and gating missing documents would stop every provider the day the records began.
 */
@Singleton
final class InsuranceExpiredGate implements Gate<InsuranceExpiredGate.Facts> {

    /** The provider's insurance documents that have expired, and the earliest expiry day among them. */
    record Facts(List<String> types, LocalDate expiredOn) {}

    private final Sql sql;
    private final Clock clock;

    InsuranceExpiredGate(Sql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    @Override
    public GateName name() {
        return GateName.INSURANCE_EXPIRED;
    }

    @Override
    public Map<CouncilProvider, Facts> facts(Set<UUID> councils, @Nullable UUID provider) {
        Map<CouncilProvider, Facts> facts = new HashMap<>();
        sql.list("""
                select oc.council_id, d.provider_id, array_agg(d.type order by d.type) as types, min(d.expires_on) as expired_on
                  from compliance_document d
                  join organisation_council oc on oc.organisation_id = d.provider_id
                 where d.superseded_by is null and d.type in ('PUBLIC_LIABILITY_INSURANCE', 'EMPLOYERS_LIABILITY_INSURANCE')
                   and d.expires_on <= ? and oc.council_id = any(?) and (?::uuid is null or d.provider_id = ?::uuid)
                 group by oc.council_id, d.provider_id""",
                row -> facts.put(new CouncilProvider(Sql.uuid(row, "council_id"), Sql.uuid(row, "provider_id")),
                        new Facts(List.of((String[]) row.getArray("types").getArray()), Sql.date(row, "expired_on"))),
                UkTime.today(clock), List.copyOf(councils), provider, provider);
        return facts;
    }

    @Override
    public Optional<GateFailure> judge(@Nullable Facts facts) {
        return facts == null || facts.types().isEmpty() ? Optional.empty()
                : Optional.of(new GateFailure(name(), Map.of("documents", String.join(",", facts.types()),
                        "expiredOn", facts.expiredOn().toString())));
    }

    @Override
    public String reason(GateFailure failure) {
        return Problems.message("quality.gate.INSURANCE_EXPIRED", failure.facts().get("expiredOn"));
    }
}
