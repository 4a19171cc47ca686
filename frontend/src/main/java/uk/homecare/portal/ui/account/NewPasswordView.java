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
import uk.homecare.portal.api.account.NewPassword;
import uk.homecare.portal.ui.client.LinkClient;
import uk.homecare.portal.ui.problem.Problems;
import uk.homecare.portal.ui.security.LoginView;

/** Where a password reset's link leads: a new password typed twice; then the person signs in with it. */
@Prototype
@AnonymousAllowed
@Route("new-password")
public class NewPasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient LinkClient client;
    private final transient LinkCalls calls;
    private final transient Problems problems;
    private final NewPasswordFields password = new NewPasswordFields("new-password");
    private final Button save = new Button();
    private final Paragraph outcome = new Paragraph();
    private final RouterLink again = new RouterLink();
    private String token = "";

    NewPasswordView(LinkClient client, LinkCalls calls, Problems problems) {
        this.client = client;
        this.calls = calls;
        this.problems = problems;
        setId("new-password");
        setMaxWidth("40rem");
        save.setText(getTranslation("reset.save"));
        save.setId("new-password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        outcome.setId("new-password-outcome");
        outcome.getElement().setAttribute("role", "status");
        again.setText(getTranslation("reset.again"));
        again.setRoute(ForgottenPasswordView.class);
        again.setId("new-password-again");
        again.setVisible(false);
        var signIn = new RouterLink(getTranslation("link.signIn"), LoginView.class);
        signIn.setId("new-password-sign-in");
        add(new H1(getTranslation("reset.new.title")), password, save, outcome, again, signIn);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        if (token.isEmpty()) {
            // Without a link's token there is nothing to set: say how to get one.
            password.setVisible(false);
            save.setVisible(false);
            outcome.setText(getTranslation("reset.unusable"));
            again.setVisible(true);
        }
    }

    private void save() {
        password.value().ifPresent(value -> calls.call(() -> {
            client.resetPassword(new NewPassword(token, value));
            return true;
        }, problem -> {
            if (problem.status() == 404 || problem.status() == 400 && (problem.errors() == null || problem.errors().stream()
                    .noneMatch(error -> "password".equals(error.field())))) {
                outcome.setText(getTranslation("reset.unusable"));
                again.setVisible(true);
            } else {
                FieldProblems.show(problem, password.byApiField(), problems);
            }
        }).ifPresent(done -> {
            password.setVisible(false);
            save.setVisible(false);
            outcome.setText(getTranslation("reset.done"));
        }));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.new.title");
    }
}
