package uk.homecare.portal.ui.brokerage;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.homecare.portal.api.brokerage.ScheduledVisit;
import uk.homecare.portal.api.brokerage.TimeOfDay;
import uk.homecare.portal.ui.reference.Formats;

/**
 * The week's visits of a package, one row per visit (day, part of the day, minutes, two carers or one), added and
 * removed with buttons; it says what the visits add up to so far. An empty list is no day-by-day schedule. Whether the
 * schedule is right (adds up to the weekly care, visits long enough, one a slot) is the API's to say, on this field.
 */
final class ScheduleEditor extends CustomField<List<ScheduledVisit>> {

    private final VerticalLayout rows = new VerticalLayout();
    private final List<VisitRow> visits = new ArrayList<>();
    private final Paragraph total = new Paragraph();
    /** Visits added so far, numbering each row's fields for their ids and for screen readers. */
    private int added;

    ScheduleEditor(String id) {
        setId(id);
        setLabel(getTranslation("schedule.label"));
        setHelperText(getTranslation("schedule.help"));
        rows.setPadding(false);
        rows.setSpacing(false);
        total.setId(id + "-total");
        var add = new Button(getTranslation("schedule.add"), click -> {
            VisitRow added = addRow(null);
            added.day.focus();
            updateValue();
        });
        add.setId(id + "-add");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(rows, total, add);
        showTotal();
    }

    @Override
    protected List<ScheduledVisit> generateModelValue() {
        return visits.stream().map(VisitRow::visit).toList();
    }

    @Override
    protected void setPresentationValue(List<ScheduledVisit> schedule) {
        visits.clear();
        rows.removeAll();
        for (ScheduledVisit visit : schedule == null ? List.<ScheduledVisit>of() : schedule) {
            addRow(visit);
        }
        showTotal();
    }

    @Override
    public List<ScheduledVisit> getEmptyValue() {
        return List.of();
    }

    private VisitRow addRow(ScheduledVisit visit) {
        VisitRow row = new VisitRow(++added);
        if (visit != null) {
            row.day.setValue(visit.day());
            row.time.setValue(visit.timeOfDay());
            row.minutes.setValue(visit.minutes());
            row.twoCarers.setValue(Boolean.TRUE.equals(visit.doubleHanded()));
        }
        visits.add(row);
        rows.add(row.layout);
        return row;
    }

    private void remove(VisitRow row) {
        visits.remove(row);
        rows.remove(row.layout);
        updateValue();
        showTotal();
    }

    private void showTotal() {
        int minutes = visits.stream().map(row -> row.minutes.getValue()).filter(Objects::nonNull).mapToInt(Integer::intValue).sum();
        total.setText(visits.isEmpty() ? getTranslation("schedule.none")
                : getTranslation("schedule.total", visits.size(), Formats.hours(minutes)));
    }

    /** One visit's fields; each names the visit it belongs to, for screen readers. */
    private final class VisitRow {

        final Select<DayOfWeek> day = new Select<>();
        final Select<TimeOfDay> time = new Select<>();
        final IntegerField minutes = new IntegerField();
        final Checkbox twoCarers = new Checkbox();
        final FlexLayout layout = new FlexLayout();

        VisitRow(int number) {
            String prefix = ScheduleEditor.this.getId().orElse("schedule") + "-";
            day.setId(prefix + "day-" + number);
            time.setId(prefix + "time-" + number);
            minutes.setId(prefix + "minutes-" + number);
            twoCarers.setId(prefix + "two-carers-" + number);
            day.setLabel(getTranslation("schedule.day"));
            day.setItems(DayOfWeek.values());
            day.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, getLocale()));
            time.setLabel(getTranslation("schedule.timeOfDay"));
            time.setItems(TimeOfDay.values());
            time.setItemLabelGenerator(t -> Labels.timeOfDay(ScheduleEditor.this, t));
            minutes.setLabel(getTranslation("schedule.minutes"));
            minutes.setMin(1);
            minutes.setMax(720);
            twoCarers.setLabel(getTranslation("schedule.carers.two"));
            var remove = new Button(getTranslation("schedule.remove"), click -> remove(this));
            remove.setId(prefix + "remove-" + number);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            String visit = getTranslation("schedule.visit", number);
            for (Component field : new Component[] {day, time, minutes, twoCarers}) {
                field.getElement().setAttribute("aria-description", visit);
            }
            remove.getElement().setAttribute("aria-label", getTranslation("schedule.remove.label", number));
            day.addValueChangeListener(event -> updateValue());
            time.addValueChangeListener(event -> updateValue());
            minutes.addValueChangeListener(event -> {
                updateValue();
                showTotal();
            });
            twoCarers.addValueChangeListener(event -> updateValue());
            layout.add(day, time, minutes, twoCarers, remove);
            layout.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            layout.setAlignItems(FlexComponent.Alignment.BASELINE);
            layout.getStyle().set("gap", "var(--lumo-space-s)");
        }

        ScheduledVisit visit() {
            return new ScheduledVisit(day.getValue(), time.getValue(), minutes.getValue(), twoCarers.getValue());
        }
    }
}
