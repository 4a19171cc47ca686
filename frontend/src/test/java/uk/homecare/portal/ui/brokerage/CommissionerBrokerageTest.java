package uk.homecare.portal.ui.brokerage;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireCancel;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.expectView;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.homecare.portal.ui.testing.Screen.allText;
import static uk.homecare.portal.ui.testing.Screen.byId;
import static uk.homecare.portal.ui.testing.Screen.click;
import static uk.homecare.portal.ui.testing.Screen.grid;
import static uk.homecare.portal.ui.testing.Screen.shown;
import static uk.homecare.portal.ui.testing.Screen.textOf;

import uk.homecare.portal.api.brokerage.ScheduledVisit;
import uk.homecare.portal.api.brokerage.MatchingNeed;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.customfield.CustomField;
import java.time.DayOfWeek;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.http.HttpStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.brokerage.AwardForm;
import uk.homecare.portal.api.brokerage.Bid;
import uk.homecare.portal.api.brokerage.BrokeragePolicy;
import uk.homecare.portal.api.brokerage.CancelForm;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.Funding;
import uk.homecare.portal.api.brokerage.HistoryEntry;
import uk.homecare.portal.api.brokerage.OfferResponse;
import uk.homecare.portal.api.brokerage.OpenStageRule;
import uk.homecare.portal.api.brokerage.PackageForm;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.api.brokerage.PersonDetails;
import uk.homecare.portal.api.brokerage.ReviewForm;
import uk.homecare.portal.api.brokerage.TimeOfDay;
import uk.homecare.portal.api.brokerage.VisitPattern;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.api.reference.Framework;
import uk.homecare.portal.api.reference.Lot;
import uk.homecare.portal.api.reference.LotKind;
import uk.homecare.portal.api.reference.LotProvider;
import uk.homecare.portal.api.reference.LotTier;
import uk.homecare.portal.api.reference.ServiceCategory;
import uk.homecare.portal.api.reference.Zone;
import uk.homecare.portal.testing.MovableClock;
import uk.homecare.portal.ui.layout.NotFoundView;
import uk.homecare.portal.ui.testing.FakeBrokerageClient;
import uk.homecare.portal.ui.testing.KaribuUi;
import uk.homecare.portal.ui.testing.Screen;

@Tag("calendar")
class CommissionerBrokerageTest {

    private KaribuUi ui;
    private MovableClock clock;
    private FakeBrokerageClient api;

    @BeforeEach
    void start() {
        ui = new KaribuUi();
        clock = ui.clock();
        api = ui.brokerage();
        ui.signInAs("cora");
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    private CarePackage held(String reference, PackageStatus status, Duration waiting) {
        var p = api.aPackage(reference, status, clock.instant().minus(waiting));
        api.packages.add(p);
        return p;
    }

    private Lot aLotOfTheZone(Zone zone, List<LotProvider> holders) {
        LocalDate startedOn = clock.today().minusMonths(8);
        var framework = new Framework(UUID.randomUUID(), "Home Support", startedOn, 60, 24,
                startedOn.plusMonths(60), startedOn.plusMonths(84), 0);
        ui.reference().frameworks.add(framework);
        var lot = new Lot(FakeBrokerageClient.LOT.id(), framework.id(), "North older people", LotKind.ZONE, zone.id(),
                zone.name(), ServiceCategory.OLDER_PEOPLE, null, null, false, holders, 0);
        ui.reference().lots.add(lot);
        return lot;
    }

    @Test
    void unallocatedPackagesAreListedFirstAndCounted() {
        held("PKG-1", PackageStatus.PRIMARY, Duration.ofHours(30));
        held("PKG-2", PackageStatus.UNALLOCATED, Duration.ofHours(2));
        held("PKG-3", PackageStatus.OPEN, Duration.ofHours(50));
        held("PKG-4", PackageStatus.UNALLOCATED, Duration.ofHours(5));

        ui.navigate("packages");

        Grid<CarePackage> grid = grid("packages-grid");
        assertThat(List.of(0, 1, 2, 3)).extracting(row -> _get(grid, row).reference())
                .containsExactly("PKG-4", "PKG-2", "PKG-3", "PKG-1");
        Span count = byId(Span.class, "unallocated-count");
        assertThat(count.getText()).isEqualTo("2 packages unallocated");
        assertThat(count.getElement().getThemeList()).contains("badge", "error");
        var badge = (Span) _getCellComponent(grid, 0, "status");
        assertThat(badge.getText()).isEqualTo("Unallocated");
        assertThat(badge.getElement().getThemeList()).contains("error", "primary");
    }

    @Test
    void theWindowEndIsShownRelativeToNow() {
        held("PKG-1", PackageStatus.PRIMARY, Duration.ofHours(1));
        clock.advance(Duration.ofMinutes(1));
        ui.navigate("packages");
        // published an hour and a minute ago with a four-hour window
        assertThat(Screen.rows(grid("packages-grid"))).contains("in 2 h 59 min").contains("1 h 1 min");
    }

    @Test
    void theBoardFiltersByStatusAndStillCountsTheUnallocated() {
        held("PKG-1", PackageStatus.PRIMARY, Duration.ofHours(3));
        held("PKG-2", PackageStatus.UNALLOCATED, Duration.ofHours(3));
        ui.navigate("packages");
        _setValue(byId(Select.class, "packages-status"), PackageStatus.PRIMARY);

        assertThat(_size(grid("packages-grid"))).isEqualTo(1);
        assertThat(Screen.<CarePackage>grid("packages-grid").getListDataView().getItem(0).reference()).isEqualTo("PKG-1");
        assertThat(byId(Span.class, "unallocated-count").getText()).isEqualTo("1 package unallocated");
    }

    @Test
    void choosingAPackageOnTheBoardOpensIt() {
        held("PKG-7", PackageStatus.OPEN, Duration.ofHours(3));
        ui.navigate("packages");
        _clickItem(grid("packages-grid"), 0);
        expectView(PackageView.class);
        assertThat(allText()).contains("Package PKG-7");
    }

    @Test
    void anAddressThatNamesNoPackageIsNotFound() {
        ui.navigate("packages/not-a-package");
        expectView(NotFoundView.class);
    }

    @Test
    void theNewPackageButtonOpensTheForm() {
        ui.navigate("packages");
        click("package-new");
        expectView(PackageFormView.class);
    }

    private LocalDate nextMonday() {
        return clock.monday().plusWeeks(1);
    }

    private Zone fillInThePackageForm() {
        Zone zone = ui.reference().zones.get(0);
        Lot lot = aLotOfTheZone(zone, List.of());
        ui.navigate("packages/new");
        _setValue(byId(ComboBox.class, "package-zone"), zone);
        _setValue(byId(ComboBox.class, "package-lot"), lot);
        _setValue(byId(Select.class, "package-funding"), Funding.NHS_CHC);
        _setValue(byId(BigDecimalField.class, "package-weekly-hours"), new BigDecimal("10.5"));
        _setValue(byId(IntegerField.class, "package-visits-per-day"), 3);
        _setValue(byId(IntegerField.class, "package-visit-minutes"), 30);
        _setValue(byId(CheckboxGroup.class, "package-times-of-day"), Set.of(TimeOfDay.TEATIME, TimeOfDay.MORNING));
        _setValue(byId(DatePicker.class, "package-start-date"), nextMonday());
        _setValue(byId(TextArea.class, "package-needs"), "Help with washing and meals");
        _setValue(byId(TextField.class, "person-given-name"), "Winifred");
        _setValue(byId(TextField.class, "person-family-name"), "Oakenshaw");
        _setValue(byId(DatePicker.class, "person-date-of-birth"), LocalDate.of(1938, 5, 17));
        _setValue(byId(TextField.class, "person-nhs-number"), "943 476 5919");
        _setValue(byId(TextField.class, "person-address"), "12 Jubilee Crescent");
        _setValue(byId(TextField.class, "person-postcode"), "CV6 2FL");
        return zone;
    }

    @Test
    void aNewPackageIsSavedAsADraftInMinutesAndThenPublished() {
        Zone zone = fillInThePackageForm();
        assertThat(shown("package-publish")).isFalse();
        click("package-save");

        var form = (PackageForm) api.lastForm;
        assertThat(form).isEqualTo(new PackageForm(zone.id(), FakeBrokerageClient.LOT.id(), Funding.NHS_CHC, 630,
                new VisitPattern(3, 30, List.of(TimeOfDay.MORNING, TimeOfDay.TEATIME), false, false),
                nextMonday(), "Help with washing and meals",
                new PersonDetails("Winifred", "Oakenshaw", LocalDate.of(1938, 5, 17), "9434765919",
                        "12 Jubilee Crescent", "CV6 2FL")));
        assertThat(shown("package-save")).isFalse();

        click("package-publish");
        CarePackage drafted = api.packages.get(0);
        assertThat(api.lastId).isEqualTo(drafted.id());
        assertThat(api.packages.get(0).status()).isEqualTo(PackageStatus.PRIMARY);
        expectView(PackageView.class);
    }

    @Test
    void aWeekOfVisitsAndTheNeedsForMatchingAreSentWithTheDraftAndShownOnThePackage() {
        fillInThePackageForm();
        click("package-schedule-add");
        click("package-schedule-add");
        _setValue(byId(Select.class, "package-schedule-day-1"), DayOfWeek.MONDAY);
        _setValue(byId(Select.class, "package-schedule-time-1"), TimeOfDay.MORNING);
        _setValue(byId(IntegerField.class, "package-schedule-minutes-1"), 330);
        _setValue(byId(Checkbox.class, "package-schedule-two-carers-1"), true);
        _setValue(byId(Select.class, "package-schedule-day-2"), DayOfWeek.THURSDAY);
        _setValue(byId(Select.class, "package-schedule-time-2"), TimeOfDay.TEATIME);
        _setValue(byId(IntegerField.class, "package-schedule-minutes-2"), 300);
        _setValue(byId(CheckboxGroup.class, "package-matching-needs"), Set.of(MatchingNeed.WELSH_SPEAKING_CARER, MatchingNeed.DRIVER));
        assertThat(textOf(byId(Component.class, "package-schedule-total"))).contains("2 visits adding up to 10.5 hours a week");

        click("package-save");
        var form = (PackageForm) api.lastForm;
        assertThat(form.schedule()).containsExactly(new ScheduledVisit(DayOfWeek.MONDAY, TimeOfDay.MORNING, 330, true),
                new ScheduledVisit(DayOfWeek.THURSDAY, TimeOfDay.TEATIME, 300, false));
        assertThat(form.matchingNeeds()).containsExactlyInAnyOrder(MatchingNeed.WELSH_SPEAKING_CARER, MatchingNeed.DRIVER);

        click("package-publish");
        expectView(PackageView.class);
        assertThat(textOf(byId(Component.class, "package-schedule"))).contains("Monday", "Morning", "330 minutes", "Two carers",
                "Thursday", "Teatime", "One carer");
        assertThat(textOf(byId(Component.class, "package-facts"))).contains("A carer who speaks Welsh, A carer who drives");
    }

    @Test
    void aVisitRemovedFromTheScheduleIsNotSentAndNoScheduleIsSentAsNone() {
        fillInThePackageForm();
        click("package-schedule-add");
        _setValue(byId(IntegerField.class, "package-schedule-minutes-1"), 45);
        click("package-schedule-remove-1");
        assertThat(textOf(byId(Component.class, "package-schedule-total"))).contains("No visits added");

        click("package-save");

        assertThat(((PackageForm) api.lastForm).schedule()).isNull();
        assertThat(((PackageForm) api.lastForm).matchingNeeds()).isNull();
    }

    @Test
    void theApisRefusalOfOneVisitShowsOnTheSchedule() {
        fillInThePackageForm();
        click("package-schedule-add");
        api.failNext(HttpStatus.BAD_REQUEST, new Problem("about:blank", "Invalid input", 400, null,
                List.of(new Problem.FieldError("schedule[0].minutes", "Visits must be at least 30 minutes long in this council."))));
        click("package-save");

        var schedule = byId(CustomField.class, "package-schedule");
        assertThat(schedule.isInvalid()).isTrue();
        assertThat(schedule.getErrorMessage()).isEqualTo("Visits must be at least 30 minutes long in this council.");
    }

    @Test
    void anIncompletePackageIsNotSent() {
        ui.navigate("packages/new");
        click("package-save");
        assertThat(api.lastForm).isNull();
        assertThat(byId(ComboBox.class, "package-zone").isInvalid()).isTrue();
    }

    @Test
    void aServerFieldErrorOnVisitMinutesShowsOnThatField() {
        fillInThePackageForm();
        api.failNext(HttpStatus.BAD_REQUEST, new Problem("about:blank", "Invalid input", 400, null,
                List.of(new Problem.FieldError("visitPattern.visitMinutes", "must be at least 30 minutes in Coventry"))));
        click("package-save");

        IntegerField minutes = byId(IntegerField.class, "package-visit-minutes");
        assertThat(minutes.isInvalid()).isTrue();
        assertThat(minutes.getErrorMessage()).isEqualTo("must be at least 30 minutes in Coventry");
        assertThat(byId(IntegerField.class, "package-visits-per-day").isInvalid()).isFalse();
        assertThat(shown("package-publish")).isFalse();
    }

    @Test
    void theNeedsSummarySaysWhatMustNotBeWrittenThereAndTheApisRefusalShowsUnderIt() {
        fillInThePackageForm();
        TextArea needs = byId(TextArea.class, "package-needs");
        assertThat(needs.getHelperText()).contains("before award", "name", "NHS number", "date of birth", "postcode", "address");
        api.failNext(HttpStatus.BAD_REQUEST, new Problem("about:blank", "Invalid input", 400, null,
                List.of(new Problem.FieldError("needsSummary", "The needs summary must not contain the person's name"))));
        click("package-save");

        assertThat(needs.isInvalid()).isTrue();
        assertThat(needs.getErrorMessage()).isEqualTo("The needs summary must not contain the person's name");
        assertThat(shown("package-publish")).isFalse();
    }

    @Test
    void theCommissionersPageShowsTheAgreedStartBesideTheRequestedOne() {
        CarePackage p = api.aPackage("PKG-10", PackageStatus.AWARDED, clock.instant().minus(Duration.ofDays(1)));
        LocalDate agreed = p.startDate().plusDays(5);
        p = new CarePackage(p.id(), p.reference(), p.status(), p.council(), p.zone(), p.lot(), p.funding(),
                p.weeklyMinutes(), p.visitPattern(), p.startDate(), p.needsSummary(), p.postcodeDistrict(), p.person(),
                null, p.publishedAt(), new NamedRef(UUID.randomUUID(), "Caring Hands Ltd"), clock.instant(), agreed, null, 1, List.of());
        api.packages.add(p);

        ui.navigate("packages/" + p.id());

        assertThat(allText()).contains("Agreed start", Moments.date(com.vaadin.flow.component.UI.getCurrent(), agreed));
    }

    @Test
    void aServerFieldErrorOnTheNhsNumberShowsOnThatField() {
        fillInThePackageForm();
        api.failNext(HttpStatus.BAD_REQUEST, new Problem("about:blank", "Invalid input", 400, null,
                List.of(new Problem.FieldError("person.nhsNumber", "is not a valid NHS number"))));
        click("package-save");

        TextField nhs = byId(TextField.class, "person-nhs-number");
        assertThat(nhs.isInvalid()).isTrue();
        assertThat(nhs.getErrorMessage()).isEqualTo("is not a valid NHS number");
    }

    @Test
    void thePackageViewShowsThePersonTheWindowAndTheHistory() {
        CarePackage p = held("PKG-9", PackageStatus.PRIMARY, Duration.ofHours(1));
        api.history.put(p.id(), List.of(
                new HistoryEntry(clock.instant().minusSeconds(3600), "Cora Commissioner", "COMMISSIONER", "PUBLISHED", "to the primary provider"),
                new HistoryEntry(clock.instant().minusSeconds(60), "cascade", "SYSTEM", "SOMETHING_NEW", "")));
        ui.navigate("packages/" + p.id());

        assertThat(textOf(byId(Component.class, "package-person")))
                .contains("Winifred Oakenshaw", "9434765919", "12 Jubilee Crescent");
        assertThat(textOf(byId(Component.class, "package-facts"))).contains("Offered to primary", "in 3 h");
        assertThat(textOf(byId(Component.class, "package-status"))).contains("Offered to primary");
        Grid<HistoryEntry> history = grid("package-history");
        assertThat(_size(history)).isEqualTo(2);
        assertThat(Screen.rows(history)).contains("The council published the package.");
        assertThat(Screen.rows(history)).as("an event the UI does not know yet is shown as named, by the portal")
                .contains("The portal: SOMETHING_NEW.").doesNotContain("SYSTEM");
    }

    private Bid bid(String provider, int ratePence) {
        return new Bid(UUID.randomUUID(), new NamedRef(UUID.randomUUID(), provider), OfferResponse.BID,
                nextMonday().plusWeeks(1), ratePence, clock.instant().minusSeconds(600), null, null);
    }

    @Test
    void awardButtonAwardsTheChosenBid() {
        CarePackage p = held("PKG-5", PackageStatus.REVIEW, Duration.ofHours(30));
        Bid first = bid("Caring Hands Ltd", 2150);
        Bid second = bid("Home Helpers", 2090);
        api.bids.put(p.id(), List.of(first, second));
        ui.navigate("packages/" + p.id());

        Grid<Bid> bids = grid("bids-grid");
        assertThat(_size(bids)).isEqualTo(2);
        var award = (Button) _getCellComponent(bids, 1, "award");
        assertThat(award.getAriaLabel()).contains("Award the package to Home Helpers");
        _click(award);
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("award-dialog")));

        assertThat(api.lastForm).isEqualTo(new AwardForm(second.offerId()));
        assertThat(api.lastId).isEqualTo(p.id());
        assertThat(Screen.notificationTexts()).anyMatch(text -> text.contains("awarded to Home Helpers"));
        assertThat(bids.getColumnByKey("award").isVisible()).isFalse();
    }

    @Test
    void aBidWithAStartLaterThanTheCouncilUsuallyAllowsSaysSoAndAwardingItSaysItAcceptsIt() {
        CarePackage p = held("PKG-9", PackageStatus.REVIEW, Duration.ofHours(30));
        Bid usual = bid("Caring Hands Ltd", 2150);
        Bid late = new Bid(UUID.randomUUID(), new NamedRef(UUID.randomUUID(), "Home Helpers"), OfferResponse.BID,
                nextMonday().plusWeeks(4), 2090, clock.instant().minusSeconds(300), null, 9);
        api.bids.put(p.id(), List.of(usual, late));
        ui.navigate("packages/" + p.id());

        Grid<Bid> bids = grid("bids-grid");
        assertThat(Screen.rows(bids)).contains(Moments.date(com.vaadin.flow.component.UI.getCurrent(), nextMonday().plusWeeks(4)) + ": 9 days later than the council usually allows")
                .containsOnlyOnce("later than the council usually allows");
        _click((Button) _getCellComponent(bids, 1, "award"));
        ConfirmDialog dialog = _get(ConfirmDialog.class, spec -> spec.withId("award-dialog"));
        assertThat(dialog.getElement().getProperty("message", ""))
                .contains("This start is 9 days later than the council usually allows; awarding accepts it.");
        _fireConfirm(dialog);

        assertThat(api.lastForm).isEqualTo(new AwardForm(late.offerId()));
    }

    private static uk.homecare.portal.api.scoring.BidScore score(int rank, double total, int priceScore) {
        var none = new uk.homecare.portal.api.scoring.ProviderFigures(0, 0, 0, 0, 0, 0, 0, 0, 0);
        return new uk.homecare.portal.api.scoring.BidScore(rank, total, rank > 1, List.of(
                new uk.homecare.portal.api.scoring.ScorePart(uk.homecare.portal.api.scoring.ScorePartName.PRICE, 40, priceScore, false, priceScore * 0.4),
                new uk.homecare.portal.api.scoring.ScorePart(uk.homecare.portal.api.scoring.ScorePartName.QUALITY, 40, 50, true, 20.0),
                new uk.homecare.portal.api.scoring.ScorePart(uk.homecare.portal.api.scoring.ScorePartName.PERFORMANCE, 10, 50, true, 5.0),
                new uk.homecare.portal.api.scoring.ScorePart(uk.homecare.portal.api.scoring.ScorePartName.CONTINUITY, 10, 0, false, 0.0)),
                2090, 2090, null, 0, 0, none, uk.homecare.portal.api.scoring.Continuity.NONE);
    }

    @Test
    void bidsShowTheirRankScoreAndPartsAndALowerRankedAwardAsksForTheReasonNextToItsField() {
        CarePackage p = held("PKG-7", PackageStatus.REVIEW, Duration.ofHours(30));
        Bid top = bid("Home Helpers", 2090).scored(score(1, 65.0, 100));
        Bid lower = bid("Caring Hands Ltd", 2150).scored(score(2, 63.9, 97));
        api.bids.put(p.id(), List.of(top, lower));
        ui.navigate("packages/" + p.id());

        Grid<Bid> bids = grid("bids-grid");
        assertThat(Screen.rows(bids)).contains("1 of 2", "65.0 of 100", "Price 100 × 40%", "Quality 50 × 40% (no figures: neutral score)",
                "2 of 2", "63.9 of 100");
        TextArea reason = byId(TextArea.class, "award-reason");
        assertThat(reason.isVisible()).as("a bid outscored by another may be chosen").isTrue();
        api.lastForm = null;
        _click((Button) _getCellComponent(bids, 1, "award"));
        assertThat(reason.isInvalid()).as("the reason is asked for before anything is sent").isTrue();
        assertThat(reason.getErrorMessage()).contains("Caring Hands Ltd", "ranks 2");
        assertThat(api.lastForm).isNull();

        _setValue(reason, "The person already knows their carers");
        _click((Button) _getCellComponent(bids, 1, "award"));
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("award-dialog")));

        assertThat(api.lastForm).isEqualTo(new AwardForm(lower.offerId(), "The person already knows their carers"));
        assertThat(Screen.notificationTexts()).anyMatch(text -> text.contains("awarded to Caring Hands Ltd"));
    }

    @Test
    void theTopBidIsAwardedWithoutAReasonAndARefusalAboutTheReasonIsShownNextToIt() {
        CarePackage p = held("PKG-8", PackageStatus.REVIEW, Duration.ofHours(30));
        Bid top = bid("Home Helpers", 2090).scored(score(1, 65.0, 100));
        Bid lower = bid("Caring Hands Ltd", 2150).scored(score(2, 63.9, 97));
        api.bids.put(p.id(), List.of(top, lower));
        ui.navigate("packages/" + p.id());
        api.failNext(HttpStatus.UNPROCESSABLE_ENTITY, new Problem(uk.homecare.portal.api.problem.ProblemType.INVALID_INPUT.urn(),
                "Unprocessable Entity", 422, "Say why.", List.of(new Problem.FieldError("reason", "Say why you award it."))));

        _click((Button) _getCellComponent(grid("bids-grid"), 0, "award"));
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("award-dialog")));

        assertThat(api.lastForm).isEqualTo(new AwardForm(top.offerId()));
        TextArea reason = byId(TextArea.class, "award-reason");
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Say why you award it.");
    }

    @Test
    void bidsCannotBeAwardedWhileThePackageIsWithThePrimaryProvider() {
        CarePackage p = held("PKG-6", PackageStatus.PRIMARY, Duration.ofHours(1));
        api.bids.put(p.id(), List.of(bid("Caring Hands Ltd", 2150)));
        ui.navigate("packages/" + p.id());
        assertThat(grid("bids-grid").getColumnByKey("award").isVisible()).isFalse();
        assertThat(shown("review-form")).isFalse();
    }

    @Test
    void anAwardedPackageMovesAtReviewToAnotherProviderOfItsLot() {
        var holder = new LotProvider(UUID.randomUUID(), "Caring Hands Ltd", LotTier.PRIMARY);
        var other = new LotProvider(UUID.randomUUID(), "Home Helpers", LotTier.SECONDARY);
        aLotOfTheZone(ui.reference().zones.get(0), List.of(holder, other));
        CarePackage p = api.aPackage("PKG-8", PackageStatus.AWARDED, clock.instant().minus(Duration.ofDays(1)));
        p = new CarePackage(p.id(), p.reference(), p.status(), p.council(), p.zone(), p.lot(), p.funding(),
                p.weeklyMinutes(), p.visitPattern(), p.startDate(), p.needsSummary(), p.postcodeDistrict(), p.person(),
                null, p.publishedAt(), new NamedRef(holder.providerId(), holder.providerName()), clock.instant(), p.startDate(), null, 1, List.of());
        api.packages.add(p);
        ui.navigate("packages/" + p.id());

        ComboBox<LotProvider> provider = byId(ComboBox.class, "review-provider");
        assertThat(provider.getListDataView().getItems()).containsExactly(other);
        click("review-form-submit");
        assertThat(api.lastForm).isNull();

        _setValue(provider, other);
        _setValue(byId(TextArea.class, "review-reason"), "Annual review: the family asked for a change");
        click("review-form-submit");
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("move-dialog")));
        assertThat(api.lastForm).isEqualTo(new ReviewForm(other.providerId(), "Annual review: the family asked for a change"));
    }

    @Test
    void aCommissionerCancelsAnAwardedPackageWithAReasonAfterBeingToldItsProviderWillBeTold() {
        CarePackage p = api.aPackage("PKG-9", PackageStatus.AWARDED, clock.instant().minus(Duration.ofDays(1)));
        p = new CarePackage(p.id(), p.reference(), p.status(), p.council(), p.zone(), p.lot(), p.funding(),
                p.weeklyMinutes(), p.visitPattern(), p.startDate(), p.needsSummary(), p.postcodeDistrict(), p.person(),
                null, p.publishedAt(), new NamedRef(UUID.randomUUID(), "Caring Hands Ltd"), clock.instant(), p.startDate(), null, 1, List.of());
        api.packages.add(p);
        ui.navigate("packages/" + p.id());

        click("cancel-form-submit");
        assertThat(api.lastForm).as("no reason, nothing sent").isNull();

        _setValue(byId(TextArea.class, "cancel-reason"), "The person has moved away");
        click("cancel-form-submit");
        ConfirmDialog asked = _get(ConfirmDialog.class, spec -> spec.withId("cancel-dialog"));
        assertThat(asked.getElement().getProperty("message", "")).contains("PKG-9").contains("Caring Hands Ltd");
        _fireCancel(asked);
        assertThat(api.lastForm).as("going back sends nothing").isNull();

        click("cancel-form-submit");
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("cancel-dialog")));
        assertThat(api.lastForm).isEqualTo(new CancelForm("The person has moved away"));
        assertThat(shown("cancel-form")).as("a cancelled package offers no cancelling").isFalse();
    }

    @Test
    void policyWindowsAreShownInHoursOrMinutesAndSentInMinutes() {
        ui.navigate("brokerage-policy");
        assertThat(byId(IntegerField.class, "policy-primary-window-amount").getValue()).isEqualTo(4);
        assertThat(byId(Select.class, "policy-primary-window-unit").getValue()).isEqualTo(WindowField.Unit.HOURS);
        assertThat(byId(IntegerField.class, "policy-hand-back-days").getValue()).isEqualTo(28);
        assertThat(byId(IntegerField.class, "policy-start-tolerance-days").getValue()).isEqualTo(14);

        _setValue(byId(IntegerField.class, "policy-secondary-window-amount"), 90);
        _setValue(byId(Select.class, "policy-secondary-window-unit"), WindowField.Unit.MINUTES);
        _setValue(byId(Select.class, "policy-open-rule"), OpenStageRule.FIRST_TO_ACCEPT);
        _setValue(byId(IntegerField.class, "policy-start-tolerance-days"), 21);
        click("policy-form-submit");

        assertThat(api.lastForm).isEqualTo(new BrokeragePolicy(240, 90, 1440, OpenStageRule.FIRST_TO_ACCEPT, 28, 21));
    }

    @Test
    void aPolicyFieldErrorFromTheServerShowsOnItsWindow() {
        ui.navigate("brokerage-policy");
        api.failNext(HttpStatus.BAD_REQUEST, new Problem("about:blank", "Invalid input", 400, null,
                List.of(new Problem.FieldError("openWindowMinutes", "must be at most 14 days"))));
        click("policy-form-submit");
        WindowField open = byId(WindowField.class, "policy-open-window");
        assertThat(open.isInvalid()).isTrue();
        assertThat(open.getErrorMessage()).isEqualTo("must be at most 14 days");
    }
}
