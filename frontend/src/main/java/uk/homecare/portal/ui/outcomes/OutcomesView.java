package uk.homecare.portal.ui.outcomes;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.api.outcomes.KpiSnapshotSummary;
import uk.homecare.portal.api.outcomes.OutcomeLine;
import uk.homecare.portal.api.outcomes.OutcomeNote;
import uk.homecare.portal.api.outcomes.OutcomeNoteForm;
import uk.homecare.portal.api.outcomes.OutcomeOperations;
import uk.homecare.portal.api.outcomes.OutcomeReport;
import uk.homecare.portal.api.outcomes.ReportRecipient;
import uk.homecare.portal.api.outcomes.ReportSubscription;
import uk.homecare.portal.api.outcomes.ReportSubscriptions;
import uk.homecare.portal.api.outcomes.ScheduledReport;
import uk.homecare.portal.api.outcomes.SnapshotRequest;
import uk.homecare.portal.api.outcomes.SubscriptionForm;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.ui.client.OutcomeClient;
import uk.homecare.portal.ui.forms.ActionMark;
import uk.homecare.portal.ui.grids.FoldingColumns;
import uk.homecare.portal.ui.layout.MainLayout;
import uk.homecare.portal.ui.problem.Problems;
import uk.homecare.portal.ui.security.ApiCaller;
import uk.homecare.portal.ui.security.CurrentUser;

/**
 * Outcomes over time. A commissioner sees the council's monthly KPI snapshots and takes one on demand for an ended month
 * that has none; chooses a period of months to compare (its first snapshot against its last, as a table), reads and adds
 * notes on it, and downloads it as a PDF for committee. Commissioners and administrators choose which reports go monthly
 * to which of the council's staff. What each person may do comes from their capabilities; the API says who may be sent what.
 */
@Prototype
@RolesAllowed({"COMMISSIONER", "ADMIN"})
@Route(value = "outcomes", layout = MainLayout.class)
public class OutcomesView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    /** How many ended months the month choices offer. */
    static final int MONTHS_OFFERED = 36;

    private final transient OutcomeClient client;
    private final transient ApiCaller api;
    private final transient Problems problems;
    private final boolean reportsOutcomes;
    private final boolean schedulesReports;
    private final List<YearMonth> endedMonths = new ArrayList<>();
    private final Grid<KpiSnapshotSummary> snapshots = new Grid<>();
    private final Select<YearMonth> snapshotMonth = new Select<>();
    private final Select<YearMonth> from = new Select<>();
    private final Select<YearMonth> to = new Select<>();
    private final Paragraph compared = new Paragraph();
    private final Grid<OutcomeLine> lines = new Grid<>();
    private final VerticalLayout notes = new VerticalLayout();
    private final Binder<NoteDraft> noteForm = new Binder<>(NoteDraft.class);
    private final TextArea noteText = new TextArea();
    private final Anchor file = new Anchor();
    private final Grid<ReportSubscription> subscriptions = new Grid<>();
    private final Select<ReportRecipient> recipient = new Select<>();
    private final Select<ScheduledReport> report = new Select<>();
    private OutcomeReport shown;

    OutcomesView(OutcomeClient client, ApiCaller api, Problems problems, CurrentUser currentUser, Clock clock) {
        this.client = client;
        this.api = api;
        this.problems = problems;
        this.reportsOutcomes = currentUser.may(Capability.REPORT_OUTCOMES);
        this.schedulesReports = currentUser.may(Capability.READ_KPIS);
        setId("outcomes");
        YearMonth justEnded = YearMonth.from(UkTime.today(clock)).minusMonths(1);
        for (int i = 0; i < MONTHS_OFFERED; i++) {
            endedMonths.add(justEnded.minusMonths(i));
        }
        add(new H2(getTranslation("outcomes.title")), new Paragraph(getTranslation("outcomes.intro")));
        if (reportsOutcomes) {
            add(snapshotSection(), compareSection(justEnded));
        }
        if (schedulesReports) {
            add(scheduleSection());
        }
    }

    private VerticalLayout snapshotSection() {
        snapshots.setId("outcomes-snapshots");
        FoldingColumns.of(snapshots).addColumn(s -> month(s.month())).setHeader(getTranslation("outcomes.snapshot.month"));
        FoldingColumns.of(snapshots).addColumn(s -> DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", getLocale())
                .format(s.takenAt().atZone(UkTime.ZONE))).setHeader(getTranslation("outcomes.snapshot.takenAt"));
        FoldingColumns.of(snapshots).addColumn(s -> s.takenBy() == null ? getTranslation("outcomes.snapshot.job") : s.takenBy())
                .setHeader(getTranslation("outcomes.snapshot.takenBy"));
        FoldingColumns.of(snapshots).addColumn(KpiSnapshotSummary::figures).setHeader(getTranslation("outcomes.snapshot.figures"));
        snapshots.getElement().setAttribute("aria-label", getTranslation("outcomes.snapshots"));
        snapshots.setAllRowsVisible(true);
        snapshotMonth.setId("outcomes-snapshot-month");
        snapshotMonth.setLabel(getTranslation("outcomes.snapshot.take.month"));
        snapshotMonth.setItemLabelGenerator(this::month);
        var take = ActionMark.mark(new Button(getTranslation("outcomes.snapshot.take"), VaadinIcon.CAMERA.create(), click -> takeSnapshot()),
                Capability.REPORT_OUTCOMES);
        take.setId("outcomes-snapshot-take");
        var takeRow = new HorizontalLayout(snapshotMonth, take);
        takeRow.setAlignItems(Alignment.BASELINE);
        takeRow.setWrap(true);
        var section = new VerticalLayout(new H3(getTranslation("outcomes.snapshots")), new Paragraph(getTranslation("outcomes.snapshots.intro")),
                snapshots, takeRow);
        section.setPadding(false);
        return section;
    }

    private VerticalLayout compareSection(YearMonth justEnded) {
        for (Select<YearMonth> month : List.of(from, to)) {
            month.setItems(endedMonths);
            month.setItemLabelGenerator(this::month);
        }
        from.setId("outcomes-from");
        from.setLabel(getTranslation("outcomes.from"));
        from.setValue(justEnded.minusMonths(12));
        to.setId("outcomes-to");
        to.setLabel(getTranslation("outcomes.to"));
        to.setValue(justEnded);
        var compare = ActionMark.mark(new Button(getTranslation("outcomes.compare"), VaadinIcon.SCALE.create(), click -> compare()),
                Capability.REPORT_OUTCOMES);
        compare.setId("outcomes-compare");
        compare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var pdf = ActionMark.mark(new Button(getTranslation("outcomes.pdf"), VaadinIcon.DOWNLOAD.create(), click -> downloadPdf()),
                Capability.REPORT_OUTCOMES);
        pdf.setId("outcomes-pdf");
        var fields = new HorizontalLayout(from, to, compare, pdf);
        fields.setAlignItems(Alignment.BASELINE);
        fields.setWrap(true);
        file.setId("outcomes-file");
        file.setVisible(false);
        compared.setId("outcomes-compared");
        compared.getElement().setAttribute("role", "status");
        lines.setId("outcomes-lines");
        FoldingColumns.of(lines).addColumn(l -> figure(l)).setHeader(getTranslation("outcomes.line.figure"));
        FoldingColumns.of(lines).addColumn(l -> number(l.first())).setHeader(getTranslation("outcomes.line.first"));
        FoldingColumns.of(lines).addColumn(l -> number(l.last())).setHeader(getTranslation("outcomes.line.last"));
        FoldingColumns.of(lines).addColumn(l -> l.change() == null ? "" : (l.change() > 0 ? "+" : "") + l.change())
                .setHeader(getTranslation("outcomes.line.change"));
        lines.getElement().setAttribute("aria-label", getTranslation("outcomes.lines"));
        lines.setAllRowsVisible(true);
        notes.setId("outcomes-notes");
        notes.setPadding(false);
        noteText.setId("outcomes-note-text");
        noteText.setLabel(getTranslation("outcomes.note.text"));
        noteText.setMaxLength(OutcomeOperations.NOTE_LENGTH);
        noteText.setWidthFull();
        noteForm.forField(noteText).asRequired(getTranslation("validation.required")).bind("text");
        var addNote = ActionMark.mark(new Button(getTranslation("outcomes.note.add"), click -> addNote()), Capability.REPORT_OUTCOMES);
        addNote.setId("outcomes-note-add");
        var section = new VerticalLayout(new H3(getTranslation("outcomes.compare.title")), fields, file, compared, lines,
                new H3(getTranslation("outcomes.notes")), notes, noteText, addNote);
        section.setPadding(false);
        return section;
    }

    private VerticalLayout scheduleSection() {
        subscriptions.setId("outcomes-subscriptions");
        FoldingColumns.of(subscriptions).addColumn(s -> s.recipient().name()).setHeader(getTranslation("outcomes.schedule.recipient"));
        FoldingColumns.of(subscriptions).addColumn(s -> getTranslation("outcomes.report." + s.report().name()))
                .setHeader(getTranslation("outcomes.schedule.report"));
        FoldingColumns.of(subscriptions).addComponentColumn(s -> {
            var remove = ActionMark.mark(new Button(getTranslation("outcomes.schedule.remove"), click -> unsubscribe(s)), Capability.READ_KPIS);
            remove.getElement().setAttribute("aria-label", getTranslation("outcomes.schedule.remove.label",
                    getTranslation("outcomes.report." + s.report().name()), s.recipient().name()));
            return remove;
        }).setHeader(getTranslation("outcomes.schedule.actions")).setKey("actions");
        subscriptions.getElement().setAttribute("aria-label", getTranslation("outcomes.schedule"));
        subscriptions.setAllRowsVisible(true);
        recipient.setId("outcomes-recipient");
        recipient.setLabel(getTranslation("outcomes.schedule.recipient"));
        recipient.setItemLabelGenerator(r -> getTranslation("outcomes.schedule.recipient.item", r.name(), getTranslation("role." + r.role().name())));
        recipient.addValueChangeListener(event -> {
            recipient.setInvalid(false);
            report.setItems(event.getValue() == null ? List.of() : event.getValue().reports());
        });
        report.setId("outcomes-report");
        report.setLabel(getTranslation("outcomes.schedule.report"));
        report.setItemLabelGenerator(r -> getTranslation("outcomes.report." + r.name()));
        var send = ActionMark.mark(new Button(getTranslation("outcomes.schedule.add"), VaadinIcon.ENVELOPE.create(), click -> subscribe()),
                Capability.READ_KPIS);
        send.setId("outcomes-subscribe");
        var row = new HorizontalLayout(recipient, report, send);
        row.setAlignItems(Alignment.BASELINE);
        row.setWrap(true);
        var section = new VerticalLayout(new H3(getTranslation("outcomes.schedule")), new Paragraph(getTranslation("outcomes.schedule.intro")),
                subscriptions, row);
        section.setPadding(false);
        return section;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (reportsOutcomes) {
            loadSnapshots();
            compare();
        }
        if (schedulesReports) {
            loadSubscriptions();
        }
    }

    private void loadSnapshots() {
        api.fetch(client::listKpiSnapshots).ifPresent(taken -> {
            snapshots.setItems(taken);
            Set<String> have = taken.stream().map(KpiSnapshotSummary::month).collect(Collectors.toSet());
            snapshotMonth.setItems(endedMonths.stream().filter(m -> !have.contains(m.toString())).toList());
        });
    }

    private void takeSnapshot() {
        YearMonth month = snapshotMonth.getValue();
        snapshotMonth.setInvalid(month == null);
        snapshotMonth.setErrorMessage(month == null ? getTranslation("validation.required") : null);
        if (month == null) {
            return;
        }
        api.fetch(auth -> client.takeKpiSnapshot(auth, new SnapshotRequest(month.toString())).body(), problem -> fieldProblem(problem, snapshotMonth))
                .ifPresent(taken -> {
                    problems.showInfo(getTranslation("outcomes.snapshot.taken", month(taken.month())));
                    loadSnapshots();
                    compare();
                });
    }

    void compare() {
        YearMonth first = from.getValue();
        YearMonth last = to.getValue();
        boolean wrongWay = first != null && last != null && first.isAfter(last);
        to.setInvalid(wrongWay);
        to.setErrorMessage(wrongWay ? getTranslation("outcomes.order") : null);
        if (first == null || last == null || wrongWay) {
            return;
        }
        api.fetch(auth -> client.showOutcomeReport(auth, first.toString(), last.toString())).ifPresent(this::show);
    }

    private void show(OutcomeReport report) {
        shown = report;
        compared.setText(report.firstMonth() == null ? getTranslation("outcomes.compared.none")
                : getTranslation("outcomes.compared", month(report.firstMonth()), month(report.lastMonth()), report.months().size()));
        lines.setItems(report.lines());
        lines.setVisible(!report.lines().isEmpty());
        notes.removeAll();
        if (report.notes().isEmpty()) {
            notes.add(new Paragraph(getTranslation("outcomes.notes.none")));
        }
        for (OutcomeNote note : report.notes()) {
            var about = new Paragraph(getTranslation("outcomes.note.about", month(note.fromMonth()), month(note.toMonth()), note.writtenBy()));
            about.addClassName("outcomes-note-about");
            var text = new Paragraph(note.text());
            text.addClassName("outcomes-note");
            notes.add(about, text);
        }
    }

    private void addNote() {
        var draft = new NoteDraft();
        if (shown == null || !noteForm.writeBeanIfValid(draft)) {
            return;
        }
        var form = new OutcomeNoteForm(shown.from(), shown.to(), draft.getText());
        api.submit(auth -> client.addOutcomeNote(auth, form), noteForm).ifPresent(added -> {
            problems.showInfo(getTranslation("outcomes.note.added"));
            noteForm.readBean(new NoteDraft());
            compare();
        });
    }

    private void downloadPdf() {
        if (shown == null) {
            return;
        }
        String first = shown.from();
        String last = shown.to();
        api.fetch(auth -> client.downloadOutcomeReportPdf(auth, first, last).body()).ifPresent(pdf -> {
            String name = "outcomes-" + first + "-" + last + ".pdf";
            file.setHref(DownloadHandler.fromInputStream(event ->
                    new DownloadResponse(new ByteArrayInputStream(pdf), name, OutcomeOperations.PDF, pdf.length)),
                    com.vaadin.flow.component.html.AttachmentType.DOWNLOAD);
            file.setText(getTranslation("outcomes.pdf.link", name));
            file.setVisible(true);
            file.getElement().executeJs("this.click()");
        });
    }

    private void loadSubscriptions() {
        api.fetch(client::listReportSubscriptions).ifPresent(this::showSubscriptions);
    }

    private void showSubscriptions(ReportSubscriptions listed) {
        subscriptions.setItems(listed.subscriptions());
        recipient.setItems(listed.recipients());
    }

    private void subscribe() {
        ReportRecipient who = recipient.getValue();
        ScheduledReport which = report.getValue();
        recipient.setInvalid(who == null);
        recipient.setErrorMessage(who == null ? getTranslation("validation.required") : null);
        report.setInvalid(which == null);
        report.setErrorMessage(which == null ? getTranslation("validation.required") : null);
        if (who == null || which == null) {
            return;
        }
        api.fetch(auth -> client.subscribeToReport(auth, who.id(), new SubscriptionForm(which)), problem -> fieldProblem(problem, recipient))
                .ifPresent(added -> {
                    problems.showInfo(getTranslation("outcomes.schedule.added", getTranslation("outcomes.report." + which.name()), who.name()));
                    report.clear();
                    recipient.clear();
                    loadSubscriptions();
                });
    }

    private void unsubscribe(ReportSubscription subscription) {
        api.fetch(auth -> {
            client.unsubscribeFromReport(auth, subscription.recipient().id(), subscription.report());
            return Boolean.TRUE;
        }).ifPresent(done -> {
            problems.showInfo(getTranslation("outcomes.schedule.removed", getTranslation("outcomes.report." + subscription.report().name()),
                    subscription.recipient().name()));
            loadSubscriptions();
        });
    }

    /** A refusal about the one field this action sends (month, accountId) shown next to it; any other as usual. */
    private void fieldProblem(Problem problem, Select<?> field) {
        if (problem.errors() != null && !problem.errors().isEmpty()) {
            field.setInvalid(true);
            field.setErrorMessage(problem.errors().stream().map(Problem.FieldError::message).collect(Collectors.joining(" ")));
        } else {
            problems.show(problem);
        }
    }

    private String month(YearMonth month) {
        return DateTimeFormatter.ofPattern("MMMM yyyy", getLocale()).format(month);
    }

    private String month(String month) {
        return month(YearMonth.parse(month));
    }

    private static String number(Long value) {
        return value == null ? "" : String.format(java.util.Locale.UK, "%,d", value);
    }

    private String figure(OutcomeLine line) {
        String name = line.section().replace('_', ' ') + ": " + line.measure().replace('_', ' ');
        return line.group().isBlank() ? name : name + " (" + line.by().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + line.group() + ")";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outcomes.title");
    }
}
