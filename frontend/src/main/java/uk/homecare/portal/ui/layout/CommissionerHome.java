package uk.homecare.portal.ui.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.api.capacity.MarketView;
import uk.homecare.portal.ui.client.BrokerageClient;
import uk.homecare.portal.ui.client.CapacityClient;
import uk.homecare.portal.ui.security.ApiCaller;

/**
 * The first question of a commissioner: which packages nobody took, which wait for the commissioner's
 * review or are still being offered, and which providers' capacity reports are stale.
 */
final class CommissionerHome extends VerticalLayout {

    private static final Set<PackageStatus> OFFERED = Set.of(PackageStatus.PRIMARY, PackageStatus.SECONDARY, PackageStatus.OPEN);

    CommissionerHome(BrokerageClient brokerage, CapacityClient capacity, ApiCaller api) {
        setId("home-commissioner");
        setPadding(false);
        List<CarePackage> packages = api.fetch(auth -> brokerage.listPackages(auth, null)).orElse(List.of());
        long unallocated = packages.stream().filter(p -> p.status() == PackageStatus.UNALLOCATED).count();
        long review = packages.stream().filter(p -> p.status() == PackageStatus.REVIEW).count();
        long offered = packages.stream().filter(p -> OFFERED.contains(p.status())).count();
        List<Component> facts = new ArrayList<>();
        if (unallocated > 0) {
            facts.add(HomeWords.link("home-unallocated", "packages", getTranslation("home.packages.unallocated", unallocated)));
        }
        if (review > 0) {
            facts.add(HomeWords.link("home-review", "packages", getTranslation("home.packages.review", review)));
        }
        if (offered > 0) {
            facts.add(HomeWords.link("home-offered", "packages", getTranslation("home.packages.offered", offered)));
        }
        add(HomeWords.section("home-packages", getTranslation("home.packages.title"), facts, getTranslation("home.packages.none")));

        int stale = api.fetch(capacity::showMarket).map(MarketView::staleProviders).map(List::size).orElse(0);
        List<Component> capacityFacts = stale == 0 ? List.of()
                : List.of(HomeWords.link("home-stale", "market", getTranslation("home.stale", stale)));
        add(HomeWords.section("home-market", getTranslation("home.market.title"), capacityFacts, getTranslation("home.stale.none")));
    }
}
