package uk.homecare.portal.ui.brokerage;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import uk.homecare.portal.ui.client.BrokerageClient;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.HistoryEntry;
import uk.homecare.portal.api.brokerage.PackageAction;
import uk.homecare.portal.api.brokerage.PersonDetails;
import uk.homecare.portal.api.identity.Bearer;
import uk.homecare.portal.ui.client.MessagingClient;
import uk.homecare.portal.ui.client.ReferenceClient;
import uk.homecare.portal.ui.messaging.QueriesPanel;
import uk.homecare.portal.ui.security.CurrentUser;
import uk.homecare.portal.ui.forms.ActionMark;
import uk.homecare.portal.ui.layout.MainLayout;
import uk.homecare.portal.ui.problem.Problems;
import uk.homecare.portal.ui.reference.Formats;
import uk.homecare.portal.ui.security.ApiCaller;
import uk.homecare.portal.ui.grids.FoldingColumns;

/**
 * One package as its council sees it: the care, the person, where it is in the cascade and how long
 * the window has left (only while it is in the cascade; once awarded, to whom and when); publishing a
 * draft, the bids to award from and a move to another provider at review, each while the API lists it and
 * each award or move after the commissioner confirms it; its history, each event a sentence.
 */
@Prototype
@RolesAllowed({"COMMISSIONER", "ADMIN"})
@Route(value = "packages/:id", layout = MainLayout.class)
public class PackageView extends RecordView<CarePackage> {

    private final transient BrokerageClient client;
    private final transient ApiCaller api;
    private final transient Clock clock;
    private final transient Problems problems;
    private final H2 heading = new H2();
    private final Div status = new Div();
    private final Facts facts = new Facts("package-facts");
    private final ScheduleTable schedule = new ScheduleTable("package-schedule");
    private final Facts person = new Facts("package-person");
    private final Button publish;
    private final BidsPanel bids;
    private final ReviewPanel review;
    private final CancelPanel cancel;
    private final VariationsPanel variations;
    private final Button edit;
    private final DecideChangePanel decide;
    private final QueriesPanel queries;
    private final Grid<HistoryEntry> history = new Grid<>();

    PackageView(BrokerageClient client, ReferenceClient reference, MessagingClient messaging, ApiCaller api, Problems problems,
            CurrentUser currentUser, Clock clock) {
        super(api, "package.title");
        this.client = client;
        this.api = api;
        this.clock = clock;
        this.problems = problems;
        setId("package");
        bids = new BidsPanel(client, api, problems, this::displayAfterAction);
        review = new ReviewPanel(client, reference, api, problems, this::displayAfterAction);
        cancel = new CancelPanel(client, api, problems, this::displayAfterAction);
        variations = new VariationsPanel(client, api, problems, this::displayAfterAction);
        decide = new DecideChangePanel(client, api, problems, this::displayAfterAction);
        queries = new QueriesPanel(messaging, api, problems, currentUser);
        // after an award or a move the focus goes to the package's heading, above what changed
        heading.getElement().setAttribute("tabindex", "-1");

        history.setId("package-history");
        FoldingColumns.of(history).addColumn(entry -> Moments.dateTime(this, entry.at())).setHeader(getTranslation("history.at")).setAutoWidth(true);
        FoldingColumns.of(history).addColumn(entry -> HistoryWords.sentence(this, entry)).setHeader(getTranslation("history.what"))
                .setKey("sentence").setFlexGrow(1);
        history.setAllRowsVisible(true);
        history.getElement().setAttribute("aria-label", getTranslation("history.title"));

        status.setId("package-status");
        publish = new Button(getTranslation("package.publish"), click -> publish());
        publish.setId("package-view-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        publish.setVisible(false);
        edit = new Button(getTranslation("package.edit"), click -> UI.getCurrent().navigate("packages/" + current().id() + "/edit"));
        edit.setId("package-view-edit");
        edit.setVisible(false);
        add(heading, status, new HorizontalLayout(reloadButton("package-reload"), publish, edit), facts, schedule,
                new H3(getTranslation("package.person")), person, bids, decide, review, variations, cancel,
                queries, new H3(getTranslation("history.title")), history);
    }

    @Override
    CarePackage fetch(Bearer caller, UUID id) {
        return client.showPackage(caller, id);
    }

    @Override
    String reference(CarePackage p) {
        return p.reference();
    }

    @Override
    void show(CarePackage p) {
        heading.setText(getTranslation("package.title", p.reference()));
        Instant now = clock.instant();
        status.removeAll();
        status.add(Labels.statusAndEmergency(this, p));
        facts.clear();
        facts.fact("package.status", getTranslation("package.status." + p.status()))
                .fact("package.zone", Labels.name(p.zone()))
                .fact("package.lot", Labels.name(p.lot()))
                .fact("package.funding", getTranslation("funding." + p.funding()))
                .fact("package.urgency", getTranslation("urgency." + p.urgency()))
                .fact("package.weeklyHours", Formats.hours(p.weeklyMinutes()))
                .fact("package.visits", Labels.visits(this, p.visitPattern()))
                .fact("package.startDate", Moments.date(this, p.startDate()))
                .fact("package.needsSummary", p.needsSummary())
                .fact("package.matchingNeeds", Labels.needs(this, p.matchingNeeds()))
                .fact("package.publishedAt", Moments.dateTime(this, p.publishedAt()));
        if (inCascade(p)) {
            // how long it has waited and how long its window has left mean something only until it is placed
            facts.fact("package.waiting", Moments.since(this, p.publishedAt(), now));
            if (p.emergency()) {
                facts.fact("package.emergencyAt", Moments.dateTime(this, p.emergencyAt()));
            } else if (p.escalatesAt() != null) {
                facts.fact("package.escalatesAt", getTranslation("package.windowEnds.value",
                        Moments.dateTime(this, p.escalatesAt()), Moments.until(this, p.escalatesAt(), now)));
            }
            if (p.stageEndsAt() != null) {
                facts.fact("package.windowEnds", getTranslation("package.windowEnds.value",
                        Moments.dateTime(this, p.stageEndsAt()), Moments.until(this, p.stageEndsAt(), now)));
            }
        }
        if (p.awardedProvider() != null) {
            facts.fact("package.awardedProvider", p.awardedAt() == null
                    ? Labels.name(p.awardedProvider())
                    : getTranslation("package.awardedOn", Moments.date(this, p.awardedAt().atZone(UkTime.ZONE).toLocalDate()),
                            Labels.name(p.awardedProvider())));
        }
        schedule.show(p.schedule());
        facts.fact("package.agreedStart", Moments.date(this, p.agreedStart()))
                .fact("package.handBackOn", Moments.date(this, p.handBackOn()));
        person.clear();
        PersonDetails who = p.person();
        if (who != null) {
            person.fact("person.name", getTranslation("person.fullName", who.givenName(), who.familyName()))
                    .fact("person.dateOfBirth", Formats.date(who.dateOfBirth(), getLocale()))
                    .fact("person.nhsNumber", who.nhsNumber())
                    .fact("person.addressLine", who.addressLine())
                    .fact("person.postcode", who.postcode());
        }
        publish.setVisible(p.actions().contains(PackageAction.PUBLISH));
        ActionMark.mark(publish, PackageAction.PUBLISH, p.id());
        edit.setVisible(p.actions().contains(PackageAction.EDIT));
        ActionMark.mark(edit, PackageAction.EDIT, p.id());
        bids.show(p);
        variations.show(p);
        review.show(p);
        cancel.show(p);
        decide.show(p);
        queries.setVisible(false);
        if (p.status() != uk.homecare.portal.api.brokerage.PackageStatus.DRAFT) {
            queries.show(p.id());
        }
        api.fetch(auth -> client.packageHistory(auth, p.id())).ifPresent(history::setItems);
    }

    /** Shows the package an award or move answered with, and takes the focus to its heading. */
    private void displayAfterAction(CarePackage changed) {
        display(changed);
        heading.getElement().callJsFunction("focus");
    }

    private void publish() {
        UUID id = current().id();
        api.fetch(auth -> client.publishPackage(auth, id)).ifPresent(published -> {
            problems.showInfo(getTranslation("package.published", published.reference()));
            display(published);
        });
    }

    /** Whether the package is still being offered or waits for the council: waiting and window times count only then. */
    static boolean inCascade(CarePackage p) {
        return switch (p.status()) {
            case PRIMARY, SECONDARY, OPEN, REVIEW, UNALLOCATED -> true;
            case DRAFT, AWARDED, CANCELLED, SUSPENDED, ENDED -> false;
        };
    }
}
