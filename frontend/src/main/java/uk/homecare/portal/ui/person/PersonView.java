package uk.homecare.portal.ui.person;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.person.Person;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.ui.client.ConsentClient;
import uk.homecare.portal.ui.client.EqualityClient;
import uk.homecare.portal.ui.client.PeopleClient;
import uk.homecare.portal.ui.layout.MainLayout;
import uk.homecare.portal.ui.problem.Problems;
import uk.homecare.portal.ui.security.ApiCaller;
import uk.homecare.portal.ui.security.CurrentUser;

/**
 * One person's record, to correct: their names, date of birth, NHS number, where they live and the language
 * they are written to in; who can act for them (their carers' consents); and, for commissioners, the person's equality
 * monitoring answers, recorded with consent. The
 * API's refusals show on the fields they are about; a record someone else changed meanwhile must be
 * reloaded first (the form sends the version it read).
 */
@Prototype
@RolesAllowed({"COMMISSIONER", "ADMIN"})
@Route(value = "people/:id", layout = MainLayout.class)
public class PersonView extends VerticalLayout implements BeforeEnterObserver, AfterNavigationObserver, HasDynamicTitle {

    private final transient PeopleClient client;
    private final transient ApiCaller api;
    private final transient Problems problems;
    private final H2 heading = new H2();
    private final Binder<PersonDraft> binder = new Binder<>(PersonDraft.class);
    private final Anchor hours;
    private final FormLayout fields = new FormLayout();
    private final Button save;
    private final ConsentsSection consents;
    private final EqualitySection equality;
    private final transient List<CarerInviteAction> invites;
    private UUID id;
    private Person current;
    private PersonDraft draft;

    PersonView(PeopleClient client, ConsentClient consentClient, EqualityClient equalityClient, ApiCaller api, Problems problems,
            CurrentUser currentUser, List<CarerInviteAction> invites) {
        this.invites = List.copyOf(invites);
        this.client = client;
        this.api = api;
        this.problems = problems;
        setId("person");
        heading.setId("person-heading");

        var givenName = text("person-given-name", "person.givenName", 100);
        var familyName = text("person-family-name", "person.familyName", 100);
        var dateOfBirth = new DatePicker(getTranslation("person.dateOfBirth"));
        dateOfBirth.setId("person-date-of-birth");
        var nhsNumber = text("person-nhs-number", "person.nhsNumber", 12);
        nhsNumber.setHelperText(getTranslation("person.nhsNumber.help"));
        var addressLine = text("person-address-line", "person.addressLine", 200);
        var postcode = text("person-postcode", "person.postcode", 8);
        var language = new Select<String>();
        language.setId("person-language");
        language.setLabel(getTranslation("person.language"));
        language.setItems("en", "cy");
        language.setItemLabelGenerator(code -> getTranslation("language." + code));
        String required = getTranslation("validation.required");
        binder.forField(givenName).asRequired(required).bind("givenName");
        binder.forField(familyName).asRequired(required).bind("familyName");
        binder.forField(dateOfBirth).asRequired(required).bind("dateOfBirth");
        binder.forField(nhsNumber).bind("nhsNumber");
        binder.forField(addressLine).asRequired(required).bind("addressLine");
        binder.forField(postcode).asRequired(required).bind("postcode");
        binder.forField(language).bind("language");
        fields.add(givenName, familyName, dateOfBirth, nhsNumber, addressLine, postcode, language);

        save = new Button(getTranslation("action.save"), click -> save());
        save.setId("person-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var reload = new Button(getTranslation("action.reload"), click -> load());
        reload.setId("person-reload");
        hours = HoursLink.to(getTranslation("people.hours.link"), null);
        hours.setId("person-hours");
        var back = new RouterLink(getTranslation("people.back"), PeopleView.class);
        back.setId("person-back");
        consents = new ConsentsSection(consentClient, api, problems, currentUser);
        equality = new EqualitySection(equalityClient, api, problems);
        equality.setVisible(currentUser.may(Capability.RECORD_EQUALITY));
        add(heading, fields, new HorizontalLayout(save, reload), new HorizontalLayout(hours, back), consents, equality);
    }

    static RouteParameters parameters(UUID id) {
        return new RouteParameters("id", id.toString());
    }

    private TextField text(String fieldId, String labelKey, int maxLength) {
        var field = new TextField(getTranslation(labelKey));
        field.setId(fieldId);
        field.setMaxLength(maxLength);
        return field;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = event.getRouteParameters().get("id").map(UUID::fromString).orElse(null);
        } catch (IllegalArgumentException notAnId) {
            id = null;
        }
        if (id == null) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        load();
    }

    private void load() {
        UUID personId = id;
        if (personId != null) {
            api.fetch(caller -> client.showPerson(caller, personId)).ifPresent(this::show);
        }
    }

    private void show(Person person) {
        current = person;
        draft = PersonDraft.of(person);
        binder.readBean(draft);
        heading.setText(getTranslation("person.title", PersonWords.name(this, person)));
        HoursLink.point(hours, person.id());
        consents.show(person.id());
        if (equality.isVisible()) {
            equality.show(person.id());
        }
        consents.inviteSlot().removeAll();
        invites.forEach(invite -> consents.addInviteAction(invite.button(person.id(), () -> consents.show(person.id()))));
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    private void save() {
        if (draft == null || !binder.writeBeanIfValid(draft)) {
            return;
        }
        api.submit(caller -> client.correctPerson(caller, id, draft.toForm()), binder).ifPresent(saved -> {
            problems.showInfo(getTranslation("person.saved", PersonWords.name(this, saved)));
            show(saved);
        });
    }

    @Override
    public String getPageTitle() {
        return current == null ? getTranslation("person.title.none") : getTranslation("person.title", PersonWords.name(this, current));
    }
}
