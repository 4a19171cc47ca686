package uk.homecare.portal.ui.reference;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/** How amounts and dates read in grids. */
public final class Formats {

    private Formats() {}

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    public static String pounds(Integer pence, Locale locale) {
        if (pence == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale.getCountry().isEmpty() ? Locale.UK : locale);
        format.setCurrency(Currency.getInstance("GBP"));
        return format.format(BigDecimal.valueOf(pence, 2));
    }

    public static String hours(Integer minutes) {
        return minutes == null ? "" : HoursToMinutes.hours(minutes).toPlainString();
    }
}
