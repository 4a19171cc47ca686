package uk.homecare.portal.ui.scoring;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.format.DateTimeFormatter;
import uk.homecare.portal.api.scoring.ProviderFigures;
import uk.homecare.portal.api.scoring.Scorecard;
import uk.homecare.portal.api.scoring.ScorecardMonth;
import uk.homecare.portal.ui.grids.FoldingColumns;

/**
 * One scorecard: whose and with which council, the regulator rating and the council's monitoring actions open, and a table of
 * the last 12 months' figures (the ones bids are scored by), the newest first.
 */
final class ScorecardTable extends VerticalLayout {

    ScorecardTable(Scorecard card, String id, boolean headedByCouncil) {
        setId(id);
        setPadding(false);
        String heading = headedByCouncil ? card.council().name() : card.provider().name();
        var rating = new Paragraph(getTranslation("scorecard.rating",
                card.rating() == null ? getTranslation("scorecard.rating.none") : getTranslation("quality.rating." + card.rating())));
        rating.setId(id + "-rating");
        var monitoring = new Paragraph(getTranslation("scorecard.monitoring", card.monitoringActionsOpen(), card.monitoringActionsOverdue()));
        monitoring.setId(id + "-monitoring");
        Grid<ScorecardMonth> months = new Grid<>();
        months.setId(id + "-months");
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMMM yyyy", getLocale());
        FoldingColumns.of(months).addColumn(m -> month.format(m.month())).setHeader(getTranslation("scorecard.month")).setFlexGrow(1);
        FoldingColumns.of(months).addColumn(m -> share(this, m.figures().offersAccepted(), m.figures().offersAnswered(), m.acceptancePercent()))
                .setHeader(getTranslation("scorecard.acceptance"));
        FoldingColumns.of(months).addColumn(m -> getTranslation("scorecard.handBacks", m.figures().handBacks(), m.figures().awards()))
                .setHeader(getTranslation("scorecard.awardsAndHandBacks"));
        FoldingColumns.of(months).addColumn(m -> visits(this, m.figures(), m.onTimePercent())).setHeader(getTranslation("scorecard.visits"));
        FoldingColumns.of(months).addColumn(m -> share(this, m.figures().capacityWeeksReported(), m.figures().capacityWeeksDue(),
                m.capacityReportedPercent())).setHeader(getTranslation("scorecard.capacity"));
        FoldingColumns.of(months).addColumn(m -> getTranslation("scorecard.monitoringMonth", m.monitoringVisits(), m.monitoringActions()))
                .setHeader(getTranslation("scorecard.monitoringVisits"));
        months.setItems(card.months().reversed());
        months.setAllRowsVisible(true);
        months.getElement().setAttribute("aria-label", getTranslation("scorecard.months", heading));
        add(new H3(heading), rating, monitoring, months);
    }

    private static String share(Component view, int part, int whole, Integer percent) {
        return percent == null ? view.getTranslation("scorecard.none") : view.getTranslation("scorecard.share", part, whole, percent);
    }

    private static String visits(Component view, ProviderFigures f, Integer onTime) {
        return onTime == null ? view.getTranslation("scorecard.none")
                : view.getTranslation("scorecard.visitsMonth", f.visitsRecorded(), f.visitsLate(), f.visitsMissed(), onTime);
    }
}
