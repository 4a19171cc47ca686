package uk.homecare.portal.ui.brokerage;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.UUID;
import uk.homecare.portal.api.brokerage.BrokerageClient;
import uk.homecare.portal.api.brokerage.Offer;
import uk.homecare.portal.ui.layout.MainLayout;
import uk.homecare.portal.ui.problem.Problems;
import uk.homecare.portal.ui.reference.Formats;
import uk.homecare.portal.ui.security.ApiCaller;

/**
 * One offer as the provider sees it before award: the care, the postcode district, the window, and
 * the answers it can give (accept, decline, and in the OPEN stage a bid). No name, NHS number or
 * address: the offer carries none.
 */
@Prototype
@RolesAllowed("PROVIDER")
@Route(value = "offers/:id", layout = MainLayout.class)
public class OfferView extends VerticalLayout implements BeforeEnterObserver, AfterNavigationObserver, HasDynamicTitle {

    private final transient BrokerageClient client;
    private final transient ApiCaller api;
    private final H2 heading = new H2();
    private final Facts facts = new Facts("offer-facts");
    private final OfferAnswers answers;
    private UUID id;
    private Offer current;

    OfferView(BrokerageClient client, ApiCaller api, Problems problems) {
        this.client = client;
        this.api = api;
        setId("offer");
        answers = new OfferAnswers(client, api, problems, this::show);
        var reload = new Button(getTranslation("action.reload"), VaadinIcon.REFRESH.create(), click -> load());
        reload.setId("offer-reload");
        add(heading, reload, facts, answers);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = PackageView.idFrom(event).orElse(null);
        if (id == null) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        load();
    }

    private void load() {
        if (id != null) {
            api.fetch(auth -> client.offer(auth, id)).ifPresent(this::show);
        }
    }

    private void show(Offer offer) {
        current = offer;
        heading.setText(getTranslation("offer.title", offer.reference()));
        Instant now = Instant.now();
        facts.clear();
        facts.fact("offer.response", getTranslation("offer.response." + offer.response()))
                .fact("offer.council", Labels.name(offer.council()))
                .fact("offer.zone", Labels.name(offer.zone()))
                .fact("package.lot", Labels.name(offer.lot()))
                .fact("offer.stage", getTranslation("offer.stage." + offer.stage()))
                .fact("package.funding", getTranslation("funding." + offer.funding()))
                .fact("package.weeklyHours", Formats.hours(offer.weeklyMinutes()))
                .fact("package.visits", Labels.visits(this, offer.visitPattern()))
                .fact("package.startDate", Formats.date(offer.startDate(), getLocale()))
                .fact("package.needsSummary", offer.needsSummary())
                .fact("offer.postcodeDistrict", offer.postcodeDistrict())
                .fact("offer.offeredAt", Moments.dateTime(this, offer.offeredAt()))
                .fact("offer.timeLeft", Moments.until(this, offer.windowEndsAt(), now))
                .fact("offer.proposedStart", Formats.date(offer.proposedStart(), getLocale()))
                .fact("offer.bidRate", Formats.pounds(offer.bidRatePence(), getLocale()));
        answers.show(offer);
    }

    @Override
    public String getPageTitle() {
        return current == null ? getTranslation("offer.title.none") : getTranslation("offer.title", current.reference());
    }
}
