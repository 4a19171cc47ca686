package uk.homecare.portal.brokerage;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static io.micronaut.http.HttpRequest.PUT;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.brokerage.AcceptOffer;
import uk.homecare.portal.api.brokerage.Bid;
import uk.homecare.portal.api.brokerage.BidForm;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.MatchingNeed;
import uk.homecare.portal.api.brokerage.Offer;
import uk.homecare.portal.api.brokerage.OpenStageRule;
import uk.homecare.portal.api.brokerage.PackageForm;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.api.brokerage.ScheduledVisit;
import uk.homecare.portal.api.brokerage.TimeOfDay;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.testing.Api;

@MicronautTest(transactional = false)
class PackagesSayDayByDayWhatCareIsNeededTest extends BrokerageTest {

    private static final Set<MatchingNeed> WELSH_AND_DRIVER = Set.of(MatchingNeed.WELSH_SPEAKING_CARER, MatchingNeed.DRIVER);

    @Test
    void a_package_drafted_with_its_week_of_visits_and_needs_shows_them_to_its_council_and_in_its_offers_without_the_person() {
        CarePackage drafted = draft(withSchedule(weekOfMorningsAndTeatimes(), WELSH_AND_DRIVER));
        CarePackage published = publish(drafted);
        Offer offer = offerFor(SPON_END, published);

        assertThat(drafted.schedule()).hasSize(14).first()
                .isEqualTo(new ScheduledVisit(DayOfWeek.MONDAY, TimeOfDay.MORNING, 45, true));
        assertThat(drafted.schedule()).extracting(ScheduledVisit::day).isSorted();
        assertThat(drafted.matchingNeeds()).containsExactly(MatchingNeed.WELSH_SPEAKING_CARER, MatchingNeed.DRIVER);
        assertThat(offer.schedule()).isEqualTo(drafted.schedule());
        assertThat(offer.matchingNeeds()).containsExactly(MatchingNeed.WELSH_SPEAKING_CARER, MatchingNeed.DRIVER);
        assertThat(offer.needsMet()).isEmpty();
        assertThat(api().retrieve(api().as(SPON_END, GET("/api/offers/" + offer.id())), String.class))
                .doesNotContain(HAROLD.familyName()).doesNotContain(HAROLD.nhsNumber());
    }

    @Test
    void a_package_without_a_schedule_or_needs_is_drafted_as_before() {
        CarePackage drafted = draft(packageForm(coventryZone("CENTRAL"), lotOfZone(coventryZone("CENTRAL"))));

        assertThat(drafted.schedule()).isEmpty();
        assertThat(drafted.matchingNeeds()).isEmpty();
    }

    @Test
    void an_edited_draft_takes_its_new_week_and_needs_and_an_edit_without_them_clears_them() {
        CarePackage drafted = draft(withSchedule(weekOfMorningsAndTeatimes(), WELSH_AND_DRIVER));
        List<ScheduledVisit> longerMornings = weekOfMorningsAndTeatimes().stream()
                .map(v -> v.timeOfDay() == TimeOfDay.MORNING ? new ScheduledVisit(v.day(), v.timeOfDay(), 60, v.doubleHanded()) : v)
                .toList();
        PackageForm longer = withSchedule(longerMornings, Set.of(MatchingNeed.MALE_CARER));
        longer = new PackageForm(longer.zoneId(), longer.lotId(), longer.funding(), 705, longer.visitPattern(), longer.startDate(),
                longer.needsSummary(), longer.person(), longer.schedule(), longer.matchingNeeds());

        CarePackage edited = api().retrieve(api().as(COMMISSIONER, PUT("/api/packages/" + drafted.id(), longer)
                .header("If-Match", "\"" + drafted.version() + "\"")), CarePackage.class);
        CarePackage cleared = api().retrieve(api().as(COMMISSIONER, PUT("/api/packages/" + drafted.id(),
                packageForm(coventryZone("CENTRAL"), lotOfZone(coventryZone("CENTRAL"))))
                .header("If-Match", "\"" + edited.version() + "\"")), CarePackage.class);

        assertThat(edited.schedule()).filteredOn(v -> v.timeOfDay() == TimeOfDay.MORNING).extracting(ScheduledVisit::minutes).containsOnly(60);
        assertThat(edited.matchingNeeds()).containsExactly(MatchingNeed.MALE_CARER);
        assertThat(cleared.schedule()).isEmpty();
        assertThat(cleared.matchingNeeds()).isEmpty();
    }

    @Test
    void a_schedule_that_does_not_add_up_to_the_weekly_care_is_refused_naming_it_in_hours_and_nothing_is_drafted() {
        List<ScheduledVisit> week = new ArrayList<>(weekOfMorningsAndTeatimes());
        week.removeLast();
        int before = packages();

        Problem problem = refused(withSchedule(week, Set.of()));

        assertThat(problem.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("schedule");
            assertThat(error.message()).contains("9 hours 15 minutes").contains("10 hours");
        });
        assertThat(packages()).isEqualTo(before);
    }

    @Test
    void two_visits_in_the_same_part_of_a_day_are_refused_naming_the_second() {
        List<ScheduledVisit> week = new ArrayList<>(weekOfMorningsAndTeatimes());
        week.set(1, new ScheduledVisit(DayOfWeek.MONDAY, TimeOfDay.MORNING, 40, false));

        Problem problem = refused(withSchedule(week, Set.of()));

        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("schedule[1].timeOfDay");
    }

    @Test
    void a_visit_shorter_than_the_councils_shortest_is_refused_naming_it() {
        List<ScheduledVisit> week = new ArrayList<>(weekOfMorningsAndTeatimes());
        week.set(2, new ScheduledVisit(DayOfWeek.TUESDAY, TimeOfDay.MORNING, 10, true));

        Problem problem = refused(withSchedule(week, Set.of()));

        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("schedule[2].minutes");
    }

    @Test
    void a_provider_says_which_needs_it_meets_when_it_accepts_and_the_commissioner_sees_them_with_its_bid() {
        policy(OpenStageRule.COMMISSIONER_AWARDS);
        UUID lot = openLotWithProviders("Needs met", 2, false);
        CarePackage published = publish(draft(withSchedule(lot, weekOfMorningsAndTeatimes(), WELSH_AND_DRIVER)));
        assertThat(published.status()).isEqualTo(PackageStatus.OPEN);
        List<String> providers = usersOnLot(lot);

        Offer accepted = api().retrieve(api().as(providers.get(0), POST("/api/offers/" + offerFor(providers.get(0), published).id()
                + "/accept", new AcceptOffer(today().plusDays(7), Set.of(MatchingNeed.DRIVER)))), Offer.class);
        api().retrieve(api().as(providers.get(1), POST("/api/offers/" + offerFor(providers.get(1), published).id() + "/bid",
                new BidForm(today().plusDays(8), null, WELSH_AND_DRIVER))), Offer.class);

        assertThat(accepted.needsMet()).containsExactly(MatchingNeed.DRIVER);
        List<Bid> bids = api().retrieve(api().as(COMMISSIONER, GET("/api/packages/" + published.id() + "/bids")), Argument.listOf(Bid.class));
        assertThat(bids).extracting(Bid::needsMet).containsExactlyInAnyOrder(
                List.of(MatchingNeed.DRIVER), List.of(MatchingNeed.WELSH_SPEAKING_CARER, MatchingNeed.DRIVER));
    }

    @Test
    void a_provider_cannot_claim_a_need_the_package_does_not_have_and_its_offer_stays_unanswered() {
        CarePackage published = publish(draft(withSchedule(weekOfMorningsAndTeatimes(), Set.of(MatchingNeed.DRIVER))));
        Offer offer = offerFor(SPON_END, published);

        var refusal = api().refusal(api().as(SPON_END, POST("/api/offers/" + offer.id() + "/accept",
                new AcceptOffer(today().plusDays(7), Set.of(MatchingNeed.DRIVER, MatchingNeed.FEMALE_CARER)))));

        assertThat(refusal.getStatus().getCode()).isEqualTo(400);
        assertThat(Api.problemOf(refusal).errors()).extracting(Problem.FieldError::field).containsExactly("needsMet");
        assertThat(offerFor(SPON_END, published).response()).isEqualTo(offer.response());
        assertThat(show(published).status()).isEqualTo(PackageStatus.PRIMARY);
    }

    /** Fourteen visits, 600 minutes: a double-handed 45-minute morning visit and a 40-minute teatime visit each day, 45 on Sunday. */
    private static List<ScheduledVisit> weekOfMorningsAndTeatimes() {
        List<ScheduledVisit> week = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            week.add(new ScheduledVisit(day, TimeOfDay.MORNING, 45, true));
            week.add(new ScheduledVisit(day, TimeOfDay.TEATIME, day == DayOfWeek.SUNDAY ? 45 : 40, false));
        }
        return week;
    }

    private PackageForm withSchedule(List<ScheduledVisit> schedule, Set<MatchingNeed> needs) {
        return withSchedule(lotOfZone(coventryZone("CENTRAL")), schedule, needs);
    }

    private PackageForm withSchedule(UUID lot, List<ScheduledVisit> schedule, Set<MatchingNeed> needs) {
        PackageForm plain = packageForm(coventryZone("CENTRAL"), lot);
        return new PackageForm(plain.zoneId(), plain.lotId(), plain.funding(), plain.weeklyMinutes(), plain.visitPattern(),
                plain.startDate(), plain.needsSummary(), plain.person(), schedule, needs);
    }

    private Problem refused(PackageForm form) {
        var refusal = api().refusal(api().as(COMMISSIONER, POST("/api/packages", form)));
        assertThat(refusal.getStatus().getCode()).isEqualTo(400);
        return Api.problemOf(refusal);
    }

    private int packages() {
        return number("select count(*) from care_package");
    }
}
