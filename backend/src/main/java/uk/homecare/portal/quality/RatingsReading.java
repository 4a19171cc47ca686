package uk.homecare.portal.quality;

import static uk.homecare.portal.platform.Sql.date;
import static uk.homecare.portal.platform.Sql.instant;
import static uk.homecare.portal.platform.Sql.uuid;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import uk.homecare.portal.api.organisation.Regulator;
import uk.homecare.portal.api.quality.RatingChangeKind;
import uk.homecare.portal.api.quality.LocationRating;
import uk.homecare.portal.api.quality.Rating;
import uk.homecare.portal.api.quality.RatingChange;
import uk.homecare.portal.platform.Sql;

/**
 * Reads providers' locations as the regulators' latest files have them: a location is a provider's when the
 * regulator is its organisation's and the location's provider id is its regulator provider id, or the location is
 * the one its organisation names.
 */
@Singleton
class RatingsReading {

    private static final String LOCATIONS_OF = """
            select o.id as provider, o.regulator_location_id as own_location, rl.regulator, rl.location_id, rl.location_name,
                   rl.rating, rl.published_on, rl.withdrawn_at
              from organisation o
              join regulator_location rl on rl.regulator = o.regulator
                   and (rl.regulator_provider_id = o.regulator_provider_id or rl.location_id = o.regulator_location_id)
             where o.id = any(?) %s
             order by o.id, rl.location_id""";

    private final Sql sql;

    RatingsReading(Sql sql) {
        this.sql = sql;
    }

    /** The rating the gates judge each provider by (JudgedRating); a provider with no listed location is left out. */
    Map<UUID, JudgedRating> judged(Collection<UUID> providers) {
        if (providers.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<JudgedRating>> listed = new LinkedHashMap<>();
        Map<UUID, String> own = new HashMap<>();
        sql.list(LOCATIONS_OF.formatted("and rl.withdrawn_at is null"), row -> {
            UUID provider = uuid(row, "provider");
            String ownLocation = row.getString("own_location");
            if (ownLocation != null) {
                own.put(provider, ownLocation);
            }
            listed.computeIfAbsent(provider, p -> new ArrayList<>()).add(new JudgedRating(row.getString("location_id"),
                    row.getString("location_name"), Rating.valueOf(row.getString("rating")), date(row, "published_on")));
            return provider;
        }, List.copyOf(providers));
        Map<UUID, JudgedRating> judged = new HashMap<>();
        listed.forEach((provider, locations) -> JudgedRating.of(own.get(provider), locations).ifPresent(r -> judged.put(provider, r)));
        return judged;
    }

    Optional<JudgedRating> judged(UUID provider) {
        return Optional.ofNullable(judged(List.of(provider)).get(provider));
    }

    /** The provider's locations, withdrawn ones too, each with its changes newest first. */
    List<LocationRating> locations(UUID provider) {
        record Row(Regulator regulator, String locationId, String name, Rating rating, java.time.LocalDate publishedOn,
                java.time.Instant withdrawnAt) {}
        List<Row> rows = sql.list(LOCATIONS_OF.formatted(""), row -> new Row(Regulator.valueOf(row.getString("regulator")),
                row.getString("location_id"), row.getString("location_name"), Rating.valueOf(row.getString("rating")),
                date(row, "published_on"), instant(row, "withdrawn_at")), List.of(provider));
        List<LocationRating> locations = new ArrayList<>();
        for (Row r : rows) {
            List<RatingChange> history = sql.list("""
                    select kind, old_rating, new_rating, new_published_on, changed_at, import_id from rating_change
                     where regulator = ? and location_id = ? order by changed_at desc, id desc limit 1000""",
                    row -> new RatingChange(RatingChangeKind.valueOf(row.getString("kind")), rating(row.getString("old_rating")),
                            rating(row.getString("new_rating")), date(row, "new_published_on"), instant(row, "changed_at"),
                            uuid(row, "import_id")),
                    r.regulator().name(), r.locationId());
            locations.add(new LocationRating(r.regulator(), r.locationId(), r.name(), r.rating(), r.publishedOn(), r.withdrawnAt(), history));
        }
        return locations;
    }

    static @Nullable Rating rating(@Nullable String stored) {
        return stored == null ? null : Rating.valueOf(stored);
    }
}
