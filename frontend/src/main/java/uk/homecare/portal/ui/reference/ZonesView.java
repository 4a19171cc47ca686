package uk.homecare.portal.ui.reference;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import uk.homecare.portal.ui.client.SubmissionKey;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.ui.forms.ActionMark;
import uk.homecare.portal.ui.client.ReferenceClient;
import uk.homecare.portal.api.reference.Zone;
import uk.homecare.portal.api.reference.ZoneKind;
import uk.homecare.portal.ui.layout.MainLayout;
import uk.homecare.portal.ui.problem.Problems;
import uk.homecare.portal.ui.security.ApiCaller;
import uk.homecare.portal.ui.security.CurrentUser;
import uk.homecare.portal.ui.grids.FoldingColumns;

/** The council's zones: a grid, and a form to add a zone or change (or retire) one. */
@Prototype
@RolesAllowed({"COMMISSIONER", "ADMIN"})
@Route(value = "zones", layout = MainLayout.class)
public class ZonesView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    private final transient ReferenceClient client;
    private final transient ApiCaller api;
    private final transient Problems problems;
    private final Grid<Zone> grid = new Grid<>();
    private final Binder<ZoneDraft> binder = new Binder<>(ZoneDraft.class);
    private final Editor<ZoneDraft> editor;

    ZonesView(ReferenceClient client, ApiCaller api, CurrentUser currentUser, Problems problems) {
        this.client = client;
        this.api = api;
        this.problems = problems;
        boolean editable = currentUser.may(Capability.EDIT_REFERENCE_DATA);
        setId("zones");

        grid.setId("zones-grid");
        FoldingColumns.of(grid).addColumn(Zone::code).setHeader(getTranslation("zone.code")).setAutoWidth(true);
        FoldingColumns.of(grid).addColumn(Zone::name).setHeader(getTranslation("zone.name")).setFlexGrow(1);
        FoldingColumns.of(grid).addColumn(zone -> getTranslation("zone.kind." + zone.kind())).setHeader(getTranslation("zone.kind"));
        FoldingColumns.of(grid).addColumn(zone -> Formats.date(zone.retiredOn(), getLocale())).setHeader(getTranslation("zone.retiredOn"));
        grid.getElement().setAttribute("aria-label", getTranslation("zones.title"));

        var code = new TextField(getTranslation("zone.code"));
        code.setId("zone-code");
        code.setMaxLength(20);
        code.setHelperText(getTranslation("zone.code.help"));
        var name = new TextField(getTranslation("zone.name"));
        name.setId("zone-name");
        name.setMaxLength(100);
        var kind = new Select<ZoneKind>();
        kind.setLabel(getTranslation("zone.kind"));
        kind.setId("zone-kind");
        kind.setItems(ZoneKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("zone.kind." + value));
        var retiredOn = new DatePicker(getTranslation("zone.retiredOn"));
        retiredOn.setId("zone-retired-on");
        retiredOn.setHelperText(getTranslation("zone.retiredOn.help"));
        binder.forField(code).asRequired(getTranslation("validation.required")).bind("code");
        binder.forField(name).asRequired(getTranslation("validation.required")).bind("name");
        binder.forField(kind).asRequired(getTranslation("validation.required")).bind("kind");
        binder.forField(retiredOn).bind("retiredOn");

        editor = new Editor<>("zone-editor", binder, this::save, editable);
        editor.fields().add(code, name, kind, retiredOn);
        grid.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                editor.edit(ZoneDraft.of(event.getValue()), getTranslation("zone.edit", event.getValue().name()));
            }
        });

        var add = new Button(getTranslation("zone.new"), VaadinIcon.PLUS.create(), click -> {
            grid.asSingleSelect().clear();
            editor.edit(new ZoneDraft(), getTranslation("zone.new"));
            code.focus();
        });
        add.setId("zone-new");
        ActionMark.mark(add, Capability.EDIT_REFERENCE_DATA);
        add.setVisible(editable);
        var reload = new Button(getTranslation("action.reload"), VaadinIcon.REFRESH.create(), click -> refresh());
        reload.setId("zones-reload");

        add(new H2(getTranslation("zones.title")), new HorizontalLayout(add, reload), grid, editor);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    void refresh() {
        api.fetch(client::listZones).ifPresent(grid::setItems);
    }

    private final SubmissionKey submission = new SubmissionKey();

    private boolean save(ZoneDraft draft) {
        var form = draft.toForm();
        var saved = draft.id() == null
                ? api.submit(auth -> client.addZone(auth, submission.of(form), form), binder)
                : api.submit(auth -> client.changeZone(auth, draft.id(), form), binder);
        saved.ifPresent(zone -> {
            problems.showInfo(getTranslation("zone.saved", zone.name()));
            refresh();
        });
        return saved.isPresent();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("zones.title");
    }
}
