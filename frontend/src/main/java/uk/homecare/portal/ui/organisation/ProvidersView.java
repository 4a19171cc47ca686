package uk.homecare.portal.ui.organisation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.api.organisation.CouncilProviders;
import uk.homecare.portal.api.organisation.ProviderAction;
import uk.homecare.portal.api.organisation.ProviderOrganisation;
import uk.homecare.portal.api.organisation.ProviderRegistrationForm;
import uk.homecare.portal.api.organisation.Regulator;
import uk.homecare.portal.ui.client.OrganisationClient;
import uk.homecare.portal.ui.forms.ActionMark;
import uk.homecare.portal.ui.layout.MainLayout;
import uk.homecare.portal.ui.problem.Problems;
import uk.homecare.portal.ui.security.ApiCaller;
import uk.homecare.portal.ui.grids.FoldingColumns;

/**
 * The providers registered with the council, for its administrator: register one (found or created by its
 * regulator id; the regulator is the council nation's, as the API says), and end a registration where the API
 * lists that it may be ended. A provider's details are its own administrator's to change.
 */
@Prototype
@RolesAllowed("ADMIN")
@Route(value = "providers", layout = MainLayout.class)
public class ProvidersView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    private final transient OrganisationClient client;
    private final transient ApiCaller api;
    private final transient Problems problems;
    private final Grid<ProviderOrganisation> grid = new Grid<>();
    private final Button register = new Button();
    private final VerticalLayout form = new VerticalLayout();
    private final FormFields fields;
    private final TextField name = new TextField();
    private final Select<Regulator> regulator = new Select<>();
    private final TextField providerId = new TextField();
    private final TextField locationId = new TextField();
    private final TextField odsCode = new TextField();
    private final TextField addressLine = new TextField();
    private final TextField postcode = new TextField();
    private final EmailField contactEmail = new EmailField();

    ProvidersView(OrganisationClient client, ApiCaller api, Problems problems) {
        this.client = client;
        this.api = api;
        this.problems = problems;
        this.fields = new FormFields(problems);
        setId("providers");

        grid.setId("providers-grid");
        FoldingColumns.of(grid).addColumn(ProviderOrganisation::name).setHeader(getTranslation("provider.name")).setFlexGrow(1);
        FoldingColumns.of(grid).addColumn(p -> p.regulator() + " " + p.regulatorProviderId()).setHeader(getTranslation("provider.regulatorProviderId"))
                .setAutoWidth(true);
        FoldingColumns.of(grid).addColumn(p -> text(p.regulatorLocationId())).setHeader(getTranslation("provider.regulatorLocationId")).setAutoWidth(true);
        FoldingColumns.of(grid).addColumn(p -> text(p.odsCode())).setHeader(getTranslation("provider.odsCode")).setAutoWidth(true);
        FoldingColumns.of(grid).addColumn(p -> p.addressLine() == null ? "" : p.addressLine() + ", " + text(p.postcode())).setHeader(getTranslation("provider.address"));
        FoldingColumns.of(grid).addColumn(p -> text(p.contactEmail())).setHeader(getTranslation("provider.contactEmail"));
        FoldingColumns.of(grid).addComponentColumn(this::unlinkButton).setHeader(getTranslation("provider.actions")).setKey("actions").setAutoWidth(true);
        grid.getElement().setAttribute("aria-label", getTranslation("providers.title"));

        register.setText(getTranslation("provider.register"));
        register.setIcon(VaadinIcon.PLUS.create());
        register.setId("provider-register");
        ActionMark.mark(register, Capability.REGISTER_PROVIDERS);
        register.setVisible(false);
        register.addClickListener(click -> open());
        var reload = new Button(getTranslation("action.reload"), VaadinIcon.REFRESH.create(), click -> refresh());
        reload.setId("providers-reload");

        buildForm();
        add(new H2(getTranslation("providers.title")), new Paragraph(getTranslation("providers.intro")),
                new HorizontalLayout(register, reload), form, grid);
    }

    private void buildForm() {
        name.setLabel(getTranslation("provider.name"));
        name.setId("provider-name");
        name.setMaxLength(200);
        regulator.setLabel(getTranslation("provider.regulator"));
        regulator.setId("provider-regulator");
        regulator.setItemLabelGenerator(value -> getTranslation("provider.regulator." + value));
        providerId.setLabel(getTranslation("provider.regulatorProviderId"));
        providerId.setId("provider-regulator-provider-id");
        locationId.setLabel(getTranslation("provider.regulatorLocationId.optional"));
        locationId.setId("provider-regulator-location-id");
        regulator.addValueChangeListener(event -> {
            String help = event.getValue() == null ? "" : getTranslation("provider.regulatorId.help." + event.getValue());
            providerId.setHelperText(help);
            locationId.setHelperText(help);
        });
        odsCode.setLabel(getTranslation("provider.odsCode.optional"));
        odsCode.setId("provider-ods-code");
        odsCode.setHelperText(getTranslation("provider.odsCode.help"));
        odsCode.setMaxLength(6);
        addressLine.setLabel(getTranslation("provider.addressLine"));
        addressLine.setId("provider-address-line");
        addressLine.setMaxLength(200);
        postcode.setLabel(getTranslation("provider.postcode"));
        postcode.setId("provider-postcode");
        postcode.setMaxLength(8);
        contactEmail.setLabel(getTranslation("provider.contactEmail"));
        contactEmail.setId("provider-contact-email");
        fields.add("name", name);
        fields.add("regulator", regulator);
        fields.add("regulatorProviderId", providerId);
        fields.add("regulatorLocationId", locationId);
        fields.add("odsCode", odsCode);
        fields.add("addressLine", addressLine);
        fields.add("postcode", postcode);
        fields.add("contactEmail", contactEmail);

        var save = new Button(getTranslation("provider.register.save"), click -> save());
        save.setId("provider-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ActionMark.mark(save, Capability.REGISTER_PROVIDERS);
        var cancel = new Button(getTranslation("action.cancel"), click -> form.setVisible(false));
        cancel.setId("provider-cancel");
        var layout = new FormLayout(name, regulator, providerId, locationId, odsCode, addressLine, postcode, contactEmail);
        form.setId("provider-form");
        form.setPadding(false);
        form.add(new H3(getTranslation("provider.register")), new Paragraph(getTranslation("provider.register.shared")), layout,
                new HorizontalLayout(save, cancel));
        form.setVisible(false);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    void refresh() {
        api.fetch(client::listRegisteredProviders).ifPresent(this::show);
    }

    private void show(CouncilProviders providers) {
        grid.setItems(providers.providers());
        register.setVisible(providers.actions().contains(ProviderAction.REGISTER));
        regulator.setItems(providers.regulator());
        regulator.setValue(providers.regulator());
    }

    private void open() {
        fields.clear();
        name.clear();
        providerId.clear();
        locationId.clear();
        odsCode.clear();
        addressLine.clear();
        postcode.clear();
        contactEmail.clear();
        form.setVisible(true);
        name.focus();
    }

    private void save() {
        var request = new ProviderRegistrationForm(name.getValue(), regulator.getValue(), providerId.getValue().trim(),
                blank(locationId.getValue()), blank(odsCode.getValue()), addressLine.getValue(), postcode.getValue(), contactEmail.getValue());
        Optional<ProviderOrganisation> saved = api.fetch(auth -> client.registerProvider(auth, request), fields::show);
        saved.ifPresent(provider -> {
            fields.clear();
            form.setVisible(false);
            problems.showInfo(getTranslation("provider.registered", provider.name()));
            refresh();
        });
    }

    private Button unlinkButton(ProviderOrganisation provider) {
        var unlink = new Button(getTranslation("provider.unlink"), VaadinIcon.UNLINK.create(), click -> unlink(provider));
        unlink.setId("provider-unlink-" + provider.id());
        unlink.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        unlink.getElement().setAttribute("aria-label", getTranslation("provider.unlink.label", provider.name()));
        ActionMark.mark(unlink, ProviderAction.UNLINK, provider.id());
        unlink.setVisible(provider.actions().contains(ProviderAction.UNLINK));
        return unlink;
    }

    private void unlink(ProviderOrganisation provider) {
        api.fetch(auth -> {
            client.unlinkProvider(auth, provider.id());
            return Boolean.TRUE;
        }).ifPresent(done -> {
            problems.showInfo(getTranslation("provider.unlinked", provider.name()));
            refresh();
        });
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("providers.title");
    }
}
