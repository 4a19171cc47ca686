package uk.homecare.portal.ui.reference;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
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
import uk.homecare.portal.api.reference.Rate;
import uk.homecare.portal.ui.client.ReferenceClient;
import uk.homecare.portal.api.reference.ServiceType;
import uk.homecare.portal.ui.layout.MainLayout;
import uk.homecare.portal.ui.problem.Problems;
import uk.homecare.portal.ui.security.ApiCaller;
import uk.homecare.portal.ui.security.CurrentUser;
import uk.homecare.portal.ui.grids.FoldingColumns;

/**
 * Hourly rates by service type. A rate runs from its effective date until the next rate of its type
 * takes over, which the API works out and the grid shows as "effective to".
 */
@Prototype
@RolesAllowed({"COMMISSIONER", "ADMIN"})
@Route(value = "rates", layout = MainLayout.class)
public class RatesView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    private final transient ReferenceClient client;
    private final transient ApiCaller api;
    private final transient Problems problems;
    private final Grid<Rate> grid = new Grid<>();
    private final Binder<RateDraft> binder = new Binder<>(RateDraft.class);
    private final Editor<RateDraft> editor;

    RatesView(ReferenceClient client, ApiCaller api, CurrentUser currentUser, Problems problems) {
        this.client = client;
        this.api = api;
        this.problems = problems;
        boolean editable = currentUser.may(Capability.EDIT_REFERENCE_DATA);
        setId("rates");

        grid.setId("rates-grid");
        FoldingColumns.of(grid).addColumn(rate -> getTranslation("rate.serviceType." + rate.serviceType()))
                .setHeader(getTranslation("rate.serviceType"))
                .setAutoWidth(true);
        FoldingColumns.of(grid).addColumn(rate -> Formats.pounds(rate.hourlyRatePence(), getLocale()))
                .setHeader(getTranslation("rate.hourlyRate"));
        FoldingColumns.of(grid).addColumn(rate -> Formats.pounds(rate.floorPence(), getLocale())).setHeader(getTranslation("rate.floor"));
        FoldingColumns.of(grid).addColumn(rate -> Formats.pounds(rate.ceilingPence(), getLocale()))
                .setHeader(getTranslation("rate.ceiling"));
        FoldingColumns.of(grid).addColumn(rate -> Formats.date(rate.effectiveFrom(), getLocale()))
                .setHeader(getTranslation("rate.effectiveFrom"));
        FoldingColumns.of(grid).addColumn(rate -> rate.effectiveTo() == null
                        ? getTranslation("rate.effectiveTo.open")
                        : Formats.date(rate.effectiveTo(), getLocale()))
                .setHeader(getTranslation("rate.effectiveTo"));
        grid.getElement().setAttribute("aria-label", getTranslation("rates.title"));

        var serviceType = new Select<ServiceType>();
        serviceType.setLabel(getTranslation("rate.serviceType"));
        serviceType.setId("rate-service-type");
        serviceType.setItems(ServiceType.values());
        serviceType.setItemLabelGenerator(value -> getTranslation("rate.serviceType." + value));
        var hourly = pounds("rate-hourly", "rate.hourlyRate");
        var floor = pounds("rate-floor", "rate.floor");
        var ceiling = pounds("rate-ceiling", "rate.ceiling");
        var effectiveFrom = new DatePicker(getTranslation("rate.effectiveFrom"));
        effectiveFrom.setId("rate-effective-from");
        String invalid = getTranslation("rate.pounds.invalid");
        binder.forField(serviceType).asRequired(getTranslation("validation.required")).bind("serviceType");
        binder.forField(hourly)
                .asRequired(getTranslation("validation.required"))
                .withConverter(new PoundsToPence(invalid))
                .bind("hourlyRatePence");
        binder.forField(floor).withConverter(new PoundsToPence(invalid)).bind("floorPence");
        binder.forField(ceiling).withConverter(new PoundsToPence(invalid)).bind("ceilingPence");
        binder.forField(effectiveFrom).asRequired(getTranslation("validation.required")).bind("effectiveFrom");

        editor = new Editor<>("rate-editor", binder, this::save, editable);
        editor.fields().add(serviceType, hourly, floor, ceiling, effectiveFrom);
        grid.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                editor.edit(
                        RateDraft.of(event.getValue()),
                        getTranslation("rate.edit", getTranslation("rate.serviceType." + event.getValue().serviceType())));
            }
        });

        var add = new Button(getTranslation("rate.new"), VaadinIcon.PLUS.create(), click -> {
            grid.asSingleSelect().clear();
            editor.edit(new RateDraft(), getTranslation("rate.new"));
            serviceType.focus();
        });
        add.setId("rate-new");
        ActionMark.mark(add, Capability.EDIT_REFERENCE_DATA);
        add.setVisible(editable);
        var reload = new Button(getTranslation("action.reload"), VaadinIcon.REFRESH.create(), click -> refresh());
        reload.setId("rates-reload");

        add(new H2(getTranslation("rates.title")), new HorizontalLayout(add, reload), grid, editor);
    }

    private BigDecimalField pounds(String id, String labelKey) {
        var field = new BigDecimalField(getTranslation(labelKey));
        field.setId(id);
        field.setPrefixComponent(new Span(getTranslation("rate.currency")));
        field.setHelperText(getTranslation("rate.pounds.help"));
        return field;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    void refresh() {
        api.fetch(client::listRates).ifPresent(grid::setItems);
    }

    private final SubmissionKey submission = new SubmissionKey();

    private boolean save(RateDraft draft) {
        var form = draft.toForm();
        var saved = draft.id() == null
                ? api.submit(auth -> client.addRate(auth, submission.of(form), form), binder)
                : api.submit(auth -> client.changeRate(auth, draft.id(), form), binder);
        saved.ifPresent(rate -> {
            problems.showInfo(getTranslation("rate.saved"));
            refresh();
        });
        return saved.isPresent();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rates.title");
    }
}
