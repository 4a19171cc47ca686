package uk.homecare.portal.ui.brokerage;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import java.time.format.TextStyle;
import java.util.List;
import uk.homecare.portal.api.brokerage.ScheduledVisit;

/** A package's week of visits as a table: day, part of the day, length and carers; hidden when there is no schedule. */
final class ScheduleTable extends NativeTable {

    ScheduleTable(String id) {
        setId(id);
        addClassName("schedule-table");
        setVisible(false);
    }

    void show(List<ScheduledVisit> schedule) {
        getHead().removeAllRows();
        getBody().removeAllRows();
        setVisible(!schedule.isEmpty());
        if (schedule.isEmpty()) {
            return;
        }
        setCaptionText(getTranslation("schedule.caption"));
        NativeTableRow head = getHead().addRow();
        for (String column : List.of("schedule.day", "schedule.timeOfDay", "schedule.length", "schedule.carers")) {
            head.addHeaderCell().setText(getTranslation(column));
        }
        for (ScheduledVisit visit : schedule) {
            NativeTableRow row = getBody().addRow();
            row.addDataCell().setText(visit.day().getDisplayName(TextStyle.FULL, getLocale()));
            row.addDataCell().setText(Labels.timeOfDay(this, visit.timeOfDay()));
            row.addDataCell().setText(getTranslation("duration.minutes", visit.minutes()));
            row.addDataCell().setText(getTranslation(visit.doubleHanded() ? "schedule.carers.two" : "schedule.carers.one"));
        }
    }
}
