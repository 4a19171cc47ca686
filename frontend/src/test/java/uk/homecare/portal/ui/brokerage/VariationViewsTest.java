package uk.homecare.portal.ui.brokerage;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.homecare.portal.ui.testing.Screen.byId;
import static uk.homecare.portal.ui.testing.Screen.click;
import static uk.homecare.portal.ui.testing.Screen.grid;
import static uk.homecare.portal.ui.testing.Screen.shown;
import static uk.homecare.portal.ui.testing.Screen.textOf;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.PackageForm;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.api.brokerage.PackageTerms;
import uk.homecare.portal.api.brokerage.TimeOfDay;
import uk.homecare.portal.api.brokerage.Variation;
import uk.homecare.portal.api.brokerage.VariationChoice;
import uk.homecare.portal.api.brokerage.VariationDecline;
import uk.homecare.portal.api.brokerage.VariationForm;
import uk.homecare.portal.api.brokerage.VariationStatus;
import uk.homecare.portal.api.brokerage.VisitPattern;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.testing.MovableClock;
import uk.homecare.portal.ui.testing.FakeBrokerageClient;
import uk.homecare.portal.ui.testing.KaribuUi;
import uk.homecare.portal.ui.testing.Screen;
import io.micronaut.http.HttpStatus;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.api.reference.Framework;
import uk.homecare.portal.api.reference.Lot;
import uk.homecare.portal.api.reference.LotKind;
import uk.homecare.portal.api.reference.ServiceCategory;
import uk.homecare.portal.api.reference.Zone;
import java.time.LocalDate;

class VariationViewsTest {

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

    @Test
    void aCommissionerEditsADraftInTheDraftingFormSendingTheVersionLoaded() {
        ui.signInAs("cora");
        Zone zone = ui.reference().zones.get(0);
        LocalDate startedOn = clock.today().minusMonths(8);
        var framework = new Framework(UUID.randomUUID(), "Home Support", startedOn, 60, 24, startedOn.plusMonths(60),
                startedOn.plusMonths(84), 0);
        ui.reference().frameworks.add(framework);
        ui.reference().lots.add(new Lot(FakeBrokerageClient.LOT.id(), framework.id(), "North older people", LotKind.ZONE, zone.id(),
                zone.name(), ServiceCategory.OLDER_PEOPLE, null, null, false, List.of(), 0));
        CarePackage p = api.aPackage("PKG-1", PackageStatus.DRAFT, null);
        CarePackage draft = new CarePackage(p.id(), p.reference(), p.status(), p.council(), new NamedRef(zone.id(), zone.name()),
                FakeBrokerageClient.LOT, p.funding(), p.weeklyMinutes(), p.visitPattern(), clock.today().plusDays(7), p.needsSummary(),
                p.postcodeDistrict(), p.person(), null, null, null, null, null, null, 0, List.of());
        api.packages.add(draft);
        ui.navigate("packages/" + draft.id());
        assertThat(shown("package-view-edit")).isTrue();

        ui.navigate("packages/" + draft.id() + "/edit");
        assertThat(byId(TextArea.class, "package-needs").getValue()).isEqualTo("Help with washing and meals");
        _setValue(byId(BigDecimalField.class, "package-weekly-hours"), new BigDecimal("12"));
        click("package-save");

        assertThat(api.lastIfMatch).isEqualTo("\"0\"");
        assertThat(((PackageForm) api.lastForm).weeklyMinutes()).isEqualTo(720);
        assertThat(api.packages.getFirst().weeklyMinutes()).isEqualTo(720);
    }

    @Test
    void aPublishedPackageOffersNoEditing() {
        ui.signInAs("cora");
        CarePackage published = api.aPackage("PKG-2", PackageStatus.PRIMARY, clock.instant());
        api.packages.add(published);

        ui.navigate("packages/" + published.id());
        assertThat(shown("package-view-edit")).isFalse();
        ui.navigate("packages/" + published.id() + "/edit");
        assertThat(shown("package-not-editable")).isTrue();
        assertThat(shown("package-save")).isFalse();
    }

    @Test
    void aCommissionerProposesAChangeAndMayWithdrawIt() {
        ui.signInAs("cora");
        CarePackage awarded = awarded("PKG-3");
        api.packages.add(awarded);
        ui.navigate("packages/" + awarded.id());
        assertThat(shown("variation-form")).isTrue();
        assertThat(shown("variation-withdraw")).isFalse();

        click("variation-propose");
        assertThat(api.lastForm).as("no date or reason, nothing sent").isNull();

        _setValue(byId(BigDecimalField.class, "variation-weekly-hours"), new BigDecimal("12"));
        _setValue(byId(IntegerField.class, "variation-visits-per-day"), 3);
        _setValue(byId(DatePicker.class, "variation-effective-from"), clock.today().plusDays(3));
        _setValue(byId(TextArea.class, "variation-reason"), "More help with meals");
        click("variation-propose");

        assertThat(api.lastForm).isEqualTo(new VariationForm(720,
                new VisitPattern(3, 30, List.of(TimeOfDay.MORNING, TimeOfDay.TEATIME), false, false), clock.today().plusDays(3),
                "More help with meals"));
        assertThat(shown("variation-form")).as("one pending change at a time").isFalse();
        assertThat(_size(grid("variations-grid"))).isEqualTo(1);
        assertThat(Screen.rows(grid("variations-grid"))).contains("Waiting for the provider");

        click("variation-withdraw");
        assertThat(api.lastForm).isInstanceOf(VariationChoice.class);
        assertThat(api.variations.get(awarded.id()).getFirst().status()).isEqualTo(VariationStatus.WITHDRAWN);
        assertThat(shown("variation-form")).isTrue();
    }

    @Test
    void theApisRefusalOfTheStartDateShowsUnderThatField() {
        ui.signInAs("cora");
        CarePackage awarded = awarded("PKG-6");
        api.packages.add(awarded);
        ui.navigate("packages/" + awarded.id());
        _setValue(byId(DatePicker.class, "variation-effective-from"), clock.today());
        _setValue(byId(TextArea.class, "variation-reason"), "More help with meals");
        api.failNext(HttpStatus.BAD_REQUEST, new Problem("about:blank", "Invalid input", 400, null,
                List.of(new Problem.FieldError("effectiveFrom", "The change cannot start before today."))));

        click("variation-propose");

        DatePicker from = byId(DatePicker.class, "variation-effective-from");
        assertThat(from.isInvalid()).isTrue();
        assertThat(from.getErrorMessage()).isEqualTo("The change cannot start before today.");
        assertThat(byId(TextArea.class, "variation-reason").isInvalid()).isFalse();
    }

    @Test
    void aProviderAcceptsAProposedChange() {
        ui.signInAs("pete");
        CarePackage held = awarded("PKG-4");
        api.carePackages.add(held);
        Variation pending = pendingOn(held);
        ui.navigate("care-packages");
        _clickItem(grid("care-packages-grid"), 0);

        assertThat(textOf(byId(Component.class, "variation-pending-facts"))).contains("More help with meals").contains("12");
        click("variation-accept");

        assertThat(api.lastForm).isEqualTo(new VariationChoice(pending.id()));
        assertThat(api.variations.get(held.id()).getFirst().status()).isEqualTo(VariationStatus.ACCEPTED);
    }

    @Test
    void aProviderDeclinesAProposedChangeOnlyWithAReason() {
        ui.signInAs("pete");
        CarePackage held = awarded("PKG-5");
        api.carePackages.add(held);
        Variation pending = pendingOn(held);
        ui.navigate("care-packages");
        _clickItem(grid("care-packages-grid"), 0);

        click("variation-decline");
        assertThat(api.lastForm).as("no reason, nothing sent").isNull();
        assertThat(byId(TextArea.class, "variation-decline-reason").isInvalid()).isTrue();

        _setValue(byId(TextArea.class, "variation-decline-reason"), "No carers free at lunchtime");
        click("variation-decline");

        assertThat(api.lastForm).isEqualTo(new VariationDecline(pending.id(), "No carers free at lunchtime"));
        assertThat(shown("variation-pending")).isFalse();
    }

    private CarePackage awarded(String reference) {
        CarePackage p = api.aPackage(reference, PackageStatus.AWARDED, clock.instant().minus(Duration.ofDays(3)));
        return new CarePackage(p.id(), p.reference(), p.status(), p.council(), p.zone(), p.lot(), p.funding(), p.weeklyMinutes(),
                p.visitPattern(), p.startDate(), p.needsSummary(), p.postcodeDistrict(), p.person(), null, p.publishedAt(),
                new NamedRef(UUID.randomUUID(), "Caring Hands Ltd"), clock.instant(), p.startDate(), null, 1, List.of());
    }

    private Variation pendingOn(CarePackage p) {
        var v = new Variation(UUID.randomUUID(), p.id(), VariationStatus.PROPOSED, new PackageTerms(p.weeklyMinutes(), p.visitPattern()),
                new PackageTerms(720, p.visitPattern()), clock.today().plusDays(3), "More help with meals", clock.instant(),
                "Cora Commissioner", clock.instant().plus(Duration.ofDays(5)), null, null, null, false);
        api.variations.computeIfAbsent(p.id(), k -> new java.util.ArrayList<>()).add(v);
        return v;
    }
}
