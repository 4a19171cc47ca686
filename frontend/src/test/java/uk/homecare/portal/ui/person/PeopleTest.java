package uk.homecare.portal.ui.person;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.expectView;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.homecare.portal.ui.testing.Screen.assertTranslatedAndLabelled;
import static uk.homecare.portal.ui.testing.Screen.byId;
import static uk.homecare.portal.ui.testing.Screen.click;
import static uk.homecare.portal.ui.testing.Screen.grid;
import static uk.homecare.portal.ui.testing.Screen.notificationTexts;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.http.HttpStatus;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.person.Person;
import uk.homecare.portal.api.person.PersonForm;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.ui.layout.AccessDeniedView;
import uk.homecare.portal.ui.testing.FakeIdentityClient;
import uk.homecare.portal.ui.testing.FakePeopleClient;
import uk.homecare.portal.ui.testing.KaribuUi;

/** The council's staff search the register, page through all of it, open a person's hours and correct their record. */
class PeopleTest {

    private KaribuUi ui;
    private FakePeopleClient api;

    @BeforeEach
    void start() {
        ui = new KaribuUi();
        api = ui.people();
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    private void openPeopleAs(String username) {
        ui.signInAs(username);
        ui.navigate("people");
    }

    private static String found() {
        return byId(Paragraph.class, "people-found").getText();
    }

    @Test
    void theGridReadsTheRegisterPageByPageAndReachesTheLastOfMoreThanAThousandPeople() {
        Person last = api.addMany(1_100).getLast();
        openPeopleAs("cora");
        Grid<Person> people = grid("people-grid");

        assertThat(found()).isEqualTo("1,103 people in the register.");
        assertThat(_size(people)).isEqualTo(1_103);
        assertThat(_get(people, 1_102)).isEqualTo(last);
        assertThat(_getFormattedRow(people, 1_102)).contains("Zz-1100, Given", "CV47 1AB");
        assertThat(api.pagesAsked).contains(new FakePeopleClient.PageAsked(null, 22, PeoplePages.PAGE_SIZE))
                .allSatisfy(page -> assertThat(page.size()).isLessThanOrEqualTo(100));
    }

    @Test
    void aSearchByNameNhsNumberOrPostcodeDistrictNarrowsTheGrid() {
        openPeopleAs("cora");
        TextField search = byId(TextField.class, "people-search");

        _setValue(search, "jones");
        assertThat(found()).isEqualTo("2 people found.");
        assertThat(_getFormattedRow(grid("people-grid"), 0)).contains("Jones, Mary");

        _setValue(search, "943 476 5919");
        assertThat(found()).isEqualTo("1 person found.");
        assertThat(_getFormattedRow(grid("people-grid"), 0)).contains("Smith, Sue", "943 476 5919");

        _setValue(search, "CV5");
        assertThat(_size(grid("people-grid"))).isEqualTo(2);
        assertThat(api.pagesAsked).last().extracting(FakePeopleClient.PageAsked::q).isEqualTo("CV5");

        _setValue(search, "nobody of that name");
        assertThat(found()).isEqualTo("Nobody found.");
    }

    @Test
    void eachRowLinksToThePersonsHoursAndRecord() {
        openPeopleAs("cora");
        Grid<Person> people = grid("people-grid");
        Person sue = api.person(FakeIdentityClient.SUE.id());
        int row = 2; // Jones, Mary; Jones, Tom; Smith, Sue

        assertThat(_get(people, row)).isEqualTo(sue);
        assertThat(((Anchor) _getCellComponent(people, row, "hours")).getHref()).isEqualTo("hours?person=" + sue.id());
        assertThat(((RouterLink) _getCellComponent(people, row, "record")).getHref()).isEqualTo("people/" + sue.id());
    }

    @Test
    void aRecordIsCorrectedWithTheVersionItWasReadAt() {
        Person sue = api.person(FakeIdentityClient.SUE.id());
        ui.signInAs("adam");
        ui.navigate("people/" + sue.id());
        assertThat(byId(H2.class, "person-heading").getText()).isEqualTo("Record of Sue Smith");
        assertThat(byId(TextField.class, "person-nhs-number").getValue()).isEqualTo("943 476 5919");

        _setValue(byId(TextField.class, "person-family-name"), "Smythe");
        click("person-save");

        assertThat(api.lastForm).isEqualTo(new PersonForm("Sue", "Smythe", sue.dateOfBirth(), "9434765919", sue.addressLine(),
                sue.postcode(), 0, "en"));
        assertThat(notificationTexts()).contains("The record of Sue Smythe is saved.");
        assertThat(byId(H2.class, "person-heading").getText()).isEqualTo("Record of Sue Smythe");
        assertThat(api.lastAuthorization).isEqualTo("Bearer token-of-adam");
    }

    @Test
    void theApisRefusalShowsOnTheFieldItIsAbout() {
        Person sue = api.person(FakeIdentityClient.SUE.id());
        ui.signInAs("cora");
        ui.navigate("people/" + sue.id());
        api.failNext(HttpStatus.BAD_REQUEST, new Problem("urn:homecare-portal:problem:invalid-input", "Invalid input", 400, null,
                List.of(new Problem.FieldError("nhsNumber", "Another person in your council has this NHS number."))));

        click("person-save");

        TextField nhsNumber = byId(TextField.class, "person-nhs-number");
        assertThat(nhsNumber.isInvalid()).isTrue();
        assertThat(nhsNumber.getErrorMessage()).isEqualTo("Another person in your council has this NHS number.");
        assertThat(api.person(sue.id()).version()).isZero();
    }

    @Test
    void aRecordSomeoneElseChangedMustBeReloaded() {
        Person sue = api.person(FakeIdentityClient.SUE.id());
        ui.signInAs("cora");
        ui.navigate("people/" + sue.id());
        // someone else corrects Sue meanwhile: the fake, like the API, refuses the older version
        api.people.replaceAll(p -> p.id().equals(sue.id()) ? new Person(p.id(), p.givenName(), p.familyName(), p.dateOfBirth(),
                p.nhsNumber(), "2 Elsewhere Road", p.postcode(), p.version() + 1) : p);

        click("person-save");

        assertThat(notificationTexts()).anyMatch(text -> text.contains("reload") || text.contains("Reload"));
    }

    @Test
    void onlyTheCouncilsStaffOpenTheRegister() {
        openPeopleAs("adam");
        expectView(PeopleView.class);
        for (String username : List.of("pete", "sue", "carl")) {
            openPeopleAs(username);
            expectView(AccessDeniedView.class);
        }
    }

    @Test
    void theRegisterAndARecordAreFullyTranslatedAndLabelled() {
        openPeopleAs("cora");
        assertTranslatedAndLabelled();
        ui.navigate("people/" + FakeIdentityClient.MARY.id());
        assertTranslatedAndLabelled();
    }
}
