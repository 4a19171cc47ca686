package uk.homecare.portal.ui.reference;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import uk.homecare.portal.ui.problem.ShownIn;

/**
 * A weekly hours band typed in hours (1,200) is kept and sent in minutes (72,000). It marks its field as showing
 * hours, so the API's limits in minutes are said in hours next to it.
 */
public final class HoursToMinutes implements Converter<BigDecimal, Integer> {

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private final String invalid;

    public HoursToMinutes(String invalid) {
        this.invalid = invalid;
    }

    public static BigDecimal hours(int minutes) {
        return ShownIn.hours(minutes);
    }

    @Override
    public Result<Integer> convertToModel(BigDecimal hours, ValueContext context) {
        context.getComponent().ifPresent(ShownIn.HOURS_FOR_MINUTES::mark);
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
        context.getComponent().ifPresent(ShownIn.HOURS_FOR_MINUTES::mark);
        return minutes == null ? null : hours(minutes);
    }
}
