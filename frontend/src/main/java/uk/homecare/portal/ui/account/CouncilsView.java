package uk.homecare.portal.ui.account;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
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
import java.util.List;
import java.util.Map;
import uk.homecare.portal.api.account.Council;
import uk.homecare.portal.api.account.CouncilForm;
import uk.homecare.portal.api.account.InvitationForm;
import uk.homecare.portal.api.account.Nation;
import uk.homecare.portal.api.identity.Role;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.ui.client.AccountClient;
import uk.homecare.portal.ui.forms.ActionMark;
import uk.homecare.portal.ui.layout.MainLayout;
import uk.homecare.portal.ui.problem.Problems;
import uk.homecare.portal.ui.security.ApiCaller;
import uk.homecare.portal.ui.grids.FoldingColumns;

/** The platform administrator's councils: the list, a new council, and inviting a council's first administrator. */
@Prototype
@RolesAllowed("PLATFORM_ADMIN")
@Route(value = "councils", layout = MainLayout.class)
public class CouncilsView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    private final transient AccountClient client;
    private final transient ApiCaller api;
    private final transient Problems problems;
    private final Grid<Council> councils = new Grid<>();
    private final TextField name = new TextField();
    private final TextField code = new TextField();
    private final TextField odsCode = new TextField();
    private final Select<Nation> nation = new Select<>();
    private final Select<String> language = new Select<>();
    private final Select<Council> adminCouncil = new Select<>();
    private final EmailField adminEmail = new EmailField();
    private final TextField adminName = new TextField();

    CouncilsView(AccountClient client, ApiCaller api, Problems problems) {
        this.client = client;
        this.api = api;
        this.problems = problems;
        setId("councils");
        councils.setId("councils-grid");
        FoldingColumns.of(councils).addColumn(Council::name).setHeader(getTranslation("councils.name")).setKey("name").setAutoWidth(true);
        FoldingColumns.of(councils).addColumn(Council::code).setHeader(getTranslation("councils.code")).setKey("code");
        FoldingColumns.of(councils).addColumn(Council::odsCode).setHeader(getTranslation("councils.odsCode")).setKey("odsCode");
        FoldingColumns.of(councils).addColumn(council -> getTranslation("councils.nation." + council.nation().name())).setHeader(getTranslation("councils.nation")).setKey("nation");
        FoldingColumns.of(councils).addColumn(council -> getTranslation("councils.language." + council.language())).setHeader(getTranslation("councils.language")).setKey("language");
        FoldingColumns.of(councils).addColumn(council -> getTranslation("councils.administrators.count", council.administrators(), council.invitedAdministrators()))
                .setHeader(getTranslation("councils.administrators")).setKey("administrators");
        councils.setAllRowsVisible(true);

        field(name, "council-name", "councils.name", 200);
        field(code, "council-code", "councils.code", 40);
        code.setHelperText(getTranslation("councils.code.help"));
        field(odsCode, "council-ods-code", "councils.odsCode", 10);
        nation.setLabel(getTranslation("councils.nation"));
        nation.setId("council-nation");
        nation.setItems(Nation.values());
        nation.setItemLabelGenerator(value -> getTranslation("councils.nation." + value.name()));
        nation.setValue(Nation.ENGLAND);
        language.setLabel(getTranslation("councils.language"));
        language.setId("council-language");
        language.setItems("en", "cy");
        language.setItemLabelGenerator(value -> getTranslation("councils.language." + value));
        language.setValue("en");
        var create = new Button(getTranslation("councils.create"), click -> create());
        create.setId("council-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ActionMark.mark(create, Capability.MANAGE_COUNCILS);

        adminCouncil.setLabel(getTranslation("councils.invite.council"));
        adminCouncil.setId("admin-council");
        adminCouncil.setItemLabelGenerator(Council::name);
        adminEmail.setLabel(getTranslation("accounts.invite.email"));
        adminEmail.setId("admin-email");
        adminEmail.setMaxLength(254);
        field(adminName, "admin-name", "accounts.invite.name", 100);
        var invite = new Button(getTranslation("councils.invite.send"), click -> inviteAdministrator());
        invite.setId("admin-invite");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ActionMark.mark(invite, Capability.MANAGE_ACCOUNTS);

        add(new H1(getTranslation("councils.title")), councils,
                new H2(getTranslation("councils.new")), new FormLayout(name, code, odsCode, nation, language), create,
                new H2(getTranslation("councils.invite")), new FormLayout(adminCouncil, adminEmail, adminName), invite);
    }

    private void field(TextField field, String id, String labelKey, int maxLength) {
        field.setLabel(getTranslation(labelKey));
        field.setId(id);
        field.setMaxLength(maxLength);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        load();
    }

    private void load() {
        api.fetch(client::listCouncils).ifPresent(this::show);
    }

    private void show(List<Council> list) {
        councils.setItems(list);
        Council chosen = adminCouncil.getValue();
        adminCouncil.setItems(list);
        list.stream().filter(council -> chosen != null && council.id().equals(chosen.id())).findFirst().ifPresent(adminCouncil::setValue);
    }

    private void create() {
        var form = new CouncilForm(name.getValue().trim(), code.getValue().trim(), odsCode.getValue().trim(), nation.getValue(),
                language.getValue());
        Map<String, HasValidation> fields = Map.of("name", name, "code", code, "odsCode", odsCode, "nation", nation, "language", language);
        api.fetch(caller -> client.createCouncil(caller, form), problem -> FieldProblems.show(problem, fields, problems))
                .ifPresent(created -> {
                    FieldProblems.clear(fields);
                    problems.showInfo(getTranslation("councils.created", created.name()));
                    name.clear();
                    code.clear();
                    odsCode.clear();
                    load();
                    adminCouncil.setValue(created);
                });
    }

    private void inviteAdministrator() {
        adminCouncil.setInvalid(false);
        if (adminCouncil.getValue() == null) {
            adminCouncil.setErrorMessage(getTranslation("validation.required"));
            adminCouncil.setInvalid(true);
            return;
        }
        var form = new InvitationForm(adminEmail.getValue().trim(), adminName.getValue().trim(), Role.ADMIN, adminCouncil.getValue().id(),
                null, null);
        Map<String, HasValidation> fields = Map.of("email", adminEmail, "displayName", adminName, "councilId", adminCouncil);
        api.fetch(caller -> client.inviteUser(caller, form), problem -> FieldProblems.show(problem, fields, problems))
                .ifPresent(sent -> {
                    FieldProblems.clear(fields);
                    problems.showInfo(getTranslation("accounts.invite.sent", sent.email()));
                    adminEmail.clear();
                    adminName.clear();
                    load();
                });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("councils.title");
    }
}
