package uk.homecare.portal.platform.problem;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * An amount as people say it, in the request's language: minutes as hours and minutes ("1 hour 30 minutes"),
 * pence as pounds ("£28.20"). A field's unit on the wire is in its name: {@code ...Minutes} or {@code ...Pence}.
 */
public final class Quantities {

    private Quantities() {}

    /** Minutes in words: "15 minutes", "2 hours", "1 hour 30 minutes" (Welsh: "15 munud", "2 awr"). */
    public static String minutes(long minutes) {
        long hours = minutes / 60;
        long rest = minutes % 60;
        if (hours == 0) {
            return Problems.message("quantity.minutes", rest);
        }
        String words = Problems.message("quantity.hours", hours);
        return rest == 0 ? words : words + " " + Problems.message("quantity.minutes", rest);
    }

    /** Pence as pounds: "£28.20", "£1,000.00" (written so in English and Welsh alike). */
    public static String pence(long pence) {
        return new DecimalFormat("\u00a3#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK)).format(BigDecimal.valueOf(pence, 2));
    }

    /** An amount of the field's unit: minutes and pence in words, anything else as a number. */
    public static String of(String field, long amount) {
        return switch (unitOf(field)) {
            case MINUTES -> minutes(amount);
            case PENCE -> pence(amount);
            case COUNT -> NumberFormat.getIntegerInstance(Locale.UK).format(amount);
        };
    }

    enum Unit { MINUTES, PENCE, COUNT }

    static Unit unitOf(String field) {
        String name = field.substring(field.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return name.endsWith("minutes") ? Unit.MINUTES : name.endsWith("pence") ? Unit.PENCE : Unit.COUNT;
    }
}
