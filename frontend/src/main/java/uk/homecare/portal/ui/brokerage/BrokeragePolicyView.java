package uk.homecare.portal.ui.brokerage;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import uk.homecare.portal.ui.client.BrokerageClient;
import uk.homecare.portal.api.brokerage.BrokeragePolicy;
import uk.homecare.portal.api.brokerage.OpenStageRule;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.ui.forms.ActionMark;
import uk.homecare.portal.ui.forms.RecordForm;
import uk.homecare.portal.ui.layout.MainLayout;
import uk.homecare.portal.ui.problem.Problems;
import uk.homecare.portal.ui.security.ApiCaller;
import uk.homecare.portal.ui.security.CurrentUser;

/**
 * The council's brokerage settings: each stage's response window, how the OPEN stage ends, hand-back notice and start
 * tolerance. Commissioners change them; the council's administrator sees them.
 */
@Prototype
@RolesAllowed({"COMMISSIONER", "ADMIN"})
@Route(value = "brokerage-policy", layout = MainLayout.class)
public class BrokeragePolicyView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    private final transient BrokerageClient client;
    private final transient ApiCaller api;
    private final transient Problems problems;
    private final RecordForm<BrokeragePolicy> form;

    BrokeragePolicyView(BrokerageClient client, ApiCaller api, Problems problems, CurrentUser currentUser) {
        this.client = client;
        this.api = api;
        this.problems = problems;
        setId("brokerage-policy");
        var primary = new WindowField("policy-primary-window", "policy.primaryWindow");
        var secondary = new WindowField("policy-secondary-window", "policy.secondaryWindow");
        var open = new WindowField("policy-open-window", "policy.openWindow");
        var rule = new Select<OpenStageRule>();
        rule.setId("policy-open-rule");
        rule.setLabel(getTranslation("policy.openStageRule"));
        rule.setItems(OpenStageRule.values());
        rule.setItemLabelGenerator(r -> getTranslation("policy.openStageRule." + r));
        var notice = new IntegerField(getTranslation("policy.handBackNoticeDays"));
        notice.setId("policy-hand-back-days");
        notice.setMin(0);
        notice.setMax(90);
        notice.setStepButtonsVisible(true);
        var tolerance = new IntegerField(getTranslation("policy.startToleranceDays"));
        tolerance.setId("policy-start-tolerance-days");
        tolerance.setHelperText(getTranslation("policy.startToleranceDays.help"));
        tolerance.setMin(0);
        tolerance.setMax(BrokeragePolicy.MAX_START_TOLERANCE_DAYS);
        tolerance.setStepButtonsVisible(true);

        form = new RecordForm<>("policy-form", BrokeragePolicy.class, "policy.settings", "action.save", this::save);
        form.with(primary, secondary, open, rule, notice, tolerance);
        String required = getTranslation("validation.required");
        form.binder().forField(primary).asRequired(required).bind("primaryWindowMinutes");
        form.binder().forField(secondary).asRequired(required).bind("secondaryWindowMinutes");
        form.binder().forField(open).asRequired(required).bind("openWindowMinutes");
        form.binder().forField(rule).asRequired(required).bind("openStageRule");
        form.binder().forField(notice).asRequired(required).bind("handBackNoticeDays");
        form.binder().forField(tolerance).asRequired(required).bind("startToleranceDays");
        boolean editable = currentUser.may(Capability.EDIT_BROKERAGE_POLICY);
        form.binder().setReadOnly(!editable);
        form.button().setVisible(editable);
        ActionMark.mark(form.button(), Capability.EDIT_BROKERAGE_POLICY);

        add(new H2(getTranslation("policy.title")), new Paragraph(getTranslation("policy.intro")), form);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        api.fetch(client::showBrokeragePolicy).ifPresent(form.binder()::readRecord);
    }

    private void save(BrokeragePolicy policy) {
        api.submit(auth -> client.changeBrokeragePolicy(auth, policy), form.binder()).ifPresent(saved -> {
            form.binder().readRecord(saved);
            problems.showInfo(getTranslation("policy.saved"));
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("policy.title");
    }
}
