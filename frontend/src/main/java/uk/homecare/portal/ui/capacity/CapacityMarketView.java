package uk.homecare.portal.ui.capacity;

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
import uk.homecare.portal.api.capacity.MarketView;
import uk.homecare.portal.api.capacity.ZoneMarket;
import uk.homecare.portal.ui.layout.MainLayout;
import uk.homecare.portal.ui.security.ApiCaller;

/**
 * The commissioner's market view: each zone's reported capacity against demand this week as a table
 * (a zone short of capacity marked), as a bar chart across zones and as a 12-week trend per zone, each
 * chart with its numbers as a table; and the providers whose reports are stale.
 */
@Prototype
@RolesAllowed({"COMMISSIONER", "ADMIN"})
@Route(value = "market", layout = MainLayout.class)
public class CapacityMarketView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    private final transient CapacityClient client;
    private final transient ApiCaller api;
    private final Paragraph week = new Paragraph();
    private final ZoneTable zones = new ZoneTable();
    private final StaleProviders stale = new StaleProviders();
    private final VerticalLayout comparison = new VerticalLayout();
    private final VerticalLayout trends = new VerticalLayout();

    CapacityMarketView(CapacityClient client, ApiCaller api) {
        this.client = client;
        this.api = api;
        setId("market");
        week.setId("market-week");
        comparison.setPadding(false);
        trends.setId("market-trends");
        trends.setPadding(false);
        add(new H2(getTranslation("market.title")), week, new H3(getTranslation("market.zones.title")), zones, comparison,
                stale, new H3(getTranslation("market.trends.title")), trends);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        api.fetch(client::showMarket).ifPresent(this::show);
    }

    private void show(MarketView market) {
        week.setText(getTranslation("market.week", market.council().name(), Figures.day(this, market.weekStarts())));
        List<ZoneMarket> all = market.zones() == null ? List.of() : market.zones();
        zones.show(all);
        comparison.removeAll();
        comparison.add(MarketCharts.capacityAgainstDemand(this, all));
        trends.removeAll();
        for (int i = 0; i < all.size(); i++) {
            trends.add(MarketCharts.trend(this, all.get(i), i));
        }
        stale.show(market.staleProviders() == null ? List.of() : market.staleProviders());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("market.title");
    }
}
