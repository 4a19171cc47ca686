package uk.homecare.portal.visits;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.api.visits.EcmImportReport;
import uk.homecare.portal.api.visits.RefusedRow;
import uk.homecare.portal.api.visits.VarianceReason;
import uk.homecare.portal.api.visits.VisitForm;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.platform.problem.Problems;

/**
 * Use case: the provider uploads an ECM export. The whole file is read and checked first (every row against the
 * visit rules, the packages it holds, the visits already recorded and the bookings named); if any row is refused,
 * nothing is imported and every refused row is reported with its line, column and why. A good file is imported in one
 * transaction. The same bytes uploaded again by the same provider change nothing and answer the first import's report.
 */
@Singleton
class EcmImports {

    /** The answer: 201 imported now, 200 imported before, 422 refused (nothing imported). */
    record Outcome(HttpStatus status, EcmImportReport report) {}

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withResolverStyle(ResolverStyle.STRICT);

    private final HeldPackages packages;
    private final BookingChecks bookings;
    private final EcmImportLog log;
    private final EcmImportWriting writing;
    private final Sql sql;
    private final Clock clock;

    EcmImports(HeldPackages packages, BookingChecks bookings, EcmImportLog log, EcmImportWriting writing, Sql sql, Clock clock) {
        this.packages = packages;
        this.bookings = bookings;
        this.log = log;
        this.writing = writing;
        this.sql = sql;
        this.clock = clock;
    }

    Outcome upload(Actor actor, byte[] file) {
        UUID provider = actor.homeOrganisation();
        String sha256 = sha256(file);
        Optional<EcmImportReport> earlier = log.earlier(provider, sha256);
        if (earlier.isPresent()) {
            return new Outcome(HttpStatus.OK, earlier.get());
        }
        Instant now = clock.instant();
        Checked checked = check(provider, file, now);
        if (!checked.refused.isEmpty()) {
            // the same file imported meanwhile (its visits then read as already recorded): answer that import
            return log.earlier(provider, sha256).map(report -> new Outcome(HttpStatus.OK, report))
                    .orElseGet(() -> refused(sha256, checked.rowsRead, checked.refused));
        }
        try {
            return writing.write(actor, sha256, checked.visits, now)
                    .map(report -> new Outcome(HttpStatus.CREATED, report))
                    .orElseGet(() -> new Outcome(HttpStatus.OK, log.earlier(provider, sha256).orElseThrow()));
        } catch (VisitStore.Refused refused) {
            return refused(sha256, checked.rowsRead, refused.lines.stream()
                    .map(line -> new RefusedRow(line.line(), line.field().column, line.message())).toList());
        }
    }

    private static Outcome refused(String sha256, int rowsRead, List<RefusedRow> refused) {
        List<RefusedRow> sorted = refused.stream().sorted(Comparator.comparingInt(RefusedRow::line)).toList();
        return new Outcome(HttpStatus.UNPROCESSABLE_ENTITY, new EcmImportReport(null, sha256, false, false, rowsRead, 0, null, sorted));
    }

    private record Checked(int rowsRead, List<VisitLine> visits, List<RefusedRow> refused) {}

    private Checked check(UUID provider, byte[] file, Instant now) {
        List<RefusedRow> refused = new ArrayList<>();
        if (file.length > EcmColumns.MOST_BYTES) {
            return fileRefused("visits.ecm.too-large", EcmColumns.MOST_BYTES / (1024 * 1024));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException e) {
            return fileRefused("visits.ecm.not-utf8");
        }
        List<CsvRecords.Record> records;
        try {
            records = CsvRecords.read(text);
        } catch (CsvRecords.Unclosed unclosed) {
            return new Checked(0, List.of(), List.of(new RefusedRow(unclosed.line, "row", Problems.message("visits.ecm.unclosed-quote"))));
        }
        if (records.isEmpty()) {
            return fileRefused("visits.ecm.empty");
        }
        Map<VisitField, Integer> columns = new EnumMap<>(VisitField.class);
        List<String> header = records.getFirst().fields();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            Optional<VisitField> field = fieldOf(name);
            if (field.isEmpty()) {
                refused.add(new RefusedRow(1, clip(name), Problems.message("visits.ecm.column-unknown")));
            } else if (columns.putIfAbsent(field.get(), i) != null) {
                refused.add(new RefusedRow(1, field.get().column, Problems.message("visits.ecm.column-twice")));
            }
        }
        for (VisitField required : EcmColumns.REQUIRED) {
            if (!columns.containsKey(required)) {
                refused.add(new RefusedRow(1, required.column, Problems.message("visits.ecm.column-missing")));
            }
        }
        List<CsvRecords.Record> rows = records.subList(1, records.size()).stream().filter(r -> !r.blank()).toList();
        if (!refused.isEmpty()) {
            return new Checked(rows.size(), List.of(), refused);
        }
        if (rows.size() > EcmColumns.MOST_ROWS) {
            return new Checked(rows.size(), List.of(), List.of(new RefusedRow(1, "row",
                    Problems.message("visits.ecm.too-many-rows", EcmColumns.MOST_ROWS))));
        }
        if (rows.isEmpty()) {
            return fileRefused("visits.ecm.empty");
        }
        Set<String> references = new LinkedHashSet<>();
        for (CsvRecords.Record row : rows) {
            if (row.fields().size() == header.size()) {
                references.add(row.fields().get(columns.get(VisitField.PACKAGE)).strip());
            }
        }
        Map<String, HeldPackage> held = packages.byReference(provider, references);
        ZonedDateTime local = now.atZone(UkTime.ZONE);
        LocalDate today = local.toLocalDate();
        LocalTime timeNow = local.toLocalTime();
        List<VisitLine> visits = new ArrayList<>();
        Map<VisitLine.VisitKey, Integer> firstLine = new HashMap<>();
        for (CsvRecords.Record row : rows) {
            if (row.fields().size() != header.size()) {
                refused.add(new RefusedRow(row.line(), "row", Problems.message("visits.ecm.fields", header.size(), row.fields().size())));
                continue;
            }
            RowReader reader = new RowReader(row, columns, refused);
            String reference = reader.text(VisitField.PACKAGE);
            HeldPackage pack = reference == null ? null : held.get(reference);
            if (reference != null && pack == null) {
                reader.refuse(VisitField.PACKAGE, "visits.ecm.package-unknown");
            }
            LocalDate date = reader.date(VisitField.VISIT_DATE);
            LocalTime plannedStart = reader.time(VisitField.PLANNED_START, true);
            LocalTime plannedEnd = reader.time(VisitField.PLANNED_END, true);
            LocalTime actualStart = reader.time(VisitField.ACTUAL_START, false);
            LocalTime actualEnd = reader.time(VisitField.ACTUAL_END, false);
            Integer carers = reader.carers();
            Boolean missed = reader.yesNo(VisitField.MISSED);
            VarianceReason reason = reader.reason();
            String note = reader.optional(VisitField.VARIANCE_NOTE);
            UUID booking = reader.bookingId();
            if (reader.refusedAny || pack == null || date == null || plannedStart == null || plannedEnd == null || carers == null
                    || missed == null) {
                continue;
            }
            VisitLine visit = new VisitLine(row.line(), pack, date, plannedStart, plannedEnd, actualStart, actualEnd, carers, missed,
                    reason, note, booking);
            List<Refusal> broken = VisitRules.check(visit, today, timeNow);
            for (Refusal refusal : broken) {
                refused.add(new RefusedRow(row.line(), refusal.field().column, refusal.message()));
            }
            if (!broken.isEmpty()) {
                continue;
            }
            Integer first = firstLine.putIfAbsent(visit.key(), row.line());
            if (first != null) {
                refused.add(new RefusedRow(row.line(), VisitField.PLANNED_START.column, Problems.message("visits.ecm.same-visit-twice", first)));
                continue;
            }
            visits.add(visit);
        }
        for (VisitLine already : alreadyRecorded(visits)) {
            refused.add(new RefusedRow(already.line(), VisitField.PLANNED_START.column, Problems.message("visits.duplicate")));
        }
        for (BookingChecks.BookingRefusal booking : bookings.check(provider, visits)) {
            refused.add(new RefusedRow(booking.visit().line(), VisitField.BOOKING.column, booking.refusal().message()));
        }
        return new Checked(rows.size(), visits, refused);
    }

    /** The visits of the file already recorded (by anyone): one query for the whole file. */
    private List<VisitLine> alreadyRecorded(List<VisitLine> visits) {
        if (visits.isEmpty()) {
            return List.of();
        }
        String[] ids = new String[visits.size()];
        String[] days = new String[visits.size()];
        String[] starts = new String[visits.size()];
        for (int i = 0; i < visits.size(); i++) {
            ids[i] = visits.get(i).held().id().toString();
            days[i] = visits.get(i).visitDate().toString();
            starts[i] = visits.get(i).plannedStart().toString();
        }
        Set<VisitLine.VisitKey> recorded = new HashSet<>(sql.list("""
                select v.package_id, v.visit_date, v.planned_start
                  from unnest(?::uuid[], ?::date[], ?::time[]) as k(package_id, visit_date, planned_start)
                  join visit_actual v using (package_id, visit_date, planned_start)""",
                row -> new VisitLine.VisitKey(Sql.uuid(row, "package_id"), Sql.date(row, "visit_date"),
                        row.getObject("planned_start", LocalTime.class)), ids, days, starts));
        return recorded.isEmpty() ? List.of() : visits.stream().filter(v -> recorded.contains(v.key())).toList();
    }

    private static Checked fileRefused(String key, Object... arguments) {
        return new Checked(0, List.of(), List.of(new RefusedRow(1, "file", Problems.message(key, arguments))));
    }

    private static Optional<VisitField> fieldOf(String column) {
        for (VisitField field : VisitField.values()) {
            if (field.column.equals(column)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    /** A column name as sent, short enough to be reported back. */
    private static String clip(String name) {
        return name.length() > 40 ? name.substring(0, 40) : name;
    }

    static String sha256(byte[] file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads one row's fields, adding a refused row for each that cannot be read. */
    private static final class RowReader {
        private final CsvRecords.Record row;
        private final Map<VisitField, Integer> columns;
        private final List<RefusedRow> refused;
        boolean refusedAny;

        RowReader(CsvRecords.Record row, Map<VisitField, Integer> columns, List<RefusedRow> refused) {
            this.row = row;
            this.columns = columns;
            this.refused = refused;
        }

        void refuse(VisitField field, String key, Object... arguments) {
            refused.add(new RefusedRow(row.line(), field.column, Problems.message(key, arguments)));
            refusedAny = true;
        }

        @Nullable String optional(VisitField field) {
            Integer index = columns.get(field);
            if (index == null) {
                return null;
            }
            String value = row.fields().get(index).strip();
            return value.isEmpty() ? null : value;
        }

        @Nullable String text(VisitField field) {
            String value = optional(field);
            if (value == null) {
                refuse(field, "visits.ecm.required");
            }
            return value;
        }

        @Nullable LocalDate date(VisitField field) {
            String value = text(field);
            try {
                return value == null ? null : LocalDate.parse(value, DATE);
            } catch (DateTimeParseException e) {
                refuse(field, "visits.ecm.date");
                return null;
            }
        }

        @Nullable LocalTime time(VisitField field, boolean required) {
            String value = required ? text(field) : optional(field);
            try {
                return value == null ? null : LocalTime.parse(value, TIME);
            } catch (DateTimeParseException e) {
                refuse(field, "visits.ecm.time");
                return null;
            }
        }

        @Nullable Integer carers() {
            String value = text(VisitField.CARERS_PRESENT);
            if (value == null) {
                return null;
            }
            if (value.matches("[0-9]{1,2}") && Integer.parseInt(value) <= VisitForm.MOST_CARERS) {
                return Integer.parseInt(value);
            }
            refuse(VisitField.CARERS_PRESENT, "visits.ecm.carers", VisitForm.MOST_CARERS);
            return null;
        }

        @Nullable Boolean yesNo(VisitField field) {
            String value = text(field);
            if (value == null) {
                return null;
            }
            return switch (value.toUpperCase(Locale.ROOT)) {
                case "Y" -> true;
                case "N" -> false;
                default -> {
                    refuse(field, "visits.ecm.missed");
                    yield null;
                }
            };
        }

        @Nullable VarianceReason reason() {
            String value = optional(VisitField.VARIANCE_REASON);
            if (value == null) {
                return null;
            }
            try {
                return VarianceReason.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                refuse(VisitField.VARIANCE_REASON, "visits.ecm.reason", String.join(", ",
                        java.util.Arrays.stream(VarianceReason.values()).map(Enum::name).toList()));
                return null;
            }
        }

        @Nullable UUID bookingId() {
            String value = optional(VisitField.BOOKING);
            if (value == null) {
                return null;
            }
            try {
                return UUID.fromString(value);
            } catch (IllegalArgumentException e) {
                refuse(VisitField.BOOKING, "visits.ecm.booking-id");
                return null;
            }
        }
    }
}
