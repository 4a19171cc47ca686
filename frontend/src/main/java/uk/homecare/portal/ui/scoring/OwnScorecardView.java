package uk.homecare.portal.ui.scoring;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import uk.homecare.portal.api.scoring.Scorecard;
import uk.homecare.portal.ui.client.ScoringClient;
import uk.homecare.portal.ui.layout.MainLayout;
import uk.homecare.portal.ui.security.ApiCaller;

/** A provider's own scorecard with each council it serves: the figures the council sees and scores its bids by. */
@Prototype
@RolesAllowed({"PROVIDER", "PROVIDER_ADMIN"})
@Route(value = "my-scorecard", layout = MainLayout.class)
public class OwnScorecardView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    private final transient ScoringClient client;
    private final transient ApiCaller api;
    private final VerticalLayout cards = new VerticalLayout();

    OwnScorecardView(ScoringClient client, ApiCaller api) {
        this.client = client;
        this.api = api;
        setId("own-scorecard");
        cards.setPadding(false);
        add(new H2(getTranslation("scorecard.own.title")), new Paragraph(getTranslation("scorecard.own.intro")), cards);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        api.fetch(client::listOwnScorecards).ifPresent(this::show);
    }

    private void show(List<Scorecard> scorecards) {
        cards.removeAll();
        if (scorecards.isEmpty()) {
            cards.add(new Paragraph(getTranslation("scorecard.own.none")));
        }
        for (int i = 0; i < scorecards.size(); i++) {
            cards.add(new ScorecardTable(scorecards.get(i), "scorecard-" + i, true));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("scorecard.own.title");
    }
}
