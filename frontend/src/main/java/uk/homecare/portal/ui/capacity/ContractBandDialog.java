package uk.homecare.portal.ui.capacity;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.UUID;
import uk.homecare.portal.ui.client.CapacityClient;
import uk.homecare.portal.api.capacity.ContractBand;
import uk.homecare.portal.api.capacity.ProviderBand;
import uk.homecare.portal.ui.forms.RecordForm;
import uk.homecare.portal.ui.problem.Problems;
import uk.homecare.portal.ui.security.ApiCaller;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.ui.forms.ActionMark;

/** Changes the hours a week one provider's contract expects (both ends, or neither for no band). */
final class ContractBandDialog extends Dialog {

    private final transient CapacityClient client;
    private final transient ApiCaller api;
    private final transient Problems problems;
    private final transient Runnable changed;
    private final ProviderBand provider;
    private final RecordForm<ContractBand> form;

    ContractBandDialog(CapacityClient client, ApiCaller api, Problems problems, ProviderBand provider, Runnable changed) {
        this.client = client;
        this.api = api;
        this.problems = problems;
        this.provider = provider;
        this.changed = changed;
        setId("contract-dialog");
        setHeaderTitle(getTranslation("health.contract.title", provider.provider().name()));
        form = new RecordForm<>("contract-form", ContractBand.class, "health.contract.heading", "health.contract.save", this::send);
        BandFields.add(form, "contract", false);
        ActionMark.mark(form.button(), Capability.EDIT_MARKET_BANDS);
        form.binder().readRecord(new ContractBand(provider.contractMinMinutes(), provider.contractMaxMinutes()));
        var cancel = new Button(getTranslation("health.contract.cancel"), click -> close());
        cancel.setId("contract-cancel");
        add(form);
        getFooter().add(cancel);
    }

    private void send(ContractBand band) {
        UUID id = provider.provider().id();
        api.submit(auth -> client.changeContractBand(auth, id, band), form.binder()).ifPresent(saved -> {
            problems.showInfo(saved.minWeeklyMinutes() == null
                    ? getTranslation("health.contract.removed", provider.provider().name())
                    : getTranslation("health.contract.changed", provider.provider().name(),
                            getTranslation("band.range", Figures.hours(this, saved.minWeeklyMinutes()), Figures.hours(this, saved.maxWeeklyMinutes()))));
            close();
            changed.run();
        });
    }
}
