package uk.homecare.portal.ui.security;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
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
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.homecare.portal.api.identity.AccessToken;
import uk.homecare.portal.api.identity.Bearer;
import uk.homecare.portal.api.identity.Credentials;
import uk.homecare.portal.api.identity.LanguageChoice;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.ui.client.IdentityClient;
import uk.homecare.portal.api.identity.Me;
import uk.homecare.portal.api.problem.ProblemType;
import uk.homecare.portal.ui.problem.ProblemReader;
import uk.homecare.portal.ui.i18n.Messages;

/**
 * Signs a person in through the API's {@code /login}, then reads who they are from {@code /api/me}.
 * The token stays in the server-side session. When the API answers that the account needs a one-time code
 * too ({@code mfa-required}), a second step asks for it (or a recovery code) and signs in again with it;
 * the username and password wait in this view, on the server, until then. A person who must set up two-step
 * verification first is taken straight to it.
 */
@Prototype
@AnonymousAllowed
@Route("login")
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(LoginView.class);

    private final transient IdentityClient identity;
    private final transient CurrentUser currentUser;
    private final transient Messages messages;
    private final transient ProblemReader problems;
    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();
    private final VerticalLayout codeStep = new VerticalLayout();
    private final TextField code = new TextField();
    private final Button useRecoveryCode = new Button();
    private transient @Nullable Credentials waiting;
    private boolean recoveryCode;

    LoginView(IdentityClient identity, CurrentUser currentUser, Messages messages, ProblemReader problems) {
        this.identity = identity;
        this.currentUser = currentUser;
        this.messages = messages;
        this.problems = problems;
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
        form.addLoginListener(event -> signIn(new Credentials(event.getUsername(), event.getPassword())));
        buildCodeStep();
        // a plain link by path: ui.layout, where the statement lives, depends on this package
        var statement = new Anchor("accessibility", getTranslation("layout.accessibility"));
        statement.setId("accessibility-link");
        add(LanguageSwitch.button(messages, identity, java.util.Optional.empty()), new H1(getTranslation("app.name")), notice, form, codeStep,
                statement);
        addAttachListener(attach -> LanguageSwitch.markPage(attach.getUI()));
    }

    /** The second step: the code from the authenticator app, or a recovery code; Enter sends it. */
    private void buildCodeStep() {
        codeStep.setId("login-code-step");
        codeStep.setVisible(false);
        codeStep.setPadding(false);
        codeStep.setMaxWidth("22em");
        var heading = new H2(getTranslation("login.code.title"));
        var explanation = new Paragraph(getTranslation("login.code.explanation"));
        explanation.setId("login-code-explanation");
        code.setId("login-code");
        code.setWidthFull();
        code.setRequiredIndicatorVisible(true);
        code.setMaxLength(40);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setProperty("autocomplete", "one-time-code");
        code.getElement().setAttribute("autocapitalize", "none");
        code.getElement().setProperty("autocapitalize", "none");
        code.addAttachListener(attached -> useInputMode());
        var submit = new Button(getTranslation("login.code.submit"), click -> signInWithCode());
        submit.setId("login-code-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER).listenOn(codeStep);
        useRecoveryCode.setId("login-use-recovery-code");
        useRecoveryCode.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        useRecoveryCode.addClickListener(click -> {
            recoveryCode = !recoveryCode;
            askForCode();
            code.focus();
        });
        var back = new Button(getTranslation("login.code.back"), click -> backToPassword());
        back.setId("login-code-back");
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        codeStep.add(heading, explanation, code, submit, useRecoveryCode, back);
    }

    /** Numbers on a phone's keyboard for a one-time code; letters for a recovery code. */
    private void askForCode() {
        code.setLabel(getTranslation(recoveryCode ? "login.code.recovery.label" : "login.code.label"));
        code.setHelperText(getTranslation(recoveryCode ? "login.code.recovery.help" : "login.code.help"));
        useRecoveryCode.setText(getTranslation(recoveryCode ? "login.code.useApp" : "login.code.useRecovery"));
        code.getElement().setAttribute("inputmode", recoveryCode ? "text" : "numeric");
        useInputMode();
    }

    /** vaadin-text-field keeps its native input inside: the keyboard hint goes there. */
    private void useInputMode() {
        code.getElement().executeJs("if (this.inputElement) { this.inputElement.setAttribute('inputmode', $0); }",
                recoveryCode ? "text" : "numeric");
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

    private void signInWithCode() {
        Credentials credentials = waiting;
        if (credentials == null) {
            backToPassword();
            return;
        }
        String typed = code.getValue().trim();
        if (typed.isEmpty()) {
            codeError("login.code.required");
            return;
        }
        signIn(new Credentials(credentials.username(), credentials.password(), typed));
    }

    private void signIn(Credentials credentials) {
        try {
            AccessToken token = identity.login(credentials);
            Me me = identity.me(new Bearer(token.accessToken()));
            waiting = null;
            renewSessionId();
            currentUser.signIn(new SignedInUser(token.accessToken(), me));
            useLanguageOf(me, new Bearer(token.accessToken()));
            String returnTo = currentUser.takeReturnTo();
            if (me.mustEnrolInMfa()) {
                UI.getCurrent().navigate(AccessGate.MFA_ROUTE);
            } else {
                UI.getCurrent().navigate(returnTo == null || returnTo.startsWith("login") ? "" : returnTo);
            }
        } catch (HttpClientResponseException e) {
            ProblemType type = ProblemType.of(problems.read(e).type()).orElse(ProblemType.ABOUT_BLANK);
            if (type == ProblemType.MFA_REQUIRED) {
                waiting = credentials;
                showCodeStep();
            } else if (type == ProblemType.MFA_FAILED) {
                codeError("login.code.wrong");
            } else if (waiting != null && e.getStatus() == HttpStatus.TOO_MANY_REQUESTS) {
                codeError("login.throttled.message");
            } else if (waiting != null) {
                backToPassword();
                showError("login.error.title", "login.error.message");
            } else if (e.getStatus() == HttpStatus.TOO_MANY_REQUESTS) {
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

    private void showCodeStep() {
        recoveryCode = false;
        askForCode();
        code.clear();
        code.setInvalid(false);
        form.setVisible(false);
        codeStep.setVisible(true);
        code.focus();
    }

    private void codeError(String key) {
        code.setErrorMessage(getTranslation(key));
        code.setInvalid(true);
        code.focus();
    }

    private void backToPassword() {
        waiting = null;
        code.clear();
        codeStep.setVisible(false);
        form.setVisible(true);
        form.setEnabled(true);
    }

    /** The account's language, unless the person chose one on this page: then that, kept for the account. */
    private void useLanguageOf(Me me, Bearer bearer) {
        VaadinSession session = VaadinSession.getCurrent();
        String chosen = (String) session.getAttribute(LanguageSwitch.CHOSEN_BEFORE_SIGN_IN);
        session.setAttribute(LanguageSwitch.CHOSEN_BEFORE_SIGN_IN, null);
        String language = me.language();
        if (chosen != null && !chosen.equals(language) && me.may(Capability.CHOOSE_LANGUAGE)) {
            identity.chooseLanguage(bearer, new LanguageChoice(chosen));
            language = chosen;
        }
        String wanted = language;
        messages.getProvidedLocales().stream()
                .filter(locale -> locale.getLanguage().equals(wanted))
                .findFirst()
                .ifPresent(LanguageSwitch::use);
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
