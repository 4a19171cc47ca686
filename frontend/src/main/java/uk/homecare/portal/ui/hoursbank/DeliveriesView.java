package uk.homecare.portal.ui.hoursbank;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import uk.homecare.portal.api.hoursbank.Booking;
import uk.homecare.portal.api.hoursbank.BookingAction;
import uk.homecare.portal.api.hoursbank.DeliveryForm;
import uk.homecare.portal.ui.client.HoursBankClient;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.ui.forms.ActionMark;
import uk.homecare.portal.ui.forms.RecordForm;
import uk.homecare.portal.ui.layout.MainLayout;
import uk.homecare.portal.ui.problem.Problems;
import uk.homecare.portal.ui.security.ApiCaller;
import uk.homecare.portal.ui.grids.FoldingColumns;

/**
 * The sessions the provider must deliver in a period (this week and next unless changed), and recording
 * one as delivered with the minutes it actually took: the hours bank gives back or draws the difference.
 */
@Prototype
@RolesAllowed("PROVIDER")
@Route(value = "deliveries", layout = MainLayout.class)
public class DeliveriesView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    private final transient HoursBankClient client;
    private final transient ApiCaller api;
    private final transient Problems problems;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<Booking> grid = new Grid<>();
    private final IntegerField actual = new IntegerField();
    private final RecordForm<DeliveryForm> form;
    private final Paragraph result = new Paragraph();
    private Booking selected;

    DeliveriesView(HoursBankClient client, ApiCaller api, Problems problems, Clock clock) {
        this.client = client;
        this.api = api;
        this.problems = problems;
        setId("deliveries");

        LocalDate monday = Words.monday(UkTime.today(clock));
        from.setId("deliveries-from");
        from.setLabel(getTranslation("deliveries.from"));
        from.setValue(monday);
        to.setId("deliveries-to");
        to.setLabel(getTranslation("deliveries.to"));
        to.setValue(monday.plusWeeks(2).minusDays(1));
        var show = new Button(getTranslation("deliveries.show"), VaadinIcon.REFRESH.create(), click -> refresh());
        show.setId("deliveries-show");
        var period = new HorizontalLayout(from, to, show);
        period.setWrap(true);
        period.setAlignItems(Alignment.BASELINE);

        grid.setId("deliveries-grid");
        FoldingColumns.of(grid).addColumn(b -> Words.day(this, b.date())).setHeader(getTranslation("delivery.date")).setAutoWidth(true);
        FoldingColumns.of(grid).addColumn(b -> Words.time(b.startTime())).setHeader(getTranslation("delivery.time"));
        FoldingColumns.of(grid).addColumn(b -> b.person().name()).setHeader(getTranslation("delivery.person")).setFlexGrow(1);
        FoldingColumns.of(grid).addColumn(b -> Words.length(this, b.minutes())).setHeader(getTranslation("delivery.length"));
        FoldingColumns.of(grid).addColumn(b -> getTranslation("booking.status." + b.status())).setHeader(getTranslation("delivery.status"));
        FoldingColumns.of(grid).addColumn(b -> Words.length(this, b.deliveredMinutes())).setHeader(getTranslation("delivery.actual"));
        FoldingColumns.of(grid).addComponentColumn(this::recordButton).setHeader(getTranslation("delivery.actions")).setKey("actions");
        grid.setAllRowsVisible(true);
        grid.getElement().setAttribute("aria-label", getTranslation("deliveries.title"));

        actual.setId("delivery-actual-minutes");
        actual.setLabel(getTranslation("delivery.actualMinutes"));
        actual.setMin(0);
        actual.setMax(1_440);
        actual.setStep(5);
        actual.setStepButtonsVisible(true);
        form = new RecordForm<>("delivery-form", DeliveryForm.class, "delivery.record", "delivery.submit", this::record);
        form.with(actual);
        form.binder().forField(actual).asRequired(getTranslation("validation.required")).bind("actualMinutes");
        form.setVisible(false);
        result.setId("delivery-result");
        result.getElement().setAttribute("role", "status");

        add(new H2(getTranslation("deliveries.title")), period, grid, form, result);
    }

    /** A Record delivery button for a session the API lists it on; an empty cell otherwise. */
    private Component recordButton(Booking booking) {
        if (!booking.actions().contains(BookingAction.RECORD_DELIVERY)) {
            return new Span();
        }
        var button = new Button(getTranslation("delivery.record"), click -> choose(booking));
        button.setId("delivery-" + booking.id() + "-record");
        button.setAriaLabel(getTranslation("delivery.record.named", booking.person().name(),
                Words.day(this, booking.date()), Words.time(booking.startTime())));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return ActionMark.mark(button, BookingAction.RECORD_DELIVERY, booking.id());
    }

    private void choose(Booking booking) {
        selected = booking;
        form.setHeading(getTranslation("delivery.form.title", booking.person().name(),
                Words.day(this, booking.date()), Words.time(booking.startTime())));
        form.binder().readRecord(new DeliveryForm(booking.minutes()));
        actual.setHelperText(getTranslation("delivery.actualMinutes.help", Words.length(this, booking.minutes())));
        form.setVisible(true);
        actual.focus();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    private void refresh() {
        LocalDate first = from.getValue();
        LocalDate last = to.getValue();
        api.fetch(auth -> client.listDeliveries(auth, first, last)).ifPresent(grid::setItems);
    }

    private void record(DeliveryForm delivery) {
        UUID id = selected.id();
        api.submit(auth -> client.recordDelivery(auth, id, delivery), form.binder()).ifPresent(done -> {
            String text = getTranslation("delivery.recorded", Words.length(this, done.deliveredMinutes()),
                    done.person().name(), Words.day(this, done.date()));
            result.setText(text);
            problems.showInfo(text);
            form.setVisible(false);
            refresh();
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("deliveries.title");
    }
}
