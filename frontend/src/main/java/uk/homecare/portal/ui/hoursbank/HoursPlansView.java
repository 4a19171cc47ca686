package uk.homecare.portal.ui.hoursbank;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import uk.homecare.portal.ui.client.SubmissionKey;
import uk.homecare.portal.ui.client.HoursBankClient;
import uk.homecare.portal.api.hoursbank.HoursChangeForm;
import uk.homecare.portal.api.hoursbank.HoursPlan;
import uk.homecare.portal.api.hoursbank.PlanAction;
import uk.homecare.portal.api.hoursbank.PlanEndForm;
import uk.homecare.portal.api.hoursbank.PlanForm;
import uk.homecare.portal.api.person.Person;
import uk.homecare.portal.api.reference.Provider;
import uk.homecare.portal.ui.client.ReferenceClient;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.ui.forms.ActionMark;
import uk.homecare.portal.ui.forms.RecordForm;
import uk.homecare.portal.ui.forms.ToId;
import uk.homecare.portal.ui.layout.MainLayout;
import uk.homecare.portal.ui.person.PeoplePages;
import uk.homecare.portal.ui.person.PersonChooser;
import uk.homecare.portal.ui.problem.Problems;
import uk.homecare.portal.ui.reference.HoursToMinutes;
import uk.homecare.portal.ui.security.ApiCaller;
import uk.homecare.portal.ui.security.CurrentUser;
import uk.homecare.portal.ui.grids.FoldingColumns;

/**
 * The council's flexible-hours plans, each linking to that person's hours, and a form to give a person
 * a plan. The person is found in the whole register by name, NHS number or postcode district. The start
 * must be a Monday: the API refuses any other day on {@code startsOn}, and the form shows it there.
 * A plan's row offers "change hours" and "end" where the API lists those actions; each opens its form below
 * the grid (the weekly hours typed in hours, the refusals on their fields).
 */
@Prototype
@RolesAllowed("COMMISSIONER")
@Route(value = "hours-plans", layout = MainLayout.class)
public class HoursPlansView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    private final transient HoursBankClient client;
    private final transient ReferenceClient reference;
    private final transient ApiCaller api;
    private final transient Problems problems;
    private final Grid<HoursPlan> grid = new Grid<>();
    private final ComboBox<Person> person;
    private final ComboBox<Provider> provider = new ComboBox<>();
    private final RecordForm<PlanForm> form;
    private final RecordForm<HoursChangeForm> changeForm;
    private final RecordForm<PlanEndForm> endForm;
    private List<Provider> providers = List.of();
    private HoursPlan chosen;

    HoursPlansView(HoursBankClient client, ReferenceClient reference, PeoplePages people, ApiCaller api, Problems problems,
            CurrentUser currentUser) {
        this.client = client;
        this.reference = reference;
        this.api = api;
        this.problems = problems;
        setId("hours-plans");

        grid.setId("hours-plans-grid");
        FoldingColumns.of(grid).addColumn(p -> p.person().name()).setHeader(getTranslation("plans.person")).setFlexGrow(1);
        FoldingColumns.of(grid).addColumn(p -> p.provider().name()).setHeader(getTranslation("plans.provider")).setFlexGrow(1);
        FoldingColumns.of(grid).addColumn(p -> Words.length(this, p.weeklyMinutes())).setHeader(getTranslation("plans.weeklyHours"));
        FoldingColumns.of(grid).addColumn(p -> Words.day(this, p.startsOn())).setHeader(getTranslation("plans.startsOn"));
        FoldingColumns.of(grid).addColumn(p -> Words.day(this, p.endsOn())).setHeader(getTranslation("plans.endsOn"));
        FoldingColumns.of(grid).addColumn(this::changes).setHeader(getTranslation("plans.changes")).setFlexGrow(1);
        FoldingColumns.of(grid).addComponentColumn(this::hoursLink).setHeader(getTranslation("plans.hours")).setKey("hours");
        FoldingColumns.of(grid).addComponentColumn(this::actions).setHeader(getTranslation("plans.actions")).setKey("actions");
        grid.getElement().setAttribute("aria-label", getTranslation("plans.title"));

        person = PersonChooser.create(people, getTranslation("plans.person"));
        person.setId("plan-person");
        provider.setId("plan-provider");
        provider.setLabel(getTranslation("plans.provider"));
        provider.setItemLabelGenerator(Provider::name);
        var weeklyHours = new BigDecimalField(getTranslation("plans.weeklyHours"));
        weeklyHours.setId("plan-weekly-hours");
        weeklyHours.setHelperText(getTranslation("plan.weeklyHours.help"));
        var startsOn = new DatePicker(getTranslation("plans.startsOn"));
        startsOn.setId("plan-starts-on");
        startsOn.setHelperText(getTranslation("plan.startsOn.help"));
        var endsOn = new DatePicker(getTranslation("plans.endsOn"));
        endsOn.setId("plan-ends-on");
        endsOn.setHelperText(getTranslation("plan.endsOn.help"));

        form = new RecordForm<>("plan-form", PlanForm.class, "plan.new", "plan.create", this::create);
        form.with(person, provider, weeklyHours, startsOn, endsOn);
        String required = getTranslation("validation.required");
        form.binder().forField(person).asRequired(required)
                .withConverter(new ToId<>(Person::id, () -> Optional.ofNullable(person.getValue()).stream().toList())).bind("personId");
        form.binder().forField(provider).asRequired(required)
                .withConverter(new ToId<>(Provider::id, () -> providers)).bind("providerId");
        form.binder().forField(weeklyHours).asRequired(required)
                .withConverter(new HoursToMinutes(getTranslation("plan.weeklyHours.invalid"))).bind("weeklyMinutes");
        form.binder().forField(startsOn).asRequired(required).bind("startsOn");
        form.binder().forField(endsOn).bind("endsOn");
        form.setVisible(currentUser.may(Capability.CREATE_HOURS_PLAN));
        ActionMark.mark(form.button(), Capability.CREATE_HOURS_PLAN);

        var fromMonday = new DatePicker(getTranslation("plan.change.fromMonday"));
        fromMonday.setId("plan-change-from");
        fromMonday.setHelperText(getTranslation("plan.change.fromMonday.help"));
        var newHours = new BigDecimalField(getTranslation("plans.weeklyHours"));
        newHours.setId("plan-change-hours");
        newHours.setHelperText(getTranslation("plan.weeklyHours.help"));
        changeForm = new RecordForm<>("plan-change-form", HoursChangeForm.class, "plan.change", "plan.change.submit", this::change);
        changeForm.with(fromMonday, newHours);
        changeForm.binder().forField(fromMonday).asRequired(required).bind("fromMonday");
        // the weekly hours' limits are the API's to say: its refusal is shown on the field, in hours (FieldErrors)
        changeForm.binder().forField(newHours).asRequired(required)
                .withConverter(new HoursToMinutes(getTranslation("plan.weeklyHours.invalid"))).bind("weeklyMinutes");
        changeForm.setVisible(false);

        var lastDay = new DatePicker(getTranslation("plan.end.lastDay"));
        lastDay.setId("plan-end-last-day");
        lastDay.setHelperText(getTranslation("plan.end.lastDay.help"));
        endForm = new RecordForm<>("plan-end-form", PlanEndForm.class, "plan.end", "plan.end.submit", this::end);
        endForm.with(lastDay);
        endForm.binder().forField(lastDay).asRequired(required).bind("lastDay");
        endForm.setVisible(false);

        add(new H2(getTranslation("plans.title")), grid, changeForm, endForm, form);
    }

    private String changes(HoursPlan plan) {
        if (plan.stoppedOn() != null) {
            return getTranslation("plans.stopped", Words.day(this, plan.stoppedOn()));
        }
        return String.join("; ", plan.changes().stream()
                .map(change -> getTranslation("plans.change", Words.length(this, change.weeklyMinutes()), Words.day(this, change.fromMonday())))
                .toList());
    }

    private Component actions(HoursPlan plan) {
        var buttons = new HorizontalLayout();
        buttons.setPadding(false);
        if (plan.actions().contains(PlanAction.CHANGE_HOURS)) {
            buttons.add(actionButton(plan, PlanAction.CHANGE_HOURS, "plans.changeHours", () -> open(plan, changeForm, endForm)));
        }
        if (plan.actions().contains(PlanAction.END)) {
            buttons.add(actionButton(plan, PlanAction.END, "plans.end", () -> open(plan, endForm, changeForm)));
        }
        return buttons;
    }

    private Button actionButton(HoursPlan plan, PlanAction action, String key, Runnable onClick) {
        var button = new Button(getTranslation(key), click -> onClick.run());
        button.setId("plan-" + action.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-" + plan.id());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.getElement().setAttribute("aria-label", getTranslation(key + ".named", plan.person().name()));
        return ActionMark.mark(button, action, plan.id());
    }

    private void open(HoursPlan plan, RecordForm<?> shown, RecordForm<?> hidden) {
        chosen = plan;
        hidden.setVisible(false);
        shown.setVisible(true);
        changeForm.setHeading(getTranslation("plan.change.named", plan.person().name()));
        endForm.setHeading(getTranslation("plan.end.named", plan.person().name()));
        ActionMark.mark(changeForm.button(), PlanAction.CHANGE_HOURS, plan.id());
        ActionMark.mark(endForm.button(), PlanAction.END, plan.id());
        changeForm.binder().readRecord(new HoursChangeForm(null, plan.weeklyMinutes()));
        endForm.binder().readRecord(new PlanEndForm(null));
    }

    private void change(HoursChangeForm change) {
        HoursPlan plan = chosen;
        if (plan == null) {
            return;
        }
        api.submit(auth -> client.changePlanHours(auth, plan.id(), change), changeForm.binder()).ifPresent(changed -> {
            problems.showInfo(getTranslation("plan.changed", changed.person().name(), Words.inWords(this, change.weeklyMinutes()),
                    Words.day(this, change.fromMonday())));
            changeForm.setVisible(false);
            chosen = null;
            refresh();
        });
    }

    private void end(PlanEndForm ending) {
        HoursPlan plan = chosen;
        if (plan == null) {
            return;
        }
        api.submit(auth -> client.endHoursPlan(auth, plan.id(), ending), endForm.binder()).ifPresent(ended -> {
            problems.showInfo(getTranslation("plan.ended", ended.person().name(), Words.day(this, ending.lastDay())));
            endForm.setVisible(false);
            chosen = null;
            refresh();
        });
    }

    private RouterLink hoursLink(HoursPlan plan) {
        var link = new RouterLink(getTranslation("plans.hours.link"), MyHoursView.class);
        link.setQueryParameters(QueryParameters.of(MyHoursView.PERSON_PARAMETER, plan.person().id().toString()));
        link.getElement().setAttribute("aria-label", getTranslation("plans.hours.named", plan.person().name()));
        return link;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
        api.fetch(reference::listProviders).ifPresent(all -> {
            providers = all;
            provider.setItems(providers);
        });
    }

    private void refresh() {
        api.fetch(client::listHoursPlans).ifPresent(grid::setItems);
    }

    private final SubmissionKey submission = new SubmissionKey();

    private void create(PlanForm plan) {
        api.submit(auth -> client.createHoursPlan(auth, submission.of(plan), plan), form.binder()).ifPresent(created -> {
            problems.showInfo(getTranslation("plan.created", created.person().name(),
                    Words.inWords(this, created.weeklyMinutes()), Words.day(this, created.startsOn())));
            form.binder().readRecord(new PlanForm(null, null, null, null, null));
            refresh();
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plans.title");
    }
}
