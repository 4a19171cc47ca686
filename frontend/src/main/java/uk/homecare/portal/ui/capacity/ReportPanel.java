package uk.homecare.portal.ui.capacity;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.ui.client.SubmissionKey;
import uk.homecare.portal.ui.client.CapacityClient;
import uk.homecare.portal.api.capacity.CapacityReport;
import uk.homecare.portal.api.capacity.CapacityReportForm;
import uk.homecare.portal.api.capacity.CouncilZones;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.ui.forms.RecordForm;
import uk.homecare.portal.ui.forms.ToId;
import uk.homecare.portal.ui.problem.Problems;
import uk.homecare.portal.ui.reference.HoursToMinutes;
import uk.homecare.portal.ui.security.ApiCaller;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.ui.forms.ActionMark;

/**
 * This week's capacity report for one council and zone: hours a week in the daytime and out of hours,
 * double-handed calls, staff and how many of them do not drive (no more than the staff). Reporting
 * again for the same zone this week replaces that report.
 */
final class ReportPanel extends VerticalLayout {

    private final transient CapacityClient client;
    private final transient ApiCaller api;
    private final transient Problems problems;
    private final transient Runnable reported;
    private List<CouncilZones> places = List.of();
    private final Select<NamedRef> council = new Select<>();
    private final Select<NamedRef> zone = new Select<>();
    private final IntegerField staff = new IntegerField();
    private final RecordForm<CapacityReportForm> form;

    ReportPanel(CapacityClient client, ApiCaller api, Problems problems, Runnable reported) {
        this.client = client;
        this.api = api;
        this.problems = problems;
        this.reported = reported;
        setId("capacity-report");
        setPadding(false);

        council.setId("capacity-council");
        council.setLabel(getTranslation("capacity.council"));
        council.setItemLabelGenerator(NamedRef::name);
        council.addValueChangeListener(event -> offerZones(event.getValue()));
        zone.setId("capacity-zone");
        zone.setLabel(getTranslation("capacity.zone"));
        zone.setItemLabelGenerator(NamedRef::name);
        zone.setHelperText(getTranslation("capacity.zone.help"));
        var daytime = hoursField("capacity-daytime", "capacity.daytime", "capacity.daytime.help");
        var outOfHours = hoursField("capacity-out-of-hours", "capacity.outOfHours", "capacity.outOfHours.help");
        var doubleHanded = new Checkbox(getTranslation("capacity.doubleHanded"));
        doubleHanded.setId("capacity-double-handed");
        staff.setId("capacity-staff");
        staff.setLabel(getTranslation("capacity.staff"));
        staff.setMin(0);
        staff.setHelperText(getTranslation("capacity.staff.help"));
        var nonDriving = new IntegerField(getTranslation("capacity.nonDrivingStaff"));
        nonDriving.setId("capacity-non-driving");
        nonDriving.setMin(0);
        nonDriving.setHelperText(getTranslation("capacity.nonDrivingStaff.help"));

        form = new RecordForm<>("capacity-form", CapacityReportForm.class, "capacity.form.title", "capacity.form.submit", this::send);
        ActionMark.mark(form.button(), Capability.REPORT_CAPACITY);
        form.with(council, zone, daytime, outOfHours, staff, nonDriving, doubleHanded);
        var binder = form.binder();
        String required = getTranslation("validation.required");
        String invalidHours = getTranslation("capacity.hours.invalid");
        String negative = getTranslation("capacity.count.invalid");
        binder.forField(council).asRequired(required).withConverter(new ToId<>(NamedRef::id, this::councils)).bind("councilId");
        binder.forField(zone).asRequired(required).withConverter(new ToId<>(NamedRef::id, this::allZones)).bind("zoneId");
        binder.forField(daytime).asRequired(required).withValidator(ReportPanel::notNegative, invalidHours)
                .withConverter(new HoursToMinutes(invalidHours)).bind("daytimeMinutes");
        binder.forField(outOfHours).asRequired(required).withValidator(ReportPanel::notNegative, invalidHours)
                .withConverter(new HoursToMinutes(invalidHours)).bind("outOfHoursMinutes");
        binder.forField(doubleHanded).bind("doubleHanded");
        binder.forField(staff).asRequired(required).withValidator(n -> n >= 0, negative).bind("staff");
        binder.forField(nonDriving).asRequired(required).withValidator(n -> n >= 0, negative)
                .withValidator(n -> staff.getValue() == null || n <= staff.getValue(), getTranslation("capacity.nonDrivingStaff.tooMany"))
                .bind("nonDrivingStaff");
        staff.addValueChangeListener(event -> {
            if (nonDriving.getValue() != null) {
                binder.getBinding("nonDrivingStaff").ifPresent(binding -> binding.validate());
            }
        });
        add(form);
    }

    private BigDecimalField hoursField(String id, String labelKey, String helpKey) {
        var field = new BigDecimalField(getTranslation(labelKey));
        field.setId(id);
        field.setHelperText(getTranslation(helpKey));
        return field;
    }

    private static boolean notNegative(BigDecimal hours) {
        return hours.signum() >= 0;
    }

    /** Where the provider may report: the councils it holds contracts with and their zones. */
    void offer(List<CouncilZones> where) {
        places = where;
        NamedRef chosen = council.getValue();
        council.setItems(councils());
        if (councils().size() == 1) {
            council.setValue(councils().get(0));
        } else if (chosen != null && councils().contains(chosen)) {
            council.setValue(chosen);
        }
    }

    /** Chooses a council and zone by id, as a link asked; ids it does not know are left unchosen. */
    void choose(UUID councilId, UUID zoneId) {
        councils().stream().filter(c -> c.id().equals(councilId)).findFirst().ifPresent(c -> {
            council.setValue(c);
            zonesOf(c).stream().filter(z -> z.id().equals(zoneId)).findFirst().ifPresent(zone::setValue);
        });
    }

    private List<NamedRef> councils() {
        return places.stream().map(CouncilZones::council).toList();
    }

    private List<NamedRef> zonesOf(NamedRef chosenCouncil) {
        return places.stream().filter(p -> p.council().equals(chosenCouncil)).findFirst()
                .map(CouncilZones::zones).orElse(List.<NamedRef>of())
                .stream().sorted(Comparator.comparing(NamedRef::name)).toList();
    }

    private List<NamedRef> allZones() {
        return places.stream().flatMap(p -> p.zones().stream()).toList();
    }

    private void offerZones(NamedRef chosenCouncil) {
        List<NamedRef> choices = zonesOf(chosenCouncil);
        zone.setItems(choices);
        zone.setHelperText(chosenCouncil != null && choices.isEmpty()
                ? getTranslation("capacity.zone.none", chosenCouncil.name())
                : getTranslation("capacity.zone.help"));
    }

    /** Fills the form with an earlier report, to report again for its zone this week. */
    void reportAgain(CapacityReport earlier) {
        form.binder().readRecord(new CapacityReportForm(earlier.council().id(), earlier.zone().id(), earlier.daytimeMinutes(),
                earlier.outOfHoursMinutes(), earlier.doubleHanded(), earlier.staff(), earlier.nonDrivingStaff()));
        council.focus();
    }

    private final SubmissionKey submission = new SubmissionKey();

    private void send(CapacityReportForm report) {
        api.submit(auth -> client.reportCapacity(auth, submission.of(report), report), form.binder()).ifPresent(saved -> {
            problems.showInfo(getTranslation("capacity.reported", saved.zone().name(), saved.council().name(),
                    Figures.hours(this, saved.daytimeMinutes()), Figures.hours(this, saved.outOfHoursMinutes())));
            reported.run();
        });
    }
}
