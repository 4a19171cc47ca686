package uk.homecare.portal.ui.capacity;

import com.vaadin.flow.component.html.Div;
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
import java.util.List;
import uk.homecare.portal.ui.client.CapacityClient;
import uk.homecare.portal.api.capacity.MarketHealth;
import uk.homecare.portal.api.capacity.ProviderBand;
import uk.homecare.portal.api.capacity.ViabilityBand;
import uk.homecare.portal.ui.forms.RecordForm;
import uk.homecare.portal.ui.layout.MainLayout;
import uk.homecare.portal.ui.problem.Problems;
import uk.homecare.portal.ui.security.ApiCaller;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.ui.forms.ActionMark;
import uk.homecare.portal.ui.security.CurrentUser;

/**
 * The market's health: active providers over the last 12 months as a chart and a table, a warning
 * when they fell by 5% or more, the council's viability band, and each provider's committed hours
 * against the viability band and its contract band.
 */
@Prototype
@RolesAllowed({"COMMISSIONER", "ADMIN"})
@Route(value = "market/health", layout = MainLayout.class)
public class MarketHealthView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    private final transient CapacityClient client;
    private final transient ApiCaller api;
    private final transient Problems problems;
    private final Paragraph warning = new Paragraph();
    private final Paragraph change = new Paragraph();
    private final Div chart = new Div();
    private final RecordForm<ViabilityBand> viability;
    private final ProviderBandsGrid providers;

    MarketHealthView(CapacityClient client, ApiCaller api, Problems problems, CurrentUser currentUser) {
        this.client = client;
        this.api = api;
        this.problems = problems;
        setId("health");
        warning.setId("health-warning");
        warning.getElement().setAttribute("role", "alert");
        warning.getStyle()
                .set("color", "var(--lumo-error-text-color)")
                .set("font-weight", "600")
                .set("border-left", "4px solid var(--lumo-error-color)")
                .set("padding-left", "var(--lumo-space-s)");
        warning.setVisible(false);
        change.setId("health-change");
        chart.setWidthFull();
        viability = new RecordForm<>("viability-form", ViabilityBand.class, "health.viability.title", "health.viability.save", this::changeViability);
        BandFields.add(viability, "viability", true);
        boolean editable = currentUser.may(Capability.EDIT_MARKET_BANDS);
        viability.binder().setReadOnly(!editable);
        viability.button().setVisible(editable);
        ActionMark.mark(viability.button(), Capability.EDIT_MARKET_BANDS);
        providers = new ProviderBandsGrid(this::openContract, editable);
        add(new H2(getTranslation("health.title")), warning, change, chart, viability,
                new H3(getTranslation("health.providers.title")), providers);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    private void refresh() {
        api.fetch(client::showMarketHealth).ifPresent(this::show);
    }

    private void show(MarketHealth health) {
        warning.setVisible(health.fallWarning());
        warning.setText(health.fallWarning()
                ? getTranslation("health.fall", Math.abs(health.changePercent()), health.activeAYearAgo(), health.activeNow())
                : "");
        change.setText(health.changePercent() == null
                ? getTranslation("health.change.noneAYearAgo", health.activeNow())
                : getTranslation("health.change", health.activeNow(), health.activeAYearAgo(), health.changePercent()));
        chart.removeAll();
        chart.add(MarketCharts.activeProviders(this, health.activeProviders() == null ? List.of() : health.activeProviders()));
        if (health.viabilityBand() != null) {
            viability.binder().readRecord(health.viabilityBand());
        }
        providers.show(health.providers() == null ? List.of() : health.providers());
    }

    private void changeViability(ViabilityBand band) {
        api.submit(auth -> client.changeViabilityBand(auth, band), viability.binder()).ifPresent(saved -> {
            problems.showInfo(getTranslation("health.viability.changed",
                    getTranslation("band.range", Figures.hours(this, saved.minWeeklyMinutes()), Figures.hours(this, saved.maxWeeklyMinutes()))));
            refresh();
        });
    }

    private void openContract(ProviderBand provider) {
        new ContractBandDialog(client, api, problems, provider, this::refresh).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("health.title");
    }
}
