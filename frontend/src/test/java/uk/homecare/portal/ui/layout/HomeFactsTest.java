package uk.homecare.portal.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.homecare.portal.ui.testing.Screen.allText;
import static uk.homecare.portal.ui.testing.Screen.byId;
import static uk.homecare.portal.ui.testing.Screen.shown;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.OfferStage;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.api.capacity.CapacityReport;
import uk.homecare.portal.api.capacity.MarketView;
import uk.homecare.portal.api.hoursbank.HoursBalance;
import uk.homecare.portal.api.hoursbank.HoursLot;
import uk.homecare.portal.api.identity.Me;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.testing.MovableClock;
import uk.homecare.portal.ui.testing.FakeBrokerageClient;
import uk.homecare.portal.ui.testing.FakeCapacityClient;
import uk.homecare.portal.ui.testing.FakeHoursBankClient;
import uk.homecare.portal.ui.testing.FakeIdentityClient;
import uk.homecare.portal.ui.testing.KaribuUi;

/** Each role's home page answers its first question in short sentences that link to their pages, and says when there is nothing. */
@Tag("calendar")
class HomeFactsTest {

    private static final NamedRef SUE = FakeIdentityClient.SUE;
    private static final NamedRef MARY = FakeIdentityClient.MARY;
    private static final NamedRef TOM = FakeIdentityClient.TOM;

    private KaribuUi ui;
    private MovableClock clock;

    @BeforeEach
    void start() {
        ui = new KaribuUi();
        clock = ui.clock();
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    private void openAs(String username) {
        ui.signInAs(username);
        ui.navigate("");
    }

    private static String day(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM", locale).format(date);
    }

    private static String day(LocalDate date) {
        return day(date, Locale.UK);
    }

    private static String text(String id) {
        return byId(Anchor.class, id).getText();
    }

    private static String href(String id) {
        return byId(Anchor.class, id).getHref();
    }

    /** A balance of {@code remaining} minutes: {@code soon} of them expire on the coming Sunday, the rest in three weeks. */
    private HoursBalance balance(NamedRef person, int remaining, int soon) {
        LocalDate monday = clock.monday();
        var first = new HoursLot(UUID.randomUUID(), monday.minusWeeks(3), monday.plusDays(6), 360, 360 - soon, 0, soon, true);
        var last = new HoursLot(UUID.randomUUID(), monday, monday.plusWeeks(3).plusDays(6), remaining - soon, 0, 0, remaining - soon, false);
        return new HoursBalance(person, null, remaining, soon, soon > 0 ? first.expiresAfter() : null, List.of(first, last), null, List.of());
    }

    @Test
    void the_person_sees_the_balance_what_expires_next_and_the_next_sessions_each_linking_to_their_hours() {
        ui.hoursBank().balances.put(SUE.id(), balance(SUE, 1230, 180));
        LocalDate tomorrow = clock.today().plusDays(1);
        ui.hoursBank().bookings.add(FakeHoursBankClient.aBooking(SUE, tomorrow, LocalTime.of(10, 30), 90));
        ui.hoursBank().bookings.add(FakeHoursBankClient.aBooking(SUE, clock.today().plusDays(3), LocalTime.of(9, 0), 60));

        openAs("sue");

        assertThat(text("home-balance-" + SUE.id())).isEqualTo("You have 20 hours 30 minutes to use");
        assertThat(href("home-balance-" + SUE.id())).isEqualTo("hours?person=" + SUE.id());
        assertThat(text("home-expiry-" + SUE.id())).isEqualTo("3 hours expire on " + day(clock.monday().plusDays(6)) + ": use them before then.");
        assertThat(allText()).contains("Next sessions", day(tomorrow) + " at 10:30: 1 hour 30 minutes with Caring Hands Ltd",
                day(clock.today().plusDays(3)) + " at 09:00: 1 hour with Caring Hands Ltd");
        assertThat(allText().indexOf(day(tomorrow) + " at 10:30")).isLessThan(allText().indexOf(day(clock.today().plusDays(3)) + " at 09:00"));
    }

    @Test
    void a_person_with_no_hours_and_no_sessions_is_told_so() {
        ui.hoursBank().balances.put(SUE.id(), new HoursBalance(SUE, null, 0, 0, null, List.of(), null, List.of()));

        openAs("sue");

        assertThat(text("home-balance-" + SUE.id())).isEqualTo("You have no hours to use at the moment");
        assertThat(shown("home-expiry-" + SUE.id())).isFalse();
        assertThat(byId(Paragraph.class, "home-sessions-" + SUE.id() + "-empty").getText())
                .isEqualTo("No sessions are booked in the next 4 weeks.");
    }

    @Test
    void the_carer_sees_each_persons_hours_by_name() {
        ui.hoursBank().balances.put(MARY.id(), balance(MARY, 600, 0));
        ui.hoursBank().balances.put(TOM.id(), balance(TOM, 60, 60));

        openAs("cath");

        assertThat(text("home-balance-" + MARY.id())).isEqualTo("Mary Jones has 10 hours to use");
        assertThat(text("home-balance-" + TOM.id())).isEqualTo("Tom Jones has 1 hour to use");
        assertThat(text("home-expiry-" + TOM.id())).isEqualTo("1 hour expires on " + day(clock.monday().plusDays(6)) + ": use it before then.");
        assertThat(allText()).contains("Hours of Mary Jones", "Hours of Tom Jones");
    }

    @Test
    void a_person_whose_account_is_in_welsh_reads_the_home_page_in_welsh() {
        Me sue = ui.identity().person("sue");
        ui.identity().add(new Me(sue.id(), sue.username(), sue.displayName(), sue.role(), sue.council(), sue.organisation(),
                sue.councils(), sue.actingFor(), "cy", sue.capabilities()));
        ui.hoursBank().balances.put(SUE.id(), balance(SUE, 1230, 180));

        openAs("sue");

        assertThat(text("home-balance-" + SUE.id())).isEqualTo("Mae gennych 20 awr 30 munud i'w defnyddio");
        assertThat(text("home-expiry-" + SUE.id())).startsWith("Bydd 3 awr yn dod i ben ar ");
        assertThat(allText()).contains("Eich oriau", "Y sesiynau nesaf", "Nid oes sesiynau wedi'u harchebu yn ystod y 4 wythnos nesaf.");
    }

    @Test
    void the_provider_sees_offers_to_answer_soonest_first_and_the_capacity_still_due_this_week() {
        FakeBrokerageClient brokerage = ui.brokerage();
        Instant now = clock.instant();
        CarePackage later = brokerage.aPackage("COV-2026-0002", PackageStatus.PRIMARY, now);
        CarePackage sooner = brokerage.aPackage("COV-2026-0001", PackageStatus.PRIMARY, now);
        var laterOffer = brokerage.anOffer(later, OfferStage.PRIMARY, now.plusSeconds(26 * 3600), false);
        var soonerOffer = brokerage.anOffer(sooner, OfferStage.PRIMARY, now.plusSeconds(3600), false);
        brokerage.offers.add(laterOffer);
        brokerage.offers.add(soonerOffer);
        FakeCapacityClient capacity = ui.capacity();
        capacity.reports.add(new CapacityReport(UUID.randomUUID(), FakeCapacityClient.PROVIDER, FakeIdentityClient.COVENTRY,
                FakeCapacityClient.NORTH, clock.monday(), 600, 0, false, 5, 0, now, false));

        openAs("pete");

        assertThat(text("home-offer-" + soonerOffer.id())).startsWith("COV-2026-0001 in Coventry North: closes soon, answer by ");
        assertThat(text("home-offer-" + laterOffer.id())).startsWith("COV-2026-0002 in Coventry North: answer by ");
        assertThat(text("home-offer-" + soonerOffer.id())).contains("answer by " + day(clock.today()) + " at "
                + DateTimeFormatter.ofPattern("HH:mm").format(now.plusSeconds(3600).atZone(UkTime.ZONE)));
        assertThat(href("home-offer-" + soonerOffer.id())).isEqualTo("offers/" + soonerOffer.id());
        assertThat(allText().indexOf("COV-2026-0001")).isLessThan(allText().indexOf("COV-2026-0002"));
        assertThat(text("home-capacity-" + FakeIdentityClient.COVENTRY.id()))
                .isEqualTo("Coventry City Council: capacity is due for 1 zone (Central).");
        assertThat(text("home-capacity-" + FakeIdentityClient.WARWICKSHIRE.id()))
                .isEqualTo("Warwickshire County Council: capacity is due for 1 zone (Rugby).");
        assertThat(href("home-capacity-" + FakeIdentityClient.COVENTRY.id())).isEqualTo("capacity");
        assertThat(allText()).contains("Capacity for the week starting " + day(clock.monday()));
    }

    @Test
    void a_provider_with_nothing_to_answer_and_every_report_in_is_told_so() {
        FakeCapacityClient capacity = ui.capacity();
        for (var zone : List.of(FakeCapacityClient.NORTH, FakeCapacityClient.CENTRAL)) {
            capacity.reports.add(new CapacityReport(UUID.randomUUID(), FakeCapacityClient.PROVIDER, FakeIdentityClient.COVENTRY,
                    zone, clock.monday(), 600, 0, false, 5, 0, clock.instant(), false));
        }
        capacity.reports.add(new CapacityReport(UUID.randomUUID(), FakeCapacityClient.PROVIDER, FakeIdentityClient.WARWICKSHIRE,
                FakeCapacityClient.RUGBY, clock.monday(), 600, 0, false, 5, 0, clock.instant(), false));

        openAs("pete");

        assertThat(byId(Paragraph.class, "home-offers-empty").getText()).isEqualTo("No offers are waiting for your answer.");
        assertThat(byId(Paragraph.class, "home-capacity-empty").getText()).isEqualTo("You have reported capacity for every zone this week.");
    }

    @Test
    void the_commissioner_sees_unallocated_and_waiting_packages_and_stale_capacity() {
        FakeBrokerageClient brokerage = ui.brokerage();
        Instant now = clock.instant();
        brokerage.packages.add(brokerage.aPackage("COV-1", PackageStatus.UNALLOCATED, now));
        brokerage.packages.add(brokerage.aPackage("COV-2", PackageStatus.UNALLOCATED, now));
        brokerage.packages.add(brokerage.aPackage("COV-3", PackageStatus.REVIEW, now));
        brokerage.packages.add(brokerage.aPackage("COV-4", PackageStatus.OPEN, now));
        brokerage.packages.add(brokerage.aPackage("COV-5", PackageStatus.AWARDED, now));
        FakeCapacityClient capacity = ui.capacity();
        capacity.market = new MarketView(capacity.market.council(), capacity.market.weekStarts(), capacity.market.zones(),
                List.of(capacity.aStaleProvider("Kind Care", 9), capacity.aStaleProvider("Slow Care", null)));

        openAs("cora");

        assertThat(text("home-unallocated")).isEqualTo("2 packages are unallocated: nobody took them.");
        assertThat(text("home-review")).isEqualTo("1 package waits for you to review the bids.");
        assertThat(text("home-offered")).isEqualTo("1 package is being offered to providers.");
        assertThat(href("home-unallocated")).isEqualTo("packages");
        assertThat(text("home-stale")).isEqualTo("2 providers have not reported capacity for over a week.");
        assertThat(href("home-stale")).isEqualTo("market");
    }

    @Test
    void a_commissioner_with_nothing_waiting_is_told_so() {
        openAs("cora");

        assertThat(byId(Paragraph.class, "home-packages-empty").getText())
                .isEqualTo("No packages are waiting: none unallocated, none to review and none being offered.");
        assertThat(byId(Paragraph.class, "home-market-empty").getText())
                .isEqualTo("Every provider has reported capacity within the last week.");
    }
}
