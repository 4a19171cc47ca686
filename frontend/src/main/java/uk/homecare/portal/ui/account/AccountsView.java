package uk.homecare.portal.ui.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
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
import java.util.Map;
import uk.homecare.portal.api.account.Account;
import uk.homecare.portal.api.account.AccountAction;
import uk.homecare.portal.api.account.AccountList;
import uk.homecare.portal.api.account.Council;
import uk.homecare.portal.api.account.Invitation;
import uk.homecare.portal.api.account.InvitationAction;
import uk.homecare.portal.api.account.InvitationForm;
import uk.homecare.portal.api.account.RoleChange;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.api.identity.Role;
import uk.homecare.portal.api.person.Person;
import uk.homecare.portal.api.reference.Provider;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.ui.client.AccountClient;
import uk.homecare.portal.ui.forms.ActionMark;
import uk.homecare.portal.ui.client.ReferenceClient;
import uk.homecare.portal.ui.layout.MainLayout;
import uk.homecare.portal.ui.person.PeoplePages;
import uk.homecare.portal.ui.person.PersonChooser;
import uk.homecare.portal.ui.problem.Problems;
import uk.homecare.portal.ui.security.ApiCaller;
import uk.homecare.portal.ui.security.CurrentUser;
import uk.homecare.portal.ui.grids.FoldingColumns;

/**
 * The accounts an administrator looks after: each with the buttons its actions allow (deactivate, reactivate,
 * change role), the invitations still pending (revoke), and a form to invite someone to a role the API says the
 * administrator may grant, with the provider, person or council the role needs.
 */
@Prototype
@RolesAllowed({"ADMIN", "PROVIDER_ADMIN", "PLATFORM_ADMIN"})
@Route(value = "accounts", layout = MainLayout.class)
public class AccountsView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    private final transient AccountClient client;
    private final transient ReferenceClient reference;
    private final transient ApiCaller api;
    private final transient Problems problems;
    private final transient CurrentUser currentUser;
    private final Grid<Account> accounts = new Grid<>();
    private final Grid<Invitation> invitations = new Grid<>();
    private final Paragraph noInvitations = new Paragraph();
    private final EmailField email = new EmailField();
    private final TextField displayName = new TextField();
    private final Select<Role> role = new Select<>();
    private final ComboBox<Provider> provider = new ComboBox<>();
    private final ComboBox<Person> person;
    private final ComboBox<Council> council = new ComboBox<>();

    AccountsView(AccountClient client, ReferenceClient reference, ApiCaller api, Problems problems, PeoplePages people,
            CurrentUser currentUser) {
        this.client = client;
        this.currentUser = currentUser;
        this.reference = reference;
        this.api = api;
        this.problems = problems;
        setId("accounts");
        person = PersonChooser.create(people, getTranslation("accounts.invite.person"));
        person.setId("invite-person");

        accounts.setId("accounts-grid");
        FoldingColumns.of(accounts).addColumn(Account::displayName).setHeader(getTranslation("accounts.name")).setKey("name").setAutoWidth(true);
        FoldingColumns.of(accounts).addColumn(Account::username).setHeader(getTranslation("accounts.username")).setKey("username").setAutoWidth(true);
        FoldingColumns.of(accounts).addColumn(account -> getTranslation("role." + account.role().name())).setHeader(getTranslation("accounts.role")).setKey("role")
                .setAutoWidth(true);
        FoldingColumns.of(accounts).addColumn(account -> where(account.organisation(), account.council())).setHeader(getTranslation("accounts.where")).setKey("where")
                .setAutoWidth(true);
        FoldingColumns.of(accounts).addColumn(account -> getTranslation(account.enabled() ? "accounts.active" : "accounts.deactivated"))
                .setHeader(getTranslation("accounts.status")).setKey("status").setAutoWidth(true);
        FoldingColumns.of(accounts).addComponentColumn(this::actions).setHeader(getTranslation("accounts.actions")).setKey("actions").setAutoWidth(true);
        accounts.setAllRowsVisible(true);

        invitations.setId("invitations-grid");
        FoldingColumns.of(invitations).addColumn(Invitation::displayName).setHeader(getTranslation("accounts.name")).setKey("name");
        FoldingColumns.of(invitations).addColumn(Invitation::email).setHeader(getTranslation("accounts.username")).setKey("email");
        FoldingColumns.of(invitations).addColumn(invitation -> getTranslation("role." + invitation.role().name())).setHeader(getTranslation("accounts.role")).setKey("role");
        FoldingColumns.of(invitations).addColumn(invitation -> where(invitation.organisation(), invitation.council())).setHeader(getTranslation("accounts.where")).setKey("where");
        FoldingColumns.of(invitations).addComponentColumn(this::revoke).setHeader(getTranslation("accounts.actions")).setKey("actions");
        invitations.setAllRowsVisible(true);
        noInvitations.setText(getTranslation("accounts.invitations.none"));
        noInvitations.setId("invitations-none");

        email.setLabel(getTranslation("accounts.invite.email"));
        email.setId("invite-email");
        email.setMaxLength(254);
        displayName.setLabel(getTranslation("accounts.invite.name"));
        displayName.setId("invite-name");
        displayName.setMaxLength(100);
        role.setLabel(getTranslation("accounts.invite.role"));
        role.setId("invite-role");
        role.setItemLabelGenerator(value -> getTranslation("role." + value.name()));
        role.addValueChangeListener(change -> placeFor(change.getValue()));
        provider.setLabel(getTranslation("accounts.invite.provider"));
        provider.setId("invite-provider");
        provider.setItemLabelGenerator(Provider::name);
        council.setLabel(getTranslation("accounts.invite.council"));
        council.setId("invite-council");
        council.setItemLabelGenerator(Council::name);
        placeFor(null);
        var invite = new Button(getTranslation("accounts.invite.send"), click -> invite());
        invite.setId("invite-send");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ActionMark.mark(invite, Capability.MANAGE_ACCOUNTS);
        var form = new FormLayout(email, displayName, role, provider, person, council);

        add(new H1(getTranslation("accounts.title")), accounts, new H2(getTranslation("accounts.invitations")), invitations,
                noInvitations, new H2(getTranslation("accounts.invite")), form, invite);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        load();
    }

    private void load() {
        api.fetch(client::listAccounts).ifPresent(this::show);
    }

    private void show(AccountList list) {
        accounts.setItems(list.accounts());
        invitations.setItems(list.invitations());
        invitations.setVisible(!list.invitations().isEmpty());
        noInvitations.setVisible(list.invitations().isEmpty());
        Role chosen = role.getValue();
        role.setItems(list.invitableRoles());
        if (chosen != null && list.invitableRoles().contains(chosen)) {
            role.setValue(chosen);
        }
    }

    private HorizontalLayout actions(Account account) {
        var buttons = new HorizontalLayout();
        if (account.actions().contains(AccountAction.DEACTIVATE)) {
            buttons.add(ActionMark.mark(button("account-deactivate-" + account.id(), getTranslation("accounts.deactivate"),
                    () -> api.fetch(caller -> client.deactivateAccount(caller, account.id()))), AccountAction.DEACTIVATE, account.id()));
        }
        if (account.actions().contains(AccountAction.REACTIVATE)) {
            buttons.add(ActionMark.mark(button("account-reactivate-" + account.id(), getTranslation("accounts.reactivate"),
                    () -> api.fetch(caller -> client.reactivateAccount(caller, account.id()))), AccountAction.REACTIVATE, account.id()));
        }
        if (account.actions().contains(AccountAction.CHANGE_ROLE)) {
            for (Role other : account.rolesItMayTake()) {
                buttons.add(ActionMark.mark(button("account-role-" + other.name() + "-" + account.id(),
                        getTranslation("accounts.makeRole", getTranslation("role." + other.name())),
                        () -> api.fetch(caller -> client.changeAccountRole(caller, account.id(), new RoleChange(other)))),
                        AccountAction.CHANGE_ROLE, account.id()));
            }
        }
        return buttons;
    }

    private Button revoke(Invitation invitation) {
        var revoke = button("invitation-revoke-" + invitation.id(), getTranslation("accounts.revoke"), () -> api.fetch(caller -> {
            client.revokeInvitation(caller, invitation.id());
            return true;
        }));
        revoke.setVisible(invitation.actions().contains(InvitationAction.REVOKE));
        return ActionMark.mark(revoke, InvitationAction.REVOKE, invitation.id());
    }

    private Button button(String id, String text, java.util.function.Supplier<java.util.Optional<?>> action) {
        var button = new Button(text, click -> action.get().ifPresent(done -> {
            problems.showInfo(getTranslation("accounts.done"));
            load();
        }));
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    /** Shows the one choice the role needs: a provider (a council inviting provider staff), a person, or a council. */
    private void placeFor(Role chosen) {
        boolean providerStaff = (chosen == Role.PROVIDER || chosen == Role.PROVIDER_ADMIN) && !isProviderAdmin();
        boolean ownLogin = chosen == Role.SERVICE_USER;
        boolean councilAdmin = chosen == Role.ADMIN && isPlatformAdmin();
        provider.setVisible(providerStaff);
        person.setVisible(ownLogin);
        council.setVisible(councilAdmin);
        if (providerStaff && provider.getListDataView().getItemCount() == 0) {
            api.fetch(reference::listProviders).ifPresent(provider::setItems);
        }
        if (councilAdmin) {
            api.fetch(client::listCouncils).ifPresent(council::setItems);
        }
    }

    private boolean isProviderAdmin() {
        return currentUser.role().filter(r -> r == Role.PROVIDER_ADMIN).isPresent();
    }

    private boolean isPlatformAdmin() {
        return currentUser.role().filter(r -> r == Role.PLATFORM_ADMIN).isPresent();
    }

    private void invite() {
        var form = new InvitationForm(email.getValue().trim(), displayName.getValue().trim(), role.getValue(),
                council.isVisible() && council.getValue() != null ? council.getValue().id() : null,
                provider.isVisible() && provider.getValue() != null ? provider.getValue().id() : null,
                person.isVisible() && person.getValue() != null ? person.getValue().id() : null);
        Map<String, com.vaadin.flow.component.HasValidation> fields = Map.of("email", email, "displayName", displayName, "role", role,
                "organisationId", provider, "personId", person, "councilId", council);
        fields.values().forEach(field -> field.setInvalid(false));
        if (form.role() == null) {
            role.setErrorMessage(getTranslation("validation.required"));
            role.setInvalid(true);
            return;
        }
        api.fetch(caller -> client.inviteUser(caller, form), problem -> FieldProblems.show(problem, fields, problems))
                .ifPresent(sent -> {
                    FieldProblems.clear(fields);
                    problems.showInfo(getTranslation("accounts.invite.sent", sent.email()));
                    email.clear();
                    displayName.clear();
                    load();
                });
    }

    private String where(NamedRef organisation, NamedRef council) {
        if (organisation != null && (council == null || !organisation.name().equals(council.name()))) {
            return organisation.name();
        }
        return council == null ? "" : council.name();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.title");
    }
}
