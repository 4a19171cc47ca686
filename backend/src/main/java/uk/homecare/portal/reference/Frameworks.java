package uk.homecare.portal.reference;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface Frameworks extends GenericRepository<FrameworkRow, UUID> {

    List<FrameworkRow> findByCouncilIdOrderByStartsOnDesc(UUID councilId);

    Optional<FrameworkRow> findByIdAndCouncilId(UUID id, UUID councilId);

    FrameworkRow save(FrameworkRow framework);

    @Query("select count(*) > 0 from framework where council_id = :councilId and lower(name) = lower(:name) and id <> :id")
    boolean nameTakenByAnother(UUID councilId, String name, UUID id);

    @Query("""
            update framework set name = :name, starts_on = :startsOn, initial_term_months = :initialTermMonths,
                   extension_months = :extensionMonths, version = version + 1
             where id = :id and council_id = :councilId and version = :version""")
    long update(UUID id, UUID councilId, int version, String name, LocalDate startsOn, int initialTermMonths, int extensionMonths);
}
