package uk.homecare.portal.identity;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Names and relationships an actor is described by: councils, organisations, people cared for. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface Directory extends GenericRepository<UserAccount, UUID> {

    @Introspected
    record Named(UUID id, String name) {}

    /** The councils an organisation holds a contract with on {@code today} (the UK's date by the application's clock). */
    @Query("select council_id from organisation_council where organisation_id = :organisationId and (until is null or until > :today) order by council_id")
    List<UUID> councilIdsOfOrganisation(UUID organisationId, LocalDate today);

    /** A council's name, and its name in Welsh where it has one. */
    @Introspected
    record NamedCouncil(UUID id, String name, @io.micronaut.core.annotation.Nullable String nameCy) {}

    @Query("select id, name, name_cy from council where id in (:ids) order by name")
    List<NamedCouncil> councils(List<UUID> ids);

    @Query("select id, name from organisation where id = :id")
    Optional<Named> organisation(UUID id);

    @Query("""
            select p.id, p.given_name || ' ' || p.family_name as name
              from carer_consent c join person p on p.id = c.person_id
             where c.carer_id = :carerId and c.revoked_at is null
               and c.starts_on <= :today and (c.ends_on is null or c.ends_on >= :today)
             order by name""")
    List<Named> peopleCaredFor(UUID carerId, LocalDate today);
}
