package uk.homecare.portal.ui.council;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.api.audit.AuditEntry;
import uk.homecare.portal.api.audit.AuditEntryPage;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.api.person.Person;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.ui.client.CouncilClient;
import uk.homecare.portal.ui.forms.ActionMark;
import uk.homecare.portal.ui.layout.MainLayout;
import uk.homecare.portal.ui.person.PeoplePages;
import uk.homecare.portal.ui.person.PersonChooser;
import uk.homecare.portal.ui.problem.Problems;
import uk.homecare.portal.ui.security.ApiCaller;
import uk.homecare.portal.ui.security.CurrentUser;
import uk.homecare.portal.ui.grids.FoldingColumns;

/**
 * The council's audit trail: filtered by person, package, who acted, action and days, newest first a
 * page at a time, and downloaded as CSV with the filter last applied.
 */
@Prototype
@RolesAllowed("ADMIN")
@Route(value = "audit", layout = MainLayout.class)
public class AuditView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    static final int PAGE_SIZE = 50;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss").withZone(UkTime.ZONE);

    /** The filter the grid shows and the CSV holds. */
    record Filter(UUID person, String carePackage, String actor, AuditAction action, LocalDate from, LocalDate to) {
        static final Filter NONE = new Filter(null, null, null, null, null, null);
    }

    private final transient CouncilClient client;
    private final transient ApiCaller api;
    private final transient Problems problems;
    private final ComboBox<Person> person;
    private final TextField carePackage = new TextField();
    private final TextField actor = new TextField();
    private final Select<AuditAction> action = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<AuditEntry> grid = new Grid<>();
    private final Paragraph pageInfo = new Paragraph();
    private final Button previous;
    private final Button next;
    private final Anchor csv;
    private Filter applied = Filter.NONE;
    private int page;
    private long total;

    AuditView(CouncilClient client, ApiCaller api, Problems problems, CurrentUser currentUser, PeoplePages people) {
        this.client = client;
        this.api = api;
        this.problems = problems;
        setId("audit");

        person = PersonChooser.create(people, getTranslation("audit.person"));
        person.setId("audit-person");
        carePackage.setLabel(getTranslation("audit.package"));
        carePackage.setId("audit-package");
        carePackage.setHelperText(getTranslation("audit.package.hint"));
        carePackage.setMaxLength(40);
        actor.setLabel(getTranslation("audit.actor"));
        actor.setId("audit-actor");
        actor.setHelperText(getTranslation("audit.actor.hint"));
        actor.setMaxLength(200);
        action.setLabel(getTranslation("audit.action"));
        action.setId("audit-action");
        action.setItems(AuditAction.values());
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption(getTranslation("audit.action.any"));
        action.setItemLabelGenerator(a -> a == null ? getTranslation("audit.action.any") : getTranslation("audit.action." + a.name()));
        from.setLabel(getTranslation("audit.from"));
        from.setId("audit-from");
        to.setLabel(getTranslation("audit.to"));
        to.setId("audit-to");
        var filters = new FormLayout(person, carePackage, actor, action, from, to);
        filters.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));

        var search = new Button(getTranslation("audit.search"), click -> search());
        search.setId("audit-search");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        csv = new Anchor(DownloadHandler.fromInputStream(event -> download()), getTranslation("audit.csv"));
        csv.setId("audit-csv");
        csv.setVisible(currentUser.may(Capability.READ_AUDIT));
        ActionMark.mark(csv, Capability.READ_AUDIT);

        grid.setId("audit-grid");
        grid.getElement().setAttribute("aria-label", getTranslation("audit.title"));
        FoldingColumns.of(grid).addColumn(e -> WHEN.format(e.occurredAt())).setHeader(getTranslation("audit.when")).setAutoWidth(true);
        FoldingColumns.of(grid).addColumn(e -> e.actor() + " (" + e.actorRole() + ")").setHeader(getTranslation("audit.who")).setAutoWidth(true);
        FoldingColumns.of(grid).addColumn(e -> AuditAction.of(e.action()).map(a -> getTranslation("audit.action." + a.name())).orElse(e.action()))
                .setHeader(getTranslation("audit.what")).setAutoWidth(true);
        FoldingColumns.of(grid).addColumn(e -> e.entityType() + (e.entityId() == null ? "" : " " + e.entityId())).setHeader(getTranslation("audit.record"));
        FoldingColumns.of(grid).addColumn(AuditEntry::details).setHeader(getTranslation("audit.details")).setFlexGrow(2);
        grid.setAllRowsVisible(true);

        previous = new Button(getTranslation("audit.previous"), click -> show(page - 1));
        previous.setId("audit-previous");
        next = new Button(getTranslation("audit.next"), click -> show(page + 1));
        next.setId("audit-next");
        pageInfo.setId("audit-page");
        pageInfo.getElement().setAttribute("role", "status");

        add(new H2(getTranslation("audit.title")), new Paragraph(getTranslation("audit.intro")), filters,
                new HorizontalLayout(search, csv), pageInfo, grid, new HorizontalLayout(previous, next));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        show(0);
    }

    private void search() {
        List.<HasValidation>of(person, carePackage, actor, action, from, to).forEach(field -> field.setInvalid(false));
        if (from.isInvalid() || to.isInvalid()) {
            return;
        }
        if (from.getValue() != null && to.getValue() != null && to.getValue().isBefore(from.getValue())) {
            to.setErrorMessage(getTranslation("audit.to.beforeFrom"));
            to.setInvalid(true);
            return;
        }
        applied = new Filter(Optional.ofNullable(person.getValue()).map(Person::id).orElse(null), blankAsNull(carePackage.getValue()),
                blankAsNull(actor.getValue()), action.getValue(), from.getValue(), to.getValue());
        show(0);
    }

    private void show(int wanted) {
        Filter filter = applied;
        api.fetch(caller -> client.listAuditEvents(caller, filter.person(), filter.carePackage(), filter.actor(), filter.action(),
                filter.from(), filter.to(), Math.max(0, wanted), PAGE_SIZE), this::onProblem).ifPresent(this::show);
    }

    private void show(AuditEntryPage found) {
        page = found.page();
        total = found.total();
        grid.setItems(found.items());
        long pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        pageInfo.setText(total == 0 ? getTranslation("audit.none") : getTranslation("audit.pageOf", page + 1, pages, total));
        previous.setEnabled(page > 0);
        next.setEnabled((long) (page + 1) * PAGE_SIZE < total);
    }

    /** A field the API names shows its message next to it; any other problem is told as usual. */
    private void onProblem(Problem problem) {
        Map<String, HasValidation> fields = Map.of("person", person, "package", carePackage, "actor", actor, "action", action,
                "from", from, "to", to);
        boolean placed = false;
        if (problem.errors() != null) {
            for (Problem.FieldError error : problem.errors()) {
                HasValidation field = fields.get(error.field());
                if (field != null) {
                    field.setErrorMessage(error.message());
                    field.setInvalid(true);
                    placed = true;
                }
            }
        }
        if (!placed) {
            problems.show(problem);
        }
    }

    /**
     * The CSV of the filter last applied, fetched with the signed-in person's token when the link is
     * followed; a refusal answers the download with the API's status.
     */
    DownloadResponse download() {
        Filter filter = applied;
        int[] refused = {500};
        return api.fetch(caller -> client.exportAuditEvents(caller, filter.person(), filter.carePackage(), filter.actor(), filter.action(),
                        filter.from(), filter.to()), problem -> refused[0] = problem.status())
                .map(csv -> csv.getBytes(StandardCharsets.UTF_8))
                .map(bytes -> new DownloadResponse(new ByteArrayInputStream(bytes), "audit-trail.csv", "text/csv", bytes.length))
                .orElseGet(() -> DownloadResponse.error(refused[0]));
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
