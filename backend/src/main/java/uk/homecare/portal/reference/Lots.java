package uk.homecare.portal.reference;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.homecare.portal.api.reference.LotTier;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface Lots extends GenericRepository<LotRow, UUID> {

    @Introspected
    record Holder(UUID lotId, UUID providerId, String providerName, LotTier tier) {}

    List<LotRow> findByFrameworkIdAndCouncilIdOrderByName(UUID frameworkId, UUID councilId);

    Optional<LotRow> findByIdAndCouncilId(UUID id, UUID councilId);

    LotRow save(LotRow lot);

    @Query("select count(*) > 0 from lot where framework_id = :frameworkId and lower(name) = lower(:name) and id <> :id")
    boolean nameTakenByAnother(UUID frameworkId, String name, UUID id);

    @Query("""
            update lot set name = :name, kind = :kind, zone_id = :zoneId, service_category = :serviceCategory,
                   min_weekly_minutes = :minWeeklyMinutes, max_weekly_minutes = :maxWeeklyMinutes,
                   price_competition = :priceCompetition, version = version + 1
             where id = :id and council_id = :councilId and version = :version""")
    long update(UUID id, UUID councilId, int version, String name, String kind, @Nullable UUID zoneId,
            String serviceCategory, @Nullable Integer minWeeklyMinutes, @Nullable Integer maxWeeklyMinutes,
            boolean priceCompetition);

    @Query("""
            select lp.lot_id, lp.provider_id, o.name as provider_name, lp.tier
              from lot_provider lp join organisation o on o.id = lp.provider_id
             where lp.lot_id in (:lotIds)
             order by case lp.tier when 'PRIMARY' then 0 when 'SECONDARY' then 1 else 2 end, o.name""")
    List<Holder> holders(List<UUID> lotIds);

    @Query("""
            select count(*) > 0 from organisation o join organisation_council oc on oc.organisation_id = o.id
             where o.id = :providerId and o.kind = 'PROVIDER' and oc.council_id = :councilId
               and (oc.until is null or oc.until > :today)""")
    boolean providerContractedTo(UUID providerId, UUID councilId, LocalDate today);

    @Query("select count(*) > 0 from lot_provider where lot_id = :lotId and tier = :tier and provider_id <> :providerId")
    boolean tierHeldByAnother(UUID lotId, String tier, UUID providerId);

    @Query("""
            insert into lot_provider (lot_id, provider_id, tier) values (:lotId, :providerId, :tier)
            on conflict (lot_id, provider_id) do update set tier = excluded.tier""")
    void place(UUID lotId, UUID providerId, String tier);

    @Query("delete from lot_provider where lot_id = :lotId and provider_id = :providerId")
    long remove(UUID lotId, UUID providerId);
}
