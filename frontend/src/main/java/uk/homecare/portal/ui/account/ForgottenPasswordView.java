package uk.homecare.portal.ui.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import java.util.Map;
import uk.homecare.portal.api.account.ResetRequest;
import uk.homecare.portal.ui.client.LinkClient;
import uk.homecare.portal.ui.problem.Problems;
import uk.homecare.portal.ui.security.LoginView;

/** Asks for a link to set a new password; says the same whether or not the address has an account. */
@Prototype
@AnonymousAllowed
@Route("forgotten-password")
public class ForgottenPasswordView extends VerticalLayout implements HasDynamicTitle {

    private final transient LinkClient client;
    private final transient LinkCalls calls;
    private final transient Problems problems;
    private final EmailField email = new EmailField();
    private final Button send = new Button();
    private final Paragraph outcome = new Paragraph();

    ForgottenPasswordView(LinkClient client, LinkCalls calls, Problems problems) {
        this.client = client;
        this.calls = calls;
        this.problems = problems;
        setId("forgotten-password");
        setMaxWidth("40rem");
        email.setLabel(getTranslation("reset.email"));
        email.setId("reset-email");
        email.setRequired(true);
        email.setMaxLength(254);
        send.setText(getTranslation("reset.send"));
        send.setId("reset-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> send());
        outcome.setId("reset-outcome");
        outcome.getElement().setAttribute("role", "status");
        var back = new RouterLink(getTranslation("link.signIn"), LoginView.class);
        back.setId("reset-sign-in");
        add(new H1(getTranslation("reset.title")), new Paragraph(getTranslation("reset.intro")), email, send, outcome, back);
    }

    private void send() {
        email.setInvalid(false);
        if (email.getValue().isBlank()) {
            email.setErrorMessage(getTranslation("reset.email.required"));
            email.setInvalid(true);
            return;
        }
        calls.call(() -> client.requestPasswordReset(new ResetRequest(email.getValue().trim())),
                problem -> FieldProblems.show(problem, Map.of("email", email), problems))
                .ifPresent(requested -> {
                    outcome.setText(getTranslation("reset.sent"));
                    send.setEnabled(false);
                });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.title");
    }
}
