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
interface Zones extends GenericRepository<ZoneRow, UUID> {

    List<ZoneRow> findByCouncilIdOrderByName(UUID councilId);

    Optional<ZoneRow> findByIdAndCouncilId(UUID id, UUID councilId);

    boolean existsByCouncilIdAndCode(UUID councilId, String code);

    ZoneRow save(ZoneRow zone);

    @Query("""
            update zone set code = :code, name = :name, kind = :kind, retired_on = :retiredOn, version = version + 1
             where id = :id and council_id = :councilId and version = :version""")
    long update(UUID id, UUID councilId, int version, String code, String name, String kind, @Nullable LocalDate retiredOn);

    @Query("select count(*) > 0 from zone where council_id = :councilId and lower(code) = lower(:code) and id <> :id")
    boolean codeTakenByAnother(UUID councilId, String code, UUID id);
}
