package uk.homecare.portal.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import uk.homecare.portal.api.identity.Role;
import uk.homecare.portal.platform.Sql;

/** An account as its administrators see it, read from {@code app_user}. */
record AccountRow(UUID id, String username, String displayName, Role role, boolean enabled,
                  @Nullable UUID councilId, @Nullable UUID organisationId) {

    static AccountRow of(ResultSet row) throws SQLException {
        return new AccountRow(Sql.uuid(row, "id"), row.getString("username"), row.getString("display_name"),
                Role.valueOf(row.getString("role")), row.getBoolean("enabled"), Sql.uuid(row, "council_id"),
                Sql.uuid(row, "organisation_id"));
    }
}
