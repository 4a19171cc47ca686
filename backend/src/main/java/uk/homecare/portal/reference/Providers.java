package uk.homecare.portal.reference;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.reference.Provider;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface Providers extends GenericRepository<LotRow, UUID> {

    @Query("""
            select o.id, o.name, o.regulator, o.regulator_provider_id, o.regulator_location_id
              from organisation o join organisation_council oc on oc.organisation_id = o.id
             where oc.council_id = :councilId and o.kind = 'PROVIDER' and (oc.until is null or oc.until > :today)
             order by o.name""")
    List<Provider> contractedTo(UUID councilId, LocalDate today);
}
