package uk.homecare.portal.ui.problem;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The unit a field shows when the API takes another: hours for minutes. The converter that turns one into the
 * other marks its field ({@link #mark}), so an API error about the field's limit (in minutes) is said in the hours
 * the person typed ({@link FieldErrors}). Pounds need no such words: the API already says money in pounds.
 */
public enum ShownIn {
    HOURS_FOR_MINUTES;

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    /** Marks the field as showing this unit; a converter calls it with its value context's component. */
    public void mark(Component field) {
        ComponentUtil.setData(field, ShownIn.class, this);
    }

    /** Minutes as hours, to two places and no trailing zeros: 15 is 0.25, 90 is 1.5. */
    public static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(SIXTY, 2, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    static Optional<ShownIn> of(Object field) {
        return field instanceof Component component ? Optional.ofNullable(ComponentUtil.getData(component, ShownIn.class))
                : Optional.empty();
    }
}
