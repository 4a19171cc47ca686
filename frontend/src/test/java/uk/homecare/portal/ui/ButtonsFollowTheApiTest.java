package uk.homecare.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.homecare.portal.ui.testing.Screen.byId;
import static uk.homecare.portal.ui.testing.Screen.click;
import static uk.homecare.portal.ui.testing.Screen.grid;
import static uk.homecare.portal.ui.testing.Screen.shown;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.brokerage.Bid;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.OfferResponse;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.api.hoursbank.HoursPlan;
import uk.homecare.portal.api.hoursbank.BookingLimits;
import uk.homecare.portal.api.hoursbank.HoursBalance;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.ui.forms.ActionMark;
import uk.homecare.portal.ui.testing.FakeHoursBankClient;
import uk.homecare.portal.ui.testing.FakeIdentityClient;
import uk.homecare.portal.ui.testing.KaribuUi;

/** Buttons and limits come from what the API lists for the signed-in person, never from their role. */
class ButtonsFollowTheApiTest {

    private KaribuUi ui;

    @BeforeEach
    void start() {
        ui = new KaribuUi();
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    @Test
    void an_admin_whom_the_api_lets_neither_draft_nor_award_is_offered_neither() {
        CarePackage open = packageWithABid();

        ui.signInAs("adam");
        ui.navigate("packages");
        assertThat(shown("package-new")).isFalse();
        ui.navigate("packages/" + open.id());
        assertThat(grid("bids-grid").getColumnByKey("award").isVisible()).isFalse();
        ui.navigate("packages/new");
        assertThat(shown("package-save")).isFalse();
        assertThat(shown("package-new-not-allowed")).isTrue();
    }

    @Test
    void a_commissioner_is_offered_the_award_the_api_lists_and_each_button_names_it() {
        CarePackage open = packageWithABid();

        ui.signInAs("cora");
        ui.navigate("packages");
        assertThat(byId(Button.class, "package-new").getElement().getAttribute(ActionMark.ACTION)).isEqualTo("Capability.DRAFT_PACKAGE");
        ui.navigate("packages/" + open.id());
        assertThat(grid("bids-grid").getColumnByKey("award").isVisible()).isTrue();
    }

    @Test
    void a_draft_is_published_from_its_own_page_while_the_api_lists_publish() {
        CarePackage draft = ui.brokerage().aPackage("PKG-D", PackageStatus.DRAFT, null);
        ui.brokerage().packages.add(draft);

        ui.signInAs("cora");
        ui.navigate("packages/" + draft.id());
        Button publish = byId(Button.class, "package-view-publish");
        assertThat(publish.getElement().getAttribute(ActionMark.ACTION)).isEqualTo("PackageAction.PUBLISH");
        assertThat(publish.getElement().getAttribute(ActionMark.RECORD)).isEqualTo(draft.id().toString());
        click("package-view-publish");

        assertThat(ui.brokerage().packages.get(0).status()).isEqualTo(PackageStatus.PRIMARY);
        assertThat(shown("package-view-publish")).isFalse();
    }

    @Test
    void the_booking_form_keeps_to_the_limits_the_api_gives_for_the_person() {
        LocalDate lastDay = ui.clock().today().plusWeeks(3);
        NamedRef sue = FakeIdentityClient.SUE;
        ui.hoursBank().balances.put(sue.id(), withLimits(new BookingLimits(45, 120, ui.clock().today(), lastDay)));

        ui.signInAs("sue");
        ui.navigate("hours");

        Select<Integer> length = byId(Select.class, "booking-minutes");
        assertThat(length.getListDataView().getItems().toList()).containsExactly(45, 60, 75, 90, 105, 120);
        assertThat(length.getHelperText()).startsWith("At least 45 minutes");
        assertThat(byId(DatePicker.class, "booking-date").getMax()).isEqualTo(lastDay);
        assertThat(byId(Button.class, "booking-form-submit").getElement().getAttribute(ActionMark.ACTION)).isEqualTo("BalanceAction.BOOK");
    }

    @Test
    void council_staff_looking_at_someones_hours_are_offered_no_booking_and_no_change() {
        NamedRef sue = FakeIdentityClient.SUE;
        ui.hoursBank().balances.put(sue.id(), withLimits(ui.hoursBank().limits()));
        ui.hoursBank().bookings.add(FakeHoursBankClient.aBooking(sue, ui.clock().today().plusDays(2), LocalTime.of(10, 0), 60));

        ui.signInAs("cora");
        UI.getCurrent().navigate("hours", QueryParameters.of("person", sue.id().toString()));

        assertThat(shown("hours-remaining")).as("the person's hours are shown").isTrue();
        assertThat(shown("booking")).isFalse();
        assertThat(shown("booking-" + ui.hoursBank().bookings.get(0).id() + "-cancel")).isFalse();
    }

    private CarePackage packageWithABid() {
        CarePackage open = ui.brokerage().aPackage("PKG-O", PackageStatus.OPEN, ui.clock().instant().minusSeconds(3600));
        ui.brokerage().packages.add(open);
        ui.brokerage().bids.put(open.id(), List.of(new Bid(UUID.randomUUID(), new NamedRef(UUID.randomUUID(), "Home Helpers"),
                OfferResponse.BID, ui.clock().today().plusWeeks(1), null, ui.clock().instant().minusSeconds(600), null, null)));
        return open;
    }

    private HoursBalance withLimits(BookingLimits limits) {
        NamedRef sue = FakeIdentityClient.SUE;
        var plan = new HoursPlan(UUID.randomUUID(), sue, FakeHoursBankClient.PROVIDER,
                FakeIdentityClient.COVENTRY, 600, ui.clock().monday(), null);
        return new HoursBalance(sue, plan, 600, 0, null, List.of(), limits, List.of());
    }
}
