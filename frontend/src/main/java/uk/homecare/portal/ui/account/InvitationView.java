package uk.homecare.portal.ui.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import uk.homecare.portal.api.account.InvitationDetails;
import uk.homecare.portal.api.account.NewPassword;
import uk.homecare.portal.ui.client.LinkClient;
import uk.homecare.portal.ui.problem.Problems;
import uk.homecare.portal.ui.security.LoginView;

/**
 * Where an invitation's link leads: who invited the person, to which role and organisation, and a new password
 * typed twice, which makes the account; then they sign in. A link that no longer works says so.
 */
@Prototype
@AnonymousAllowed
@Route("invitation")
public class InvitationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient LinkClient client;
    private final transient LinkCalls calls;
    private final transient Problems problems;
    private final Paragraph invited = new Paragraph();
    private final Paragraph outcome = new Paragraph();
    private final NewPasswordFields password = new NewPasswordFields("invitation");
    private final Button accept = new Button();
    private final RouterLink signIn = new RouterLink();
    private String token = "";

    InvitationView(LinkClient client, LinkCalls calls, Problems problems) {
        this.client = client;
        this.calls = calls;
        this.problems = problems;
        setId("invitation");
        setMaxWidth("40rem");
        invited.setId("invitation-details");
        outcome.setId("invitation-outcome");
        outcome.getElement().setAttribute("role", "status");
        accept.setText(getTranslation("invitation.accept"));
        accept.setId("invitation-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.addClickListener(click -> accept());
        signIn.setText(getTranslation("link.signIn"));
        signIn.setRoute(LoginView.class);
        signIn.setId("invitation-sign-in");
        signIn.setVisible(false);
        add(new H1(getTranslation("invitation.title")), invited, password, accept, outcome, signIn);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        calls.call(() -> client.showInvitation(token), problem -> unusable()).ifPresentOrElse(this::show, () -> {
            if (token.isEmpty()) {
                unusable();
            }
        });
    }

    private void show(InvitationDetails details) {
        String role = getTranslation("role." + details.role().name());
        String by = details.invitedBy() == null ? getTranslation("invitation.byInstaller") : details.invitedBy();
        invited.setText(details.organisation() == null
                ? getTranslation("invitation.details", by, role, details.email())
                : getTranslation("invitation.details.at", by, role, details.organisation(), details.email()));
    }

    private void unusable() {
        invited.setText(getTranslation("invitation.unusable"));
        password.setVisible(false);
        accept.setVisible(false);
    }

    private void accept() {
        password.value().ifPresent(value -> calls.call(() -> client.acceptInvitation(new NewPassword(token, value)), problem -> {
            if (problem.status() == 404) {
                unusable();
            } else {
                FieldProblems.show(problem, password.byApiField(), problems);
            }
        }).ifPresent(account -> {
            password.setVisible(false);
            accept.setVisible(false);
            outcome.setText(getTranslation("invitation.done", account.username()));
            signIn.setVisible(true);
        }));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invitation.title");
    }
}
