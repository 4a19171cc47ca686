package uk.homecare.portal.ui.hoursbank;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import uk.homecare.portal.api.hoursbank.HoursBalance;
import uk.homecare.portal.api.hoursbank.HoursLot;
import uk.homecare.portal.ui.grids.FoldingColumns;

/**
 * What is left to use, in big plain words; a warning, read out at once by screen readers, when hours
 * expire within a week; and each weekly lot with what was credited, used, lost and is left.
 */
final class BalancePanel extends VerticalLayout {

    private final H3 remaining = new H3();
    private final Paragraph expiring = new Paragraph();
    private final Paragraph noPlan = new Paragraph();
    private final Grid<HoursLot> lots = new Grid<>();

    BalancePanel() {
        setId("hours-balance");
        setPadding(false);
        remaining.setId("hours-remaining");
        remaining.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
        expiring.setId("hours-expiring");
        expiring.getElement().setAttribute("role", "alert");
        expiring.getStyle()
                .set("color", "var(--lumo-error-text-color)")
                .set("font-weight", "600")
                .set("border-left", "4px solid var(--lumo-error-color)")
                .set("padding-left", "var(--lumo-space-s)");
        noPlan.setId("hours-no-plan");
        noPlan.setText(getTranslation("hours.noPlan"));

        lots.setId("hours-lots");
        FoldingColumns.of(lots).addColumn(lot -> Words.day(this, lot.weekStarts())).setHeader(getTranslation("hours.lot.weekStarts"));
        FoldingColumns.of(lots).addColumn(lot -> Words.day(this, lot.expiresAfter())).setHeader(getTranslation("hours.lot.usableUntil"));
        FoldingColumns.of(lots).addColumn(lot -> Words.length(this, lot.creditedMinutes())).setHeader(getTranslation("hours.lot.credited"));
        FoldingColumns.of(lots).addColumn(lot -> Words.length(this, lot.usedMinutes())).setHeader(getTranslation("hours.lot.used"));
        FoldingColumns.of(lots).addColumn(lot -> Words.length(this, lot.expiredMinutes())).setHeader(getTranslation("hours.lot.expired"));
        FoldingColumns.of(lots).addColumn(this::left).setHeader(getTranslation("hours.lot.remaining"));
        lots.setAllRowsVisible(true);
        lots.getElement().setAttribute("aria-label", getTranslation("hours.lots.title"));
        add(remaining, expiring, noPlan, new H3(getTranslation("hours.lots.title")), lots);
    }

    private String left(HoursLot lot) {
        String left = Words.length(this, lot.remainingMinutes());
        return lot.expiresWithinAWeek() && lot.remainingMinutes() > 0 ? getTranslation("hours.lot.remaining.soon", left) : left;
    }

    /** {@code whose} is empty when the person reads their own hours, else the name of whom they are for. */
    void show(HoursBalance balance, String whose) {
        boolean own = whose == null;
        int minutes = balance.remainingMinutes();
        remaining.setText(minutes > 0
                ? getTranslation(own ? "hours.remaining.you" : "hours.remaining.other", Words.inWords(this, minutes), whose)
                : getTranslation(own ? "hours.remaining.none.you" : "hours.remaining.none.other", whose));
        int soon = balance.expiringWithinAWeekMinutes();
        expiring.setVisible(soon > 0);
        if (soon > 0) {
            expiring.setText(getTranslation("hours.expiring", Words.inWords(this, soon),
                    Words.day(this, expiry(balance)), Words.grammaticalNumber(soon)));
        }
        noPlan.setVisible(balance.plan() == null);
        lots.setItems(balance.lots() == null ? List.of() : balance.lots());
    }

    private static LocalDate expiry(HoursBalance balance) {
        if (balance.nextExpiry() != null || balance.lots() == null) {
            return balance.nextExpiry();
        }
        return balance.lots().stream()
                .filter(HoursLot::expiresWithinAWeek)
                .map(HoursLot::expiresAfter)
                .min(Comparator.naturalOrder())
                .orElse(null);
    }
}
