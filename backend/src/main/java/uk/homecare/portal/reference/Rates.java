package uk.homecare.portal.reference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface Rates extends GenericRepository<RateRow, UUID> {

    @Query("select * from rate where council_id = :councilId order by service_type, effective_from")
    List<RateRow> schedule(UUID councilId);

    Optional<RateRow> findByIdAndCouncilId(UUID id, UUID councilId);

    RateRow save(RateRow rate);

    @Query("""
            select count(*) > 0 from rate
             where council_id = :councilId and service_type = :serviceType and effective_from = :effectiveFrom and id <> :id""")
    boolean dateTakenByAnother(UUID councilId, String serviceType, LocalDate effectiveFrom, UUID id);

    @Query("""
            update rate set service_type = :serviceType, hourly_rate_pence = :hourlyRatePence, floor_pence = :floorPence,
                   ceiling_pence = :ceilingPence, effective_from = :effectiveFrom, version = version + 1
             where id = :id and council_id = :councilId and version = :version""")
    long update(UUID id, UUID councilId, int version, String serviceType, int hourlyRatePence,
            @Nullable Integer floorPence, @Nullable Integer ceilingPence, LocalDate effectiveFrom);
}
