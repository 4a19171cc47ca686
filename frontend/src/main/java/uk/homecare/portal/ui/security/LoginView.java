package uk.homecare.portal.ui.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.AbstractLogin.LoginEvent;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.homecare.portal.api.identity.AccessToken;
import uk.homecare.portal.api.identity.Bearer;
import uk.homecare.portal.api.identity.Credentials;
import uk.homecare.portal.ui.client.IdentityClient;
import uk.homecare.portal.api.identity.Me;
import uk.homecare.portal.ui.i18n.Messages;

/**
 * Signs a person in through the API's {@code /login}, then reads who they are from {@code /api/me}.
 * The token stays in the server-side session.
 */
@Prototype
@AnonymousAllowed
@Route("login")
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(LoginView.class);

    private final transient IdentityClient identity;
    private final transient CurrentUser currentUser;
    private final transient Messages messages;
    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();

    LoginView(IdentityClient identity, CurrentUser currentUser, Messages messages) {
        this.identity = identity;
        this.currentUser = currentUser;
        this.messages = messages;
        setId("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        notice.setId("login-notice");
        notice.getElement().setAttribute("role", "status");
        notice.setVisible(false);
        form.setId("login-form");
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(forgot -> UI.getCurrent().navigate("forgotten-password"));
        form.setI18n(i18n("login.error.title", "login.error.message"));
        form.addLoginListener(this::signIn);
        add(new H1(getTranslation("app.name")), notice, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String key = currentUser.takeNotice();
        notice.setVisible(key != null);
        notice.setText(key == null ? "" : getTranslation(key));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }

    private void signIn(LoginEvent event) {
        try {
            AccessToken token = identity.login(new Credentials(event.getUsername(), event.getPassword()));
            Me me = identity.me(new Bearer(token.accessToken()));
            renewSessionId();
            currentUser.signIn(new SignedInUser(token.accessToken(), me));
            useLanguageOf(me);
            String returnTo = currentUser.takeReturnTo();
            UI.getCurrent().navigate(returnTo == null || returnTo.startsWith("login") ? "" : returnTo);
        } catch (HttpClientResponseException e) {
            if (e.getStatus() == HttpStatus.TOO_MANY_REQUESTS) {
                showError("login.throttled.title", "login.throttled.message");
            } else if (e.getStatus().getCode() >= 500) {
                LOG.warn("Sign-in failed: the API answered {}", e.getStatus());
                showError("login.unavailable.title", "login.unavailable.message");
            } else {
                showError("login.error.title", "login.error.message");
            }
        } catch (HttpClientException e) {
            LOG.warn("Sign-in failed: the API could not be reached", e);
            showError("login.unavailable.title", "login.unavailable.message");
        }
    }

    private void useLanguageOf(Me me) {
        messages.getProvidedLocales().stream()
                .filter(locale -> locale.getLanguage().equals(me.language()))
                .findFirst()
                .ifPresent(locale -> {
                    VaadinSession.getCurrent().setLocale(locale);
                    UI.getCurrent().setLocale(locale);
                });
    }

    /** A new session id at sign-in, so an id planted before it (session fixation) is worthless. */
    private static void renewSessionId() {
        if (VaadinService.getCurrentRequest() != null) {
            VaadinService.reinitializeSession(VaadinService.getCurrentRequest());
        }
    }

    private void showError(String titleKey, String messageKey) {
        form.setI18n(i18n(titleKey, messageKey));
        form.setError(true);
        form.setEnabled(true);
    }

    private LoginI18n i18n(String errorTitleKey, String errorMessageKey) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.form.title"));
        texts.setUsername(getTranslation("login.form.username"));
        texts.setPassword(getTranslation("login.form.password"));
        texts.setSubmit(getTranslation("login.form.submit"));
        texts.setForgotPassword(getTranslation("login.form.forgotPassword"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation(errorTitleKey));
        error.setMessage(getTranslation(errorMessageKey));
        error.setUsername(getTranslation("login.form.username.required"));
        error.setPassword(getTranslation("login.form.password.required"));
        i18n.setAdditionalInformation(null);
        return i18n;
    }
}
