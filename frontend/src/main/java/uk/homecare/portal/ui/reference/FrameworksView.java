package uk.homecare.portal.ui.reference;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
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
import uk.homecare.portal.api.reference.Framework;
import uk.homecare.portal.ui.client.ReferenceClient;
import uk.homecare.portal.ui.layout.MainLayout;
import uk.homecare.portal.ui.problem.Problems;
import uk.homecare.portal.ui.security.ApiCaller;
import uk.homecare.portal.ui.security.CurrentUser;
import uk.homecare.portal.ui.grids.FoldingColumns;

/**
 * Framework agreements: a grid and a form for term and extension. Selecting a framework also shows
 * its lots, and selecting a lot the providers on it.
 */
@Prototype
@RolesAllowed({"COMMISSIONER", "ADMIN"})
@Route(value = "frameworks", layout = MainLayout.class)
public class FrameworksView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    private final transient ReferenceClient client;
    private final transient ApiCaller api;
    private final transient Problems problems;
    private final Grid<Framework> grid = new Grid<>();
    private final Binder<FrameworkDraft> binder = new Binder<>(FrameworkDraft.class);
    private final Editor<FrameworkDraft> editor;
    private final LotsPanel lots;

    FrameworksView(ReferenceClient client, ApiCaller api, CurrentUser currentUser, Problems problems) {
        this.client = client;
        this.api = api;
        this.problems = problems;
        boolean editable = currentUser.may(Capability.EDIT_REFERENCE_DATA);
        setId("frameworks");
        lots = new LotsPanel(client, api, problems, editable);

        grid.setId("frameworks-grid");
        FoldingColumns.of(grid).addColumn(Framework::name).setHeader(getTranslation("framework.name")).setFlexGrow(1);
        FoldingColumns.of(grid).addColumn(f -> Formats.date(f.startsOn(), getLocale())).setHeader(getTranslation("framework.startsOn"));
        FoldingColumns.of(grid).addColumn(Framework::initialTermMonths).setHeader(getTranslation("framework.initialTermMonths"));
        FoldingColumns.of(grid).addColumn(Framework::extensionMonths).setHeader(getTranslation("framework.extensionMonths"));
        FoldingColumns.of(grid).addColumn(f -> Formats.date(f.endsOn(), getLocale())).setHeader(getTranslation("framework.endsOn"));
        FoldingColumns.of(grid).addColumn(f -> Formats.date(f.endsOnWithExtension(), getLocale()))
                .setHeader(getTranslation("framework.endsOnWithExtension"));
        grid.getElement().setAttribute("aria-label", getTranslation("frameworks.title"));

        var name = new TextField(getTranslation("framework.name"));
        name.setId("framework-name");
        name.setMaxLength(150);
        var startsOn = new DatePicker(getTranslation("framework.startsOn"));
        startsOn.setId("framework-starts-on");
        var term = months("framework-initial-term", "framework.initialTermMonths");
        var extension = months("framework-extension", "framework.extensionMonths");
        binder.forField(name).asRequired(getTranslation("validation.required")).bind("name");
        binder.forField(startsOn).asRequired(getTranslation("validation.required")).bind("startsOn");
        binder.forField(term).asRequired(getTranslation("validation.required")).bind("initialTermMonths");
        binder.forField(extension).asRequired(getTranslation("validation.required")).bind("extensionMonths");

        editor = new Editor<>("framework-editor", binder, this::save, editable);
        editor.fields().add(name, startsOn, term, extension);
        grid.asSingleSelect().addValueChangeListener(event -> {
            Framework framework = event.getValue();
            if (framework == null) {
                lots.clear();
            } else {
                editor.edit(FrameworkDraft.of(framework), getTranslation("framework.edit", framework.name()));
                lots.show(framework);
            }
        });

        var add = new Button(getTranslation("framework.new"), VaadinIcon.PLUS.create(), click -> {
            grid.asSingleSelect().clear();
            editor.edit(new FrameworkDraft(), getTranslation("framework.new"));
            name.focus();
        });
        add.setId("framework-new");
        ActionMark.mark(add, Capability.EDIT_REFERENCE_DATA);
        add.setVisible(editable);
        var reload = new Button(getTranslation("action.reload"), VaadinIcon.REFRESH.create(), click -> refresh());
        reload.setId("frameworks-reload");

        add(new H2(getTranslation("frameworks.title")), new HorizontalLayout(add, reload), grid, editor, lots);
    }

    private IntegerField months(String id, String labelKey) {
        var field = new IntegerField(getTranslation(labelKey));
        field.setId(id);
        field.setMin(0);
        field.setMax(240);
        field.setStepButtonsVisible(true);
        return field;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    void refresh() {
        api.fetch(client::listFrameworks).ifPresent(grid::setItems);
    }

    private final SubmissionKey submission = new SubmissionKey();

    private boolean save(FrameworkDraft draft) {
        var form = draft.toForm();
        var saved = draft.id() == null
                ? api.submit(auth -> client.addFramework(auth, submission.of(form), form), binder)
                : api.submit(auth -> client.changeFramework(auth, draft.id(), form), binder);
        saved.ifPresent(framework -> {
            problems.showInfo(getTranslation("framework.saved", framework.name()));
            refresh();
        });
        return saved.isPresent();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("frameworks.title");
    }
}
