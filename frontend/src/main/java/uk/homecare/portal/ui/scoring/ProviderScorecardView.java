package uk.homecare.portal.ui.scoring;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import uk.homecare.portal.api.reference.Provider;
import uk.homecare.portal.ui.client.ReferenceClient;
import uk.homecare.portal.ui.client.ScoringClient;
import uk.homecare.portal.ui.layout.MainLayout;
import uk.homecare.portal.ui.security.ApiCaller;

/** A commissioner's (or the council administrator's) view of any provider's scorecard with the council. */
@Prototype
@RolesAllowed({"COMMISSIONER", "ADMIN"})
@Route(value = "provider-scorecards", layout = MainLayout.class)
public class ProviderScorecardView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    private final transient ScoringClient client;
    private final transient ReferenceClient reference;
    private final transient ApiCaller api;
    private final Select<Provider> provider = new Select<>();
    private final VerticalLayout shown = new VerticalLayout();

    ProviderScorecardView(ScoringClient client, ReferenceClient reference, ApiCaller api) {
        this.client = client;
        this.reference = reference;
        this.api = api;
        setId("provider-scorecards");
        provider.setId("scorecard-provider");
        provider.setLabel(getTranslation("scorecard.provider"));
        provider.setItemLabelGenerator(Provider::name);
        provider.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                load(event.getValue());
            }
        });
        shown.setPadding(false);
        add(new H2(getTranslation("scorecard.title")), new Paragraph(getTranslation("scorecard.intro")), provider, shown);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        api.fetch(reference::listProviders).ifPresent(provider::setItems);
    }

    private void load(Provider chosen) {
        api.fetch(auth -> client.showProviderScorecard(auth, chosen.id())).ifPresent(card -> {
            shown.removeAll();
            shown.add(new ScorecardTable(card, "scorecard", false));
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("scorecard.title");
    }
}
