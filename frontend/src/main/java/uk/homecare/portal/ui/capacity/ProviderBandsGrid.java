package uk.homecare.portal.ui.capacity;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.Consumer;
import uk.homecare.portal.api.capacity.ProviderBand;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.ui.forms.ActionMark;
import uk.homecare.portal.ui.grids.FoldingColumns;

/**
 * Each provider's committed hours a week against the viability band and its contract band, with a
 * badge in words for each band it is outside; its contract band can be changed from its row.
 */
final class ProviderBandsGrid extends Composite<Grid<ProviderBand>> {

    private final transient Consumer<ProviderBand> changeContract;

    /** {@code editable}: whether the person may change contract bands, as the API says. */
    ProviderBandsGrid(Consumer<ProviderBand> changeContract, boolean editable) {
        Grid<ProviderBand> grid = getContent();
        this.changeContract = changeContract;
        grid.setId("health-providers-grid");
        FoldingColumns.of(grid).addColumn(p -> p.provider().name()).setHeader(getTranslation("health.provider")).setAutoWidth(true).setFlexGrow(1);
        FoldingColumns.of(grid).addColumn(p -> Figures.hours(this, p.committedMinutes())).setHeader(getTranslation("health.committed"));
        FoldingColumns.of(grid).addColumn(this::contract).setHeader(getTranslation("health.contractBand")).setAutoWidth(true);
        FoldingColumns.of(grid).addComponentColumn(this::standing).setHeader(getTranslation("health.standing")).setKey("standing").setAutoWidth(true);
        FoldingColumns.of(grid).addComponentColumn(this::changeButton).setHeader(getTranslation("health.actions")).setKey("change").setAutoWidth(true)
                .setVisible(editable);
        grid.setAllRowsVisible(true);
        grid.getElement().setAttribute("aria-label", getTranslation("health.providers.title"));
    }

    private String contract(ProviderBand band) {
        return band.contractMinMinutes() == null && band.contractMaxMinutes() == null
                ? getTranslation("health.contractBand.none")
                : getTranslation("band.range", Figures.hours(this, band.contractMinMinutes()), Figures.hours(this, band.contractMaxMinutes()));
    }

    private Span standing(ProviderBand band) {
        var cell = new Span();
        if (band.belowViability()) {
            cell.add(Figures.badge(getTranslation("health.belowViability"), "error"));
        }
        if (band.aboveViability()) {
            cell.add(Figures.badge(getTranslation("health.aboveViability"), "contrast"));
        }
        if (band.outsideContract()) {
            cell.add(Figures.badge(getTranslation("health.outsideContract"), "error primary"));
        }
        if (cell.getChildren().findAny().isEmpty()) {
            cell.add(Figures.badge(getTranslation("health.withinBands"), "success"));
        }
        cell.getStyle().set("display", "inline-flex").set("gap", "var(--lumo-space-xs)");
        return cell;
    }

    private Button changeButton(ProviderBand band) {
        var change = new Button(getTranslation("health.contract.change"), click -> changeContract.accept(band));
        change.addThemeVariants(ButtonVariant.LUMO_SMALL);
        change.setAriaLabel(getTranslation("health.contract.change.named", band.provider().name()));
        return ActionMark.mark(change, Capability.EDIT_MARKET_BANDS);
    }

    void show(List<ProviderBand> items) {
        getContent().setItems(items);
    }
}
