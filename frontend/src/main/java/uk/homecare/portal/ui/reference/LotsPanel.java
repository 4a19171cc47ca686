package uk.homecare.portal.ui.reference;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import uk.homecare.portal.ui.client.SubmissionKey;
import uk.homecare.portal.api.reference.Framework;
import uk.homecare.portal.api.reference.Lot;
import uk.homecare.portal.api.reference.LotKind;
import uk.homecare.portal.ui.client.ReferenceClient;
import uk.homecare.portal.api.reference.ServiceCategory;
import uk.homecare.portal.api.reference.Zone;
import uk.homecare.portal.ui.problem.Problems;
import uk.homecare.portal.ui.security.ApiCaller;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.ui.forms.ActionMark;
import uk.homecare.portal.ui.grids.FoldingColumns;

/** The lots of the selected framework: a grid, a form, and the providers on the selected lot. */
final class LotsPanel extends VerticalLayout {

    private final transient ReferenceClient client;
    private final transient ApiCaller api;
    private final transient Problems problems;
    private final H3 heading = new H3();
    private final Grid<Lot> grid = new Grid<>();
    private final Binder<LotDraft> binder = new Binder<>(LotDraft.class);
    private final Editor<LotDraft> editor;
    private final LotProvidersPanel providers;
    private final ComboBox<Zone> zone = new ComboBox<>();
    private List<Zone> zones = List.of();
    private Framework framework;

    LotsPanel(ReferenceClient client, ApiCaller api, Problems problems, boolean editable) {
        this.client = client;
        this.api = api;
        this.problems = problems;
        setId("lots");
        setPadding(false);
        providers = new LotProvidersPanel(client, api, editable, this::replace);

        grid.setId("lots-grid");
        FoldingColumns.of(grid).addColumn(Lot::name).setHeader(getTranslation("lot.name")).setFlexGrow(1);
        FoldingColumns.of(grid).addColumn(lot -> getTranslation("lot.kind." + lot.kind())).setHeader(getTranslation("lot.kind"));
        FoldingColumns.of(grid).addColumn(lot -> lot.zoneName() == null ? "" : lot.zoneName()).setHeader(getTranslation("lot.zone"));
        FoldingColumns.of(grid).addColumn(lot -> getTranslation("lot.serviceCategory." + lot.serviceCategory()))
                .setHeader(getTranslation("lot.serviceCategory"));
        FoldingColumns.of(grid).addColumn(lot -> Formats.hours(lot.minWeeklyMinutes())).setHeader(getTranslation("lot.minWeeklyHours"));
        FoldingColumns.of(grid).addColumn(lot -> Formats.hours(lot.maxWeeklyMinutes())).setHeader(getTranslation("lot.maxWeeklyHours"));
        FoldingColumns.of(grid).addColumn(lot -> getTranslation(lot.priceCompetition() ? "answer.yes" : "answer.no"))
                .setHeader(getTranslation("lot.priceCompetition"));
        FoldingColumns.of(grid).addColumn(lot -> lot.providers() == null ? 0 : lot.providers().size())
                .setHeader(getTranslation("lot.providerCount"));
        grid.getElement().setAttribute("aria-label", getTranslation("lots.title"));

        var name = new TextField(getTranslation("lot.name"));
        name.setId("lot-name");
        name.setMaxLength(150);
        var kind = new Select<LotKind>();
        kind.setLabel(getTranslation("lot.kind"));
        kind.setId("lot-kind");
        kind.setItems(LotKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("lot.kind." + value));
        zone.setLabel(getTranslation("lot.zone"));
        zone.setId("lot-zone");
        zone.setItemLabelGenerator(z -> getTranslation("lot.zone.option", z.code(), z.name()));
        kind.addValueChangeListener(event -> {
            zone.setEnabled(event.getValue() == LotKind.ZONE);
            if (event.getValue() != LotKind.ZONE) {
                zone.clear();
            }
        });
        var category = new Select<ServiceCategory>();
        category.setLabel(getTranslation("lot.serviceCategory"));
        category.setId("lot-service-category");
        category.setItems(ServiceCategory.values());
        category.setItemLabelGenerator(value -> getTranslation("lot.serviceCategory." + value));
        var minHours = hours("lot-min-hours", "lot.minWeeklyHours");
        var maxHours = hours("lot-max-hours", "lot.maxWeeklyHours");
        var priceCompetition = new Checkbox(getTranslation("lot.priceCompetition"));
        priceCompetition.setId("lot-price-competition");

        String required = getTranslation("validation.required");
        String invalidHours = getTranslation("lot.hours.invalid");
        binder.forField(name).asRequired(required).bind("name");
        binder.forField(kind).asRequired(required).bind("kind");
        binder.forField(zone)
                .withValidator(z -> z != null || kind.getValue() != LotKind.ZONE, getTranslation("lot.zone.required"))
                .withConverter(new ZoneToId())
                .bind("zoneId");
        binder.forField(category).asRequired(required).bind("serviceCategory");
        binder.forField(minHours).withConverter(new HoursToMinutes(invalidHours)).bind("minWeeklyMinutes");
        binder.forField(maxHours).withConverter(new HoursToMinutes(invalidHours)).bind("maxWeeklyMinutes");
        binder.forField(priceCompetition).bind("priceCompetition");

        editor = new Editor<>("lot-editor", binder, this::save, editable);
        editor.fields().add(name, kind, zone, category, minHours, maxHours, priceCompetition);
        grid.asSingleSelect().addValueChangeListener(event -> {
            Lot lot = event.getValue();
            if (lot == null) {
                providers.clear();
            } else {
                editor.edit(LotDraft.of(lot), getTranslation("lot.edit", lot.name()));
                providers.show(lot);
            }
        });

        var add = new Button(getTranslation("lot.new"), VaadinIcon.PLUS.create(), click -> {
            grid.asSingleSelect().clear();
            editor.edit(new LotDraft(), getTranslation("lot.new"));
            name.focus();
        });
        add.setId("lot-new");
        ActionMark.mark(add, Capability.EDIT_REFERENCE_DATA);
        add.setVisible(editable);

        add(heading, add, grid, editor, providers);
        setVisible(false);
    }

    private BigDecimalField hours(String id, String labelKey) {
        var field = new BigDecimalField(getTranslation(labelKey));
        field.setId(id);
        field.setHelperText(getTranslation("lot.hours.help"));
        return field;
    }

    void show(Framework framework) {
        this.framework = framework;
        heading.setText(getTranslation("lots.of", framework.name()));
        if (zones.isEmpty()) {
            api.fetch(client::listZones).ifPresent(all -> {
                zones = all.stream().filter(z -> z.retiredOn() == null).toList();
                zone.setItems(zones);
            });
        }
        editor.close();
        providers.clear();
        refresh();
        setVisible(true);
    }

    void clear() {
        framework = null;
        editor.close();
        providers.clear();
        setVisible(false);
    }

    private void refresh() {
        if (framework != null) {
            UUID id = framework.id();
            api.fetch(auth -> client.listLots(auth, id)).ifPresent(grid::setItems);
        }
    }

    /** A lot came back changed (providers added or removed): show the new state. */
    private void replace(Lot lot) {
        refresh();
        grid.getListDataView().getItems()
                .filter(item -> item.id().equals(lot.id()))
                .findFirst()
                .ifPresent(grid::select);
    }

    private final SubmissionKey submission = new SubmissionKey();

    private boolean save(LotDraft draft) {
        var form = draft.toForm();
        UUID frameworkId = framework.id();
        var saved = draft.id() == null
                ? api.submit(auth -> client.addLot(auth, frameworkId, submission.of(List.of(frameworkId, form)), form), binder)
                : api.submit(auth -> client.changeLot(auth, draft.id(), form), binder);
        saved.ifPresent(lot -> {
            problems.showInfo(getTranslation("lot.saved", lot.name()));
            refresh();
        });
        return saved.isPresent();
    }

    /** The zone field shows zones; the form sends the zone's id. */
    private final class ZoneToId implements Converter<Zone, UUID> {

        @Override
        public Result<UUID> convertToModel(Zone value, ValueContext context) {
            return Result.ok(value == null ? null : value.id());
        }

        @Override
        public Zone convertToPresentation(UUID id, ValueContext context) {
            return id == null
                    ? null
                    : zones.stream().filter(z -> Objects.equals(z.id(), id)).findFirst().orElse(null);
        }
    }
}
