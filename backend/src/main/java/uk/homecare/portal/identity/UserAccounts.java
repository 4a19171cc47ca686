package uk.homecare.portal.identity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface UserAccounts extends GenericRepository<UserAccount, UUID> {

    Optional<UserAccount> findByUsername(String username);

    Optional<UserAccount> findById(UUID id);

    /** Counts a failure; the one that reaches the limit locks the account and starts the count again. */
    @Query("""
            update app_user
               set locked_until = case when failed_logins + 1 >= :maxFailures then :lockUntil else locked_until end,
                   failed_logins = case when failed_logins + 1 >= :maxFailures then 0 else failed_logins + 1 end
             where id = :id""")
    void recordFailedSignIn(UUID id, int maxFailures, Instant lockUntil);

    @Query("update app_user set failed_logins = 0, locked_until = null where id = :id")
    void recordSignIn(UUID id);
}
