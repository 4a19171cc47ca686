package uk.homecare.portal.ui.brokerage;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.expectView;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.homecare.portal.ui.testing.Screen.allText;
import static uk.homecare.portal.ui.testing.Screen.byId;
import static uk.homecare.portal.ui.testing.Screen.click;
import static uk.homecare.portal.ui.testing.Screen.grid;
import static uk.homecare.portal.ui.testing.Screen.notificationTexts;
import static uk.homecare.portal.ui.testing.Screen.shown;
import static uk.homecare.portal.ui.testing.Screen.textOf;

import uk.homecare.portal.api.brokerage.TimeOfDay;
import uk.homecare.portal.api.brokerage.ScheduledVisit;
import uk.homecare.portal.api.brokerage.MatchingNeed;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import java.util.Set;
import java.time.DayOfWeek;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.brokerage.AcceptOffer;
import uk.homecare.portal.api.brokerage.BidForm;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.DeclineOffer;
import uk.homecare.portal.api.brokerage.DeclineReason;
import uk.homecare.portal.api.brokerage.HandBackForm;
import uk.homecare.portal.api.brokerage.Notification;
import uk.homecare.portal.api.brokerage.Offer;
import uk.homecare.portal.api.brokerage.OfferResponse;
import uk.homecare.portal.api.brokerage.OfferStage;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.testing.MovableClock;
import uk.homecare.portal.ui.layout.AccessDeniedView;
import uk.homecare.portal.ui.testing.FakeBrokerageClient;
import uk.homecare.portal.ui.testing.KaribuUi;
import uk.homecare.portal.ui.testing.Screen;

@Tag("calendar")
class ProviderBrokerageTest {

    private KaribuUi ui;
    private MovableClock clock;
    private FakeBrokerageClient api;

    @BeforeEach
    void start() {
        ui = new KaribuUi();
        clock = ui.clock();
        api = ui.brokerage();
        ui.signInAs("pete");
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    /** A package the fake holds, with the person's identity, and an offer of it. */
    private Offer offered(String reference, OfferStage stage, Duration windowLeft, boolean priceCompetition) {
        CarePackage p = api.aPackage(reference, PackageStatus.valueOf(stage.name()), clock.instant());
        api.packages.add(p);
        Offer offer = api.anOffer(p, stage, clock.instant().plus(windowLeft), priceCompetition);
        api.offers.add(offer);
        return offer;
    }

    @Test
    void providerCannotOpenTheBoard() {
        for (String view : List.of("packages", "packages/new", "brokerage-policy")) {
            ui.navigate(view);
            expectView(AccessDeniedView.class);
        }
    }

    @Test
    void theInboxHighlightsOffersLapsingWithinTwoHours() {
        offered("PKG-1", OfferStage.PRIMARY, Duration.ofMinutes(90), false);
        offered("PKG-2", OfferStage.SECONDARY, Duration.ofHours(5), false);
        ui.navigate("offers");

        Grid<Offer> grid = grid("offers-grid");
        assertThat(_size(grid)).isEqualTo(2);
        String soon = textOf((Component) _getCellComponent(grid, 0, "timeLeft"));
        String later = textOf((Component) _getCellComponent(grid, 1, "timeLeft"));
        assertThat(soon).contains("Lapsing soon").contains("in 1 h 30 min");
        assertThat(later).doesNotContain("Lapsing soon").contains("in 5 h");
        assertThat(Screen.rows(grid)).contains("CV6", "2 visits a day of 30 min (Morning, Teatime)", "Coventry City Council");
    }

    @Test
    void theTimeLeftCountsDownAsTimePasses() {
        offered("PKG-1", OfferStage.PRIMARY, Duration.ofHours(3), false);
        ui.navigate("offers");
        assertThat(timeLeftOfTheFirstOffer()).contains("in 3 h").doesNotContain("Lapsing soon");

        clock.advance(Duration.ofMinutes(61));
        click("offers-reload");
        assertThat(timeLeftOfTheFirstOffer()).contains("Lapsing soon", "in 1 h 59 min");

        clock.advance(Duration.ofHours(2));
        click("offers-reload");
        assertThat(timeLeftOfTheFirstOffer()).as("once the window has passed, no time ago is counted")
                .contains("Window closed").doesNotContain("ago", "Lapsing soon");
    }

    @Test
    void anOfferAlreadyWonLostOrClosedShowsNoTimeLeft() {
        List<OfferResponse> over = List.of(OfferResponse.WON, OfferResponse.LOST, OfferResponse.CLOSED);
        for (OfferResponse response : over) {
            Offer offer = offered("PKG-" + response, OfferStage.OPEN, Duration.ofHours(3), false);
            api.offers.set(api.offers.indexOf(offer), answered(offer, response));
        }
        offered("PKG-PENDING", OfferStage.OPEN, Duration.ofHours(3), false);
        ui.navigate("offers");

        Grid<Offer> grid = grid("offers-grid");
        for (int row = 0; row < _size(grid); row++) {
            String timeLeft = textOf((Component) _getCellComponent(grid, row, "timeLeft"));
            if (_get(grid, row).response() == OfferResponse.PENDING) {
                assertThat(timeLeft).contains("in 3 h");
            } else {
                assertThat(timeLeft).as(_get(grid, row).reference()).isEmpty();
            }
        }
        for (Offer offer : List.copyOf(api.offers)) {
            ui.navigate("offers/" + offer.id());
            String facts = textOf(byId(Component.class, "offer-facts"));
            if (offer.response() == OfferResponse.PENDING) {
                assertThat(facts).contains("Time left");
            } else {
                assertThat(facts).as(offer.reference()).doesNotContain("Time left", "in 3 h");
            }
        }
    }

    private static Offer answered(Offer o, OfferResponse response) {
        return new Offer(o.id(), o.packageId(), o.reference(), o.council(), o.zone(), o.lot(), o.funding(), o.weeklyMinutes(),
                o.visitPattern(), o.startDate(), o.needsSummary(), o.postcodeDistrict(), o.stage(), response, o.offeredAt(),
                o.windowEndsAt(), o.priceCompetition(), o.proposedStart(), o.bidRatePence(), o.spareCapacityMinutes(), List.of(), null, null, null);
    }

    private static String timeLeftOfTheFirstOffer() {
        return textOf((Component) _getCellComponent(grid("offers-grid"), 0, "timeLeft"));
    }

    @Test
    void theInboxFiltersByStage() {
        offered("PKG-1", OfferStage.PRIMARY, Duration.ofHours(3), false);
        offered("PKG-2", OfferStage.OPEN, Duration.ofHours(3), false);
        ui.navigate("offers");
        _setValue(byId(Select.class, "offers-stage"), OfferStage.OPEN);
        Grid<Offer> grid = grid("offers-grid");
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_get(grid, 0).reference()).isEqualTo("PKG-2");
    }

    @Test
    void choosingAnOfferOpensIt() {
        Offer offer = offered("PKG-3", OfferStage.PRIMARY, Duration.ofHours(3), false);
        ui.navigate("offers");
        _clickItem(grid("offers-grid"), 0);
        expectView(OfferView.class);
        assertThat(api.lastId).isEqualTo(offer.id());
    }

    @Test
    void offerViewShowsNoPersonIdentity() {
        Offer offer = offered("PKG-4", OfferStage.OPEN, Duration.ofHours(3), true);
        ui.navigate("offers/" + offer.id());

        String screen = allText();
        assertThat(screen).contains("PKG-4", "CV6", "Help with washing and meals");
        assertThat(screen).doesNotContain(
                FakeBrokerageClient.PERSON.givenName(),
                FakeBrokerageClient.PERSON.familyName(),
                FakeBrokerageClient.PERSON.nhsNumber(),
                FakeBrokerageClient.PERSON.addressLine(),
                FakeBrokerageClient.PERSON.postcode());
    }

    /** Accepted outside the OPEN stage, an offer wins the package at once, as the API does. */
    @Test
    void acceptingSendsTheProposedStart() {
        Offer offer = offered("PKG-5", OfferStage.PRIMARY, Duration.ofHours(3), false);
        ui.navigate("offers/" + offer.id());
        assertThat(shown("offer-bid")).isFalse();

        LocalDate aWeekLater = offer.startDate().plusWeeks(1);
        _setValue(byId(DatePicker.class, "offer-accept-start"), aWeekLater);
        click("offer-accept-submit");

        assertThat(api.lastForm).isEqualTo(new AcceptOffer(aWeekLater));
        assertThat(api.lastId).isEqualTo(offer.id());
        assertThat(notificationTexts()).anyMatch(text -> text.contains("You accepted PKG-5 and it is yours: care starts on "
                + Moments.date(UI.getCurrent(), aWeekLater) + "."));
        assertThat(notificationTexts()).noneMatch(text -> text.contains("Response:"));
        assertThat(textOf(byId(Component.class, "offer-facts"))).contains("Won");
        assertThat(shown("offer-answers")).isFalse();
    }

    @Test
    void anOfferShowsItsWeekOfVisitsAndNeedsAndTheAcceptanceSaysWhichNeedsAreMet() {
        CarePackage p = api.aPackage("PKG-20", PackageStatus.PRIMARY, clock.instant());
        api.packages.add(p);
        Offer offer = api.anOffer(p, OfferStage.PRIMARY, clock.instant().plus(Duration.ofHours(3)),
                List.of(new ScheduledVisit(DayOfWeek.TUESDAY, TimeOfDay.LUNCHTIME, 600, false)),
                List.of(MatchingNeed.FEMALE_CARER, MatchingNeed.DRIVER));
        api.offers.add(offer);
        ui.navigate("offers/" + offer.id());

        assertThat(textOf(byId(Component.class, "offer-schedule"))).contains("Tuesday", "Lunchtime", "600 minutes", "One carer");
        assertThat(textOf(byId(Component.class, "offer-facts"))).contains("A female carer, A carer who drives");
        assertThat(shown("offer-accept-needs")).isTrue();
        _setValue(byId(CheckboxGroup.class, "offer-accept-needs"), Set.of(MatchingNeed.DRIVER));
        click("offer-accept-submit");

        assertThat(api.lastForm).isEqualTo(new AcceptOffer(offer.startDate(), Set.of(MatchingNeed.DRIVER)));
        assertThat(textOf(byId(Component.class, "offer-facts"))).contains("Needs you said you can meet", "A carer who drives");
    }

    @Test
    void anOfferWithoutNeedsAsksNothingAboutThemAndShowsNoSchedule() {
        Offer offer = offered("PKG-21", OfferStage.PRIMARY, Duration.ofHours(3), false);
        ui.navigate("offers/" + offer.id());

        assertThat(shown("offer-accept-needs")).isFalse();
        assertThat(shown("offer-schedule")).isFalse();
    }

    @Test
    void declineRequiresAReason() {
        Offer offer = offered("PKG-6", OfferStage.SECONDARY, Duration.ofHours(3), false);
        ui.navigate("offers/" + offer.id());

        click("offer-decline-submit");
        assertThat(api.lastForm).isNull();
        Select<DeclineReason> reason = byId(Select.class, "offer-decline-reason");
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Choose why you decline.");

        _setValue(reason, DeclineReason.GEOGRAPHY);
        click("offer-decline-submit");
        assertThat(api.lastForm).isEqualTo(new DeclineOffer(DeclineReason.GEOGRAPHY, null));
        assertThat(api.offers.get(0).response()).isEqualTo(OfferResponse.DECLINED);
        assertThat(notificationTexts()).anyMatch(text -> text.contains("You declined PKG-6"));
    }

    @Test
    void aDeclineNoteIsSentWithTheReason() {
        Offer offer = offered("PKG-6", OfferStage.PRIMARY, Duration.ofHours(3), false);
        ui.navigate("offers/" + offer.id());
        _setValue(byId(Select.class, "offer-decline-reason"), DeclineReason.OTHER);
        _setValue(byId(TextArea.class, "offer-decline-note"), "Our double-handed team is full until March");
        click("offer-decline-submit");
        assertThat(api.lastForm)
                .isEqualTo(new DeclineOffer(DeclineReason.OTHER, "Our double-handed team is full until March"));
    }

    @Test
    void bidRateFieldAppearsOnlyWhenTheLotAllowsPriceCompetition() {
        Offer fixedPrice = offered("PKG-7", OfferStage.OPEN, Duration.ofHours(3), false);
        ui.navigate("offers/" + fixedPrice.id());
        assertThat(shown("offer-bid")).isTrue();
        assertThat(shown("offer-bid-rate")).isFalse();
        LocalDate twoWeeksLater = fixedPrice.startDate().plusWeeks(2);
        _setValue(byId(DatePicker.class, "offer-bid-start"), twoWeeksLater);
        click("offer-bid-submit");
        assertThat(api.lastForm).isEqualTo(new BidForm(twoWeeksLater, null));

        Offer competitive = offered("PKG-8", OfferStage.OPEN, Duration.ofHours(3), true);
        ui.navigate("offers/" + competitive.id());
        assertThat(shown("offer-bid-rate")).isTrue();
        _setValue(byId(BigDecimalField.class, "offer-bid-rate"), new BigDecimal("18.50"));
        click("offer-bid-submit");
        assertThat(api.lastForm).isEqualTo(new BidForm(competitive.startDate(), 1850));
        assertThat(api.lastId).isEqualTo(competitive.id());
    }

    @Test
    void aCompetitiveBidNeedsARate() {
        Offer competitive = offered("PKG-8", OfferStage.OPEN, Duration.ofHours(3), true);
        ui.navigate("offers/" + competitive.id());
        click("offer-bid-submit");
        assertThat(api.lastForm).isNull();
        assertThat(byId(BigDecimalField.class, "offer-bid-rate").isInvalid()).isTrue();
    }

    @Test
    void handBackSendsDateAndReason() {
        CarePackage p = api.aPackage("PKG-9", PackageStatus.AWARDED, clock.instant().minus(Duration.ofDays(10)));
        api.carePackages.add(p);
        ui.navigate("care-packages");
        assertThat(shown("care-package-details")).isFalse();
        _clickItem(grid("care-packages-grid"), 0);

        assertThat(textOf(byId(Component.class, "care-package-facts")))
                .contains("Winifred Oakenshaw", "9434765919", "12 Jubilee Crescent", "CV6 2FL", "Help with washing and meals");
        click("hand-back-submit");
        assertThat(api.lastForm).isNull();

        LocalDate aMondayAfterTheNotice = clock.monday().plusWeeks(5);
        _setValue(byId(DatePicker.class, "hand-back-effective"), aMondayAfterTheNotice);
        _setValue(byId(TextArea.class, "hand-back-reason"), "We are leaving the zone");
        click("hand-back-submit");
        _fireConfirm(com.github.mvysny.kaributesting.v10.LocatorJ._get(ConfirmDialog.class, spec -> spec.withId("hand-back-dialog")));

        assertThat(api.lastForm).isEqualTo(new HandBackForm(aMondayAfterTheNotice, "We are leaving the zone"));
        assertThat(api.lastId).isEqualTo(p.id());
        assertThat(notificationTexts()).anyMatch(text -> text.contains("PKG-9 handed back"));
    }

    private Notification notification(String text, UUID packageId, boolean read) {
        var n = new Notification(UUID.randomUUID(), clock.instant().minusSeconds(60), "OFFER", text, packageId, read);
        api.notifications.add(n);
        return n;
    }

    @Test
    void unreadNotificationsAreBoldAndCanBeMarkedRead() {
        UUID packageId = UUID.randomUUID();
        Notification fresh = notification("New offer PKG-1 in Coventry North", packageId, false);
        notification("Offer PKG-0 lapsed", null, true);
        ui.navigate("notifications");

        Grid<Notification> grid = grid("notifications-grid");
        assertThat(byId(Span.class, "notifications-unread").getText()).isEqualTo("1 unread");
        String unreadText = textOf((Component) _getCellComponent(grid, 0, "text"));
        assertThat(unreadText).contains("New", "font-weight:bold");
        assertThat(textOf((Component) _getCellComponent(grid, 1, "text"))).doesNotContain("bold");
        var link = (RouterLink) _getCellComponent(grid, 0, "link");
        assertThat(link.getHref()).isEqualTo("offers?package=" + packageId);

        _click((Button) _getCellComponent(grid, 0, "actions"));

        assertThat(api.lastId).isEqualTo(fresh.id());
        assertThat(byId(Span.class, "notifications-unread").getText()).isEqualTo("Nothing unread");
        assertThat(_getCellComponent(grid, 0, "actions")).isNotInstanceOf(Button.class);
    }

    @Test
    void aNotificationLinkShowsThatPackagesOffersOnly() {
        Offer wanted = offered("PKG-1", OfferStage.PRIMARY, Duration.ofHours(3), false);
        offered("PKG-2", OfferStage.PRIMARY, Duration.ofHours(3), false);
        UI.getCurrent().navigate("offers", QueryParameters.of("package", wanted.packageId().toString()));
        Grid<Offer> grid = grid("offers-grid");
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_get(grid, 0).reference()).isEqualTo("PKG-1");
    }
}
