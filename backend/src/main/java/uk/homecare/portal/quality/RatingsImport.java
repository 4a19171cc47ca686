package uk.homecare.portal.quality;

import static uk.homecare.portal.platform.Sql.date;
import static uk.homecare.portal.platform.Sql.instant;
import static uk.homecare.portal.platform.Sql.uuid;

import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.api.organisation.Regulator;
import uk.homecare.portal.api.problem.Problem.FieldError;
import uk.homecare.portal.api.problem.ProblemType;
import uk.homecare.portal.api.quality.RatingChangeKind;
import uk.homecare.portal.api.quality.ImportedChange;
import uk.homecare.portal.api.quality.Rating;
import uk.homecare.portal.api.quality.RatingsImportReport;
import uk.homecare.portal.audit.AuditTrail;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.platform.problem.PortalProblem;
import uk.homecare.portal.platform.problem.Problems;

/**
 * Use case: the platform administrator imports a regulator's ratings file. The file is read and checked whole first
 * (RatingsFile); a file with any row at fault is refused whole (422, every row at fault named) and nothing changes.
 * A good file is compared with what the portal holds for that regulator: locations new to the portal (or listed
 * again), ratings or publication dates changed, and locations no longer listed (withdrawn) are each recorded as a
 * change of this import; names are brought up to date silently. Imports of one regulator run one at a time, and the
 * file that was the regulator's latest import, imported again, changes nothing and answers that import's report.
 */
@Singleton
class RatingsImport {

    /** The answer: 201 imported now, 200 the latest import already. */
    record Outcome(HttpStatus status, RatingsImportReport report) {}

    private final Sql sql;
    private final AuditTrail audit;
    private final Clock clock;

    RatingsImport(Sql sql, AuditTrail audit, Clock clock) {
        this.sql = sql;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    Outcome upload(Actor actor, byte[] file) {
        RatingsFile.Read read = RatingsFile.read(file);
        if (!read.faults().isEmpty() || read.regulator() == null) {
            List<FieldError> faults = read.faults();
            throw PortalProblem.unprocessable(ProblemType.RATINGS_FILE_REFUSED,
                    Problems.message("quality.file.refused", faults.size(), Math.min(faults.size(), Problems.MAX_ERRORS)), faults);
        }
        Regulator regulator = read.regulator();
        String sha256 = sha256(file);
        // one import of a regulator at a time: the second of two at once waits, then finds the first's
        sql.one("select pg_advisory_xact_lock(hashtext('rating_import:' || ?))", row -> true, regulator.name());
        record Latest(UUID id, String sha256) {}
        Optional<Latest> latest = sql.one("""
                select id, file_sha256 from rating_import where regulator = ? order by number desc limit 1""",
                row -> new Latest(uuid(row, "id"), row.getString("file_sha256")), regulator.name());
        if (latest.isPresent() && latest.get().sha256().equals(sha256)) {
            return new Outcome(HttpStatus.OK, report(latest.get().id(), true));
        }
        return new Outcome(HttpStatus.CREATED, report(apply(actor, regulator, sha256, read), false));
    }

    private record Held(String name, String providerId, String providerName, Rating rating, LocalDate publishedOn, boolean withdrawn) {}

    private UUID apply(Actor actor, Regulator regulator, String sha256, RatingsFile.Read read) {
        Instant now = clock.instant();
        Map<String, Held> held = new HashMap<>();
        sql.list("""
                select location_id, location_name, regulator_provider_id, provider_name, rating, published_on, withdrawn_at is not null as withdrawn
                  from regulator_location where regulator = ?""",
                row -> held.put(row.getString("location_id"), new Held(row.getString("location_name"), row.getString("regulator_provider_id"),
                        row.getString("provider_name"), Rating.valueOf(row.getString("rating")), date(row, "published_on"),
                        row.getBoolean("withdrawn"))),
                regulator.name());

        List<RatingsFile.Location> upserts = new ArrayList<>();
        List<Object[]> changes = new ArrayList<>(); // location, kind, old rating, new rating, old published, new published
        int unchanged = 0;
        Map<String, Boolean> listed = new HashMap<>();
        for (RatingsFile.Location location : read.locations()) {
            listed.put(location.locationId(), true);
            Held before = held.get(location.locationId());
            if (before == null || before.withdrawn()) {
                changes.add(new Object[] {location.locationId(), RatingChangeKind.NEW, before == null ? null : before.rating(), location.rating(),
                        before == null ? null : before.publishedOn(), location.publishedOn()});
                upserts.add(location);
            } else if (before.rating() != location.rating() || !Objects.equals(before.publishedOn(), location.publishedOn())) {
                changes.add(new Object[] {location.locationId(), RatingChangeKind.CHANGED, before.rating(), location.rating(), before.publishedOn(),
                        location.publishedOn()});
                upserts.add(location);
            } else {
                unchanged++;
                if (!before.name().equals(location.locationName()) || !before.providerId().equals(location.providerId())
                        || !before.providerName().equals(location.providerName())) {
                    upserts.add(location);
                }
            }
        }
        List<String> withdrawn = held.entrySet().stream().filter(e -> !e.getValue().withdrawn() && !listed.containsKey(e.getKey()))
                .map(Map.Entry::getKey).sorted().toList();
        for (String location : withdrawn) {
            Held before = held.get(location);
            changes.add(new Object[] {location, RatingChangeKind.WITHDRAWN, before.rating(), null, before.publishedOn(), null});
        }
        int news = (int) changes.stream().filter(c -> c[1] == RatingChangeKind.NEW).count();
        int changed = (int) changes.stream().filter(c -> c[1] == RatingChangeKind.CHANGED).count();

        UUID importId = sql.one("""
                insert into rating_import (regulator, file_sha256, imported_at, imported_by, rows_read, locations_read, new_count,
                                           changed_count, withdrawn_count, unchanged_count)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""",
                row -> uuid(row, "id"), regulator.name(), sha256, now, actor.id(), read.rowsRead(), read.locations().size(), news, changed,
                withdrawn.size(), unchanged).orElseThrow();
        upsert(regulator, upserts);
        if (!withdrawn.isEmpty()) {
            sql.update("update regulator_location set withdrawn_at = ? where regulator = ? and location_id = any(?)",
                    now, regulator.name(), withdrawn);
        }
        recordChanges(importId, regulator, changes, now);

        Map<String, Object> details = new LinkedHashMap<>();
        details.put("regulator", regulator.name());
        details.put("fileSha256", sha256);
        details.put("new", news);
        details.put("changed", changed);
        details.put("withdrawn", withdrawn.size());
        audit.record(actor, null, AuditAction.RATINGS_IMPORTED, "rating_import", importId, details);
        return importId;
    }

    private void upsert(Regulator regulator, List<RatingsFile.Location> locations) {
        if (locations.isEmpty()) {
            return;
        }
        int n = locations.size();
        String[] ids = new String[n];
        String[] names = new String[n];
        String[] providerIds = new String[n];
        String[] providerNames = new String[n];
        String[] ratings = new String[n];
        String[] published = new String[n];
        for (int i = 0; i < n; i++) {
            RatingsFile.Location l = locations.get(i);
            ids[i] = l.locationId();
            names[i] = l.locationName();
            providerIds[i] = l.providerId();
            providerNames[i] = l.providerName();
            ratings[i] = l.rating().name();
            published[i] = l.publishedOn() == null ? null : l.publishedOn().toString();
        }
        sql.update("""
                insert into regulator_location (regulator, location_id, location_name, regulator_provider_id, provider_name, rating, published_on)
                select ?, l.* from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::date[]) as l
                on conflict (regulator, location_id) do update
                   set location_name = excluded.location_name, regulator_provider_id = excluded.regulator_provider_id,
                       provider_name = excluded.provider_name, rating = excluded.rating, published_on = excluded.published_on,
                       withdrawn_at = null""",
                regulator.name(), ids, names, providerIds, providerNames, ratings, published);
    }

    private void recordChanges(UUID importId, Regulator regulator, List<Object[]> changes, Instant now) {
        if (changes.isEmpty()) {
            return;
        }
        int n = changes.size();
        String[] locations = new String[n];
        String[] kinds = new String[n];
        String[] oldRatings = new String[n];
        String[] newRatings = new String[n];
        String[] oldPublished = new String[n];
        String[] newPublished = new String[n];
        for (int i = 0; i < n; i++) {
            Object[] c = changes.get(i);
            locations[i] = (String) c[0];
            kinds[i] = ((RatingChangeKind) c[1]).name();
            oldRatings[i] = c[2] == null ? null : ((Rating) c[2]).name();
            newRatings[i] = c[3] == null ? null : ((Rating) c[3]).name();
            oldPublished[i] = c[4] == null ? null : c[4].toString();
            newPublished[i] = c[5] == null ? null : c[5].toString();
        }
        sql.update("""
                insert into rating_change (import_id, regulator, location_id, kind, old_rating, new_rating, old_published_on,
                                           new_published_on, changed_at)
                select ?, ?, c.location, c.kind, c.old_rating, c.new_rating, c.old_published, c.new_published, ?
                  from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::date[], ?::date[])
                       as c(location, kind, old_rating, new_rating, old_published, new_published)""",
                importId, regulator.name(), now, locations, kinds, oldRatings, newRatings, oldPublished, newPublished);
    }

    /** The import's report: its counts, and its changes of locations that belong to providers in the portal. */
    RatingsImportReport report(UUID importId, boolean alreadyImported) {
        List<ImportedChange> flagged = sql.list("""
                select c.kind, c.location_id, rl.location_name, rl.regulator_provider_id, o.id as provider_id, o.name as provider_name,
                       c.old_rating, c.new_rating, coalesce(c.new_published_on, c.old_published_on) as published_on
                  from rating_change c
                  join regulator_location rl on rl.regulator = c.regulator and rl.location_id = c.location_id
                  join organisation o on o.kind = 'PROVIDER' and o.regulator = rl.regulator
                       and (o.regulator_provider_id = rl.regulator_provider_id or o.regulator_location_id = rl.location_id)
                 where c.import_id = ?
                 order by o.name, c.location_id""",
                row -> new ImportedChange(RatingChangeKind.valueOf(row.getString("kind")), row.getString("location_id"),
                        row.getString("location_name"), row.getString("regulator_provider_id"),
                        new NamedRef(uuid(row, "provider_id"), row.getString("provider_name")),
                        RatingsReading.rating(row.getString("old_rating")), RatingsReading.rating(row.getString("new_rating")),
                        date(row, "published_on")),
                importId);
        return sql.one("select * from rating_import where id = ?",
                row -> new RatingsImportReport(importId, Regulator.valueOf(row.getString("regulator")), row.getString("file_sha256"),
                        alreadyImported, instant(row, "imported_at"), row.getInt("rows_read"), row.getInt("locations_read"),
                        row.getInt("new_count"), row.getInt("changed_count"), row.getInt("withdrawn_count"), row.getInt("unchanged_count"),
                        flagged.stream().sorted(Comparator.comparing((ImportedChange c) -> c.provider() == null ? "" : c.provider().name())
                                .thenComparing(ImportedChange::locationId)).toList()),
                importId).orElseThrow();
    }

    static String sha256(byte[] file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
