package uk.homecare.portal.ui.brokerage;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.PackageAction;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.api.brokerage.PackageTerms;
import uk.homecare.portal.api.brokerage.TimeOfDay;
import uk.homecare.portal.api.brokerage.Variation;
import uk.homecare.portal.api.brokerage.VariationChoice;
import uk.homecare.portal.api.brokerage.VariationStatus;
import uk.homecare.portal.ui.client.BrokerageClient;
import uk.homecare.portal.ui.forms.ActionMark;
import uk.homecare.portal.ui.grids.FoldingColumns;
import uk.homecare.portal.ui.problem.ErrorSummary;
import uk.homecare.portal.ui.problem.Problems;
import uk.homecare.portal.ui.reference.Formats;
import uk.homecare.portal.ui.reference.HoursToMinutes;
import uk.homecare.portal.ui.security.ApiCaller;

/**
 * The changes to an awarded package's care, for its council: every variation proposed (terms before and after, from
 * when, how it ended), a withdrawal of the pending one, and a form to propose a change, each while the API lists it.
 */
final class VariationsPanel extends VerticalLayout {

    private Button submit;
    private final transient BrokerageClient client;
    private final transient ApiCaller api;
    private final transient Problems problems;
    private final transient Consumer<CarePackage> changed;
    private final Grid<Variation> list = new Grid<>();
    private final Paragraph none = new Paragraph();
    private final Button withdraw;
    private final VerticalLayout propose = new VerticalLayout();
    private final Binder<VariationDraft> binder = new Binder<>(VariationDraft.class);
    private CarePackage carePackage;
    private List<Variation> variations = List.of();

    VariationsPanel(BrokerageClient client, ApiCaller api, Problems problems, Consumer<CarePackage> changed) {
        this.client = client;
        this.api = api;
        this.problems = problems;
        this.changed = changed;
        setId("package-variations");
        setPadding(false);

        list.setId("variations-grid");
        FoldingColumns.of(list).addColumn(v -> Moments.date(this, v.effectiveFrom())).setHeader(getTranslation("variation.from")).setAutoWidth(true);
        FoldingColumns.of(list).addColumn(v -> getTranslation("variation.change.value", terms(v.oldTerms()), terms(v.newTerms())))
                .setHeader(getTranslation("variation.change")).setFlexGrow(1);
        FoldingColumns.of(list).addColumn(v -> getTranslation("variation.status." + v.status())).setHeader(getTranslation("variation.status"))
                .setKey("status").setAutoWidth(true);
        FoldingColumns.of(list).addColumn(this::outcome).setHeader(getTranslation("variation.outcome")).setFlexGrow(1);
        list.setAllRowsVisible(true);
        list.getElement().setAttribute("aria-label", getTranslation("variation.title"));
        none.setId("variations-none");
        none.setText(getTranslation("variation.none"));

        withdraw = new Button(getTranslation("variation.withdraw"), click -> withdraw());
        withdraw.setId("variation-withdraw");
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        withdraw.setVisible(false);

        buildProposal();
        add(new H3(getTranslation("variation.title")), none, list, withdraw, propose);
        setVisible(false);
    }

    private void buildProposal() {
        String required = getTranslation("validation.required");
        var weeklyHours = new BigDecimalField(getTranslation("package.weeklyHours"));
        weeklyHours.setId("variation-weekly-hours");
        weeklyHours.setHelperText(getTranslation("package.weeklyHours.help"));
        var visitsPerDay = integer("variation-visits-per-day", "visits.perDay", 1, 8);
        var visitMinutes = integer("variation-visit-minutes", "visits.minutes", 1, 720);
        var timesOfDay = new CheckboxGroup<TimeOfDay>(getTranslation("visits.timesOfDay"));
        timesOfDay.setId("variation-times-of-day");
        timesOfDay.setItems(TimeOfDay.values());
        timesOfDay.setItemLabelGenerator(time -> Labels.timeOfDay(this, time));
        var outOfHours = new Checkbox(getTranslation("visits.outOfHours.label"));
        outOfHours.setId("variation-out-of-hours");
        var doubleHanded = new Checkbox(getTranslation("visits.doubleHanded.label"));
        doubleHanded.setId("variation-double-handed");
        var from = new DatePicker(getTranslation("variation.effectiveFrom"));
        from.setId("variation-effective-from");
        from.setHelperText(getTranslation("variation.effectiveFrom.help"));
        var reason = new TextArea(getTranslation("variation.reason"));
        reason.setId("variation-reason");
        reason.setMaxLength(500);
        reason.setHelperText(getTranslation("variation.reason.help"));
        binder.forField(weeklyHours).asRequired(required)
                .withConverter(new HoursToMinutes(getTranslation("package.weeklyHours.invalid"))).bind("weeklyMinutes");
        binder.forField(visitsPerDay).asRequired(required).bind("visitsPerDay");
        binder.forField(visitMinutes).asRequired(required).bind("visitMinutes");
        binder.forField(timesOfDay).asRequired(getTranslation("visits.timesOfDay.required")).bind("timesOfDay");
        binder.forField(outOfHours).bind("outOfHours");
        binder.forField(doubleHanded).bind("doubleHanded");
        binder.forField(from).asRequired(required).bind("effectiveFrom");
        binder.forField(reason).asRequired(required).bind("reason");
        submit = new Button(getTranslation("variation.propose.button"), click -> proposeNow());
        submit.setId("variation-propose");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        propose.setId("variation-form");
        propose.setPadding(false);
        propose.add(new H3(getTranslation("variation.propose.title")),
                new FormLayout(weeklyHours, visitsPerDay, visitMinutes, timesOfDay, outOfHours, doubleHanded, from, reason), submit);
    }

    private IntegerField integer(String id, String labelKey, int min, int max) {
        var field = new IntegerField(getTranslation(labelKey));
        field.setId(id);
        field.setMin(min);
        field.setMax(max);
        field.setStepButtonsVisible(true);
        return field;
    }

    void show(CarePackage shown) {
        boolean changedPackage = carePackage == null || !carePackage.id().equals(shown.id()) || carePackage.version() != shown.version();
        carePackage = shown;
        boolean mayPropose = shown.actions().contains(PackageAction.PROPOSE_VARIATION);
        boolean relevant = shown.status() == PackageStatus.AWARDED || shown.status() == PackageStatus.CANCELLED;
        setVisible(relevant);
        propose.setVisible(mayPropose);
        ActionMark.mark(submit, PackageAction.PROPOSE_VARIATION, shown.id());
        if (mayPropose && changedPackage) {
            binder.readBean(VariationDraft.from(shown));
        }
        withdraw.setVisible(shown.actions().contains(PackageAction.WITHDRAW_VARIATION));
        ActionMark.mark(withdraw, PackageAction.WITHDRAW_VARIATION, shown.id());
        if (relevant) {
            api.fetch(auth -> client.listVariations(auth, shown.id())).ifPresent(found -> {
                variations = found;
                list.setItems(found);
                list.setVisible(!found.isEmpty());
                none.setVisible(found.isEmpty());
            });
        }
    }

    private String terms(PackageTerms terms) {
        return getTranslation("variation.terms", Formats.hours(terms.weeklyMinutes()), Labels.visits(this, terms.visitPattern()));
    }

    private String outcome(Variation v) {
        if (v.status() == VariationStatus.PROPOSED) {
            return getTranslation("variation.outcome.waiting", Moments.dateTime(this, v.respondBy()));
        }
        if (v.status() == VariationStatus.DECLINED) {
            return getTranslation("variation.outcome.declined", v.endedBy(), v.declineReason());
        }
        return v.endedBy() == null ? Moments.dateTime(this, v.endedAt())
                : getTranslation("variation.outcome.by", v.endedBy(), Moments.dateTime(this, v.endedAt()));
    }

    private void proposeNow() {
        var values = new VariationDraft();
        if (!binder.writeBeanIfValid(values)) {
            ErrorSummary.showInvalid(binder);
            return;
        }
        UUID id = carePackage.id();
        api.submit(auth -> client.proposeVariation(auth, id, values.toForm()), binder).ifPresent(proposed -> {
            problems.showInfo(getTranslation("variation.proposed", Labels.name(carePackage.awardedProvider()),
                    Moments.dateTime(this, proposed.respondBy())));
            reload(id);
        });
    }

    private void withdraw() {
        UUID id = carePackage.id();
        variations.stream().filter(v -> v.status() == VariationStatus.PROPOSED).findFirst().ifPresent(pending ->
                api.fetch(auth -> client.withdrawVariation(auth, id, new VariationChoice(pending.id()))).ifPresent(done -> {
                    problems.showInfo(getTranslation("variation.withdrawn"));
                    reload(id);
                }));
    }

    private void reload(UUID id) {
        api.fetch(auth -> client.showPackage(auth, id)).ifPresent(changed);
    }
}
