package uk.homecare.portal.brokerage;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.brokerage.AwardForm;
import uk.homecare.portal.api.brokerage.BidForm;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.Offer;
import uk.homecare.portal.api.brokerage.OpenStageRule;
import uk.homecare.portal.api.compliance.MonitoringActionForm;
import uk.homecare.portal.api.compliance.MonitoringVisitForm;
import uk.homecare.portal.api.scoring.Scorecard;
import uk.homecare.portal.api.scoring.ScorecardMonth;

/**
 * A provider's scorecard: the figures its bids are scored by, month by month for 12 months; the provider sees its own
 * with each council it serves, the council's commissioners and administrators any provider of the council, another
 * council's nobody's.
 */
@MicronautTest(transactional = false)
class ScorecardTest extends BrokerageTest {

    static final String ADMIN = "admin@coventry.demo";

    @Test
    void the_provider_and_its_councils_commissioners_see_the_same_figures_month_by_month() {
        policy(OpenStageRule.COMMISSIONER_AWARDS);
        UUID lot = openLotWithProviders("Scorecard", 1, false);
        String provider = usersOnLot(lot).getFirst();
        UUID providerId = id("select organisation_id from app_user where username = ?", provider);
        CarePackage declined = publish(draft(packageForm(coventryZone("CENTRAL"), lot)));
        decline(provider, offerFor(provider, declined));
        CarePackage won = publish(draft(packageForm(coventryZone("CENTRAL"), lot)));
        Offer offer = offerFor(provider, won);
        api().retrieve(api().as(provider, POST("/api/offers/" + offer.id() + "/bid", new BidForm(today().plusDays(8), null))), Offer.class);
        api().retrieve(api().as(COMMISSIONER, POST("/api/packages/" + won.id() + "/award", new AwardForm(offer.id()))), CarePackage.class);
        visit(won, providerId, LocalTime.of(8, 0), LocalTime.of(8, 5), false);
        visit(won, providerId, LocalTime.of(12, 0), LocalTime.of(12, 40), false);
        visit(won, providerId, LocalTime.of(17, 0), null, true);
        api().retrieve(api().as(COMMISSIONER, POST("/api/providers/" + providerId + "/monitoring-visits", new MonitoringVisitForm(
                today(), "Care plans reviewed", List.of(new MonitoringActionForm("Add medication training", today()))))),
                Object.class);

        List<Scorecard> own = api().retrieve(api().as(provider, GET("/api/my-organisation/scorecards")), Argument.listOf(Scorecard.class));
        Scorecard seen = api().retrieve(api().as(COMMISSIONER, GET("/api/provider-organisations/" + providerId + "/scorecard")),
                Scorecard.class);
        Scorecard byAdmin = api().retrieve(api().as(ADMIN, GET("/api/provider-organisations/" + providerId + "/scorecard")),
                Scorecard.class);

        assertThat(own).singleElement().satisfies(card -> {
            assertThat(card.council().id()).isEqualTo(seen.council().id());
            assertThat(card.months()).isEqualTo(seen.months());
        });
        assertThat(byAdmin.months()).isEqualTo(seen.months());
        assertThat(seen.months()).hasSize(12);
        assertThat(seen.months().getLast().month()).isEqualTo(today().withDayOfMonth(1));
        assertThat(seen.months().getFirst().month()).isEqualTo(today().withDayOfMonth(1).minusMonths(11));
        ScorecardMonth now = seen.months().getLast();
        assertThat(now.figures().offersAnswered()).isEqualTo(2);
        assertThat(now.figures().offersAccepted()).isEqualTo(1);
        assertThat(now.acceptancePercent()).isEqualTo(50);
        assertThat(now.figures().awards()).isOne();
        assertThat(now.figures().visitsRecorded()).isEqualTo(3);
        assertThat(now.figures().visitsLate()).as("started 40 minutes after the plan").isOne();
        assertThat(now.figures().visitsMissed()).isOne();
        assertThat(now.onTimePercent()).isEqualTo(33);
        assertThat(now.monitoringVisits()).isOne();
        assertThat(now.monitoringActions()).isOne();
        assertThat(seen.monitoringActionsOpen()).isOne();
        assertThat(seen.twelveMonths().awards()).isOne();
        assertThat(seen.provider().id()).isEqualTo(providerId);
    }

    @Test
    void another_councils_commissioner_is_not_shown_the_scorecard() {
        UUID lot = openLotWithProviders("Scorecard elsewhere", 1, false);
        UUID providerId = id("select organisation_id from app_user where username = ?", usersOnLot(lot).getFirst());

        var refusal = api().refusal(api().as(OTHER_COUNCIL, GET("/api/provider-organisations/" + providerId + "/scorecard")));

        assertThat(refusal.getStatus().getCode()).isEqualTo(404);
    }

    @Test
    void a_provider_is_not_shown_another_providers_scorecard() {
        UUID lot = openLotWithProviders("Scorecard of another", 2, false);
        List<String> providers = usersOnLot(lot);
        UUID other = id("select organisation_id from app_user where username = ?", providers.get(1));

        var refusal = api().refusal(api().as(providers.get(0), GET("/api/provider-organisations/" + other + "/scorecard")));
        List<Scorecard> own = api().retrieve(api().as(providers.get(0), GET("/api/my-organisation/scorecards")),
                Argument.listOf(Scorecard.class));

        assertThat(refusal.getStatus().getCode()).isEqualTo(403);
        assertThat(own).allSatisfy(card -> assertThat(card.provider().id()).isNotEqualTo(other));
    }

    private void visit(CarePackage p, UUID provider, LocalTime plannedStart, LocalTime actualStart, boolean missed) {
        execute("""
                insert into visit_actual (package_id, provider_id, visit_date, planned_start, planned_end, planned_minutes, actual_start,
                                          actual_end, actual_minutes, carers_present, missed, source, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, 30, ?, ?, ?, ?, ?, 'API', 'test', ?)""",
                p.id(), provider, today(), plannedStart, plannedStart.plusMinutes(30), actualStart,
                actualStart == null ? null : actualStart.plusMinutes(30), missed ? 0 : 30, missed ? 0 : 1, missed, clock.instant().atOffset(java.time.ZoneOffset.UTC));
    }
}
