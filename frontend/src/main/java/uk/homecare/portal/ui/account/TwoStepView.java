package uk.homecare.portal.ui.account;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import uk.homecare.portal.api.identity.Bearer;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.api.identity.Me;
import uk.homecare.portal.api.identity.MfaEnrolment;
import uk.homecare.portal.api.identity.OneTimeCode;
import uk.homecare.portal.api.identity.RecoveryCodes;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.ui.client.IdentityClient;
import uk.homecare.portal.ui.forms.ActionMark;
import uk.homecare.portal.ui.layout.MainLayout;
import uk.homecare.portal.ui.security.AccessGate;
import uk.homecare.portal.ui.security.ApiCaller;
import uk.homecare.portal.ui.security.CurrentUser;
import uk.homecare.portal.ui.security.SignedInUser;

/**
 * Two-step verification of the signed-in person's account. Not set up: start, type the secret (in groups of four)
 * into an authenticator app or open the {@code otpauth://} link on the phone that has the app, and confirm with a
 * code it shows; the recovery codes are then shown once, to be saved. Set up: new recovery codes for a current
 * code. No QR code: drawing one would need a library the portal does not have; the link does the same on a phone.
 * Someone whose council requires it and who has not set it up is brought here from everywhere, and after setting it
 * up signs in again (their token was good only for this).
 */
@Prototype
@PermitAll
@Route(value = AccessGate.MFA_ROUTE, layout = MainLayout.class)
public class TwoStepView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    private final transient IdentityClient identity;
    private final transient ApiCaller api;
    private final transient CurrentUser currentUser;
    private final Div content = new Div();

    TwoStepView(IdentityClient identity, ApiCaller api, CurrentUser currentUser) {
        this.identity = identity;
        this.api = api;
        this.currentUser = currentUser;
        setId("two-step");
        setMaxWidth("40em");
        content.setId("two-step-content");
        content.setWidthFull();
        add(new H2(getTranslation("twoStep.title")), content);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        showState();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("twoStep.title");
    }

    private Optional<Me> me() {
        return currentUser.get().map(SignedInUser::me);
    }

    private void showState() {
        content.removeAll();
        Optional<Me> me = me();
        if (me.isEmpty()) {
            return;
        }
        if (!me.get().may(Capability.ENROL_MFA)) {
            content.add(paragraph("two-step-not-for-you", getTranslation("twoStep.notForYou")));
        } else if (me.get().mfaEnrolled()) {
            showEnrolled();
        } else {
            showNotEnrolled(me.get());
        }
    }

    private void showNotEnrolled(Me me) {
        if (me.mustEnrolInMfa()) {
            Paragraph required = paragraph("two-step-required", getTranslation("twoStep.required"));
            required.getElement().setAttribute("role", "alert");
            content.add(required);
        }
        content.add(paragraph("two-step-intro", getTranslation("twoStep.intro")));
        Button start = new Button(getTranslation("twoStep.start"), click -> start());
        start.setId("two-step-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ActionMark.mark(start, Capability.ENROL_MFA);
        content.add(start);
    }

    private void start() {
        api.fetch(identity::startMfaEnrolment).ifPresent(this::showSecret);
    }

    private void showSecret(MfaEnrolment enrolment) {
        content.removeAll();
        content.add(new H3(getTranslation("twoStep.step1")));
        content.add(paragraph("two-step-secret-intro", getTranslation("twoStep.secret.intro")));
        Span secret = new Span(grouped(enrolment.secret()));
        secret.setId("two-step-secret");
        secret.getElement().setAttribute("aria-label", getTranslation("twoStep.secret.label"));
        secret.getStyle().set("font-family", "monospace").set("font-size", "1.25em").set("word-break", "break-word");
        content.add(new Div(secret));
        content.add(paragraph("two-step-account", getTranslation("twoStep.account", enrolment.issuer(), enrolment.accountName())));
        Anchor link = new Anchor(enrolment.otpauthUri(), getTranslation("twoStep.link"));
        link.setId("two-step-link");
        content.add(new Div(link));
        Paragraph uri = paragraph("two-step-uri", enrolment.otpauthUri());
        uri.getStyle().set("font-family", "monospace").set("font-size", "0.8em").set("word-break", "break-all");
        content.add(new Paragraph(getTranslation("twoStep.uri.intro")), uri);
        content.add(new H3(getTranslation("twoStep.step2")));
        content.add(codeForm("two-step-confirm", "twoStep.confirm",
                code -> auth -> identity.confirmMfaEnrolment(auth, code), this::enrolled));
    }

    private void showEnrolled() {
        content.add(paragraph("two-step-on", getTranslation("twoStep.on")));
        content.add(new H3(getTranslation("twoStep.regenerate.title")));
        content.add(paragraph("two-step-regenerate-intro", getTranslation("twoStep.regenerate.intro")));
        content.add(codeForm("two-step-regenerate", "twoStep.regenerate",
                code -> auth -> identity.regenerateRecoveryCodes(auth, code), codes -> showCodes(codes, false)));
    }

    /** A code field with its label and errors beside it, and a button (or Enter) to send it. */
    private VerticalLayout codeForm(String id, String buttonKey, Function<OneTimeCode, Function<Bearer, RecoveryCodes>> call,
            java.util.function.Consumer<RecoveryCodes> then) {
        TextField code = new TextField(getTranslation("twoStep.code.label"));
        code.setId(id + "-code");
        code.setWidth("20em");
        code.setMaxWidth("100%");
        code.setHelperText(getTranslation("twoStep.code.help"));
        code.setRequiredIndicatorVisible(true);
        code.setMaxLength(10);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setProperty("autocomplete", "one-time-code");
        code.getElement().setAttribute("inputmode", "numeric");
        code.addAttachListener(attached ->
                code.getElement().executeJs("if (this.inputElement) { this.inputElement.setAttribute('inputmode', 'numeric'); }"));
        Button send = new Button(getTranslation(buttonKey));
        send.setId(id + "-submit");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ActionMark.mark(send, Capability.ENROL_MFA);
        VerticalLayout form = new VerticalLayout(code, send);
        form.setId(id);
        form.setPadding(false);
        send.addClickShortcut(Key.ENTER).listenOn(form);
        send.addClickListener(click -> {
            String typed = code.getValue().replace(" ", "");
            if (typed.isEmpty()) {
                error(code, getTranslation("twoStep.code.required"));
                return;
            }
            code.setInvalid(false);
            api.fetch(call.apply(new OneTimeCode(typed)), problem -> error(code, messageOf(problem))).ifPresent(then);
        });
        return form;
    }

    private String messageOf(Problem problem) {
        if (problem.errors() != null && !problem.errors().isEmpty()) {
            return problem.errors().getFirst().message();
        }
        return problem.detail() != null ? problem.detail() : getTranslation("twoStep.code.wrong");
    }

    private static void error(TextField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        field.focus();
    }

    private void enrolled(RecoveryCodes codes) {
        boolean mustSignInAgain = me().map(Me::mustEnrolInMfa).orElse(false);
        if (!mustSignInAgain) {
            api.fetch(identity::me).ifPresent(me -> currentUser.get()
                    .ifPresent(user -> currentUser.signIn(new SignedInUser(user.token(), me))));
        }
        showCodes(codes, mustSignInAgain);
    }

    private void showCodes(RecoveryCodes codes, boolean mustSignInAgain) {
        content.removeAll();
        Paragraph done = paragraph("two-step-done", getTranslation("twoStep.done"));
        done.getElement().setAttribute("role", "status");
        content.add(done);
        content.add(new H3(getTranslation("twoStep.codes.title")));
        Paragraph save = paragraph("two-step-codes-save", getTranslation("twoStep.codes.save"));
        save.getElement().setAttribute("role", "alert");
        save.getStyle().set("font-weight", "600");
        content.add(save);
        OrderedList list = new OrderedList();
        list.setId("two-step-codes");
        list.getStyle().set("font-family", "monospace").set("font-size", "1.1em");
        codes.codes().forEach(code -> list.add(new ListItem(code)));
        content.add(list);
        content.add(paragraph("two-step-codes-once", getTranslation("twoStep.codes.once")));
        Button next = new Button(getTranslation(mustSignInAgain ? "twoStep.signInAgain" : "twoStep.saved"));
        next.setId("two-step-continue");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(click -> {
            if (mustSignInAgain) {
                currentUser.signOut();
                UI.getCurrent().getPage().setLocation("login");
                VaadinSession.getCurrent().getSession().invalidate();
            } else {
                showState();
            }
        });
        content.add(next);
    }

    /** The secret as people copy it: groups of four characters. */
    static String grouped(String secret) {
        List<String> groups = new java.util.ArrayList<>();
        for (int i = 0; i < secret.length(); i += 4) {
            groups.add(secret.substring(i, Math.min(secret.length(), i + 4)));
        }
        return String.join(" ", groups);
    }

    private static Paragraph paragraph(String id, String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.setId(id);
        return paragraph;
    }
}
