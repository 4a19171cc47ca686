package uk.homecare.portal.identity;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ApiClients extends GenericRepository<ApiClient, UUID> {

    Optional<ApiClient> findByClientId(String clientId);
}
