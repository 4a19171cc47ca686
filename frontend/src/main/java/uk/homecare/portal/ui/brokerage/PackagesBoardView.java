package uk.homecare.portal.ui.brokerage;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import uk.homecare.portal.ui.client.BrokerageClient;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.Duty;
import uk.homecare.portal.api.brokerage.DutyForm;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.ui.chc.ChcPanel;
import uk.homecare.portal.ui.forms.ActionMark;
import uk.homecare.portal.ui.layout.MainLayout;
import uk.homecare.portal.ui.reference.Formats;
import uk.homecare.portal.ui.security.ApiCaller;
import uk.homecare.portal.ui.security.CurrentUser;
import uk.homecare.portal.ui.grids.FoldingColumns;

/**
 * The commissioner's board: how many packages nobody took, loud and first; whether the commissioner is on duty for
 * emergencies (and who is), with the button to change it; then every package, emergencies first (marked loudly),
 * unallocated next and then longest waiting, with the time its current window has left. Under the
 * count, the CHC hours commissioned against the council's requirement.
 */
@Prototype
@RolesAllowed({"COMMISSIONER", "ADMIN"})
@Route(value = "packages", layout = MainLayout.class)
public class PackagesBoardView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    /** Emergencies first (the earliest first), then unallocated, then the longest waiting (earliest published), drafts last. */
    static final Comparator<CarePackage> BOARD_ORDER = Comparator
            .comparing((CarePackage p) -> !p.emergency())
            .thenComparing(p -> p.emergency() ? p.emergencyAt() : null, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(p -> p.status() != PackageStatus.UNALLOCATED)
            .thenComparing(CarePackage::publishedAt, Comparator.nullsLast(Comparator.naturalOrder()));

    private final transient BrokerageClient client;
    private final transient ApiCaller api;
    private final transient Clock clock;
    private final Span unallocated = new Span();
    private final Select<PackageStatus> status = new Select<>();
    private final Grid<CarePackage> grid = new Grid<>();
    private final ChcPanel chc;
    private final Span duty = new Span();
    private final Button dutyToggle = new Button();
    private final boolean mayGoOnDuty;
    private boolean onDuty;

    PackagesBoardView(BrokerageClient client, ApiCaller api, ChcPanel chc, CurrentUser currentUser, Clock clock) {
        this.client = client;
        this.api = api;
        this.clock = clock;
        this.chc = chc;
        setId("packages-board");

        unallocated.setId("unallocated-count");
        unallocated.getElement().setAttribute("role", "status");

        status.setId("packages-status");
        status.setLabel(getTranslation("packages.filter.status"));
        status.setItems(PackageStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("packages.filter.all"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("packages.filter.all") : getTranslation("package.status." + s));
        status.addValueChangeListener(event -> refresh());

        grid.setId("packages-grid");
        FoldingColumns.of(grid).addColumn(CarePackage::reference).setHeader(getTranslation("package.reference")).setKey("reference").setAutoWidth(true);
        FoldingColumns.of(grid).addComponentColumn(p -> Labels.statusAndEmergency(this, p)).setHeader(getTranslation("package.status")).setKey("status");
        FoldingColumns.of(grid).addColumn(p -> getTranslation("urgency." + p.urgency())).setHeader(getTranslation("package.urgency")).setKey("urgency");
        FoldingColumns.of(grid).addColumn(p -> Labels.name(p.zone())).setHeader(getTranslation("package.zone"));
        FoldingColumns.of(grid).addColumn(p -> Labels.name(p.lot())).setHeader(getTranslation("package.lot")).setFlexGrow(1);
        FoldingColumns.of(grid).addColumn(p -> Formats.hours(p.weeklyMinutes())).setHeader(getTranslation("package.weeklyHours"));
        // waiting and window times count only while the package is in the cascade: never after award or cancellation
        FoldingColumns.of(grid).addColumn(p -> PackageView.inCascade(p) ? Moments.since(this, p.publishedAt(), clock.instant()) : "")
                .setHeader(getTranslation("package.waiting")).setKey("waiting");
        FoldingColumns.of(grid).addColumn(p -> p.stageEndsAt() == null || !PackageView.inCascade(p) ? "" : Moments.until(this, p.stageEndsAt(), clock.instant()))
                .setHeader(getTranslation("package.windowEnds")).setKey("windowEnds");
        FoldingColumns.of(grid).addColumn(p -> getTranslation("funding." + p.funding())).setHeader(getTranslation("package.funding"));
        grid.getElement().setAttribute("aria-label", getTranslation("packages.title"));
        grid.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                UI.getCurrent().navigate(PackageView.class, RecordView.parameters(event.getValue().id()));
            }
        });

        var add = new Button(getTranslation("package.new"), VaadinIcon.PLUS.create(),
                click -> UI.getCurrent().navigate(PackageFormView.class));
        add.setId("package-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(currentUser.may(Capability.DRAFT_PACKAGE));
        ActionMark.mark(add, Capability.DRAFT_PACKAGE);
        var reload = new Button(getTranslation("action.reload"), VaadinIcon.REFRESH.create(), click -> refresh());
        reload.setId("packages-reload");
        var tools = new HorizontalLayout(status, add, reload);
        tools.setWrap(true);
        tools.setAlignItems(Alignment.BASELINE);

        duty.setId("duty-status");
        duty.getElement().setAttribute("role", "status");
        dutyToggle.setId("duty-toggle");
        dutyToggle.addClickListener(click -> toggleDuty());
        mayGoOnDuty = currentUser.may(Capability.GO_ON_DUTY);
        dutyToggle.setVisible(mayGoOnDuty);
        duty.setVisible(mayGoOnDuty);
        ActionMark.mark(dutyToggle, Capability.GO_ON_DUTY);
        var dutyLine = new HorizontalLayout(duty, dutyToggle);
        dutyLine.setWrap(true);
        dutyLine.setAlignItems(Alignment.BASELINE);

        add(new H2(getTranslation("packages.title")), unallocated, dutyLine, chc, tools, grid);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    void refresh() {
        PackageStatus only = status.getValue();
        api.fetch(auth -> client.listPackages(auth, only)).ifPresent(packages -> {
            grid.setItems(packages.stream().sorted(BOARD_ORDER).toList());
            if (only == null || only == PackageStatus.UNALLOCATED) {
                count(packages);
            } else {
                api.fetch(auth -> client.listPackages(auth, PackageStatus.UNALLOCATED)).ifPresent(this::count);
            }
        });
        chc.refresh();
        if (mayGoOnDuty) {
            api.fetch(client::showDuty).ifPresent(this::showDuty);
        }
    }

    private void toggleDuty() {
        var wanted = new DutyForm(!onDuty);
        api.fetch(auth -> client.changeDuty(auth, wanted)).ifPresent(this::showDuty);
    }

    /** Whether the commissioner is on duty for emergencies, who is, and the button that changes theirs. */
    private void showDuty(Duty shown) {
        onDuty = shown.onDuty();
        if (shown.onDutyNow().isEmpty()) {
            duty.setText(getTranslation("duty.nobody"));
        } else {
            duty.setText(getTranslation(onDuty ? "duty.you" : "duty.others", String.join(", ", shown.onDutyNow())));
        }
        dutyToggle.setText(getTranslation(onDuty ? "duty.goOff" : "duty.goOn"));
    }

    private void count(List<CarePackage> packages) {
        long count = packages.stream().filter(p -> p.status() == PackageStatus.UNALLOCATED).count();
        unallocated.setText(getTranslation("packages.unallocated", count));
        unallocated.getElement().getThemeList().clear();
        unallocated.getElement().getThemeList().addAll(count > 0 ? List.of("badge", "error", "primary") : List.of("badge", "success"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("packages.title");
    }
}
