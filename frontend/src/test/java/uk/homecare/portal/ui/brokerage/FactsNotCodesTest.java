package uk.homecare.portal.ui.brokerage;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireCancel;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.homecare.portal.ui.testing.Screen.byId;
import static uk.homecare.portal.ui.testing.Screen.click;
import static uk.homecare.portal.ui.testing.Screen.grid;
import static uk.homecare.portal.ui.testing.Screen.notificationTexts;
import static uk.homecare.portal.ui.testing.Screen.textOf;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.brokerage.Bid;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.HistoryEntry;
import uk.homecare.portal.api.brokerage.Offer;
import uk.homecare.portal.api.brokerage.OfferResponse;
import uk.homecare.portal.api.brokerage.OfferStage;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.api.reference.Framework;
import uk.homecare.portal.api.reference.Lot;
import uk.homecare.portal.api.reference.LotKind;
import uk.homecare.portal.api.reference.LotProvider;
import uk.homecare.portal.api.reference.LotTier;
import uk.homecare.portal.api.reference.ServiceCategory;
import uk.homecare.portal.api.reference.Zone;
import uk.homecare.portal.testing.MovableClock;
import uk.homecare.portal.ui.testing.FakeBrokerageClient;
import uk.homecare.portal.ui.testing.KaribuUi;
import uk.homecare.portal.ui.testing.Screen;

/** Issue #14, point 4: packages and offers say facts in words, not codes, and ask before what cannot be taken back. */
class FactsNotCodesTest {

    private KaribuUi ui;
    private MovableClock clock;
    private FakeBrokerageClient api;

    @BeforeEach
    void start() {
        ui = new KaribuUi();
        clock = ui.clock();
        api = ui.brokerage();
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    private static String day(LocalDate date) {
        return Moments.date(UI.getCurrent(), date);
    }

    private CarePackage awarded(String reference, String provider, Instant awardedAt, LocalDate agreedStart) {
        CarePackage p = api.aPackage(reference, PackageStatus.AWARDED, clock.instant().minus(Duration.ofDays(3)));
        p = new CarePackage(p.id(), p.reference(), p.status(), p.council(), p.zone(), p.lot(), p.funding(),
                p.weeklyMinutes(), p.visitPattern(), p.startDate(), p.needsSummary(), p.postcodeDistrict(), p.person(),
                p.stageEndsAt(), p.publishedAt(), new NamedRef(UUID.randomUUID(), provider), awardedAt, agreedStart, null, 2, List.of());
        api.packages.add(p);
        return p;
    }

    @Test
    void theHistorySaysEachEventAsASentenceNamingWhoActedInWords() {
        ui.signInAs("cora");
        CarePackage p = api.aPackage("PKG-1", PackageStatus.OPEN, clock.instant().minus(Duration.ofHours(5)));
        api.packages.add(p);
        LocalDate agreed = clock.monday().plusWeeks(2);
        Instant windowEnds = clock.instant().minus(Duration.ofHours(1));
        api.history.put(p.id(), List.of(
                new HistoryEntry(clock.instant().minus(Duration.ofHours(5)), "cora", "COMMISSIONER", "DRAFTED",
                        "funding: COUNCIL; weeklyMinutes: 600", Map.of("funding", "COUNCIL", "weeklyMinutes", "600")),
                new HistoryEntry(clock.instant().minus(Duration.ofHours(4)), "cascade", "SYSTEM", "ENTERED_PRIMARY",
                        "", Map.of("windowEndsAt", windowEnds.toString(), "offeredTo", "Caring Hands Ltd")),
                new HistoryEntry(clock.instant().minus(Duration.ofHours(3)), "pete", "PROVIDER", "DECLINED",
                        "provider: Caring Hands Ltd; reason: NO_CAPACITY", Map.of("provider", "Caring Hands Ltd", "reason", "NO_CAPACITY")),
                new HistoryEntry(clock.instant().minus(Duration.ofHours(1)), "cora", "COMMISSIONER", "AWARDED",
                        "", Map.of("provider", "Home Helpers", "agreedStart", agreed.toString(), "how", "chosen at review"))));

        ui.navigate("packages/" + p.id());

        Grid<HistoryEntry> history = grid("package-history");
        String rows = Screen.rows(history);
        assertThat(rows).contains(
                "The council drafted the package. 10 hours a week.",
                "The portal offered the package to its primary provider. It went to Caring Hands Ltd. Answers were due by "
                        + Moments.dateTime(UI.getCurrent(), windowEnds) + ".",
                "Caring Hands Ltd declined the package. Reason: No capacity.",
                "The council awarded the package to Home Helpers. Care starts on " + day(agreed) + ".");
        assertThat(rows).doesNotContain("SYSTEM", "NO_CAPACITY", "COUNCIL", "COMMISSIONER", agreed.toString(), "cascade", "funding:");
    }

    @Test
    void theHistorySaysABidsStartWasLaterThanUsualAndThatItsAwardAcceptedIt() {
        ui.signInAs("cora");
        CarePackage p = api.aPackage("PKG-12", PackageStatus.AWARDED, clock.instant().minus(Duration.ofHours(5)));
        api.packages.add(p);
        LocalDate late = clock.monday().plusWeeks(6);
        api.history.put(p.id(), List.of(
                new HistoryEntry(clock.instant().minus(Duration.ofHours(3)), "pete", "PROVIDER", "BID", "",
                        Map.of("provider", "Home Helpers", "proposedStart", late.toString(), "lateStartDays", "9")),
                new HistoryEntry(clock.instant().minus(Duration.ofHours(1)), "cora", "COMMISSIONER", "AWARDED", "",
                        Map.of("provider", "Home Helpers", "agreedStart", late.toString(), "lateStartDays", "9", "lateStartAccepted", "true"))));

        ui.navigate("packages/" + p.id());

        assertThat(Screen.rows(grid("package-history"))).contains(
                "Home Helpers sent a bid. Proposed start: " + day(late) + ". The start is 9 days later than the council usually allows.",
                "The council awarded the package to Home Helpers. Care starts on " + day(late)
                        + ". The award accepts a start 9 days later than the council usually allows.");
    }

    @Test
    void aFactWithNoValueIsLeftOutRatherThanShownAsABareLabel() {
        ui.signInAs("cora");
        CarePackage p = api.aPackage("PKG-2", PackageStatus.PRIMARY, clock.instant().minus(Duration.ofHours(1)));
        api.packages.add(p);

        ui.navigate("packages/" + p.id());

        String facts = textOf(byId(Component.class, "package-facts"));
        assertThat(facts).doesNotContain("Handed back from", "Awarded to", "Agreed start");
        assertThat(facts).contains("Window ends", "Waiting");
    }

    @Test
    void anAwardedPackageSaysWhenAndToWhomItWasAwardedAndCountsNoLonger() {
        ui.signInAs("cora");
        Instant awardedAt = clock.instant().minus(Duration.ofDays(1));
        CarePackage p = awarded("PKG-3", "Home Helpers", awardedAt, clock.monday().plusWeeks(2));

        ui.navigate("packages/" + p.id());

        String facts = textOf(byId(Component.class, "package-facts"));
        assertThat(facts).contains("Awarded on " + day(awardedAt.atZone(uk.homecare.portal.api.UkTime.ZONE).toLocalDate()) + " to Home Helpers");
        assertThat(facts).doesNotContain("Waiting", "Window ends", " ago", "No window");
    }

    @Test
    void theBoardCountsNoWaitingAndNoWindowForAnAwardedPackage() {
        ui.signInAs("cora");
        CarePackage awarded = awarded("PKG-3", "Home Helpers", clock.instant().minus(Duration.ofDays(1)), clock.monday().plusWeeks(2));
        CarePackage waiting = api.aPackage("PKG-4", PackageStatus.PRIMARY, clock.instant().minus(Duration.ofHours(2)));
        api.packages.add(waiting);

        ui.navigate("packages");

        Grid<CarePackage> board = grid("packages-grid");
        for (int row = 0; row < 2; row++) {
            CarePackage shown = com.github.mvysny.kaributesting.v10.GridKt._get(board, row);
            String waited = com.github.mvysny.kaributesting.v10.GridKt._getFormatted(board, row, "waiting");
            String window = com.github.mvysny.kaributesting.v10.GridKt._getFormatted(board, row, "windowEnds");
            if (shown.id().equals(awarded.id())) {
                assertThat(waited).as("no longer waiting").isEmpty();
                assertThat(window).isEmpty();
            } else {
                assertThat(waited).isEqualTo("2 h");
                assertThat(window).startsWith("in ");
            }
        }
    }

    private CarePackage withTwoBids() {
        CarePackage p = api.aPackage("PKG-5", PackageStatus.REVIEW, clock.instant().minus(Duration.ofHours(30)));
        api.packages.add(p);
        LocalDate start = clock.monday().plusWeeks(2);
        api.bids.put(p.id(), List.of(
                new Bid(UUID.randomUUID(), new NamedRef(UUID.randomUUID(), "Caring Hands Ltd"), OfferResponse.BID, start, 2150,
                        clock.instant().minusSeconds(900), null, null),
                new Bid(UUID.randomUUID(), new NamedRef(UUID.randomUUID(), "Acme Care"), OfferResponse.BID, start, 2250,
                        clock.instant().minusSeconds(600), null, null)));
        return p;
    }

    @Test
    void awardingAsksFirstSayingWhatWillHappenAndGoingBackChangesNothing() {
        ui.signInAs("cora");
        CarePackage p = withTwoBids();
        ui.navigate("packages/" + p.id());
        Grid<Bid> bids = grid("bids-grid");
        var award = (Button) _getCellComponent(bids, 1, "award");

        _click(award);

        ConfirmDialog dialog = _get(ConfirmDialog.class, spec -> spec.withId("award-dialog"));
        assertThat(dialog.isOpened()).isTrue();
        String asked = dialog.getElement().getProperty("message", "");
        assertThat(asked).isEqualTo("Award PKG-5 to Acme Care at £22.50 an hour, starting on " + day(clock.monday().plusWeeks(2))
                + "? The other provider will be told the offer has closed.");
        assertThat(dialog.getElement().getProperty("confirmText", "")).isEqualTo("Yes, award to Acme Care");
        assertThat(dialog.getElement().getProperty("cancelText", "")).isEqualTo("No, go back");

        _fireCancel(dialog);
        assertThat(api.lastForm).as("going back sends nothing").isNull();
        assertThat(api.packages.stream().filter(x -> x.id().equals(p.id())).findFirst().orElseThrow().status())
                .isEqualTo(PackageStatus.REVIEW);
        assertThat(bids.getColumnByKey("award").isVisible()).isTrue();

        _click((Button) _getCellComponent(bids, 1, "award"));
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("award-dialog")));
        assertThat(api.lastForm).isEqualTo(new uk.homecare.portal.api.brokerage.AwardForm(api.bids.get(p.id()).get(1).offerId()));
        assertThat(notificationTexts()).anyMatch(text -> text.startsWith("Package PKG-5 awarded to Acme Care."));
    }

    @Test
    void movingAtReviewAsksFirstNamingWhoLosesAndWhoTakesThePackage() {
        ui.signInAs("cora");
        var holder = new LotProvider(UUID.randomUUID(), "Caring Hands Ltd", LotTier.PRIMARY);
        var other = new LotProvider(UUID.randomUUID(), "Home Helpers", LotTier.SECONDARY);
        Zone zone = ui.reference().zones.get(0);
        LocalDate startedOn = clock.today().minusMonths(8);
        var framework = new Framework(UUID.randomUUID(), "Home Support", startedOn, 60, 24,
                startedOn.plusMonths(60), startedOn.plusMonths(84), 0);
        ui.reference().frameworks.add(framework);
        ui.reference().lots.add(new Lot(FakeBrokerageClient.LOT.id(), framework.id(), "North older people", LotKind.ZONE, zone.id(),
                zone.name(), ServiceCategory.OLDER_PEOPLE, null, null, false, List.of(holder, other), 0));
        CarePackage p = api.aPackage("PKG-8", PackageStatus.AWARDED, clock.instant().minus(Duration.ofDays(1)));
        p = new CarePackage(p.id(), p.reference(), p.status(), p.council(), p.zone(), p.lot(), p.funding(),
                p.weeklyMinutes(), p.visitPattern(), p.startDate(), p.needsSummary(), p.postcodeDistrict(), p.person(),
                null, p.publishedAt(), new NamedRef(holder.providerId(), holder.providerName()), clock.instant(), p.startDate(), null, 1, List.of());
        api.packages.add(p);
        ui.navigate("packages/" + p.id());
        _setValue(byId(ComboBox.class, "review-provider"), other);
        _setValue(byId(TextArea.class, "review-reason"), "Annual review");

        click("review-form-submit");
        ConfirmDialog dialog = _get(ConfirmDialog.class, spec -> spec.withId("move-dialog"));
        assertThat(dialog.getElement().getProperty("message", ""))
                .isEqualTo("PKG-8 will be taken from Caring Hands Ltd and awarded to Home Helpers. Caring Hands Ltd will no longer deliver this care.");
        _fireCancel(dialog);
        assertThat(api.lastForm).as("going back sends nothing").isNull();
        assertThat(byId(TextArea.class, "review-reason").getValue()).as("and keeps what was typed").isEqualTo("Annual review");

        click("review-form-submit");
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("move-dialog")));
        assertThat(api.lastForm).isNotNull();
    }

    @Test
    void theProvidersListsWriteDatesInFullAsTheRestOfThePortalDoes() {
        ui.signInAs("pete");
        Offer offer = offered("PKG-10", OfferStage.OPEN);
        CarePackage held = api.aPackage("PKG-11", PackageStatus.AWARDED, clock.instant().minus(Duration.ofDays(10)));
        api.carePackages.add(held);

        ui.navigate("offers");
        assertThat(Screen.rows(grid("offers-grid"))).contains(day(offer.startDate()))
                .doesNotContain(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.UK).format(offer.startDate()));
        ui.navigate("care-packages");
        assertThat(Screen.rows(grid("care-packages-grid"))).contains(day(held.startDate()));
    }

    @Test
    void handingBackAsksFirstSayingTheLastDayOfCare() {
        ui.signInAs("pete");
        CarePackage p = api.aPackage("PKG-9", PackageStatus.AWARDED, clock.instant().minus(Duration.ofDays(10)));
        api.carePackages.add(p);
        ui.navigate("care-packages");
        com.github.mvysny.kaributesting.v10.GridKt._clickItem(grid("care-packages-grid"), 0);
        LocalDate effective = clock.monday().plusWeeks(5);
        _setValue(byId(DatePicker.class, "hand-back-effective"), effective);
        _setValue(byId(TextArea.class, "hand-back-reason"), "We are leaving the zone");

        click("hand-back-submit");
        ConfirmDialog dialog = _get(ConfirmDialog.class, spec -> spec.withId("hand-back-dialog"));
        assertThat(dialog.getElement().getProperty("message", "")).startsWith("PKG-9 will be handed back from " + day(effective)
                + ": your last day of care is " + day(effective.minusDays(1)) + ".");
        _fireCancel(dialog);
        assertThat(api.lastForm).as("going back sends nothing").isNull();
    }

    private Offer offered(String reference, OfferStage stage) {
        CarePackage p = api.aPackage(reference, PackageStatus.valueOf(stage.name()), clock.instant());
        api.packages.add(p);
        Offer offer = api.anOffer(p, stage, clock.instant().plus(Duration.ofHours(23)), false);
        api.offers.add(offer);
        return offer;
    }

    @Test
    void anOfferAlreadyWonShowsWhatBecameOfItAndNoCountdown() {
        ui.signInAs("pete");
        Offer offer = offered("PKG-4", OfferStage.PRIMARY);
        ui.navigate("offers/" + offer.id());
        LocalDate start = offer.startDate().plusDays(3);
        _setValue(byId(DatePicker.class, "offer-accept-start"), start);

        click("offer-accept-submit");

        String facts = textOf(byId(Component.class, "offer-facts"));
        assertThat(facts).contains("The package was awarded to you: care starts on " + day(start) + ".");
        assertThat(facts).doesNotContain("Time left", "in 23 h", "Start no later than");
    }

    @Test
    void theOfferSaysTheLatestStartTheApiAllowsBesideEachStartField() {
        ui.signInAs("pete");
        Offer offer = offered("PKG-6", OfferStage.OPEN);
        ui.navigate("offers/" + offer.id());
        LocalDate latest = offer.startDate().plusDays(14);

        assertThat(textOf(byId(Component.class, "offer-facts"))).contains("Start no later than", day(latest), "Time left", "in 23 h");
        DatePicker accept = byId(DatePicker.class, "offer-accept-start");
        assertThat(accept.getHelperText()).isEqualTo("Start no later than " + day(latest) + ".");
        assertThat(accept.getMax()).isEqualTo(latest);
        assertThat(accept.getI18n().getMaxErrorMessage()).isEqualTo("Choose " + day(latest) + " or earlier.");
        // a bid may propose a later start, up to the API's limit, for the commissioner to accept or not
        LocalDate latestBid = offer.startDate().plusDays(90);
        String bidWords = "Start no later than " + day(latest) + ", or propose a later start up to " + day(latestBid)
                + ": the commissioner decides whether to accept it.";
        DatePicker bid = byId(DatePicker.class, "offer-bid-start");
        assertThat(bid.getHelperText()).isEqualTo(bidWords);
        assertThat(bid.getMax()).isEqualTo(latestBid);
        assertThat(bid.getI18n().getMaxErrorMessage()).isEqualTo("Choose " + day(latestBid) + " or earlier.");
    }

    @Test
    void aSuccessMessageStaysUntilDismissedOrReplacedAndIsAnnouncedPolitely() {
        ui.signInAs("pete");
        Offer first = offered("PKG-7", OfferStage.OPEN);
        Offer second = offered("PKG-8", OfferStage.OPEN);
        ui.navigate("offers/" + first.id());
        click("offer-bid-submit");

        var shown = _find(com.vaadin.flow.component.notification.Notification.class);
        assertThat(shown).hasSize(1);
        assertThat(shown.get(0).getDuration()).as("stays until dismissed").isZero();
        assertThat(shown.get(0).isAssertive()).as("announced politely").isFalse();
        assertThat(notificationTexts()).containsExactly("Your bid on PKG-7 is sent, starting on " + day(first.startDate())
                + ". The council will choose between the bids when the open stage ends.");

        ui.navigate("offers/" + second.id());
        click("offer-bid-submit");
        assertThat(notificationTexts()).as("replaced, not piled up").singleElement().asString().startsWith("Your bid on PKG-8 is sent");

        click("success-message-dismiss");
        assertThat(_find(com.vaadin.flow.component.notification.Notification.class)).noneMatch(n -> n.isOpened());
    }
}
