package uk.homecare.portal.ui.capacity;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import uk.homecare.portal.ui.client.CapacityClient;
import uk.homecare.portal.ui.layout.MainLayout;
import uk.homecare.portal.ui.layout.QueryIds;
import uk.homecare.portal.ui.problem.Problems;
import uk.homecare.portal.ui.security.ApiCaller;

/**
 * The provider reports this week's capacity for a council and zone (those it holds contracts with, as
 * the API lists them), and sees its latest reports, the stale ones marked. {@code ?council=&zone=}
 * chooses the council and zone, as the offer page links when the provider has not reported there.
 */
@Prototype
@RolesAllowed("PROVIDER")
@Route(value = "capacity", layout = MainLayout.class)
public class CapacityView extends VerticalLayout implements BeforeEnterObserver, AfterNavigationObserver, HasDynamicTitle {

    public static final String COUNCIL_PARAMETER = "council";
    public static final String ZONE_PARAMETER = "zone";

    private final transient CapacityClient client;
    private final transient ApiCaller api;
    private final ReportPanel report;
    private final ReportsGrid reports;
    private final Paragraph noReports = new Paragraph();
    private UUID wantedCouncil;
    private UUID wantedZone;

    CapacityView(CapacityClient client, ApiCaller api, Problems problems) {
        this.client = client;
        this.api = api;
        setId("capacity");
        report = new ReportPanel(client, api, problems, this::refresh);
        reports = new ReportsGrid(report::reportAgain);
        noReports.setId("capacity-no-reports");
        noReports.setText(getTranslation("capacity.reports.none"));
        add(new H2(getTranslation("capacity.title")), new Paragraph(getTranslation("capacity.intro")), report,
                new H3(getTranslation("capacity.reports.title")), noReports, reports);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        wantedCouncil = QueryIds.of(event, COUNCIL_PARAMETER);
        wantedZone = QueryIds.of(event, ZONE_PARAMETER);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        api.fetch(client::listReportableZones).ifPresent(where -> {
            report.offer(where);
            report.choose(wantedCouncil, wantedZone);
        });
        refresh();
    }

    private void refresh() {
        api.fetch(auth -> client.listMyCapacityReports(auth, null)).ifPresent(list -> {
            reports.show(list);
            reports.setVisible(!list.isEmpty());
            noReports.setVisible(list.isEmpty());
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("capacity.title");
    }
}
