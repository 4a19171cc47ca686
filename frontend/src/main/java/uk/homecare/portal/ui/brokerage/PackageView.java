package uk.homecare.portal.ui.brokerage;

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
import java.util.Optional;
import java.util.UUID;
import uk.homecare.portal.ui.client.BrokerageClient;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.HistoryEntry;
import uk.homecare.portal.api.brokerage.PackageAction;
import uk.homecare.portal.api.brokerage.PersonDetails;
import uk.homecare.portal.api.identity.Role;
import uk.homecare.portal.api.identity.Bearer;
import uk.homecare.portal.ui.client.ReferenceClient;
import uk.homecare.portal.ui.forms.ActionMark;
import uk.homecare.portal.ui.layout.MainLayout;
import uk.homecare.portal.ui.problem.Problems;
import uk.homecare.portal.ui.reference.Formats;
import uk.homecare.portal.ui.security.ApiCaller;
import uk.homecare.portal.ui.grids.FoldingColumns;

/**
 * One package as its council sees it: the care, the person, where it is in the cascade and how long
 * the window has left; publishing a draft, the bids to award from and a move to another provider at
 * review, each while the API lists it; its history.
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
    private final Facts person = new Facts("package-person");
    private final Button publish;
    private final BidsPanel bids;
    private final ReviewPanel review;
    private final Grid<HistoryEntry> history = new Grid<>();

    PackageView(BrokerageClient client, ReferenceClient reference, ApiCaller api, Problems problems, Clock clock) {
        super(api, "package.title");
        this.client = client;
        this.api = api;
        this.clock = clock;
        this.problems = problems;
        setId("package");
        bids = new BidsPanel(client, api, problems, this::display);
        review = new ReviewPanel(client, reference, api, problems, this::display);

        history.setId("package-history");
        FoldingColumns.of(history).addColumn(entry -> Moments.dateTime(this, entry.at())).setHeader(getTranslation("history.at")).setAutoWidth(true);
        FoldingColumns.of(history).addColumn(HistoryEntry::actor).setHeader(getTranslation("history.actor"));
        FoldingColumns.of(history).addColumn(entry -> roleLabel(entry.role())).setHeader(getTranslation("history.role"));
        FoldingColumns.of(history).addColumn(entry -> actionLabel(entry.action())).setHeader(getTranslation("history.action"));
        FoldingColumns.of(history).addColumn(HistoryEntry::details).setHeader(getTranslation("history.details")).setFlexGrow(1);
        history.setAllRowsVisible(true);
        history.getElement().setAttribute("aria-label", getTranslation("history.title"));

        status.setId("package-status");
        publish = new Button(getTranslation("package.publish"), click -> publish());
        publish.setId("package-view-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        publish.setVisible(false);
        add(heading, status, new HorizontalLayout(reloadButton("package-reload"), publish), facts, new H3(getTranslation("package.person")), person, bids, review,
                new H3(getTranslation("history.title")), history);
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
        status.add(Labels.status(this, p.status()));
        facts.clear();
        facts.fact("package.status", getTranslation("package.status." + p.status()))
                .fact("package.zone", Labels.name(p.zone()))
                .fact("package.lot", Labels.name(p.lot()))
                .fact("package.funding", getTranslation("funding." + p.funding()))
                .fact("package.weeklyHours", Formats.hours(p.weeklyMinutes()))
                .fact("package.visits", Labels.visits(this, p.visitPattern()))
                .fact("package.startDate", Formats.date(p.startDate(), getLocale()))
                .fact("package.needsSummary", p.needsSummary())
                .fact("package.publishedAt", Moments.dateTime(this, p.publishedAt()))
                .fact("package.waiting", Moments.since(this, p.publishedAt(), now))
                .fact("package.windowEnds", p.stageEndsAt() == null ? "" : Moments.dateTime(this, p.stageEndsAt())
                        + " (" + Moments.until(this, p.stageEndsAt(), now) + ")")
                .fact("package.awardedProvider", Labels.name(p.awardedProvider()))
                .fact("package.agreedStart", Formats.date(p.agreedStart(), getLocale()))
                .fact("package.handBackOn", Formats.date(p.handBackOn(), getLocale()));
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
        bids.show(p);
        review.show(p);
        api.fetch(auth -> client.packageHistory(auth, p.id())).ifPresent(history::setItems);
    }

    private void publish() {
        UUID id = current().id();
        api.fetch(auth -> client.publishPackage(auth, id)).ifPresent(published -> {
            problems.showInfo(getTranslation("package.published", published.reference()));
            display(published);
        });
    }

    /** The event in words; an event this UI does not know yet is shown as the API names it. */
    /** An action this UI has no words for is shown as the trail stored it. */
    private String actionLabel(String action) {
        return AuditAction.of(action).flatMap(this::words).orElse(action);
    }

    private Optional<String> words(AuditAction action) {
        String key = "history.action." + action.name();
        String label = getTranslation(key);
        return label.equals("!{" + key + "}!") ? Optional.empty() : Optional.of(label);
    }

    private String roleLabel(String role) {
        try {
            return getTranslation("role." + Role.valueOf(role).name());
        } catch (IllegalArgumentException | NullPointerException notARole) {
            return role == null ? "" : role;
        }
    }
}
