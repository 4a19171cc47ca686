package uk.homecare.portal.platform;

import io.micronaut.core.annotation.Nullable;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Whom a connection acts for: the councils whose rows it may see and write, and the organisation acting.
 * {@link #NONE} sees no council's rows.
 */
public record Tenancy(Set<UUID> councils, @Nullable UUID organisation) {

    public static final Tenancy NONE = new Tenancy(Set.of(), null);

    public Tenancy {
        councils = Set.copyOf(councils);
    }

    /** The councils as PostgreSQL's {@code portal.acting_councils()} reads them: comma-separated uuids. */
    String councilsSetting() {
        return councils.stream().map(UUID::toString).sorted().collect(Collectors.joining(","));
    }

    String organisationSetting() {
        return organisation == null ? "" : organisation.toString();
    }
}
