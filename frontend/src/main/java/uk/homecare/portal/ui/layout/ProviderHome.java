package uk.homecare.portal.ui.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.api.brokerage.Offer;
import uk.homecare.portal.api.capacity.CapacityReport;
import uk.homecare.portal.api.capacity.CouncilZones;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.api.quality.FailedGate;
import uk.homecare.portal.api.quality.ProviderStanding;
import uk.homecare.portal.ui.client.BrokerageClient;
import uk.homecare.portal.ui.client.CapacityClient;
import uk.homecare.portal.ui.client.QualityClient;
import uk.homecare.portal.ui.security.ApiCaller;

/**
 * The first questions of a provider: does any council keep it from new offers (a quality gate it fails, and why),
 * which offers must it answer, soonest window end first (saying which close soon), and for which zones this week's
 * capacity report is still due.
 */
final class ProviderHome extends VerticalLayout {

    static final int OFFERS_SHOWN = 5;

    ProviderHome(BrokerageClient offers, CapacityClient capacity, QualityClient quality, ApiCaller api, Clock clock) {
        setId("home-provider");
        setPadding(false);
        add(standing(quality, api));
        Instant now = clock.instant();
        List<Component> answerable = api.fetch(auth -> offers.listOffers(auth, null, null, null)).orElse(List.of()).stream()
                .filter(offer -> !offer.actions().isEmpty() && (offer.windowEndsAt() == null || offer.windowEndsAt().isAfter(now)))
                .sorted(Comparator.comparing(Offer::windowEndsAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .limit(OFFERS_SHOWN)
                .map(offer -> (Component) HomeWords.link("home-offer-" + offer.id(), "offers/" + offer.id(), offerText(offer, now)))
                .toList();
        add(HomeWords.section("home-offers", getTranslation("home.offers.title"), answerable, getTranslation("home.offers.none")));

        LocalDate thisWeek = UkTime.today(clock).with(DayOfWeek.MONDAY);
        List<CouncilZones> zones = api.fetch(capacity::listReportableZones).orElse(List.of());
        List<CapacityReport> reports = api.fetch(auth -> capacity.listMyCapacityReports(auth, null)).orElse(List.of());
        List<Component> due = new ArrayList<>();
        for (CouncilZones council : zones) {
            List<String> missing = council.zones().stream()
                    .filter(zone -> reports.stream().noneMatch(r -> reportedFor(r, council.council(), zone, thisWeek)))
                    .map(NamedRef::name)
                    .toList();
            if (!missing.isEmpty()) {
                due.add(HomeWords.link("home-capacity-" + council.council().id(), "capacity", getTranslation("home.capacity.due",
                        council.council().name(), missing.size(), String.join(", ", missing))));
            }
        }
        add(HomeWords.section("home-capacity", getTranslation("home.capacity.title", HomeWords.day(this, thisWeek)), due,
                getTranslation("home.capacity.none")));
    }

    /**
     * The organisation's rating, and each council's quality gate it fails, with why: such a council makes it no new
     * offers (and it may not accept or bid on those it has) until it passes.
     */
    private Component standing(QualityClient quality, ApiCaller api) {
        List<ProviderStanding> standings = api.fetch(quality::showOwnStanding).orElse(List.of());
        List<Component> facts = new ArrayList<>();
        standings.stream().findFirst().ifPresent(first -> {
            var rating = new Paragraph(first.rating() == null ? getTranslation("home.rating.none")
                    : getTranslation("home.rating", getTranslation("quality.rating." + first.rating().name())));
            rating.setId("home-rating");
            facts.add(rating);
        });
        for (ProviderStanding standing : standings) {
            for (FailedGate gate : standing.failedGates()) {
                var failed = new Paragraph(getTranslation("home.gate", standing.council().nameIn(getLocale()),
                        getTranslation("quality.gate." + gate.gate().name()), gate.reason()));
                failed.setId("home-gate-" + standing.council().id() + "-" + gate.gate().name().toLowerCase(java.util.Locale.ROOT));
                facts.add(failed);
            }
        }
        if (standings.stream().allMatch(s -> s.failedGates().isEmpty())) {
            var passes = new Paragraph(getTranslation("home.gates.none"));
            passes.setId("home-gates-none");
            facts.add(passes);
        }
        return HomeWords.section("home-quality", getTranslation("home.quality.title"), facts, getTranslation("home.gates.none"));
    }

    private String offerText(Offer offer, Instant now) {
        if (offer.windowEndsAt() == null) {
            return getTranslation("home.offer.noWindow", offer.reference(), offer.zone().name());
        }
        return getTranslation(closingSoon(offer, now) ? "home.offer.soon" : "home.offer", offer.reference(), offer.zone().name(),
                HomeWords.moment(this, offer.windowEndsAt()));
    }

    private static boolean closingSoon(Offer offer, Instant now) {
        return offer.lapsingSoonFrom() != null && !offer.lapsingSoonFrom().isAfter(now);
    }

    private static boolean reportedFor(CapacityReport report, NamedRef council, NamedRef zone, LocalDate week) {
        return Objects.equals(report.council().id(), council.id()) && Objects.equals(report.zone().id(), zone.id())
                && !report.weekStarts().isBefore(week);
    }
}
