package uk.homecare.portal.ui.payments;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import uk.homecare.portal.api.payments.Remittance;
import uk.homecare.portal.api.payments.RemittanceLine;
import uk.homecare.portal.ui.grids.FoldingColumns;
import uk.homecare.portal.ui.client.PaymentsClient;
import uk.homecare.portal.ui.layout.MainLayout;
import uk.homecare.portal.ui.reference.Formats;
import uk.homecare.portal.ui.security.ApiCaller;

/** The provider's remittances: each council's final payment schedules for it, and one's lines by package and date. */
@Prototype
@RolesAllowed("PROVIDER")
@Route(value = "remittances", layout = MainLayout.class)
public class RemittancesView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    private final transient PaymentsClient client;
    private final transient ApiCaller api;
    private final Grid<Remittance> remittances = new Grid<>();
    private final Paragraph none = new Paragraph();
    private final H3 detailTitle = new H3();
    private final Paragraph totals = new Paragraph();
    private final Grid<RemittanceLine> lines = new Grid<>();

    RemittancesView(PaymentsClient client, ApiCaller api) {
        this.client = client;
        this.api = api;
        setId("remittances");
        remittances.setId("remittances-grid");
        FoldingColumns.of(remittances).addColumn(Remittance::councilName).setHeader(getTranslation("remittances.council"));
        FoldingColumns.of(remittances).addColumn(r -> Formats.date(r.periodStart(), getLocale()) + " – " + Formats.date(r.periodEnd(), getLocale()))
                .setHeader(getTranslation("payments.period"));
        FoldingColumns.of(remittances).addColumn(Remittance::lineCount).setHeader(getTranslation("remittances.visits"));
        FoldingColumns.of(remittances).addColumn(r -> Money.pounds(r.totalPence(), getLocale())).setHeader(getTranslation("payments.total"));
        remittances.getElement().setAttribute("aria-label", getTranslation("remittances.title"));
        remittances.setAllRowsVisible(true);
        remittances.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                api.fetch(auth -> client.showRemittance(auth, event.getValue().id())).ifPresent(this::show);
            }
        });
        none.setId("remittances-none");
        none.setText(getTranslation("remittances.none"));
        lines.setId("remittances-lines");
        FoldingColumns.of(lines).addColumn(RemittanceLine::packageReference).setHeader(getTranslation("payments.package"));
        FoldingColumns.of(lines).addColumn(l -> PaymentsView.days(l.visitDate(), l.lastVisitDate(), getLocale()))
                .setHeader(getTranslation("payments.visitDate"));
        FoldingColumns.of(lines).addColumn(RemittanceLine::visits).setHeader(getTranslation("payments.visits"));
        FoldingColumns.of(lines).addColumn(RemittanceLine::paidMinutes).setHeader(getTranslation("payments.paidMinutes"));
        FoldingColumns.of(lines).addColumn(l -> Money.pounds(l.ratePence(), getLocale())).setHeader(getTranslation("payments.rate"));
        FoldingColumns.of(lines).addColumn(l -> Money.pounds(l.amountPence(), getLocale())).setHeader(getTranslation("payments.amount"));
        FoldingColumns.of(lines).addColumn(l -> l.adjustmentReason() == null ? "" : l.adjustmentReason()).setHeader(getTranslation("remittances.reason"));
        lines.getElement().setAttribute("aria-label", getTranslation("payments.lines"));
        detailTitle.setVisible(false);
        totals.setId("remittances-totals");
        totals.setVisible(false);
        lines.setVisible(false);
        add(new H2(getTranslation("remittances.title")), new Paragraph(getTranslation("remittances.intro")), none, remittances,
                detailTitle, totals, lines);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        api.fetch(client::listRemittances).ifPresent(list -> {
            remittances.setItems(list);
            remittances.setVisible(!list.isEmpty());
            none.setVisible(list.isEmpty());
        });
    }

    private void show(Remittance remittance) {
        detailTitle.setText(getTranslation("remittances.detail", remittance.councilName(),
                Formats.date(remittance.periodStart(), getLocale()), Formats.date(remittance.periodEnd(), getLocale())));
        totals.setText(getTranslation("remittances.totals", Money.pounds(remittance.linesTotalPence(), getLocale()),
                Money.pounds(remittance.correctionsTotalPence(), getLocale()), Money.pounds(remittance.totalPence(), getLocale())));
        lines.setItems(remittance.lines());
        detailTitle.setVisible(true);
        totals.setVisible(true);
        lines.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("remittances.title");
    }
}
