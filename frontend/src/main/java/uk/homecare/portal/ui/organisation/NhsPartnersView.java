package uk.homecare.portal.ui.organisation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.api.organisation.ClientRegistrationForm;
import uk.homecare.portal.api.organisation.IssuedSecret;
import uk.homecare.portal.api.organisation.NhsPartner;
import uk.homecare.portal.api.organisation.NhsPartnerForm;
import uk.homecare.portal.api.organisation.NhsPartners;
import uk.homecare.portal.api.organisation.PartnerAction;
import uk.homecare.portal.api.organisation.PartnerClient;
import uk.homecare.portal.api.organisation.PublicKeyForm;
import uk.homecare.portal.api.organisation.SecretRotationForm;
import uk.homecare.portal.api.organisation.ServedCouncilsForm;
import uk.homecare.portal.ui.client.OrganisationClient;
import uk.homecare.portal.ui.forms.ActionMark;
import uk.homecare.portal.ui.layout.MainLayout;
import uk.homecare.portal.ui.problem.Problems;
import uk.homecare.portal.ui.security.ApiCaller;
import uk.homecare.portal.ui.grids.FoldingColumns;

/**
 * NHS partner organisations for the platform administrator: register one with the councils it serves, change
 * those councils, and manage its API clients (register one, its secret shown once; rotate the secret with an
 * overlap; upload a public key; disable and enable), each button shown only where the API lists its action.
 */
@Prototype
@RolesAllowed("PLATFORM_ADMIN")
@Route(value = "nhs-partners", layout = MainLayout.class)
public class NhsPartnersView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    private final transient OrganisationClient client;
    private final transient ApiCaller api;
    private final transient Problems problems;
    private final Grid<NhsPartner> grid = new Grid<>();
    private final Button register = new Button();
    private final VerticalLayout registerForm = new VerticalLayout();
    private final FormFields registerFields;
    private final TextField partnerName = new TextField();
    private final TextField partnerOds = new TextField();
    private final MultiSelectComboBox<NamedRef> partnerCouncils = new MultiSelectComboBox<>();

    private final VerticalLayout details = new VerticalLayout();
    private final H3 detailsHeading = new H3();
    private final FormFields councilFields;
    private final MultiSelectComboBox<NamedRef> servedCouncils = new MultiSelectComboBox<>();
    private final Button saveCouncils = new Button();
    private final FormFields clientFields;
    private final TextField newClientId = new TextField();
    private final Button registerClient = new Button();
    private final VerticalLayout secretPanel = new VerticalLayout();
    private final TextField secret = new TextField();
    private final Grid<PartnerClient> clients = new Grid<>();
    private final VerticalLayout rotatePanel = new VerticalLayout();
    private final IntegerField overlapHours = new IntegerField();
    private final FormFields rotateFields;
    private final VerticalLayout keyPanel = new VerticalLayout();
    private final TextArea pem = new TextArea();
    private final FormFields keyFields;

    private List<NamedRef> allCouncils = List.of();
    private UUID selected;
    private UUID acting;

    NhsPartnersView(OrganisationClient client, ApiCaller api, Problems problems) {
        this.client = client;
        this.api = api;
        this.problems = problems;
        this.registerFields = new FormFields(problems);
        this.councilFields = new FormFields(problems);
        this.clientFields = new FormFields(problems);
        this.rotateFields = new FormFields(problems);
        this.keyFields = new FormFields(problems);
        setId("nhs-partners");

        grid.setId("partners-grid");
        FoldingColumns.of(grid).addColumn(NhsPartner::name).setHeader(getTranslation("partner.name")).setFlexGrow(1);
        FoldingColumns.of(grid).addColumn(NhsPartner::odsCode).setHeader(getTranslation("partner.odsCode")).setAutoWidth(true);
        FoldingColumns.of(grid).addColumn(p -> p.councils().stream().map(NamedRef::name).collect(Collectors.joining(", "))).setHeader(getTranslation("partner.councils"));
        FoldingColumns.of(grid).addColumn(p -> p.clients().size()).setHeader(getTranslation("partner.clients")).setAutoWidth(true);
        grid.getElement().setAttribute("aria-label", getTranslation("partners.title"));
        grid.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                selected = event.getValue().id();
                showDetails(event.getValue());
            }
        });

        register.setText(getTranslation("partner.register"));
        register.setIcon(VaadinIcon.PLUS.create());
        register.setId("partner-register");
        ActionMark.mark(register, Capability.MANAGE_NHS_PARTNERS);
        register.setVisible(false);
        register.addClickListener(click -> openRegister());
        var reload = new Button(getTranslation("action.reload"), VaadinIcon.REFRESH.create(), click -> refresh());
        reload.setId("partners-reload");

        buildRegisterForm();
        buildDetails();
        add(new H2(getTranslation("partners.title")), new HorizontalLayout(register, reload), registerForm, grid, details);
    }

    private void buildRegisterForm() {
        partnerName.setLabel(getTranslation("partner.name"));
        partnerName.setId("partner-name");
        partnerName.setMaxLength(200);
        partnerOds.setLabel(getTranslation("partner.odsCode"));
        partnerOds.setId("partner-ods-code");
        partnerOds.setMaxLength(6);
        partnerOds.setHelperText(getTranslation("provider.odsCode.help"));
        partnerCouncils.setLabel(getTranslation("partner.councils"));
        partnerCouncils.setId("partner-councils");
        partnerCouncils.setItemLabelGenerator(NamedRef::name);
        registerFields.add("name", partnerName);
        registerFields.add("odsCode", partnerOds);
        registerFields.add("councilIds", partnerCouncils);
        var save = new Button(getTranslation("partner.register.save"), click -> savePartner());
        save.setId("partner-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ActionMark.mark(save, Capability.MANAGE_NHS_PARTNERS);
        var cancel = new Button(getTranslation("action.cancel"), click -> registerForm.setVisible(false));
        cancel.setId("partner-cancel");
        registerForm.setId("partner-form");
        registerForm.setPadding(false);
        registerForm.add(new H3(getTranslation("partner.register")), new FormLayout(partnerName, partnerOds, partnerCouncils),
                new HorizontalLayout(save, cancel));
        registerForm.setVisible(false);
    }

    private void buildDetails() {
        details.setId("partner-details");
        details.setPadding(false);
        servedCouncils.setLabel(getTranslation("partner.councils"));
        servedCouncils.setId("partner-served-councils");
        servedCouncils.setItemLabelGenerator(NamedRef::name);
        servedCouncils.setHelperText(getTranslation("partner.councils.help"));
        councilFields.add("councilIds", servedCouncils);
        saveCouncils.setText(getTranslation("partner.councils.save"));
        saveCouncils.setId("partner-councils-save");
        saveCouncils.addClickListener(click -> saveCouncils());

        newClientId.setLabel(getTranslation("client.clientId.optional"));
        newClientId.setId("client-id");
        newClientId.setHelperText(getTranslation("client.clientId.help"));
        newClientId.setMaxLength(63);
        clientFields.add("clientId", newClientId);
        registerClient.setText(getTranslation("client.register"));
        registerClient.setId("client-register");
        registerClient.addClickListener(click -> registerClient());

        secret.setLabel(getTranslation("client.secret"));
        secret.setId("client-secret");
        secret.setReadOnly(true);
        secret.setWidthFull();
        var warning = new Paragraph(getTranslation("client.secret.once"));
        warning.setId("client-secret-once");
        var hide = new Button(getTranslation("client.secret.done"), click -> hideSecret());
        hide.setId("client-secret-done");
        secretPanel.setId("client-secret-panel");
        secretPanel.setPadding(false);
        secretPanel.add(warning, secret, hide);
        secretPanel.setVisible(false);

        clients.setId("clients-grid");
        FoldingColumns.of(clients).addColumn(PartnerClient::clientId).setHeader(getTranslation("client.clientId")).setFlexGrow(1);
        FoldingColumns.of(clients).addColumn(c -> getTranslation(c.enabled() ? "client.enabled" : "client.disabled")).setHeader(getTranslation("client.status"));
        FoldingColumns.of(clients).addColumn(c -> getTranslation(c.hasPublicKey() ? "answer.yes" : "answer.no")).setHeader(getTranslation("client.publicKey"));
        FoldingColumns.of(clients).addColumn(c -> c.previousSecretWorksUntil() == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(getLocale()).format(c.previousSecretWorksUntil().atZone(UkTime.ZONE)))
                .setHeader(getTranslation("client.previousSecretWorksUntil"));
        FoldingColumns.of(clients).addComponentColumn(this::clientButtons).setHeader(getTranslation("provider.actions")).setKey("actions").setAutoWidth(true);
        clients.getElement().setAttribute("aria-label", getTranslation("client.list"));

        overlapHours.setLabel(getTranslation("client.overlapHours"));
        overlapHours.setId("client-overlap-hours");
        overlapHours.setMin(0);
        overlapHours.setMax(720);
        overlapHours.setStepButtonsVisible(true);
        overlapHours.setHelperText(getTranslation("client.overlapHours.help"));
        rotateFields.add("overlapHours", overlapHours);
        var rotate = new Button(getTranslation("client.rotate.save"), click -> rotate());
        rotate.setId("client-rotate-save");
        rotate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ActionMark.mark(rotate, Capability.MANAGE_NHS_PARTNERS);
        var cancelRotate = new Button(getTranslation("action.cancel"), click -> rotatePanel.setVisible(false));
        cancelRotate.setId("client-rotate-cancel");
        rotatePanel.setId("client-rotate-panel");
        rotatePanel.setPadding(false);
        rotatePanel.add(overlapHours, new HorizontalLayout(rotate, cancelRotate));
        rotatePanel.setVisible(false);

        pem.setLabel(getTranslation("client.pem"));
        pem.setId("client-pem");
        pem.setHelperText(getTranslation("client.pem.help"));
        pem.setWidthFull();
        pem.setMaxLength(8192);
        keyFields.add("pem", pem);
        keyFields.add("jwk", pem);
        var upload = new Button(getTranslation("client.key.save"), click -> uploadKey());
        upload.setId("client-key-save");
        upload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ActionMark.mark(upload, Capability.MANAGE_NHS_PARTNERS);
        var cancelKey = new Button(getTranslation("action.cancel"), click -> keyPanel.setVisible(false));
        cancelKey.setId("client-key-cancel");
        keyPanel.setId("client-key-panel");
        keyPanel.setPadding(false);
        keyPanel.add(pem, new HorizontalLayout(upload, cancelKey));
        keyPanel.setVisible(false);

        details.add(detailsHeading, new HorizontalLayout(servedCouncils, saveCouncils), new HorizontalLayout(newClientId, registerClient),
                secretPanel, clients, rotatePanel, keyPanel);
        details.setVisible(false);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    void refresh() {
        api.fetch(client::listNhsPartners).ifPresent(this::show);
    }

    private void show(NhsPartners partners) {
        allCouncils = partners.councils();
        partnerCouncils.setItems(allCouncils);
        servedCouncils.setItems(allCouncils);
        grid.setItems(partners.partners());
        register.setVisible(partners.actions().contains(PartnerAction.REGISTER));
        partners.partners().stream().filter(p -> p.id().equals(selected)).findFirst().ifPresentOrElse(this::showDetails, () -> details.setVisible(false));
    }

    private void showDetails(NhsPartner partner) {
        detailsHeading.setText(getTranslation("partner.details", partner.name(), partner.odsCode()));
        servedCouncils.setValue(allCouncils.stream().filter(c -> partner.councils().stream().anyMatch(s -> s.id().equals(c.id()))).toList());
        boolean choose = partner.actions().contains(PartnerAction.CHOOSE_COUNCILS);
        servedCouncils.setReadOnly(!choose);
        saveCouncils.setVisible(choose);
        ActionMark.mark(saveCouncils, PartnerAction.CHOOSE_COUNCILS, partner.id());
        boolean registers = partner.actions().contains(PartnerAction.REGISTER_CLIENT);
        newClientId.setVisible(registers);
        registerClient.setVisible(registers);
        ActionMark.mark(registerClient, PartnerAction.REGISTER_CLIENT, partner.id());
        clients.setItems(partner.clients());
        details.setVisible(true);
    }

    private HorizontalLayout clientButtons(PartnerClient partnerClient) {
        var buttons = new HorizontalLayout();
        buttons.setWrap(true); // three buttons do not fit one line of a phone's card
        buttons.add(clientButton(partnerClient, PartnerAction.ROTATE_SECRET, "client.rotate", () -> openRotate(partnerClient)));
        buttons.add(clientButton(partnerClient, PartnerAction.UPLOAD_PUBLIC_KEY, "client.key", () -> openKey(partnerClient)));
        buttons.add(clientButton(partnerClient, PartnerAction.DISABLE, "client.disable", () -> enable(partnerClient, false)));
        buttons.add(clientButton(partnerClient, PartnerAction.ENABLE, "client.enable", () -> enable(partnerClient, true)));
        return buttons;
    }

    private Button clientButton(PartnerClient partnerClient, PartnerAction action, String key, Runnable onClick) {
        var button = new Button(getTranslation(key), click -> onClick.run());
        button.setId(key.replace('.', '-') + "-" + partnerClient.clientId());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        if (action == PartnerAction.DISABLE) {
            button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        button.getElement().setAttribute("aria-label", getTranslation(key + ".label", partnerClient.clientId()));
        ActionMark.mark(button, action, partnerClient.id());
        button.setVisible(partnerClient.actions().contains(action));
        return button;
    }

    private void openRegister() {
        registerFields.clear();
        partnerName.clear();
        partnerOds.clear();
        partnerCouncils.clear();
        registerForm.setVisible(true);
        partnerName.focus();
    }

    private void savePartner() {
        var form = new NhsPartnerForm(partnerName.getValue(), partnerOds.getValue().trim(), ids(partnerCouncils.getValue()));
        api.fetch(auth -> client.registerNhsPartner(auth, form), registerFields::show).ifPresent(partner -> {
            registerFields.clear();
            registerForm.setVisible(false);
            selected = partner.id();
            problems.showInfo(getTranslation("partner.registered", partner.name()));
            refresh();
        });
    }

    private void saveCouncils() {
        UUID partner = selected;
        var form = new ServedCouncilsForm(ids(servedCouncils.getValue()));
        api.fetch(auth -> client.chooseServedCouncils(auth, partner, form), councilFields::show).ifPresent(saved -> {
            councilFields.clear();
            problems.showInfo(getTranslation("partner.councils.saved", saved.name()));
            refresh();
        });
    }

    private void registerClient() {
        UUID partner = selected;
        String wanted = newClientId.getValue() == null || newClientId.getValue().isBlank() ? null : newClientId.getValue().trim();
        api.fetch(auth -> client.registerApiClient(auth, partner, new ClientRegistrationForm(wanted)), clientFields::show).ifPresent(issued -> {
            clientFields.clear();
            newClientId.clear();
            showSecret(issued);
        });
    }

    private void openRotate(PartnerClient partnerClient) {
        acting = partnerClient.id();
        keyPanel.setVisible(false);
        rotateFields.clear();
        overlapHours.setValue(24);
        rotatePanel.setVisible(true);
        overlapHours.focus();
    }

    private void rotate() {
        UUID id = acting;
        var form = new SecretRotationForm(overlapHours.getValue());
        api.fetch(auth -> client.rotateClientSecret(auth, id, form), rotateFields::show).ifPresent(issued -> {
            rotateFields.clear();
            rotatePanel.setVisible(false);
            showSecret(issued);
        });
    }

    private void openKey(PartnerClient partnerClient) {
        acting = partnerClient.id();
        rotatePanel.setVisible(false);
        keyFields.clear();
        pem.clear();
        keyPanel.setVisible(true);
        pem.focus();
    }

    private void uploadKey() {
        UUID id = acting;
        var form = new PublicKeyForm(null, pem.getValue());
        api.fetch(auth -> client.uploadClientPublicKey(auth, id, form), keyFields::show).ifPresent(saved -> {
            keyFields.clear();
            keyPanel.setVisible(false);
            problems.showInfo(getTranslation("client.key.saved", saved.clientId()));
            refresh();
        });
    }

    private void enable(PartnerClient partnerClient, boolean enabled) {
        api.fetch(auth -> enabled ? client.enableApiClient(auth, partnerClient.id()) : client.disableApiClient(auth, partnerClient.id()))
                .ifPresent(saved -> {
                    problems.showInfo(getTranslation(enabled ? "client.enabled.done" : "client.disabled.done", saved.clientId()));
                    refresh();
                });
    }

    private void showSecret(IssuedSecret issued) {
        secret.setLabel(getTranslation("client.secret.of", issued.client().clientId()));
        secret.setValue(issued.clientSecret());
        secretPanel.setVisible(true);
        secret.focus();
        refresh();
    }

    private void hideSecret() {
        secret.clear();
        secretPanel.setVisible(false);
    }

    private static List<UUID> ids(java.util.Set<NamedRef> councils) {
        return councils.stream().sorted(Comparator.comparing(NamedRef::name)).map(NamedRef::id).toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("partners.title");
    }
}
