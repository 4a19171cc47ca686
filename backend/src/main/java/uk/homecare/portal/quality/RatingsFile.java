package uk.homecare.portal.quality;

import io.micronaut.core.annotation.Nullable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.homecare.portal.api.organisation.Regulator;
import uk.homecare.portal.api.problem.Problem.FieldError;
import uk.homecare.portal.api.quality.Rating;
import uk.homecare.portal.platform.problem.Problems;
import uk.homecare.portal.visits.CsvRecords;

/**
 * Reads a regulator's ratings file (CSV, UTF-8) whole, refusing it whole when any row is at fault: every fault is
 * named {@code lines[n].column} (n the line in the file, the header line 1). The regulator is known by the header:
 * CQC's "Location ID", CIW's "Service ID". Columns not named here are ignored (CQC's file has many more).
 * <ul>
 * <li>CQC (its "latest ratings" directory): Location ID, Location Name, Provider ID, Provider Name, Latest Rating,
 *     Publication Date (dd/mm/yyyy, or yyyy-mm-dd); where "Service / Population Group" and "Domain" (or "Key Question")
 *     are there, only the rows reading "Overall" in both are the location's overall rating, the others are skipped.
 * <li>CIW (its register of services): Service ID, Service Name, Provider ID, Provider Name, Inspection Date, and
 *     the ratings of the themes Well-being, Care and Support, Leadership and Management (and Environment, if there):
 *     CIW gives no single overall rating, so the location's is its worst theme's (Excellent as OUTSTANDING, Poor as
 *     INADEQUATE); no theme rated is NOT_YET_RATED.
 * </ul>
 */
final class RatingsFile {

    /** The most bytes and data rows a file may have. */
    static final int MOST_BYTES = 10 * 1024 * 1024;
    static final int MOST_ROWS = 200_000;

    /** One location as the file has it. */
    record Location(int line, String locationId, String locationName, String providerId, String providerName, Rating rating,
            @Nullable LocalDate publishedOn) {}

    /** The file read: its regulator, how many data rows it has, and its locations; or every fault. */
    record Read(@Nullable Regulator regulator, int rowsRead, List<Location> locations, List<FieldError> faults) {}

    private enum Column {
        LOCATION_ID("location_id", "location id", "service id"),
        LOCATION_NAME("location_name", "location name", "service name"),
        PROVIDER_ID("provider_id", "provider id", "provider id"),
        PROVIDER_NAME("provider_name", "provider name", "provider name"),
        RATING("latest_rating", "latest rating", null),
        PUBLISHED("publication_date", "publication date", "inspection date"),
        GROUP("service_population_group", "service / population group", null),
        DOMAIN("domain", "domain", null),
        KEY_QUESTION("key_question", "key question", null),
        WELL_BEING("well_being", null, "well-being"),
        CARE_AND_SUPPORT("care_and_support", null, "care and support"),
        LEADERSHIP("leadership_and_management", null, "leadership and management"),
        ENVIRONMENT("environment", null, "environment");

        final String key;
        final @Nullable String cqc;
        final @Nullable String ciw;

        Column(String key, @Nullable String cqc, @Nullable String ciw) {
            this.key = key;
            this.cqc = cqc;
            this.ciw = ciw;
        }

        @Nullable String header(Regulator regulator) {
            return regulator == Regulator.CQC ? cqc : ciw;
        }
    }

    private static final List<Column> CQC_REQUIRED = List.of(Column.LOCATION_ID, Column.LOCATION_NAME, Column.PROVIDER_ID,
            Column.PROVIDER_NAME, Column.RATING, Column.PUBLISHED);
    private static final List<Column> CIW_REQUIRED = List.of(Column.LOCATION_ID, Column.LOCATION_NAME, Column.PROVIDER_ID,
            Column.PROVIDER_NAME, Column.PUBLISHED, Column.WELL_BEING, Column.CARE_AND_SUPPORT, Column.LEADERSHIP);
    private static final List<Column> CIW_THEMES = List.of(Column.WELL_BEING, Column.CARE_AND_SUPPORT, Column.LEADERSHIP,
            Column.ENVIRONMENT);

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final int MOST_NAME = 300;

    private RatingsFile() {}

    static Read read(byte[] file) {
        if (file.length > MOST_BYTES) {
            return fileRefused("quality.file.too-large", MOST_BYTES / (1024 * 1024));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException e) {
            return fileRefused("quality.file.not-utf8");
        }
        List<CsvRecords.Record> records;
        try {
            records = CsvRecords.read(text);
        } catch (CsvRecords.Unclosed unclosed) {
            return new Read(null, 0, List.of(), List.of(fault(unclosed.line, "row", "quality.file.unclosed-quote")));
        }
        if (records.isEmpty()) {
            return fileRefused("quality.file.empty");
        }
        List<String> header = records.getFirst().fields().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        Regulator regulator = header.contains("location id") ? Regulator.CQC : header.contains("service id") ? Regulator.CIW : null;
        if (regulator == null) {
            return new Read(null, 0, List.of(), List.of(fault(1, "header", "quality.file.which-regulator")));
        }
        Map<Column, Integer> columns = new HashMap<>();
        List<FieldError> faults = new ArrayList<>();
        for (Column column : Column.values()) {
            String name = column.header(regulator);
            if (name != null && header.contains(name)) {
                if (header.indexOf(name) != header.lastIndexOf(name)) {
                    faults.add(fault(1, column.key, "quality.file.column-twice", name));
                }
                columns.put(column, header.indexOf(name));
            }
        }
        for (Column required : regulator == Regulator.CQC ? CQC_REQUIRED : CIW_REQUIRED) {
            if (!columns.containsKey(required)) {
                faults.add(fault(1, required.key, "quality.file.column-missing", required.header(regulator)));
            }
        }
        List<CsvRecords.Record> rows = records.subList(1, records.size()).stream().filter(r -> !r.blank()).toList();
        if (!faults.isEmpty()) {
            return new Read(regulator, rows.size(), List.of(), faults);
        }
        if (rows.isEmpty()) {
            return fileRefused("quality.file.empty");
        }
        if (rows.size() > MOST_ROWS) {
            return new Read(regulator, rows.size(), List.of(), List.of(fault(1, "file", "quality.file.too-many-rows", MOST_ROWS)));
        }
        Map<String, Integer> firstLine = new HashMap<>();
        Map<String, Location> locations = new LinkedHashMap<>();
        for (CsvRecords.Record row : rows) {
            if (row.fields().size() != header.size()) {
                faults.add(fault(row.line(), "row", "quality.file.fields", header.size(), row.fields().size()));
                continue;
            }
            RowReader reader = new RowReader(regulator, row, columns, faults);
            if (!reader.isOverall()) {
                continue;
            }
            String locationId = reader.id(Column.LOCATION_ID);
            String locationName = reader.name(Column.LOCATION_NAME);
            String providerId = reader.id(Column.PROVIDER_ID);
            String providerName = reader.name(Column.PROVIDER_NAME);
            Rating rating = regulator == Regulator.CQC ? reader.cqcRating() : reader.ciwRating();
            LocalDate published = reader.date(Column.PUBLISHED, rating);
            if (reader.faulty || locationId == null || locationName == null || providerId == null || providerName == null
                    || rating == null) {
                continue;
            }
            Integer first = firstLine.putIfAbsent(locationId, row.line());
            if (first != null) {
                faults.add(fault(row.line(), Column.LOCATION_ID.key, "quality.file.location-twice", first));
                continue;
            }
            locations.put(locationId, new Location(row.line(), locationId, locationName, providerId, providerName, rating, published));
        }
        return new Read(regulator, rows.size(), List.copyOf(locations.values()), faults);
    }

    private static Read fileRefused(String key, Object... arguments) {
        return new Read(null, 0, List.of(), List.of(fault(1, "file", key, arguments)));
    }

    static FieldError fault(int line, String column, String key, Object... arguments) {
        return new FieldError("lines[" + line + "]." + column, Problems.message(key, arguments));
    }

    /** Reads one row's fields, adding a fault for each that cannot be read. */
    private static final class RowReader {
        private final Regulator regulator;
        private final CsvRecords.Record row;
        private final Map<Column, Integer> columns;
        private final List<FieldError> faults;
        boolean faulty;

        RowReader(Regulator regulator, CsvRecords.Record row, Map<Column, Integer> columns, List<FieldError> faults) {
            this.regulator = regulator;
            this.row = row;
            this.columns = columns;
            this.faults = faults;
        }

        void refuse(Column column, String key, Object... arguments) {
            faults.add(fault(row.line(), column.key, key, arguments));
            faulty = true;
        }

        @Nullable String value(Column column) {
            Integer index = columns.get(column);
            if (index == null) {
                return null;
            }
            String value = row.fields().get(index).strip();
            return value.isEmpty() ? null : value;
        }

        /** CQC's rows of a location's other services and key questions are not its overall rating. */
        boolean isOverall() {
            if (regulator != Regulator.CQC) {
                return true;
            }
            String group = value(Column.GROUP);
            String domain = value(Column.DOMAIN) != null ? value(Column.DOMAIN) : value(Column.KEY_QUESTION);
            return (group == null || group.equalsIgnoreCase("overall")) && (domain == null || domain.equalsIgnoreCase("overall"));
        }

        @Nullable String id(Column column) {
            String value = value(column);
            if (value == null) {
                refuse(column, "quality.file.required", column.header(regulator));
                return null;
            }
            if (!regulator.accepts(value)) {
                refuse(column, regulator == Regulator.CQC ? "quality.file.cqc-id" : "quality.file.ciw-id", column.header(regulator));
                return null;
            }
            return value;
        }

        @Nullable String name(Column column) {
            String value = value(column);
            if (value == null) {
                refuse(column, "quality.file.required", column.header(regulator));
                return null;
            }
            if (value.length() > MOST_NAME) {
                refuse(column, "quality.file.too-long", column.header(regulator), MOST_NAME);
                return null;
            }
            return value;
        }

        @Nullable Rating cqcRating() {
            String value = value(Column.RATING);
            if (value == null) {
                refuse(Column.RATING, "quality.file.required", Column.RATING.cqc);
                return null;
            }
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "outstanding" -> Rating.OUTSTANDING;
                case "good" -> Rating.GOOD;
                case "requires improvement" -> Rating.REQUIRES_IMPROVEMENT;
                case "inadequate" -> Rating.INADEQUATE;
                case "not yet rated", "not rated", "insufficient evidence to rate" -> Rating.NOT_YET_RATED;
                default -> {
                    refuse(Column.RATING, "quality.file.cqc-rating");
                    yield null;
                }
            };
        }

        /** The worst rated theme; none rated: NOT_YET_RATED. */
        @Nullable Rating ciwRating() {
            Rating worst = Rating.NOT_YET_RATED;
            boolean ok = true;
            for (Column theme : CIW_THEMES) {
                String value = value(theme);
                if (value == null || value.equalsIgnoreCase("not rated")) {
                    continue;
                }
                Rating rating = switch (value.toLowerCase(Locale.ROOT)) {
                    case "excellent" -> Rating.OUTSTANDING;
                    case "good" -> Rating.GOOD;
                    case "requires improvement", "requires improvement and development" -> Rating.REQUIRES_IMPROVEMENT;
                    case "poor" -> Rating.INADEQUATE;
                    default -> null;
                };
                if (rating == null) {
                    refuse(theme, "quality.file.ciw-rating", theme.ciw);
                    ok = false;
                } else {
                    worst = worst.worse(rating);
                }
            }
            return ok ? worst : null;
        }

        /** A publication (CQC) or inspection (CIW) date; needed unless the location is not yet rated. */
        @Nullable LocalDate date(Column column, @Nullable Rating rating) {
            String value = value(column);
            if (value == null) {
                if (rating != null && rating != Rating.NOT_YET_RATED) {
                    refuse(column, "quality.file.required", column.header(regulator));
                }
                return null;
            }
            for (DateTimeFormatter format : List.of(UK_DATE, ISO_DATE)) {
                try {
                    return LocalDate.parse(value, format);
                } catch (DateTimeParseException e) {
                    // the other format, then a fault
                }
            }
            refuse(column, "quality.file.date", column.header(regulator));
            return null;
        }
    }
}
