package uk.homecare.portal.ui.messaging;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import uk.homecare.portal.api.messaging.PackageQueries;
import uk.homecare.portal.api.messaging.PackageQuery;
import uk.homecare.portal.api.messaging.QueryAction;
import uk.homecare.portal.api.messaging.QueryForm;
import uk.homecare.portal.api.messaging.QuerySummary;
import uk.homecare.portal.api.messaging.QueryType;
import uk.homecare.portal.ui.client.MessagingClient;
import uk.homecare.portal.ui.client.SubmissionKey;
import uk.homecare.portal.ui.forms.ActionMark;
import uk.homecare.portal.ui.forms.RecordForm;
import uk.homecare.portal.ui.problem.Problems;
import uk.homecare.portal.ui.security.ApiCaller;
import uk.homecare.portal.ui.security.CurrentUser;
import uk.homecare.portal.api.identity.Capability;

/**
 * A package's queries on its page, for its council and for its provider: the list, one query opened from it, and a
 * form to start one (type, subject, message) while the API lists START. The form says a safeguarding concern does
 * not belong here.
 */
public final class QueriesPanel extends VerticalLayout {

    private final transient MessagingClient client;
    private final transient ApiCaller api;
    private final transient Problems problems;
    private final transient CurrentUser currentUser;
    private final Grid<QuerySummary> grid = QueriesGrid.of("package-queries-grid", "query.package.title", false);
    private final Paragraph none = new Paragraph();
    private final RecordForm<QueryForm> start;
    private final QueryThread thread;
    private final SubmissionKey startKey = new SubmissionKey();
    private UUID packageId;

    public QueriesPanel(MessagingClient client, ApiCaller api, Problems problems, CurrentUser currentUser) {
        this.client = client;
        this.currentUser = currentUser;
        this.api = api;
        this.problems = problems;
        setId("package-queries");
        setPadding(false);
        none.setId("package-queries-none");
        none.setText(getTranslation("query.package.none"));
        grid.asSingleSelect().addValueChangeListener(event -> open(event.getValue()));

        var type = new Select<QueryType>();
        type.setLabel(getTranslation("query.type"));
        type.setId("query-start-type");
        type.setItems(QueryType.values());
        type.setItemLabelGenerator(t -> getTranslation("query.type." + t) + " — "
                + getTranslation("query.type.days", t.responseWorkingDays()));
        var subject = new TextField(getTranslation("query.subject"));
        subject.setId("query-start-subject");
        subject.setMaxLength(QueryForm.MAX_SUBJECT);
        var body = new TextArea(getTranslation("query.body"));
        body.setId("query-start-body");
        body.setMaxLength(QueryForm.MAX_BODY);
        body.setHelperText(getTranslation("query.body.help"));
        start = new RecordForm<>("query-start", QueryForm.class, "query.start.title", "query.start.submit", this::start);
        var safeguarding = new Paragraph(getTranslation("query.safeguarding"));
        safeguarding.setId("query-safeguarding");
        start.addComponentAtIndex(1, safeguarding);
        start.with(type, subject, body);
        String required = getTranslation("validation.required");
        start.binder().forField(type).asRequired(required).bind("type");
        start.binder().forField(subject).asRequired(required).bind("subject");
        start.binder().forField(body).asRequired(required).bind("body");
        start.setVisible(false);

        thread = new QueryThread(client, api, problems, changed -> refresh());
        add(new H2(getTranslation("query.package.title")), none, grid, thread, start);
    }

    /** Shows the package's queries as the API lists them for the signed-in person; nothing to whoever sends no messages. */
    public void show(UUID shownPackage) {
        setVisible(currentUser.may(Capability.SEND_PACKAGE_MESSAGES));
        if (!isVisible()) {
            return;
        }
        if (!shownPackage.equals(packageId)) {
            thread.hide();
        }
        packageId = shownPackage;
        refresh();
    }

    private void refresh() {
        UUID id = packageId;
        api.fetch(auth -> client.listPackageQueries(auth, id)).ifPresent(this::display);
    }

    private void display(PackageQueries queries) {
        grid.setItems(queries.queries());
        grid.setVisible(!queries.queries().isEmpty());
        none.setVisible(queries.queries().isEmpty());
        boolean mayStart = queries.actions().contains(QueryAction.START);
        start.setVisible(mayStart);
        if (mayStart) {
            ActionMark.mark(start.button(), QueryAction.START, queries.packageId());
        }
    }

    private void open(QuerySummary query) {
        if (query == null) {
            return;
        }
        api.fetch(auth -> client.showQuery(auth, query.id())).ifPresent(opened -> {
            thread.show(opened);
            thread.focus();
        });
    }

    private void start(QueryForm form) {
        UUID id = packageId;
        String key = startKey.of(form);
        api.submit(auth -> client.startQuery(auth, id, key, form), start.binder()).ifPresent(this::started);
    }

    private void started(PackageQuery query) {
        problems.showInfo(getTranslation("query.start.done", query.query().packageReference()));
        start.binder().readRecord(new QueryForm(null, "", ""));
        refresh();
        thread.show(query);
        thread.focus();
    }
}
