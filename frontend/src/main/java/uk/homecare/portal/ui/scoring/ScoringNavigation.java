package uk.homecare.portal.ui.scoring;

import com.vaadin.flow.component.icon.VaadinIcon;
import jakarta.inject.Singleton;
import java.util.List;
import uk.homecare.portal.ui.layout.NavigationContributor;
import uk.homecare.portal.ui.layout.NavigationEntry;

/** Bid scoring (the council's weights) and the scorecards in the side navigation, each for the roles its view allows. */
@Singleton
class ScoringNavigation implements NavigationContributor {

    @Override
    public List<NavigationEntry> entries() {
        return List.of(
                new NavigationEntry("nav.scoringWeights", ScoringWeightsView.class, VaadinIcon.SCALE, 44),
                new NavigationEntry("nav.providerScorecards", ProviderScorecardView.class, VaadinIcon.CHART, 53),
                new NavigationEntry("nav.ownScorecard", OwnScorecardView.class, VaadinIcon.CHART, 64));
    }
}
