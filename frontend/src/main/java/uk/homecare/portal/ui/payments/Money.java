package uk.homecare.portal.ui.payments;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** Pence as pounds for people to read. */
final class Money {

    private Money() {}

    static String pounds(Long pence, Locale locale) {
        if (pence == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale.getCountry().isEmpty() ? Locale.UK : locale);
        format.setCurrency(Currency.getInstance("GBP"));
        return format.format(BigDecimal.valueOf(pence, 2));
    }

    static String pounds(Integer pence, Locale locale) {
        return pence == null ? "" : pounds(pence.longValue(), locale);
    }
}
