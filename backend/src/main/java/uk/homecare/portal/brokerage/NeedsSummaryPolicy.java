package uk.homecare.portal.brokerage;

import io.micronaut.core.annotation.Nullable;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import uk.homecare.portal.person.NhsNumber;

/**
 * What a package's needs summary must not say, because every provider offered the package reads it
 * before award, when it may see only the postcode district: the person's own names (given or family,
 * as whole words), their NHS number, date of birth (written as digits or with the month in words),
 * full postcode and address line, and any NHS number at all (ten digits, together or as 3-3-4, that
 * pass the modulus 11 check: digits that fail it are left alone, as they are no NHS number). Letters are
 * compared without case or accents, and punctuation counts as a space.
 */
final class NeedsSummaryPolicy {

    /** The field the text is in. */
    static final String FIELD = "needsSummary";

    /** What identifies the person, each with the message that refuses it. */
    enum Identifier {
        NHS_NUMBER("brokerage.needs.nhs-number"),
        DATE_OF_BIRTH("brokerage.needs.date-of-birth"),
        POSTCODE("brokerage.needs.postcode"),
        ADDRESS("brokerage.needs.address"),
        NAME("brokerage.needs.name");

        private final String messageKey;

        Identifier(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    /** The person's details as recorded (or as entered); any may be absent. */
    record Person(@Nullable String givenName, @Nullable String familyName, @Nullable LocalDate dateOfBirth,
                  @Nullable String nhsNumber, @Nullable String addressLine, @Nullable String postcode) {}

    private static final Pattern TEN_DIGITS = Pattern.compile("(?<![0-9])([0-9]{3}) ?([0-9]{3}) ?([0-9]{4})(?![0-9])");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?<![0-9])([0-9]{1,2}) ([0-9]{1,2}) ([0-9]{4}|[0-9]{2})(?![0-9])");
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile("(?<![0-9])([0-9]{4}) ([0-9]{1,2}) ([0-9]{1,2})(?![0-9])");
    private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*";
    private static final Pattern DAY_MONTH_IN_WORDS = Pattern.compile(
            "(?<![0-9])([0-9]{1,2})(?:st|nd|rd|th)? (?:of )?" + MONTH + " ([0-9]{4}|[0-9]{2})(?![0-9])");
    private static final Pattern MONTH_IN_WORDS_DAY = Pattern.compile(
            "(?<![a-z])" + MONTH + " ([0-9]{1,2})(?:st|nd|rd|th)? ([0-9]{4}|[0-9]{2})(?![0-9])");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    private NeedsSummaryPolicy() {}

    /** The first thing in {@code text} that identifies the person, if any. */
    static Optional<Identifier> identifies(String text, Person person) {
        String words = words(text);
        if (hasAnNhsNumber(words, person.nhsNumber())) {
            return Optional.of(Identifier.NHS_NUMBER);
        }
        if (person.dateOfBirth() != null && hasTheDate(words, person.dateOfBirth())) {
            return Optional.of(Identifier.DATE_OF_BIRTH);
        }
        if (person.postcode() != null && hasThePostcode(words, person.postcode())) {
            return Optional.of(Identifier.POSTCODE);
        }
        if (person.addressLine() != null && hasThePhrase(words, person.addressLine())) {
            return Optional.of(Identifier.ADDRESS);
        }
        if (Stream.of(person.givenName(), person.familyName()).anyMatch(name -> name != null && hasThePhrase(words, name))) {
            return Optional.of(Identifier.NAME);
        }
        return Optional.empty();
    }

    /** Refuses text that identifies any of the people given (as entered and as recorded), naming the field. */
    static void check(String text, Person... people) {
        for (Person person : people) {
            identifies(text, person).ifPresent(found -> {
                throw BrokerageProblems.invalid(FIELD, found.messageKey);
            });
        }
    }

    /** Lower case, no accents, every run of other than letters and digits one space, a space at each end. */
    static String words(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        return " " + plain.replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
    }

    private static boolean hasAnNhsNumber(String words, @Nullable String own) {
        Matcher digits = TEN_DIGITS.matcher(words);
        while (digits.find()) {
            String number = digits.group(1) + digits.group(2) + digits.group(3);
            if (number.equals(own) || NhsNumber.isValid(number)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasTheDate(String words, LocalDate date) {
        return found(DAY_MONTH_YEAR.matcher(words), m -> is(date, m.group(1), m.group(2), m.group(3)))
                || found(YEAR_MONTH_DAY.matcher(words), m -> is(date, m.group(3), m.group(2), m.group(1)))
                || found(DAY_MONTH_IN_WORDS.matcher(words), m -> is(date, m.group(1), month(m.group(2)), m.group(3)))
                || found(MONTH_IN_WORDS_DAY.matcher(words), m -> is(date, m.group(2), month(m.group(1)), m.group(3)));
    }

    private static boolean found(Matcher matcher, Predicate<Matcher> test) {
        while (matcher.find()) {
            if (test.test(matcher)) {
                return true;
            }
        }
        return false;
    }

    private static String month(String name) {
        return String.valueOf(MONTHS.indexOf(name) + 1);
    }

    /** Whether day, month and year (of four digits, or its last two) are the date's. */
    private static boolean is(LocalDate date, String day, String month, String year) {
        int y = Integer.parseInt(year);
        boolean sameYear = year.length() == 4 ? y == date.getYear() : y == date.getYear() % 100;
        return sameYear && Integer.parseInt(month) == date.getMonthValue() && Integer.parseInt(day) == date.getDayOfMonth();
    }

    private static boolean hasThePostcode(String words, String postcode) {
        String compact = postcode.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        if (compact.length() < 5) {
            return false;
        }
        String outward = compact.substring(0, compact.length() - 3);
        String inward = compact.substring(compact.length() - 3);
        return Pattern.compile(" " + Pattern.quote(outward) + " ?" + Pattern.quote(inward) + " ").matcher(words).find();
    }

    /** Whether the phrase appears as whole words (a name, an address line). */
    private static boolean hasThePhrase(String words, String phrase) {
        String wanted = words(phrase);
        return !wanted.isBlank() && words.contains(wanted);
    }
}
