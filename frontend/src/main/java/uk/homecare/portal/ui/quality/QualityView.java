package uk.homecare.portal.ui.quality;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.core.annotation.Nullable;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.api.quality.FailedGate;
import uk.homecare.portal.api.quality.ProviderStanding;
import uk.homecare.portal.api.quality.Rating;
import uk.homecare.portal.api.quality.StandingAction;
import uk.homecare.portal.api.quality.SuspensionForm;
import uk.homecare.portal.ui.client.QualityClient;
import uk.homecare.portal.ui.forms.ActionMark;
import uk.homecare.portal.ui.grids.FoldingColumns;
import uk.homecare.portal.ui.layout.MainLayout;
import uk.homecare.portal.ui.problem.Problems;
import uk.homecare.portal.ui.security.ApiCaller;
import uk.homecare.portal.ui.security.CurrentUser;

/**
 * The council's providers and their quality: each provider's rating as the regulator publishes it, and the gates it
 * fails here (it then gets no new offers), with why. Commissioners suspend a provider, or lift its suspension, saying
 * why, where the API lists that they may; the council's administrator sets the lowest rating that still gets new
 * offers, and whether providers not yet rated pass.
 */
@Prototype
@RolesAllowed({"COMMISSIONER", "ADMIN"})
@Route(value = "quality", layout = MainLayout.class)
public class QualityView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    static final int MOST_REASON = 500;

    private final transient QualityClient client;
    private final transient ApiCaller api;
    private final transient Problems problems;
    private final boolean setsGates;
    private final Grid<ProviderStanding> grid = new Grid<>();
    private final Binder<GatesDraft> gatesBinder = new Binder<>(GatesDraft.class);
    private final VerticalLayout reasonPanel = new VerticalLayout();
    private final Binder<ReasonDraft> reasonBinder = new Binder<>(ReasonDraft.class);
    private final TextArea reason = new TextArea();
    private final H3 reasonHeading = new H3();
    private @Nullable GatesDraft gates;
    private @Nullable ProviderStanding acting;
    private @Nullable StandingAction action;

    QualityView(QualityClient client, ApiCaller api, Problems problems, CurrentUser currentUser) {
        this.client = client;
        this.api = api;
        this.problems = problems;
        this.setsGates = currentUser.may(Capability.EDIT_PROVIDER_GATES);
        setId("quality");
        add(new H2(getTranslation("quality.title")), new Paragraph(getTranslation("quality.intro")));
        if (setsGates) {
            add(gatesForm());
        }

        grid.setId("quality-grid");
        grid.setAllRowsVisible(true);
        FoldingColumns.of(grid).addColumn(s -> s.provider().name()).setHeader(getTranslation("quality.provider")).setFlexGrow(1);
        FoldingColumns.of(grid).addColumn(s -> ratingWords(s.rating())).setHeader(getTranslation("quality.rating")).setAutoWidth(true);
        FoldingColumns.of(grid).addColumn(this::gatesWords).setHeader(getTranslation("quality.gates")).setFlexGrow(2);
        FoldingColumns.of(grid).addComponentColumn(this::actionButtons).setHeader(getTranslation("quality.actions")).setKey("actions")
                .setAutoWidth(true);
        add(new H3(getTranslation("quality.providers")), grid);
        if (currentUser.may(Capability.SUSPEND_PROVIDERS)) {
            add(reasonPanel());
        }
    }

    private VerticalLayout gatesForm() {
        var minimum = new Select<Rating>();
        minimum.setId("quality-minimum-rating");
        minimum.setLabel(getTranslation("quality.minimum"));
        minimum.setHelperText(getTranslation("quality.minimum.hint"));
        minimum.setItems(Rating.OUTSTANDING, Rating.GOOD, Rating.REQUIRES_IMPROVEMENT, Rating.INADEQUATE);
        minimum.setEmptySelectionAllowed(true);
        minimum.setEmptySelectionCaption(getTranslation("quality.minimum.none"));
        minimum.setItemLabelGenerator(r -> r == null ? getTranslation("quality.minimum.none") : ratingWords(r));
        gatesBinder.forField(minimum).bind("minimumRating");
        var unrated = new Checkbox(getTranslation("quality.notYetRatedPasses"));
        unrated.setId("quality-not-yet-rated-passes");
        unrated.setHelperText(getTranslation("quality.notYetRatedPasses.hint"));
        gatesBinder.forField(unrated).bind("notYetRatedPasses");
        var save = new Button(getTranslation("action.save"), click -> saveGates());
        save.setId("quality-gates-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ActionMark.mark(save, Capability.EDIT_PROVIDER_GATES);
        var form = new FormLayout(minimum, unrated);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        var section = new VerticalLayout(new H3(getTranslation("quality.gates.title")), new Paragraph(getTranslation("quality.gates.intro")),
                form, save);
        section.setId("quality-gates");
        section.setPadding(false);
        return section;
    }

    private VerticalLayout reasonPanel() {
        reasonPanel.setId("quality-reason-panel");
        reasonPanel.setPadding(false);
        reason.setId("quality-reason");
        reason.setLabel(getTranslation("quality.reason"));
        reason.setHelperText(getTranslation("quality.reason.hint"));
        reason.setMaxLength(MOST_REASON);
        reasonBinder.forField(reason).asRequired(getTranslation("quality.reason.required")).bind("reason");
        var confirm = new Button(getTranslation("quality.confirm"), click -> confirm());
        confirm.setId("quality-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ActionMark.mark(confirm, Capability.SUSPEND_PROVIDERS);
        var cancel = new Button(getTranslation("action.cancel"), click -> reasonPanel.setVisible(false));
        cancel.setId("quality-cancel");
        reasonPanel.add(reasonHeading, reason, new HorizontalLayout(confirm, cancel));
        reasonPanel.setVisible(false);
        return reasonPanel;
    }

    private HorizontalLayout actionButtons(ProviderStanding standing) {
        var buttons = new HorizontalLayout();
        for (StandingAction offered : standing.actions()) {
            String key = offered == StandingAction.SUSPEND ? "quality.suspend" : "quality.lift";
            var button = new Button(getTranslation(key), click -> ask(standing, offered));
            button.setId((offered == StandingAction.SUSPEND ? "quality-suspend-" : "quality-lift-") + standing.provider().id());
            button.addThemeVariants(offered == StandingAction.SUSPEND ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_CONTRAST,
                    ButtonVariant.LUMO_SMALL);
            button.getElement().setAttribute("aria-label", getTranslation(key + ".label", standing.provider().name()));
            ActionMark.mark(button, offered, standing.provider().id());
            buttons.add(button);
        }
        return buttons;
    }

    private void ask(ProviderStanding standing, StandingAction wanted) {
        acting = standing;
        action = wanted;
        reasonHeading.setText(getTranslation(wanted == StandingAction.SUSPEND ? "quality.suspend.heading" : "quality.lift.heading",
                standing.provider().name()));
        reasonBinder.setBean(new ReasonDraft());
        reasonPanel.setVisible(true);
        reason.focus();
    }

    private void confirm() {
        ReasonDraft draft = reasonBinder.getBean();
        if (acting == null || draft == null || !reasonBinder.validate().isOk()) {
            return;
        }
        var form = new SuspensionForm(draft.getReason().strip());
        var provider = acting.provider();
        api.submit(auth -> action == StandingAction.SUSPEND ? client.suspendProvider(auth, provider.id(), form)
                : client.liftSuspension(auth, provider.id(), form), reasonBinder).ifPresent(done -> {
            problems.showInfo(getTranslation(action == StandingAction.SUSPEND ? "quality.suspended" : "quality.lifted", provider.name()));
            reasonPanel.setVisible(false);
            refresh();
        });
    }

    private void saveGates() {
        if (gates == null || !gatesBinder.writeBeanIfValid(gates)) {
            return;
        }
        api.submit(auth -> client.changeProviderGates(auth, gates.toSettings()), gatesBinder).ifPresent(saved -> {
            showGates(GatesDraft.of(saved));
            problems.showInfo(getTranslation("quality.gates.saved"));
            refresh();
        });
    }

    private void showGates(GatesDraft draft) {
        gates = draft;
        gatesBinder.readBean(draft);
    }

    private String ratingWords(@Nullable Rating rating) {
        return rating == null ? getTranslation("quality.rating.none") : getTranslation("quality.rating." + rating.name());
    }

    private String gatesWords(ProviderStanding standing) {
        if (standing.failedGates().isEmpty()) {
            return getTranslation("quality.gates.passes");
        }
        return standing.failedGates().stream().map(FailedGate::reason).collect(Collectors.joining(" "));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (setsGates) {
            api.fetch(client::showProviderGates).map(GatesDraft::of).ifPresent(this::showGates);
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(new ArrayList<>(api.fetch(client::listProviderStandings).orElse(List.of())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("quality.title");
    }
}
