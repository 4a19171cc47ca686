package uk.homecare.portal.ui.reference;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** A weekly hours band typed in hours (1,200) is kept and sent in minutes (72,000). */
public final class HoursToMinutes implements Converter<BigDecimal, Integer> {

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private final String invalid;

    public HoursToMinutes(String invalid) {
        this.invalid = invalid;
    }

    public static BigDecimal hours(int minutes) {
        return BigDecimal.valueOf(minutes).divide(SIXTY, 2, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    @Override
    public Result<Integer> convertToModel(BigDecimal hours, ValueContext context) {
        if (hours == null) {
            return Result.ok(null);
        }
        try {
            return Result.ok(hours.multiply(SIXTY).setScale(0, RoundingMode.HALF_UP).intValueExact());
        } catch (ArithmeticException tooLarge) {
            return Result.error(invalid);
        }
    }

    @Override
    public BigDecimal convertToPresentation(Integer minutes, ValueContext context) {
        return minutes == null ? null : hours(minutes);
    }
}
