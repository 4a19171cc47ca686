package uk.homecare.portal.ui.chc;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.homecare.portal.ui.client.ChcClient;
import uk.homecare.portal.api.chc.PostcodeDistrictZone;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.ui.client.ReferenceClient;
import uk.homecare.portal.api.reference.Zone;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.ui.problem.FieldErrors;
import uk.homecare.portal.ui.problem.Problems;
import uk.homecare.portal.ui.security.ApiCaller;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.ui.forms.ActionMark;

/**
 * The council's map from postcode district to zone as an editable list: a line each, lines added and
 * removed, and Save sending the whole map, which replaces the old one. The API's errors land on the
 * line and field they name; those that name no line are read out above the buttons.
 */
final class DistrictMapPanel extends VerticalLayout {

    private final transient ChcClient client;
    private final transient ReferenceClient reference;
    private final transient ApiCaller api;
    private final transient Problems problems;
    private final transient Clock clock;
    private final boolean editable;
    private final VerticalLayout lines = new VerticalLayout();
    private final Paragraph none = new Paragraph();
    private final Paragraph refusal = new Paragraph();
    private final Button add;
    private final List<DistrictRow> rows = new ArrayList<>();
    private List<Zone> zones = List.of();
    private List<Zone> offered = List.of();
    private int made;

    DistrictMapPanel(ChcClient client, ReferenceClient reference, ApiCaller api, Problems problems, Clock clock,
            boolean editable) {
        this.client = client;
        this.reference = reference;
        this.api = api;
        this.problems = problems;
        this.clock = clock;
        this.editable = editable;
        setId("chc-districts");
        setPadding(false);
        lines.setId("chc-district-lines");
        lines.setPadding(false);
        none.setId("chc-districts-none");
        none.setText(getTranslation("chc.districts.none"));
        refusal.setId("chc-districts-refusal");
        refusal.getElement().setAttribute("role", "alert");
        refusal.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        refusal.setVisible(false);

        add = new Button(getTranslation("chc.district.add"), VaadinIcon.PLUS.create(), click -> addRow(null).focus());
        add.setId("chc-district-add");
        ActionMark.mark(add, Capability.EDIT_CHC_SETTINGS);
        var save = new Button(getTranslation("chc.districts.save"), click -> save());
        ActionMark.mark(save, Capability.EDIT_CHC_SETTINGS);
        save.setId("chc-districts-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var buttons = new HorizontalLayout(add, save);
        buttons.setVisible(editable);
        add(new H3(getTranslation("chc.districts.heading")), new Paragraph(getTranslation("chc.districts.intro")),
                none, lines, refusal, buttons);
    }

    /** Reads the council's zones and its map. */
    void load() {
        api.fetch(reference::listZones).ifPresent(zones ->
                api.fetch(client::listPostcodeDistricts).ifPresent(map -> show(map, zones)));
    }

    private void show(List<PostcodeDistrictZone> map, List<Zone> councilZones) {
        zones = councilZones;
        Set<UUID> mapped = map.stream().map(PostcodeDistrictZone::zoneId).collect(Collectors.toSet());
        LocalDate today = UkTime.today(clock);
        // a retired zone is offered no more, but a line already mapped to it still shows it
        offered = zones.stream()
                .filter(z -> z.retiredOn() == null || z.retiredOn().isAfter(today) || mapped.contains(z.id()))
                .toList();
        rows.clear();
        lines.removeAll();
        map.forEach(this::addRow);
        refusal.setVisible(false);
        showNone();
    }

    private DistrictRow addRow(PostcodeDistrictZone line) {
        var row = new DistrictRow("chc-district-" + made++, () -> offered, editable, this::remove);
        if (line != null) {
            row.read(line);
        }
        rows.add(row);
        lines.add(row);
        showNone();
        return row;
    }

    private void remove(DistrictRow row) {
        rows.remove(row);
        lines.remove(row);
        showNone();
        add.focus();
    }

    private void showNone() {
        none.setVisible(rows.isEmpty());
    }

    private void save() {
        refusal.setVisible(false);
        List<Optional<PostcodeDistrictZone>> typed = rows.stream().map(DistrictRow::line).toList();
        if (typed.stream().anyMatch(Optional::isEmpty) || markDuplicates(typed)) {
            return;
        }
        List<PostcodeDistrictZone> map = typed.stream().map(Optional::orElseThrow).toList();
        api.fetch(auth -> client.changePostcodeDistricts(auth, map), this::refused).ifPresent(saved -> {
            show(saved, zones);
            problems.showInfo(getTranslation("chc.districts.saved", saved.size()));
        });
    }

    /** Marks every line whose district is also on another line; true when there was one. */
    private boolean markDuplicates(List<Optional<PostcodeDistrictZone>> typed) {
        Map<String, Long> counts = typed.stream()
                .map(line -> line.orElseThrow().district())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        boolean any = false;
        for (int i = 0; i < rows.size(); i++) {
            if (counts.get(typed.get(i).orElseThrow().district()) > 1) {
                rows.get(i).markDistrict(getTranslation("chc.district.duplicate"));
                any = true;
            }
        }
        return any;
    }

    private void refused(Problem problem) {
        if (problem.errors() == null || problem.errors().isEmpty()) {
            problems.show(problem);
            return;
        }
        List<Problem.FieldError> unplaced = new ArrayList<>(RowErrors.ofNoRow(problem, rows.size()));
        for (int i = 0; i < rows.size(); i++) {
            unplaced.addAll(FieldErrors.show(RowErrors.of(problem, i), rows.get(i).binder()));
        }
        if (!unplaced.isEmpty()) {
            refusal.setText(getTranslation("chc.districts.refused",
                    unplaced.stream().map(Problem.FieldError::message).collect(Collectors.joining(" "))));
            refusal.setVisible(true);
        }
    }
}
