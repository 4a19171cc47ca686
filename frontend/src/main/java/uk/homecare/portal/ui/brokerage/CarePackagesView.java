package uk.homecare.portal.ui.brokerage;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import uk.homecare.portal.ui.client.BrokerageClient;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.HandBackForm;
import uk.homecare.portal.api.brokerage.PackageAction;
import uk.homecare.portal.api.brokerage.PersonDetails;
import uk.homecare.portal.ui.forms.ActionMark;
import uk.homecare.portal.ui.forms.RecordForm;
import uk.homecare.portal.ui.layout.MainLayout;
import uk.homecare.portal.ui.problem.Problems;
import uk.homecare.portal.ui.reference.Formats;
import uk.homecare.portal.ui.security.ApiCaller;
import uk.homecare.portal.ui.security.CurrentUser;
import uk.homecare.portal.ui.client.MessagingClient;
import uk.homecare.portal.ui.messaging.QueriesPanel;
import uk.homecare.portal.ui.grids.FoldingColumns;

/**
 * The packages awarded to the provider, with what it needs to deliver care (who, where, NHS number,
 * needs), and a hand-back with notice: the package then re-enters the cascade.
 */
@Prototype
@RolesAllowed("PROVIDER")
@Route(value = "care-packages", layout = MainLayout.class)
public class CarePackagesView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    private final transient BrokerageClient client;
    private final transient ApiCaller api;
    private final transient Problems problems;
    private final Grid<CarePackage> grid = new Grid<>();
    private final VerticalLayout details = new VerticalLayout();
    private final H3 heading = new H3();
    private final Facts facts = new Facts("care-package-facts");
    private final RecordForm<HandBackForm> handBack;
    private final VariationAnswerPanel variation;
    private final ReportChangePanel report;
    private final QueriesPanel queries;
    private CarePackage selected;

    CarePackagesView(BrokerageClient client, MessagingClient messaging, ApiCaller api, Problems problems, CurrentUser currentUser) {
        this.client = client;
        this.api = api;
        this.problems = problems;
        setId("care-packages");

        grid.setId("care-packages-grid");
        FoldingColumns.of(grid).addColumn(CarePackage::reference).setHeader(getTranslation("package.reference")).setAutoWidth(true);
        FoldingColumns.of(grid).addColumn(p -> Labels.name(p.council())).setHeader(getTranslation("offer.council"));
        FoldingColumns.of(grid).addColumn(p -> fullName(p.person())).setHeader(getTranslation("person.name")).setFlexGrow(1);
        FoldingColumns.of(grid).addColumn(p -> p.person() == null ? p.postcodeDistrict() : p.person().postcode())
                .setHeader(getTranslation("person.postcode"));
        FoldingColumns.of(grid).addColumn(p -> Formats.hours(p.weeklyMinutes())).setHeader(getTranslation("package.weeklyHours"));
        FoldingColumns.of(grid).addColumn(p -> Moments.date(this, p.startDate())).setHeader(getTranslation("package.startDate"));
        FoldingColumns.of(grid).addColumn(p -> Moments.date(this, p.handBackOn())).setHeader(getTranslation("package.handBackOn"));
        grid.getElement().setAttribute("aria-label", getTranslation("carePackages.title"));
        grid.asSingleSelect().addValueChangeListener(event -> show(event.getValue()));

        var effective = new DatePicker(getTranslation("handBack.effectiveOn"));
        effective.setId("hand-back-effective");
        effective.setHelperText(getTranslation("handBack.effectiveOn.help"));
        var reason = new TextArea(getTranslation("handBack.reason"));
        reason.setId("hand-back-reason");
        reason.setMaxLength(500);
        handBack = new RecordForm<>("hand-back", HandBackForm.class, "handBack.title", "handBack.submit", this::handBack);
        handBack.with(effective, reason);
        String required = getTranslation("validation.required");
        handBack.binder().forField(effective).asRequired(required).bind("effectiveOn");
        handBack.binder().forField(reason).asRequired(required).bind("reason");

        details.setId("care-package-details");
        details.setPadding(false);
        variation = new VariationAnswerPanel(client, api, problems, this::afterAnswer);
        report = new ReportChangePanel(client, api, problems, change -> refreshKeeping());
        queries = new QueriesPanel(messaging, api, problems, currentUser);
        details.add(heading, facts, variation, report, handBack, queries);
        details.setVisible(false);

        var reload = new Button(getTranslation("action.reload"), VaadinIcon.REFRESH.create(), click -> refresh());
        reload.setId("care-packages-reload");
        add(new H2(getTranslation("carePackages.title")), reload, grid, details);
    }

    private String fullName(PersonDetails person) {
        return person == null ? "" : getTranslation("person.fullName", person.givenName(), person.familyName());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    void refresh() {
        api.fetch(client::listCarePackages).ifPresent(grid::setItems);
    }

    /** After a report: the list again, and the same package shown with what may be done now. */
    private void refreshKeeping() {
        UUID id = selected.id();
        api.fetch(client::listCarePackages).ifPresent(packages -> {
            grid.setItems(packages);
            show(packages.stream().filter(p -> p.id().equals(id)).findFirst().orElse(null));
        });
    }

    private void show(CarePackage p) {
        selected = p;
        details.setVisible(p != null);
        if (p == null) {
            return;
        }
        heading.setText(getTranslation("package.title", p.reference()));
        PersonDetails person = p.person();
        facts.clear();
        facts.fact("person.name", fullName(person))
                .fact("person.dateOfBirth", person == null ? "" : Moments.date(this, person.dateOfBirth()))
                .fact("person.nhsNumber", person == null ? "" : person.nhsNumber())
                .fact("person.addressLine", person == null ? "" : person.addressLine())
                .fact("person.postcode", person == null ? p.postcodeDistrict() : person.postcode())
                .fact("package.needsSummary", p.needsSummary())
                .fact("package.visits", Labels.visits(this, p.visitPattern()))
                .fact("package.weeklyHours", Formats.hours(p.weeklyMinutes()))
                .fact("package.startDate", Moments.date(this, p.startDate()))
                .fact("package.agreedStart", Moments.date(this, p.agreedStart()))
                .fact("package.zone", Labels.name(p.zone()))
                .fact("package.funding", getTranslation("funding." + p.funding()))
                .fact("package.handBackOn", Moments.date(this, p.handBackOn()));
        facts.fact("package.status", getTranslation("package.status." + p.status()));
        report.show(p);
        variation.show(p);
        handBack.setVisible(p.actions().contains(PackageAction.HAND_BACK));
        ActionMark.mark(handBack.button(), PackageAction.HAND_BACK, p.id());
        queries.show(p.id());
    }

    /** After a variation is answered: the package as it now is (accepted terms from today are in force). */
    private void afterAnswer(UUID id) {
        api.fetch(client::listCarePackages).ifPresent(all -> {
            grid.setItems(all);
            all.stream().filter(p -> p.id().equals(id)).findFirst().ifPresent(this::show);
        });
    }

    /** Asks before handing back, saying from when and what follows. */
    private void handBack(HandBackForm form) {
        Confirmation.ask(this, "hand-back-dialog", getTranslation("handBack.confirm.title", selected.reference()),
                getTranslation("handBack.confirm.text", selected.reference(), Moments.date(this, form.effectiveOn()),
                        Moments.date(this, form.effectiveOn().minusDays(1))),
                getTranslation("handBack.confirm.yes"), handBack.button(), () -> handBackNow(form));
    }

    private void handBackNow(HandBackForm form) {
        UUID id = selected.id();
        api.submit(auth -> client.handPackageBack(auth, id, form), handBack.binder()).ifPresent(result -> {
            problems.showInfo(getTranslation("handBack.done", result.reference(), Moments.date(this, result.handBackOn())));
            refresh();
            show(result);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("carePackages.title");
    }
}
