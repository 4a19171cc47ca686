package uk.homecare.portal.ui.brokerage;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import uk.homecare.portal.ui.client.BrokerageClient;
import uk.homecare.portal.api.brokerage.Offer;
import uk.homecare.portal.api.identity.Bearer;
import uk.homecare.portal.ui.capacity.CapacityView;
import uk.homecare.portal.ui.layout.MainLayout;
import uk.homecare.portal.ui.problem.Problems;
import uk.homecare.portal.ui.reference.Formats;
import uk.homecare.portal.ui.security.ApiCaller;

/**
 * One offer as the provider sees it before award: the care, the postcode district, the latest start it may
 * propose, the time left only while it can answer (afterwards what became of the offer), the answers it can
 * give (accept, decline, and in the OPEN stage a bid), and the capacity the
 * provider reported for the zone (or a link to report it). No name, NHS number or address: the offer
 * carries none.
 */
@Prototype
@RolesAllowed("PROVIDER")
@Route(value = "offers/:id", layout = MainLayout.class)
public class OfferView extends RecordView<Offer> {

    private final transient BrokerageClient client;
    private final transient Clock clock;
    private final H2 heading = new H2();
    private final Facts facts = new Facts("offer-facts");
    private final ScheduleTable schedule = new ScheduleTable("offer-schedule");
    private final OfferAnswers answers;
    private final Paragraph capacity = new Paragraph();

    OfferView(BrokerageClient client, ApiCaller api, Problems problems, Clock clock) {
        super(api, "offer.title");
        this.client = client;
        this.clock = clock;
        setId("offer");
        answers = new OfferAnswers(client, api, problems, this::display);
        capacity.setId("offer-capacity");
        add(heading, reloadButton("offer-reload"), capacity, facts, schedule, answers);
    }

    @Override
    Offer fetch(Bearer caller, UUID id) {
        return client.showOffer(caller, id);
    }

    @Override
    String reference(Offer offer) {
        return offer.reference();
    }

    @Override
    void show(Offer offer) {
        heading.setText(getTranslation("offer.title", offer.reference()));
        Instant now = clock.instant();
        facts.clear();
        facts.fact("offer.response", getTranslation("offer.response." + offer.response()))
                .fact("offer.outcome", outcome(offer))
                .fact("offer.council", Labels.name(offer.council()))
                .fact("offer.zone", Labels.name(offer.zone()))
                .fact("package.lot", Labels.name(offer.lot()))
                .fact("offer.stage", getTranslation("offer.stage." + offer.stage()))
                .fact("package.urgency", offer.emergency()
                        ? getTranslation("offer.urgency.emergency", getTranslation("urgency." + offer.urgency()))
                        : getTranslation("urgency." + offer.urgency()))
                .fact("package.funding", getTranslation("funding." + offer.funding()))
                .fact("package.weeklyHours", Formats.hours(offer.weeklyMinutes()))
                .fact("package.visits", Labels.visits(this, offer.visitPattern()))
                .fact("package.startDate", Moments.date(this, offer.startDate()))
                .fact("offer.latestStart", Moments.date(this, offer.latestStart()))
                .fact("package.needsSummary", offer.needsSummary())
                .fact("package.matchingNeeds", Labels.needs(this, offer.matchingNeeds()))
                .fact("offer.postcodeDistrict", offer.postcodeDistrict())
                .fact("offer.offeredAt", Moments.dateTime(this, offer.offeredAt()));
        if (!offer.actions().isEmpty() && offer.windowEndsAt() != null && now.isBefore(offer.windowEndsAt())) {
            // a countdown only while the provider can still answer: never on an offer won, lost or closed
            facts.fact("offer.timeLeft", getTranslation("offer.timeLeft.value",
                    Moments.until(this, offer.windowEndsAt(), now), Moments.dateTime(this, offer.windowEndsAt())));
        }
        facts.fact("offer.proposedStart", Moments.date(this, offer.proposedStart()))
                .fact("offer.bidRate", Formats.pounds(offer.bidRatePence(), getLocale()))
                .fact("offer.needsMet", Labels.needs(this, offer.needsMet()));
        schedule.show(offer.schedule());
        answers.show(offer);
        showCapacity(offer);
    }

    /** What became of the offer, as a fact: won (and from when care starts), not chosen, closed or lapsed; nothing while it is open. */
    private String outcome(Offer offer) {
        return switch (offer.response()) {
            case WON -> offer.proposedStart() == null
                    ? getTranslation("offer.outcome.WON")
                    : getTranslation("offer.outcome.WON.start", Moments.date(this, offer.proposedStart()));
            case LOST, CLOSED, LAPSED, DECLINED -> getTranslation("offer.outcome." + offer.response());
            case PENDING, ACCEPTED, BID -> "";
        };
    }

    /** The provider's own reported spare capacity in the offer's zone, or a link to report it. */
    private void showCapacity(Offer offer) {
        String zone = Labels.name(offer.zone());
        if (offer.spareCapacityMinutes() != null) {
            capacity.setText(getTranslation("offer.capacity", zone, Formats.hours(offer.spareCapacityMinutes())));
            return;
        }
        capacity.setText(getTranslation("offer.capacity.none", zone) + " ");
        var report = new RouterLink(getTranslation("offer.capacity.report", zone), CapacityView.class);
        report.setId("offer-capacity-report");
        // a link inside a sentence needs more than its colour to stand out (WCAG 1.4.1; axe link-in-text-block)
        report.getStyle().set("text-decoration", "underline");
        if (offer.council() != null && offer.zone() != null) {
            report.setQueryParameters(QueryParameters.simple(Map.of(
                    CapacityView.COUNCIL_PARAMETER, offer.council().id().toString(),
                    CapacityView.ZONE_PARAMETER, offer.zone().id().toString())));
        }
        capacity.add(report);
    }
}
