package uk.homecare.portal.ui.payments;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.component.html.AttachmentType;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.payments.CorrectionForm;
import uk.homecare.portal.api.payments.LineAdjustment;
import uk.homecare.portal.api.payments.LineApproval;
import uk.homecare.portal.api.payments.PaymentLine;
import uk.homecare.portal.api.payments.PaymentRunForm;
import uk.homecare.portal.api.payments.PaymentSchedule;
import uk.homecare.portal.api.payments.PaymentScheduleAction;
import uk.homecare.portal.api.payments.PaymentScheduleForm;
import uk.homecare.portal.api.reference.Provider;
import uk.homecare.portal.ui.grids.FoldingColumns;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.ui.forms.ActionMark;
import uk.homecare.portal.ui.client.PaymentsClient;
import uk.homecare.portal.ui.client.ReferenceClient;
import uk.homecare.portal.ui.client.SubmissionKey;
import uk.homecare.portal.ui.layout.MainLayout;
import uk.homecare.portal.ui.problem.Problems;
import uk.homecare.portal.ui.reference.Formats;
import uk.homecare.portal.ui.reference.PoundsToPence;
import uk.homecare.portal.ui.security.ApiCaller;

/**
 * The council's payment schedules: build a provider's schedule for the 28 days from a Monday, list the schedules, and
 * open one to approve or adjust its exceptions, finalise it (after a confirmation), record a correction once it is final,
 * and download it as CSV for finance. Buttons follow the actions the API lists for the schedule.
 */
@Prototype
@RolesAllowed("COMMISSIONER")
@Route(value = "payments", layout = MainLayout.class)
public class PaymentsView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    private final transient PaymentsClient client;
    private final transient ReferenceClient reference;
    private final transient ApiCaller api;
    private final transient Problems problems;
    private final transient SubmissionKey submission = new SubmissionKey();
    private final Select<Provider> provider = new Select<>();
    private final DatePicker periodStart = new DatePicker();
    private final Binder<BuildDraft> buildForm = new Binder<>(BuildDraft.class);
    private final Grid<PaymentSchedule> schedules = new Grid<>();
    private final VerticalLayout detail = new VerticalLayout();
    private final H3 detailTitle = new H3();
    private final Paragraph totals = new Paragraph();
    private final Grid<PaymentLine> lines = new Grid<>();
    private final Binder<AdjustDraft> adjustForm = new Binder<>(AdjustDraft.class);
    private final Binder<CorrectionDraft> correctionForm = new Binder<>(CorrectionDraft.class);
    private final Button approve = new Button();
    private final Button adjust = new Button();
    private final HorizontalLayout adjustFields = new HorizontalLayout();
    private final Button finalise = new Button();
    private final HorizontalLayout correctionFields = new HorizontalLayout();
    private final Button download = new Button();
    private final Anchor file = new Anchor();
    private PaymentSchedule shown;
    /** The API's bounds ({@code LineAdjustment}, {@code CorrectionForm}), checked here so the message is in pounds. */
    private static final int MOST_RATE_PENCE = 1_000_000;
    private static final long MOST_CORRECTION_PENCE = 100_000_000L;

    PaymentsView(PaymentsClient client, ReferenceClient reference, ApiCaller api, Problems problems) {
        this.client = client;
        this.reference = reference;
        this.api = api;
        this.problems = problems;
        setId("payments");

        provider.setId("payments-provider");
        provider.setLabel(getTranslation("payments.provider"));
        provider.setItemLabelGenerator(Provider::name);
        periodStart.setLabel(getTranslation("payments.periodStart"));
        periodStart.setId("payments-period-start");
        periodStart.setHelperText(getTranslation("payments.periodStart.help"));
        buildForm.forField(provider).asRequired(getTranslation("validation.required"))
                .withConverter(Converter.<Provider, java.util.UUID>from(p -> Result.ok(p == null ? null : p.id()),
                        id -> provider.getListDataView().getItems().filter(p -> p.id().equals(id)).findFirst().orElse(null)))
                .bind("providerId");
        buildForm.forField(periodStart).asRequired(getTranslation("validation.required")).bind("periodStart");
        var build = new Button(getTranslation("payments.build"), click -> build());
        build.setId("payments-build");
        var buildAll = new Button(getTranslation("payments.buildAll"), click -> buildAll());
        buildAll.setId("payments-build-all");
        // every button of this page acts on the council's payment schedules, as the capability allows
        for (Button action : List.of(build, buildAll, approve, adjust, finalise, download)) {
            ActionMark.mark(action, Capability.MANAGE_PAYMENTS);
        }

        schedules.setId("payments-schedules");
        FoldingColumns.of(schedules).addColumn(s -> Formats.date(s.periodStart(), getLocale())).setHeader(getTranslation("payments.period"));
        FoldingColumns.of(schedules).addColumn(PaymentSchedule::providerName).setHeader(getTranslation("payments.provider"));
        FoldingColumns.of(schedules).addColumn(s -> getTranslation("payments.status." + s.status())).setHeader(getTranslation("payments.status"));
        FoldingColumns.of(schedules).addColumn(PaymentSchedule::openExceptions).setHeader(getTranslation("payments.openExceptions"));
        FoldingColumns.of(schedules).addColumn(s -> Money.pounds(s.totalPence(), getLocale())).setHeader(getTranslation("payments.total"));
        schedules.getElement().setAttribute("aria-label", getTranslation("payments.schedules"));
        schedules.setAllRowsVisible(true);
        schedules.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                open(event.getValue());
            }
        });

        lines.setId("payments-lines");
        FoldingColumns.of(lines).addColumn(PaymentLine::packageReference).setHeader(getTranslation("payments.package"));
        FoldingColumns.of(lines).addColumn(l -> days(l.visitDate(), l.lastVisitDate())).setHeader(getTranslation("payments.visitDate"));
        FoldingColumns.of(lines).addColumn(PaymentLine::visits).setHeader(getTranslation("payments.visits"));
        FoldingColumns.of(lines).addColumn(PaymentLine::paidMinutes).setHeader(getTranslation("payments.paidMinutes"));
        FoldingColumns.of(lines).addColumn(l -> Money.pounds(l.ratePence(), getLocale())).setHeader(getTranslation("payments.rate"));
        FoldingColumns.of(lines).addColumn(l -> l.exception() == null ? "" : getTranslation("payments.exception." + l.exception()))
                .setHeader(getTranslation("payments.exception"));
        FoldingColumns.of(lines).addColumn(l -> l.resolution() == null ? "" : getTranslation("payments.resolution." + l.resolution()))
                .setHeader(getTranslation("payments.resolution"));
        FoldingColumns.of(lines).addColumn(l -> Money.pounds(l.approvedAmountPence(), getLocale())).setHeader(getTranslation("payments.amount"));
        lines.getElement().setAttribute("aria-label", getTranslation("payments.lines"));
        lines.addSelectionListener(event -> showLineActions());

        approve.setText(getTranslation("payments.approve"));
        approve.setId("payments-approve");
        approve.addClickListener(click -> approve());
        var minutes = new IntegerField(getTranslation("payments.adjust.minutes"));
        minutes.setId("payments-adjust-minutes");
        var rate = pounds("payments-adjust-rate", "payments.adjust.rate");
        rate.setHelperText(getTranslation("payments.adjust.rate.help"));
        var reason = new TextField(getTranslation("payments.adjust.reason"));
        reason.setId("payments-adjust-reason");
        adjustForm.forField(minutes).asRequired(getTranslation("validation.required")).bind("paidMinutes");
        adjustForm.forField(rate).withConverter(new PoundsToPence(getTranslation("rate.pounds.invalid")))
                .withValidator(pence -> pence == null || (pence >= 1 && pence <= MOST_RATE_PENCE), getTranslation("payments.adjust.rate.range"))
                .bind("hourlyRatePence");
        adjustForm.forField(reason).asRequired(getTranslation("validation.required")).bind("reason");
        adjust.setText(getTranslation("payments.adjust"));
        adjust.setId("payments-adjust");
        adjust.addClickListener(click -> adjust());
        adjustFields.add(minutes, rate, reason, adjust);
        adjustFields.setAlignItems(Alignment.BASELINE);

        finalise.setText(getTranslation("payments.finalise"));
        finalise.setId("payments-finalise");
        finalise.addClickListener(click -> confirmFinalise());

        var amount = pounds("payments-correction-amount", "payments.correction.amount");
        amount.setHelperText(getTranslation("payments.correction.amount.help"));
        var correctionReason = new TextField(getTranslation("payments.correction.reason"));
        correctionReason.setId("payments-correction-reason");
        correctionForm.forField(amount).asRequired(getTranslation("validation.required"))
                .withConverter(new PoundsToPence(getTranslation("rate.pounds.invalid")))
                .withValidator(pence -> pence == null || Math.abs((long) pence) <= MOST_CORRECTION_PENCE,
                        getTranslation("payments.correction.amount.range"))
                .withConverter(Converter.<Integer, Long>from(v -> Result.ok(v == null ? null : v.longValue()),
                        v -> v == null ? null : Math.toIntExact(v)))
                .bind("amountPence");
        correctionForm.forField(correctionReason).asRequired(getTranslation("validation.required")).bind("reason");
        var addCorrection = new Button(getTranslation("payments.correction.add"), click -> correct());
        ActionMark.mark(addCorrection, Capability.MANAGE_PAYMENTS);
        addCorrection.setId("payments-correction-add");
        correctionFields.add(amount, correctionReason, addCorrection);
        correctionFields.setAlignItems(Alignment.BASELINE);

        download.setId("payments-download");
        download.setText(getTranslation("payments.download"));
        download.addClickListener(click -> download());
        file.setId("payments-file");
        file.setVisible(false);

        detail.setId("payments-detail");
        detail.setPadding(false);
        detail.add(detailTitle, totals, lines, new HorizontalLayout(approve), adjustFields, finalise, correctionFields, download, file);
        detail.setVisible(false);

        var buildRow = new HorizontalLayout(provider, periodStart, build, buildAll);
        buildRow.setAlignItems(Alignment.BASELINE);
        buildRow.setWrap(true);
        add(new H2(getTranslation("payments.title")), new Paragraph(getTranslation("payments.intro")), buildRow,
                new H3(getTranslation("payments.schedules")), schedules, detail);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        api.fetch(reference::listProviders).ifPresent(provider::setItems);
        refresh();
    }

    /** An amount typed in pounds and pence (the API takes pence: the binder converts). */
    private BigDecimalField pounds(String id, String labelKey) {
        var field = new BigDecimalField(getTranslation(labelKey));
        field.setId(id);
        field.setPrefixComponent(new Span(getTranslation("rate.currency")));
        return field;
    }

    private void refresh() {
        api.fetch(client::listPaymentSchedules).ifPresent(schedules::setItems);
    }

    private void build() {
        var draft = new BuildDraft();
        if (!buildForm.writeBeanIfValid(draft)) {
            return;
        }
        var form = new PaymentScheduleForm(draft.getProviderId(), draft.getPeriodStart());
        api.submit(auth -> client.buildPaymentSchedule(auth, submission.of(form), form), buildForm).ifPresent(built -> {
            problems.showInfo(getTranslation("payments.built", built.lineCount(), built.openExceptions()));
            refresh();
            show(built);
        });
    }

    /** Every provider's schedule for the period: only the period is needed, the provider chosen is left out. */
    private void buildAll() {
        if (periodStart.isEmpty()) {
            periodStart.setErrorMessage(getTranslation("validation.required"));
            periodStart.setInvalid(true);
            return;
        }
        var form = new PaymentRunForm(periodStart.getValue());
        api.submit(auth -> client.buildPaymentSchedules(auth, submission.of(form), form), buildForm).ifPresent(run -> {
            problems.showInfo(getTranslation("payments.builtAll", run.built().size(), run.overlapping().size()));
            refresh();
        });
    }

    private void open(PaymentSchedule summary) {
        api.fetch(auth -> client.showPaymentSchedule(auth, summary.id())).ifPresent(this::show);
    }

    void show(PaymentSchedule schedule) {
        shown = schedule;
        detail.setVisible(true);
        detailTitle.setText(getTranslation("payments.detail", schedule.providerName(), Formats.date(schedule.periodStart(), getLocale()),
                Formats.date(schedule.periodEnd(), getLocale()), getTranslation("payments.status." + schedule.status())));
        totals.setText(getTranslation("payments.totals", Money.pounds(schedule.linesTotalPence(), getLocale()),
                Money.pounds(schedule.correctionsTotalPence(), getLocale()), Money.pounds(schedule.totalPence(), getLocale()),
                schedule.openExceptions()));
        lines.setItems(schedule.lines());
        finalise.setVisible(schedule.actions().contains(PaymentScheduleAction.FINALISE));
        correctionFields.setVisible(schedule.actions().contains(PaymentScheduleAction.ADD_CORRECTION));
        file.setVisible(false);
        showLineActions();
    }

    private void showLineActions() {
        PaymentLine line = lines.asSingleSelect().getValue();
        boolean reviewable = shown != null && shown.actions().contains(PaymentScheduleAction.RESOLVE_EXCEPTIONS)
                && line != null && line.exception() != null;
        approve.setVisible(reviewable);
        adjustFields.setVisible(reviewable);
    }

    private void approve() {
        PaymentLine line = lines.asSingleSelect().getValue();
        if (line == null || shown == null) {
            return;
        }
        api.fetch(auth -> client.approvePaymentLine(auth, shown.id(), new LineApproval(line.id()))).ifPresent(this::changed);
    }

    private void adjust() {
        PaymentLine line = lines.asSingleSelect().getValue();
        var draft = new AdjustDraft();
        if (line == null || shown == null || !adjustForm.writeBeanIfValid(draft)) {
            return;
        }
        var form = new LineAdjustment(line.id(), draft.getPaidMinutes(), draft.getHourlyRatePence(), draft.getReason());
        api.submit(auth -> client.adjustPaymentLine(auth, shown.id(), form), adjustForm).ifPresent(changed -> {
            adjustForm.readBean(new AdjustDraft());
            changed(changed);
        });
    }

    private void confirmFinalise() {
        var dialog = new ConfirmDialog();
        dialog.setId("payments-finalise-confirm");
        dialog.setHeader(getTranslation("payments.finalise.confirm.header"));
        dialog.setText(getTranslation("payments.finalise.confirm.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("confirm.back"));
        dialog.setConfirmText(getTranslation("payments.finalise"));
        dialog.setConfirmButtonTheme("primary");
        dialog.setCancelButtonTheme("contrast");
        dialog.addCancelListener(event -> finalise.focus());
        dialog.addConfirmListener(event -> api.fetch(auth -> client.finalisePaymentSchedule(auth, shown.id())).ifPresent(this::changed));
        dialog.open();
    }

    private void correct() {
        var draft = new CorrectionDraft();
        if (shown == null || !correctionForm.writeBeanIfValid(draft)) {
            return;
        }
        var form = new CorrectionForm(draft.getAmountPence(), draft.getReason());
        api.submit(auth -> client.correctPaymentSchedule(auth, shown.id(), form), correctionForm).ifPresent(changed -> {
            correctionForm.readBean(new CorrectionDraft());
            changed(changed);
        });
    }

    private void download() {
        if (shown == null) {
            return;
        }
        UUID id = shown.id();
        String name = "payment-schedule-" + shown.periodStart() + "-" + id + ".csv";
        api.fetch(auth -> client.exportPaymentSchedule(auth, id)).ifPresent(csv -> {
            byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
            file.setHref(DownloadHandler.fromInputStream(event ->
                    new DownloadResponse(new ByteArrayInputStream(bytes), name, "text/csv", bytes.length)), AttachmentType.DOWNLOAD);
            file.setText(getTranslation("payments.file", name));
            file.setVisible(true);
            file.getElement().executeJs("this.click()");
        });
    }

    private void changed(PaymentSchedule schedule) {
        refresh();
        show(schedule);
    }

    private String days(LocalDate first, LocalDate last) {
        return days(first, last, getLocale());
    }

    /** A line's day, or its first and last days when it sums the visits of several. */
    static String days(LocalDate first, LocalDate last, java.util.Locale locale) {
        return first.equals(last) ? Formats.date(first, locale) : Formats.date(first, locale) + " – " + Formats.date(last, locale);
    }

    List<PaymentLine> shownLines() {
        return shown == null ? List.of() : shown.lines();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("payments.title");
    }
}
