package uk.homecare.portal.ui.brokerage;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;

/** A response window typed in hours or minutes, kept in minutes. Whole hours are shown as hours. */
public final class WindowField extends CustomField<Integer> {

    public enum Unit {
        MINUTES(1),
        HOURS(60);

        final int minutes;

        Unit(int minutes) {
            this.minutes = minutes;
        }
    }

    private final IntegerField amount = new IntegerField();
    private final Select<Unit> unit = new Select<>();

    public WindowField(String id, String labelKey) {
        setId(id);
        setLabel(getTranslation(labelKey));
        amount.setId(id + "-amount");
        amount.setAriaLabel(getTranslation("policy.window.amount", getTranslation(labelKey)));
        amount.setMin(1);
        amount.setStepButtonsVisible(true);
        unit.setId(id + "-unit");
        unit.setAriaLabel(getTranslation("policy.window.unit", getTranslation(labelKey)));
        unit.setItems(Unit.values());
        unit.setItemLabelGenerator(u -> getTranslation("policy.window.unit." + u));
        unit.setValue(Unit.HOURS);
        amount.addValueChangeListener(event -> updateValue());
        unit.addValueChangeListener(event -> updateValue());
        var row = new HorizontalLayout(amount, unit);
        row.setWrap(true);
        add(row);
    }

    /**
     * Says the allowed range in the unit the person is typing in: "from 1 to 336 hours" or "from 5 to
     * 20,160 minutes", each bound rounded inwards to a whole number of that unit.
     */
    public String range(int minMinutes, int maxMinutes) {
        Unit shown = unit.getValue() == null ? Unit.MINUTES : unit.getValue();
        int low = (minMinutes + shown.minutes - 1) / shown.minutes;
        int high = maxMinutes / shown.minutes;
        return getTranslation("policy.window.range." + shown, String.format(java.util.Locale.UK, "%,d", low),
                String.format(java.util.Locale.UK, "%,d", high));
    }

    @Override
    protected Integer generateModelValue() {
        Integer typed = amount.getValue();
        Unit chosen = unit.getValue();
        return typed == null || chosen == null ? null : typed * chosen.minutes;
    }

    @Override
    protected void setPresentationValue(Integer minutes) {
        if (minutes == null) {
            amount.clear();
            return;
        }
        Unit shown = minutes % 60 == 0 ? Unit.HOURS : Unit.MINUTES;
        unit.setValue(shown);
        amount.setValue(minutes / shown.minutes);
    }
}
