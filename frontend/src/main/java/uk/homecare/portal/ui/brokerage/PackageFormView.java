package uk.homecare.portal.ui.brokerage;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import uk.homecare.portal.ui.client.SubmissionKey;
import uk.homecare.portal.ui.client.BrokerageClient;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.Funding;
import uk.homecare.portal.api.brokerage.MatchingNeed;
import uk.homecare.portal.api.brokerage.PackageAction;
import uk.homecare.portal.api.brokerage.PackageForm;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.api.brokerage.TimeOfDay;
import uk.homecare.portal.api.brokerage.Urgency;
import uk.homecare.portal.api.reference.Lot;
import uk.homecare.portal.api.reference.LotKind;
import uk.homecare.portal.ui.client.ReferenceClient;
import uk.homecare.portal.api.reference.Zone;
import uk.homecare.portal.ui.forms.ActionMark;
import uk.homecare.portal.ui.forms.ToId;
import uk.homecare.portal.ui.layout.MainLayout;
import uk.homecare.portal.ui.problem.ErrorSummary;
import uk.homecare.portal.ui.problem.Problems;
import uk.homecare.portal.ui.reference.HoursToMinutes;
import uk.homecare.portal.ui.security.ApiCaller;
import uk.homecare.portal.ui.security.CurrentUser;

/**
 * A new care package: what care, where, from when, and for whom. It is saved as a draft first; the
 * draft is then published, which starts the offer cascade. At packages/:id/edit the same form edits a draft (while the
 * API lists EDIT on it), sent with the version loaded so that an edit made meanwhile is not overwritten.
 */
@Prototype
@RolesAllowed({"COMMISSIONER", "ADMIN"})
@Route(value = "packages/new", layout = MainLayout.class)
@RouteAlias(value = "packages/:id/edit", layout = MainLayout.class)
public class PackageFormView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    private final transient BrokerageClient client;
    private final transient ReferenceClient reference;
    private final transient ApiCaller api;
    private final transient Problems problems;
    private final Binder<PackageDraft> binder = new Binder<>(PackageDraft.class);
    private final ComboBox<Zone> zone = new ComboBox<>();
    private final ComboBox<Lot> lot = new ComboBox<>();
    private final Button save;
    private final Button publish;
    private List<Zone> zones = List.of();
    private List<Lot> lots = List.of();
    private CarePackage draft;
    private CarePackage editing;
    private final H2 heading = new H2();
    private final Paragraph notEditable = new Paragraph();

    PackageFormView(BrokerageClient client, ReferenceClient reference, ApiCaller api, Problems problems, CurrentUser currentUser) {
        this.client = client;
        this.reference = reference;
        this.api = api;
        this.problems = problems;
        setId("package-form");
        String required = getTranslation("validation.required");

        zone.setId("package-zone");
        zone.setLabel(getTranslation("package.zone"));
        zone.setItemLabelGenerator(z -> getTranslation("lot.zone.option", z.code(), z.name()));
        zone.addValueChangeListener(event -> showLotsOf(event.getValue()));
        lot.setId("package-lot");
        lot.setLabel(getTranslation("package.lot"));
        lot.setItemLabelGenerator(Lot::name);
        lot.setHelperText(getTranslation("package.lot.help"));
        var funding = new Select<Funding>();
        funding.setId("package-funding");
        funding.setLabel(getTranslation("package.funding"));
        funding.setItems(Funding.values());
        funding.setItemLabelGenerator(f -> getTranslation("funding." + f));
        var urgency = new Select<Urgency>();
        urgency.setId("package-urgency");
        urgency.setLabel(getTranslation("package.urgency"));
        urgency.setItems(Urgency.values());
        urgency.setItemLabelGenerator(u -> getTranslation("urgency." + u));
        urgency.setHelperText(getTranslation("package.urgency.help"));
        var weeklyHours = new BigDecimalField(getTranslation("package.weeklyHours"));
        weeklyHours.setId("package-weekly-hours");
        weeklyHours.setHelperText(getTranslation("package.weeklyHours.help"));
        var visitsPerDay = integer("package-visits-per-day", "visits.perDay", 1, 8);
        var visitMinutes = integer("package-visit-minutes", "visits.minutes", 1, 720);
        visitMinutes.setHelperText(getTranslation("visits.minutes.help"));
        var timesOfDay = new CheckboxGroup<TimeOfDay>(getTranslation("visits.timesOfDay"));
        timesOfDay.setId("package-times-of-day");
        timesOfDay.setItems(TimeOfDay.values());
        timesOfDay.setItemLabelGenerator(time -> Labels.timeOfDay(this, time));
        var outOfHours = new Checkbox(getTranslation("visits.outOfHours.label"));
        outOfHours.setId("package-out-of-hours");
        timesOfDay.addValueChangeListener(event -> {
            if (event.isFromClient() && (event.getValue().contains(TimeOfDay.EVENING) || event.getValue().contains(TimeOfDay.NIGHT))) {
                outOfHours.setValue(true);
            }
        });
        var doubleHanded = new Checkbox(getTranslation("visits.doubleHanded.label"));
        doubleHanded.setId("package-double-handed");
        var schedule = new ScheduleEditor("package-schedule");
        var matchingNeeds = new CheckboxGroup<MatchingNeed>(getTranslation("package.matchingNeeds"));
        matchingNeeds.setId("package-matching-needs");
        matchingNeeds.setItems(MatchingNeed.values());
        matchingNeeds.setItemLabelGenerator(need -> Labels.need(this, need));
        matchingNeeds.setHelperText(getTranslation("package.matchingNeeds.help"));
        var startDate = new DatePicker(getTranslation("package.startDate"));
        startDate.setId("package-start-date");
        var needs = new TextArea(getTranslation("package.needsSummary"));
        needs.setId("package-needs");
        needs.setMaxLength(2000);
        needs.setHelperText(getTranslation("package.needsSummary.help"));

        var givenName = text("person-given-name", "person.givenName", 100);
        var familyName = text("person-family-name", "person.familyName", 100);
        var dateOfBirth = new DatePicker(getTranslation("person.dateOfBirth"));
        dateOfBirth.setId("person-date-of-birth");
        var nhsNumber = text("person-nhs-number", "person.nhsNumber", 12);
        nhsNumber.setHelperText(getTranslation("person.nhsNumber.help"));
        var address = text("person-address", "person.addressLine", 200);
        var postcode = text("person-postcode", "person.postcode", 8);

        binder.forField(zone).asRequired(required).withConverter(new ToId<>(Zone::id, () -> zones)).bind("zoneId");
        binder.forField(lot).asRequired(required).withConverter(new ToId<>(Lot::id, () -> lots)).bind("lotId");
        binder.forField(funding).asRequired(required).bind("funding");
        binder.forField(urgency).asRequired(required).bind("urgency");
        binder.forField(weeklyHours)
                .asRequired(required)
                .withConverter(new HoursToMinutes(getTranslation("package.weeklyHours.invalid")))
                .bind("weeklyMinutes");
        binder.forField(visitsPerDay).asRequired(required).bind("visitsPerDay");
        binder.forField(visitMinutes).asRequired(required).bind("visitMinutes");
        binder.forField(timesOfDay).asRequired(getTranslation("visits.timesOfDay.required")).bind("timesOfDay");
        binder.forField(outOfHours).bind("outOfHours");
        binder.forField(doubleHanded).bind("doubleHanded");
        binder.forField(schedule).bind("schedule");
        binder.forField(matchingNeeds).bind("matchingNeeds");
        binder.forField(startDate).asRequired(required).bind("startDate");
        binder.forField(needs).asRequired(required).bind("needsSummary");
        binder.forField(givenName).asRequired(required).bind("givenName");
        binder.forField(familyName).asRequired(required).bind("familyName");
        binder.forField(dateOfBirth).asRequired(required).bind("dateOfBirth");
        binder.forField(nhsNumber).bind("nhsNumber");
        binder.forField(address).asRequired(required).bind("addressLine");
        binder.forField(postcode).asRequired(required).bind("postcode");
        binder.readBean(new PackageDraft());

        var care = new FormLayout(zone, lot, funding, urgency, weeklyHours, visitsPerDay, visitMinutes, timesOfDay, outOfHours,
                doubleHanded, schedule, matchingNeeds, startDate, needs);
        care.setColspan(schedule, 2);
        var person = new FormLayout(givenName, familyName, dateOfBirth, nhsNumber, address, postcode);

        save = new Button(getTranslation("package.saveDraft"), click -> saveDraft());
        save.setId("package-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        boolean mayDraft = currentUser.may(Capability.DRAFT_PACKAGE);
        save.setVisible(mayDraft);
        ActionMark.mark(save, Capability.DRAFT_PACKAGE);
        publish = new Button(getTranslation("package.publish"), click -> publish());
        publish.setId("package-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        publish.setVisible(false);
        var notAllowed = new Paragraph(getTranslation("package.new.notAllowed"));
        notAllowed.setId("package-new-not-allowed");
        notAllowed.setVisible(!mayDraft);
        binder.setReadOnly(!mayDraft);

        heading.setText(getTranslation("package.new"));
        notEditable.setId("package-not-editable");
        notEditable.setText(getTranslation("package.edit.notEditable"));
        notEditable.setVisible(false);
        add(heading, notAllowed, notEditable, new H3(getTranslation("package.care")), care,
                new H3(getTranslation("package.person")), person, new HorizontalLayout(save, publish));
    }

    private IntegerField integer(String id, String labelKey, int min, int max) {
        var field = new IntegerField(getTranslation(labelKey));
        field.setId(id);
        field.setMin(min);
        field.setMax(max);
        field.setStepButtonsVisible(true);
        return field;
    }

    private TextField text(String id, String labelKey, int maxLength) {
        var field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setMaxLength(maxLength);
        return field;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        api.fetch(reference::listZones).ifPresent(all -> {
            zones = all.stream().filter(z -> z.retiredOn() == null).toList();
            zone.setItems(zones);
        });
        CouncilLots.all(api, reference).ifPresent(all -> {
            lots = all;
            showLotsOf(zone.getValue());
        });
        // after the zones and lots: the draft's are chosen from them
        event.getRouteParameters().get("id").flatMap(RecordView::uuid).ifPresent(this::loadForEditing);
    }

    /** The lots that can carry care in a zone: that zone's lots and the citywide ones. */
    private void showLotsOf(Zone chosen) {
        Lot current = lot.getValue();
        List<Lot> fitting = lots.stream()
                .filter(l -> chosen == null || l.kind() == LotKind.CITYWIDE || Objects.equals(l.zoneId(), chosen.id()))
                .toList();
        lot.setItems(fitting);
        if (current != null && fitting.contains(current)) {
            lot.setValue(current);
        }
    }

    private final SubmissionKey submission = new SubmissionKey();

    /** Fills the form with the draft, to edit it while the API lists EDIT; otherwise shows it read-only, saying why. */
    private void loadForEditing(UUID id) {
        api.fetch(auth -> client.showPackage(auth, id)).ifPresent(p -> {
            editing = p;
            heading.setText(getTranslation("package.edit.title", p.reference()));
            binder.readBean(PackageDraft.of(p));
            boolean editable = p.actions().contains(PackageAction.EDIT);
            binder.setReadOnly(!editable);
            save.setText(getTranslation("package.edit.save"));
            save.setVisible(editable);
            ActionMark.mark(save, PackageAction.EDIT, p.id());
            notEditable.setVisible(!editable);
        });
    }

    private void saveEdit(PackageForm form) {
        UUID id = editing.id();
        String version = "\"" + editing.version() + "\"";
        api.submit(auth -> client.editDraftPackage(auth, id, version, form), binder).ifPresent(saved -> {
            problems.showInfo(getTranslation("package.edit.saved", saved.reference()));
            UI.getCurrent().navigate(PackageView.class, RecordView.parameters(saved.id()));
        });
    }

    private void saveDraft() {
        var values = new PackageDraft();
        if (!binder.writeBeanIfValid(values)) {
            ErrorSummary.showInvalid(binder);
            return;
        }
        var form = values.toForm();
        if (editing != null) {
            saveEdit(form);
            return;
        }
        api.submit(auth -> client.draftPackage(auth, submission.of(form), form), binder).ifPresent(saved -> {
            draft = saved;
            binder.setReadOnly(true);
            save.setVisible(false);
            publish.setVisible(saved.actions().contains(PackageAction.PUBLISH));
            ActionMark.mark(publish, PackageAction.PUBLISH, saved.id());
            publish.focus();
            problems.showInfo(getTranslation("package.drafted", saved.reference()));
        });
    }

    private void publish() {
        if (draft == null) {
            return;
        }
        UUID id = draft.id();
        api.fetch(auth -> client.publishPackage(auth, id)).ifPresent(published -> {
            problems.showInfo(getTranslation("package.published", published.reference()));
            UI.getCurrent().navigate(PackageView.class, RecordView.parameters(published.id()));
        });
    }

    @Override
    public String getPageTitle() {
        return editing == null ? getTranslation("package.new") : getTranslation("package.edit.title", editing.reference());
    }
}
