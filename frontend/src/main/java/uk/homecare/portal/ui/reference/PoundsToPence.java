package uk.homecare.portal.ui.reference;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import java.math.BigDecimal;

/** A rate typed in pounds (21.50) is kept and sent in pence (2150). */
public final class PoundsToPence implements Converter<BigDecimal, Integer> {

    private final String invalid;

    public PoundsToPence(String invalid) {
        this.invalid = invalid;
    }

    @Override
    public Result<Integer> convertToModel(BigDecimal pounds, ValueContext context) {
        if (pounds == null) {
            return Result.ok(null);
        }
        try {
            return Result.ok(pounds.movePointRight(2).intValueExact());
        } catch (ArithmeticException fractionOfAPennyOrTooLarge) {
            return Result.error(invalid);
        }
    }

    @Override
    public BigDecimal convertToPresentation(Integer pence, ValueContext context) {
        return pence == null ? null : BigDecimal.valueOf(pence, 2);
    }
}
