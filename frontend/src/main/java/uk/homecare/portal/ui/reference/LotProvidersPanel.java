package uk.homecare.portal.ui.reference;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import uk.homecare.portal.api.reference.Lot;
import uk.homecare.portal.api.reference.LotProvider;
import uk.homecare.portal.api.reference.LotProviderForm;
import uk.homecare.portal.api.reference.LotTier;
import uk.homecare.portal.api.reference.Provider;
import uk.homecare.portal.ui.client.ReferenceClient;
import uk.homecare.portal.ui.security.ApiCaller;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.ui.forms.ActionMark;
import uk.homecare.portal.ui.grids.FoldingColumns;

/** The providers holding the selected lot, each in a tier; a commissioner adds, moves and removes them. */
final class LotProvidersPanel extends VerticalLayout {

    private final transient ReferenceClient client;
    private final transient ApiCaller api;
    private final transient Consumer<Lot> changed;
    private final H4 heading = new H4();
    private final Grid<LotProvider> grid = new Grid<>();
    private final ComboBox<Provider> provider = new ComboBox<>();
    private final Select<LotTier> tier = new Select<>();
    private final Binder<LotProviderForm> noFields = new Binder<>();
    private List<Provider> all = List.of();
    private Lot lot;

    LotProvidersPanel(ReferenceClient client, ApiCaller api, boolean editable, Consumer<Lot> changed) {
        this.client = client;
        this.api = api;
        this.changed = changed;
        setId("lot-providers");
        setPadding(false);

        grid.setId("lot-providers-grid");
        FoldingColumns.of(grid).addColumn(LotProvider::providerName).setHeader(getTranslation("lot.provider")).setFlexGrow(1);
        FoldingColumns.of(grid).addColumn(p -> getTranslation("lot.tier." + p.tier())).setHeader(getTranslation("lot.tier"));
        if (editable) {
            FoldingColumns.of(grid).addComponentColumn(this::removeButton)
                    .setKey("actions")
                    .setHeader(getTranslation("lot.provider.actions"));
        }
        grid.setAllRowsVisible(true);
        grid.getElement().setAttribute("aria-label", getTranslation("lot.providers"));

        provider.setLabel(getTranslation("lot.provider"));
        provider.setId("lot-provider");
        provider.setItemLabelGenerator(Provider::name);
        tier.setLabel(getTranslation("lot.tier"));
        tier.setId("lot-provider-tier");
        tier.setItems(LotTier.values());
        tier.setItemLabelGenerator(value -> getTranslation("lot.tier." + value));
        tier.setValue(LotTier.FRAMEWORK);
        var add = new Button(getTranslation("lot.provider.add"), click -> place());
        add.setId("lot-provider-add");
        ActionMark.mark(add, Capability.EDIT_REFERENCE_DATA);
        var adding = new HorizontalLayout(provider, tier, add);
        adding.setAlignItems(Alignment.BASELINE);
        adding.setVisible(editable);

        add(heading, grid, adding);
        setVisible(false);
    }

    void show(Lot lot) {
        this.lot = lot;
        heading.setText(getTranslation("lot.providers.of", lot.name()));
        grid.setItems(lot.providers() == null ? List.of() : lot.providers());
        if (all.isEmpty()) {
            api.fetch(client::listProviders).ifPresent(providers -> {
                all = providers;
                provider.setItems(all);
            });
        }
        setVisible(true);
    }

    void clear() {
        lot = null;
        setVisible(false);
    }

    private Button removeButton(LotProvider holder) {
        var remove = new Button(getTranslation("lot.provider.remove"), click -> remove(holder));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.setAriaLabel(getTranslation("lot.provider.remove.named", holder.providerName()));
        return ActionMark.mark(remove, Capability.EDIT_REFERENCE_DATA);
    }

    private void place() {
        if (lot == null) {
            return;
        }
        if (provider.getValue() == null) {
            provider.setErrorMessage(getTranslation("validation.required"));
            provider.setInvalid(true);
            return;
        }
        UUID lotId = lot.id();
        var form = new LotProviderForm(provider.getValue().id(), tier.getValue());
        api.submit(auth -> client.placeProvider(auth, lotId, form), noFields).ifPresent(updated -> {
            provider.clear();
            changed.accept(updated);
        });
    }

    private void remove(LotProvider holder) {
        UUID lotId = lot.id();
        api.fetch(auth -> client.removeProvider(auth, lotId, holder.providerId())).ifPresent(changed);
    }
}
