package uk.homecare.portal.ui.scoring;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.api.scoring.ScoringWeights;
import uk.homecare.portal.api.scoring.WeightsForm;
import uk.homecare.portal.ui.client.ScoringClient;
import uk.homecare.portal.ui.forms.ActionMark;
import uk.homecare.portal.ui.forms.RecordForm;
import uk.homecare.portal.ui.grids.FoldingColumns;
import uk.homecare.portal.ui.layout.MainLayout;
import uk.homecare.portal.ui.problem.Problems;
import uk.homecare.portal.ui.security.ApiCaller;
import uk.homecare.portal.ui.security.CurrentUser;

/**
 * The weights each lot's bids are ranked by (the portal's default until the council sets its own). Commissioners choose a
 * lot and change its weights; the council's administrator sees them.
 */
@Prototype
@RolesAllowed({"COMMISSIONER", "ADMIN"})
@Route(value = "scoring-weights", layout = MainLayout.class)
public class ScoringWeightsView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    private final transient ScoringClient client;
    private final transient ApiCaller api;
    private final transient Problems problems;
    private final Grid<ScoringWeights> lots = new Grid<>();
    private final RecordForm<WeightsForm> form;
    private ScoringWeights chosen;

    ScoringWeightsView(ScoringClient client, ApiCaller api, Problems problems, CurrentUser currentUser) {
        this.client = client;
        this.api = api;
        this.problems = problems;
        setId("scoring-weights");
        lots.setId("scoring-weights-grid");
        FoldingColumns.of(lots).addColumn(w -> w.lot().name()).setHeader(getTranslation("scoring.lot")).setFlexGrow(1);
        FoldingColumns.of(lots).addColumn(w -> getTranslation("scoring.percent", w.pricePercent())).setHeader(getTranslation("scoring.part.PRICE"));
        FoldingColumns.of(lots).addColumn(w -> getTranslation("scoring.percent", w.qualityPercent())).setHeader(getTranslation("scoring.part.QUALITY"));
        FoldingColumns.of(lots).addColumn(w -> getTranslation("scoring.percent", w.performancePercent()))
                .setHeader(getTranslation("scoring.part.PERFORMANCE"));
        FoldingColumns.of(lots).addColumn(w -> getTranslation("scoring.percent", w.continuityPercent()))
                .setHeader(getTranslation("scoring.part.CONTINUITY"));
        FoldingColumns.of(lots).addColumn(w -> getTranslation(w.setByCouncil() ? "scoring.weights.council" : "scoring.weights.default"))
                .setHeader(getTranslation("scoring.weights.source"));
        lots.getElement().setAttribute("aria-label", getTranslation("scoring.weights.lots"));
        lots.setAllRowsVisible(true);
        lots.addSelectionListener(event -> event.getFirstSelectedItem().ifPresent(this::choose));

        var price = percentField("scoring-price", "scoring.part.PRICE");
        var quality = percentField("scoring-quality", "scoring.part.QUALITY");
        var performance = percentField("scoring-performance", "scoring.part.PERFORMANCE");
        var continuity = percentField("scoring-continuity", "scoring.part.CONTINUITY");
        form = new RecordForm<>("scoring-weights-form", WeightsForm.class, "scoring.weights.form", "action.save", this::save);
        form.with(price, quality, performance, continuity);
        String required = getTranslation("validation.required");
        form.binder().forField(price).asRequired(required).bind("pricePercent");
        form.binder().forField(quality).asRequired(required).bind("qualityPercent");
        form.binder().forField(performance).asRequired(required).bind("performancePercent");
        form.binder().forField(continuity).asRequired(required).bind("continuityPercent");
        boolean editable = currentUser.may(Capability.EDIT_BROKERAGE_POLICY);
        form.binder().setReadOnly(!editable);
        form.button().setVisible(editable);
        ActionMark.mark(form.button(), Capability.EDIT_BROKERAGE_POLICY);
        form.setVisible(false);

        add(new H2(getTranslation("scoring.weights.title")), new Paragraph(getTranslation("scoring.weights.intro")), lots, form);
    }

    private IntegerField percentField(String id, String labelKey) {
        var field = new IntegerField(getTranslation(labelKey));
        field.setId(id);
        field.setMin(0);
        field.setMax(100);
        field.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        field.setStepButtonsVisible(true);
        return field;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        load();
    }

    private void load() {
        api.fetch(client::listScoringWeights).ifPresent(lots::setItems);
    }

    private void choose(ScoringWeights weights) {
        chosen = weights;
        form.setHeading(getTranslation("scoring.weights.form.lot", weights.lot().name()));
        form.binder().readRecord(new WeightsForm(weights.pricePercent(), weights.qualityPercent(), weights.performancePercent(),
                weights.continuityPercent()));
        form.setVisible(true);
    }

    private void save(WeightsForm weights) {
        if (chosen == null) {
            return;
        }
        var lot = chosen.lot();
        api.submit(auth -> client.changeScoringWeights(auth, lot.id(), weights), form.binder()).ifPresent(saved -> {
            problems.showInfo(getTranslation("scoring.weights.saved", lot.name()));
            load();
            form.setVisible(false);
            chosen = null;
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("scoring.weights.title");
    }
}
