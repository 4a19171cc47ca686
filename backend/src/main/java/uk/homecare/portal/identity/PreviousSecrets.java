package uk.homecare.portal.identity;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import uk.homecare.portal.platform.Sql;

/** The secrets a rotation replaced, each still accepted until its overlap ends (V15), and never after. */
@Singleton
class PreviousSecrets {

    private final Sql sql;
    private final PasswordHasher hasher;

    PreviousSecrets(Sql sql, PasswordHasher hasher) {
        this.sql = sql;
        this.hasher = hasher;
    }

    @Transactional(readOnly = true)
    boolean previousMatches(ApiClient client, String secret, Instant now) {
        return sql.list("select secret_hash from api_client_previous_secret where api_client_id = ? and expires_at > ?",
                        row -> row.getString(1), client.id(), now)
                .stream().anyMatch(hash -> hasher.matches(secret, hash));
    }
}
