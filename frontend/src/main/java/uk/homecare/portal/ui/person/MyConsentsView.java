package uk.homecare.portal.ui.person;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import uk.homecare.portal.api.consent.Consent;
import uk.homecare.portal.ui.client.ConsentClient;
import uk.homecare.portal.ui.layout.MainLayout;
import uk.homecare.portal.ui.problem.Problems;
import uk.homecare.portal.ui.security.ApiCaller;

/**
 * "People who can act for me": a person sees the carers their consent lets act for them, from when until
 * when, and revokes any at once; the council records new ones.
 */
@Prototype
@RolesAllowed("SERVICE_USER")
@Route(value = "my-consents", layout = MainLayout.class)
public class MyConsentsView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    private final transient ConsentClient client;
    private final transient ApiCaller api;
    private final transient Problems problems;
    private final ConsentList list;

    MyConsentsView(ConsentClient client, ApiCaller api, Problems problems) {
        this.client = client;
        this.api = api;
        this.problems = problems;
        setId("my-consents");
        list = new ConsentList("my-consents", false, this::revoke);
        add(new H2(getTranslation("myConsents.title")), new Paragraph(getTranslation("myConsents.help")), list);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    private void refresh() {
        api.fetch(client::listMyConsents).ifPresent(list::show);
    }

    private void revoke(Consent consent) {
        api.fetch(caller -> client.revokeConsent(caller, consent.person().id(), consent.id())).ifPresent(revoked -> {
            problems.showInfo(getTranslation("consent.revoked", revoked.carer().name()));
            refresh();
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("myConsents.title");
    }
}
