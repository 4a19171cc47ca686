package uk.homecare.portal.platform;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Flyway migrates as the tables' owner, on a connection of its own: the application's pool runs as
 * {@code portal_app}, which may not change the schema. The owner is {@code FLYWAY_USERNAME} and
 * {@code FLYWAY_PASSWORD} when set (production), else the data source's own login (demo mode and tests,
 * where that is the embedded server's superuser).
 */
@Singleton
@Named("default")
final class MigrationsAsOwner implements FlywayConfigurationCustomizer {

    private final String url;
    private final String user;
    private final String password;

    MigrationsAsOwner(
            @Property(name = "datasources.default.url") String url,
            @Property(name = "datasources.default.username") @Nullable String appUser,
            @Property(name = "datasources.default.password") @Nullable String appPassword,
            @Property(name = "portal.migrations.username") @Nullable String ownerUser,
            @Property(name = "portal.migrations.password") @Nullable String ownerPassword) {
        boolean separateOwner = ownerUser != null && !ownerUser.isBlank();
        this.url = url;
        this.user = separateOwner ? ownerUser : appUser;
        this.password = separateOwner ? ownerPassword : appPassword;
    }

    @Override
    public void customizeFluentConfiguration(FluentConfiguration configuration) {
        configuration.dataSource(url, user, password);
    }

    @Override
    public String getName() {
        return "default";
    }
}
