package uk.homecare.portal.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.testing.SourceTree;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule and every test reads time from the one clock: the application's {@code java.time.Clock} bean
 * ({@link ClockFactory}), which tests replace with {@code uk.homecare.portal.testing.MovableClock}. A scan
 * of every module's sources, main and test, so a new {@code LocalDate.now()} fails the build.
 */
class TimeComesFromTheOneClockTest {

    /** Where the wall clock may be read: the production clock, and the test clock reading today once. */
    private static final Set<String> THE_ONE_CLOCK = Set.of(
            "backend/src/main/java/uk/homecare/portal/platform/ClockFactory.java",
            "contract/src/test/java/uk/homecare/portal/testing/MovableClock.java");

    private static final List<Pattern> WALL_CLOCK_IN_JAVA = List.of(
            // X.now() and X.now(zone); X.now(clock) reads the one clock and is fine
            Pattern.compile("\\b(Instant|LocalDate|LocalDateTime|LocalTime|ZonedDateTime|OffsetDateTime|OffsetTime|Year|YearMonth|MonthDay)"
                    + "\\s*\\.\\s*now\\s*\\((?!\\s*(this\\.)?([a-z]\\w*)?[cC]lock\\b)"),
            Pattern.compile("\\bClock\\s*\\.\\s*(system|systemUTC|systemDefaultZone|tickSeconds|tickMinutes|tickMillis)\\s*\\("),
            Pattern.compile("\\bZoneId\\s*\\.\\s*systemDefault\\s*\\("),
            Pattern.compile("\\bTimeZone\\s*\\.\\s*getDefault\\s*\\("),
            Pattern.compile("\\bSystem\\s*\\.\\s*currentTimeMillis\\s*\\("),
            Pattern.compile("\\bCalendar\\s*\\.\\s*getInstance\\s*\\("),
            Pattern.compile("\\bnew\\s+(java\\.util\\.)?Date\\s*\\(\\s*\\)"));

    /** SQL that reads the database server's clock instead of taking the time from the application. */
    private static final Pattern WALL_CLOCK_IN_SQL = Pattern.compile(
            "(?<![.\\w])(now\\s*\\(\\s*\\)|NOW\\s*\\(\\s*\\)|(current_date|current_timestamp|current_time|localtimestamp|localtime"
            + "|CURRENT_DATE|CURRENT_TIMESTAMP|CURRENT_TIME|LOCALTIMESTAMP|LOCALTIME)\\b"
            + "|(clock_timestamp|transaction_timestamp|statement_timestamp)\\s*\\()");

    @Test
    void no_code_reads_the_wall_clock_or_the_system_time_zone_outside_the_one_clock() {
        List<String> found = new ArrayList<>();
        for (Path source : sources()) {
            String name = relative(source);
            if (THE_ONE_CLOCK.contains(name) || name.endsWith("/" + getClass().getSimpleName() + ".java")) {
                continue;
            }
            found.addAll(matches(source, WALL_CLOCK_IN_JAVA));
        }
        assertThat(found).as("read the time from the application's Clock (tests: MovableClock) instead").isEmpty();
    }

    /**
     * The application's SQL and the tests' SQL take today and now as parameters from the clock. Benchmarks
     * ({@code Bench*}) run the production context on the real clock and are left out; so are the Flyway
     * migrations, whose column defaults only stamp when a row was written.
     */
    @Test
    void sql_takes_the_time_from_the_application_not_the_database_server() {
        List<String> found = new ArrayList<>();
        for (Path source : sources()) {
            String name = relative(source);
            if (source.getFileName().toString().startsWith("Bench") || name.endsWith("/" + getClass().getSimpleName() + ".java")) {
                continue;
            }
            found.addAll(matches(source, List.of(WALL_CLOCK_IN_SQL)));
        }
        assertThat(found).as("pass the clock's instant or UK date as a parameter").isEmpty();
    }

    @Test
    void the_scan_catches_the_usual_ways_of_reading_the_wall_clock() {
        List<String> wallClock = List.of("LocalDate.now()", "Instant.now().plusSeconds(1)", "LocalDate.now(UK)",
                "LocalDate.now(ZoneId.of(\"Europe/London\"))", "ZoneId.systemDefault()", "Clock.systemUTC()",
                "System.currentTimeMillis()", "new Date()", "TimeZone.getDefault()", "YearMonth.now()");
        List<String> oneClock = List.of("LocalDate.now(clock)", "Instant.now(this.clock)", "LocalDate.ofInstant(clock.instant(), UK)",
                "clock.instant()", "new Date(0)", "nowhere()");

        assertThat(wallClock).allMatch(line -> WALL_CLOCK_IN_JAVA.stream().anyMatch(p -> p.matcher(line).find()));
        assertThat(oneClock).noneMatch(line -> WALL_CLOCK_IN_JAVA.stream().anyMatch(p -> p.matcher(line).find()));
        assertThat(List.of("where until > current_date", "set revoked_at = now()", "CURRENT_TIMESTAMP", "clock_timestamp()", "current_date - 30"))
                .allMatch(sql -> WALL_CLOCK_IN_SQL.matcher(sql).find());
        assertThat(List.of("where until > ?", "clock.instant()", "Instant.now(clock)", "current_dates_table", "localtime_x", "LocalTime.of(10, 0)"))
                .noneMatch(sql -> WALL_CLOCK_IN_SQL.matcher(sql).find());
    }

    private static List<String> matches(Path source, List<Pattern> patterns) {
        List<String> found = new ArrayList<>();
        List<String> lines = lines(source);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")) {
                continue;
            }
            for (Pattern pattern : patterns) {
                if (pattern.matcher(line).find()) {
                    found.add(relative(source) + ":" + (i + 1) + ": " + line);
                }
            }
        }
        return found;
    }

    private static List<Path> sources() {
        List<Path> sources = SourceTree.javaFiles();
        assertThat(sources).as("sources found").hasSizeGreaterThan(100);
        return sources;
    }

    private static String relative(Path source) {
        return SourceTree.relative(source);
    }

    private static List<String> lines(Path source) {
        try {
            return Files.readAllLines(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
