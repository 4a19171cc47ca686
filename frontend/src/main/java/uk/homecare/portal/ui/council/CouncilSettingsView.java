package uk.homecare.portal.ui.council;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import uk.homecare.portal.api.brokerage.BrokeragePolicy;
import uk.homecare.portal.api.brokerage.OpenStageRule;
import uk.homecare.portal.api.council.CouncilSettings;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.ui.brokerage.WindowField;
import uk.homecare.portal.ui.client.CouncilClient;
import uk.homecare.portal.ui.forms.ActionMark;
import uk.homecare.portal.ui.layout.MainLayout;
import uk.homecare.portal.ui.problem.Problems;
import uk.homecare.portal.ui.security.ApiCaller;
import uk.homecare.portal.ui.security.CurrentUser;

/**
 * The council's settings in one place: the shortest visit, the brokerage policy (shown, and changed only
 * by commissioners on their own page), the default language, whether staff must use a second factor, and
 * the e-mail sender's name. Each field says what it takes,
 * and a mistake is shown next to it in the unit typed; the whole form is saved at once, with the version
 * it was loaded at, so a change another administrator made meanwhile is never overwritten.
 */
@Prototype
@RolesAllowed("ADMIN")
@Route(value = "council-settings", layout = MainLayout.class)
public class CouncilSettingsView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    private final transient CouncilClient client;
    private final transient ApiCaller api;
    private final transient Problems problems;
    private final Binder<SettingsDraft> binder = new Binder<>(SettingsDraft.class);
    private final Paragraph saved = new Paragraph();
    private final Button save;
    private SettingsDraft draft;

    CouncilSettingsView(CouncilClient client, ApiCaller api, Problems problems, CurrentUser currentUser) {
        this.client = client;
        this.api = api;
        this.problems = problems;
        setId("council-settings");
        String required = getTranslation("validation.required");

        var minVisit = new IntegerField(getTranslation("settings.minVisit"));
        minVisit.setId("settings-min-visit");
        minVisit.setHelperText(getTranslation("settings.minVisit.hint", CouncilSettings.MIN_VISIT, CouncilSettings.MAX_VISIT));
        minVisit.setSuffixComponent(new com.vaadin.flow.component.html.Span(getTranslation("settings.minutes")));
        binder.forField(minVisit).asRequired(required)
                .withValidator(v -> v >= CouncilSettings.MIN_VISIT && v <= CouncilSettings.MAX_VISIT,
                        getTranslation("settings.minVisit.invalid", CouncilSettings.MIN_VISIT, CouncilSettings.MAX_VISIT))
                .bind("minVisitMinutes");

        var primary = window("settings-primary-window", "policy.primaryWindow", "primaryWindowMinutes", required);
        var secondary = window("settings-secondary-window", "policy.secondaryWindow", "secondaryWindowMinutes", required);
        var open = window("settings-open-window", "policy.openWindow", "openWindowMinutes", required);
        var rule = new Select<OpenStageRule>();
        rule.setId("settings-open-rule");
        rule.setLabel(getTranslation("policy.openStageRule"));
        rule.setItems(OpenStageRule.values());
        rule.setItemLabelGenerator(r -> getTranslation("policy.openStageRule." + r));
        binder.forField(rule).asRequired(required).bind("openStageRule");
        var notice = new IntegerField(getTranslation("policy.handBackNoticeDays"));
        notice.setId("settings-hand-back-days");
        notice.setHelperText(getTranslation("settings.handBack.hint", BrokeragePolicy.MAX_NOTICE_DAYS));
        binder.forField(notice).asRequired(required)
                .withValidator(v -> v >= 0 && v <= BrokeragePolicy.MAX_NOTICE_DAYS,
                        getTranslation("settings.handBack.invalid", BrokeragePolicy.MAX_NOTICE_DAYS))
                .bind("handBackNoticeDays");

        var hold = new IntegerField(getTranslation("settings.hospitalHold"));
        hold.setId("settings-hospital-hold-days");
        hold.setHelperText(getTranslation("settings.hospitalHold.hint", CouncilSettings.MIN_HOLD_DAYS, CouncilSettings.MAX_HOLD_DAYS));
        binder.forField(hold)
                .withValidator(v -> v == null || (v >= CouncilSettings.MIN_HOLD_DAYS && v <= CouncilSettings.MAX_HOLD_DAYS),
                        getTranslation("settings.hospitalHold.invalid", CouncilSettings.MIN_HOLD_DAYS, CouncilSettings.MAX_HOLD_DAYS))
                .bind("hospitalHoldDays");

        var routineWindow = hours("settings-routine-window", "settings.routineWindow", "routineWindowHours",
                CouncilSettings.MAX_ROUTINE_WINDOW_HOURS);
        var urgentWindow = hours("settings-urgent-window", "settings.urgentWindow", "urgentWindowHours",
                CouncilSettings.MAX_URGENT_WINDOW_HOURS);
        var fastTrackWindow = hours("settings-fast-track-window", "settings.fastTrackWindow", "fastTrackWindowHours",
                CouncilSettings.MAX_FAST_TRACK_WINDOW_HOURS);
        var urgencyNote = new Paragraph(getTranslation("settings.urgency.intro"));

        var language = new Select<String>();
        language.setId("settings-language");
        language.setLabel(getTranslation("settings.language"));
        language.setHelperText(getTranslation("settings.language.hint"));
        language.setItems("en", "cy");
        language.setItemLabelGenerator(code -> getTranslation("settings.language." + code));
        binder.forField(language).asRequired(required).bind("language");

        var mfa = new Checkbox(getTranslation("settings.mfa"));
        mfa.setId("settings-mfa");
        mfa.setHelperText(getTranslation("settings.mfa.hint"));
        binder.forField(mfa).bind("mfaRequired");

        var sender = new TextField(getTranslation("settings.sender"));
        sender.setId("settings-sender");
        sender.setMaxLength(CouncilSettings.MAX_SENDER_NAME);
        sender.setHelperText(getTranslation("settings.sender.hint"));
        binder.forField(sender).asRequired(required)
                .withValidator(v -> v.strip().length() <= CouncilSettings.MAX_SENDER_NAME && v.strip().matches(CouncilSettings.SENDER_NAME_PATTERN),
                        getTranslation("settings.sender.invalid"))
                .bind("emailSenderName");

        var variationDays = new IntegerField(getTranslation("settings.variationDays"));
        variationDays.setId("settings-variation-days");
        variationDays.setHelperText(getTranslation("settings.variationDays.hint", CouncilSettings.MAX_VARIATION_RESPONSE_DAYS));
        binder.forField(variationDays).asRequired(required)
                .withValidator(v -> v >= 1 && v <= CouncilSettings.MAX_VARIATION_RESPONSE_DAYS,
                        getTranslation("settings.variationDays.invalid", CouncilSettings.MAX_VARIATION_RESPONSE_DAYS))
                .bind("variationResponseDays");

        boolean editable = currentUser.may(Capability.EDIT_COUNCIL_SETTINGS);
        binder.setReadOnly(!editable);
        // The brokerage policy is shown here but set by the council's commissioners (on the brokerage policy page).
        boolean brokerageEditable = editable && currentUser.may(Capability.EDIT_BROKERAGE_POLICY);
        primary.setReadOnly(!brokerageEditable);
        secondary.setReadOnly(!brokerageEditable);
        open.setReadOnly(!brokerageEditable);
        rule.setReadOnly(!brokerageEditable);
        notice.setReadOnly(!brokerageEditable);
        var brokerageNote = new Paragraph(getTranslation("settings.brokerage.commissioners"));
        brokerageNote.setId("settings-brokerage-note");
        brokerageNote.setVisible(!brokerageEditable);
        save = new Button(getTranslation("action.save"), click -> save());
        save.setId("settings-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setVisible(editable);
        ActionMark.mark(save, Capability.EDIT_COUNCIL_SETTINGS);
        var reload = new Button(getTranslation("action.reload"), click -> load());
        reload.setId("settings-reload");
        saved.setId("settings-saved");
        saved.getElement().setAttribute("role", "status");
        saved.setVisible(false);

        add(new H2(getTranslation("settings.title")), new Paragraph(getTranslation("settings.intro")), saved,
                section("settings.visits", minVisit),
                section("settings.brokerage", brokerageNote, primary, secondary, open, rule, notice),
                section("settings.people", language, mfa),
                section("settings.email", sender),
                section("settings.variations", variationDays),
                section("settings.care", hold),
                section("settings.urgency", urgencyNote, routineWindow, urgentWindow, fastTrackWindow),
                new com.vaadin.flow.component.orderedlayout.HorizontalLayout(save, reload));
    }

    /** A whole number of hours, from 1 to {@code max}, with its range said beside it. */
    private IntegerField hours(String id, String labelKey, String property, int max) {
        var field = new IntegerField(getTranslation(labelKey));
        field.setId(id);
        field.setMin(1);
        field.setMax(max);
        field.setHelperText(getTranslation("settings.urgencyWindow.hint", max));
        field.setSuffixComponent(new com.vaadin.flow.component.html.Span(getTranslation("settings.hours")));
        binder.forField(field)
                .withValidator(v -> v == null || (v >= 1 && v <= max), getTranslation("settings.urgencyWindow.invalid", max))
                .bind(property);
        return field;
    }

    private WindowField window(String id, String labelKey, String property, String required) {
        var field = new WindowField(id, labelKey);
        field.setHelperText(getTranslation("settings.window.hint"));
        binder.forField(field).asRequired(required)
                .withValidator(v -> v >= BrokeragePolicy.MIN_WINDOW && v <= BrokeragePolicy.MAX_WINDOW,
                        context -> getTranslation("settings.window.invalid",
                                field.range(BrokeragePolicy.MIN_WINDOW, BrokeragePolicy.MAX_WINDOW)))
                .bind(property);
        return field;
    }

    private VerticalLayout section(String headingKey, com.vaadin.flow.component.Component... fields) {
        var form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        var section = new VerticalLayout(new H3(getTranslation(headingKey)), form);
        section.setPadding(false);
        return section;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        load();
    }

    private void load() {
        api.fetch(client::showCouncilSettings).ifPresent(this::show);
    }

    private void show(CouncilSettings settings) {
        draft = SettingsDraft.of(settings);
        binder.readBean(draft);
    }

    private void save() {
        saved.setVisible(false);
        if (draft == null || !binder.writeBeanIfValid(draft)) {
            return;
        }
        api.submit(caller -> client.changeCouncilSettings(caller, draft.toSettings()), binder).ifPresent(settings -> {
            show(settings);
            saved.setText(getTranslation("settings.saved"));
            saved.setVisible(true);
            problems.showInfo(getTranslation("settings.saved"));
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("settings.title");
    }
}
