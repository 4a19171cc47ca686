package uk.homecare.portal.ui.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.api.identity.LanguageChoice;
import uk.homecare.portal.ui.client.IdentityClient;
import uk.homecare.portal.ui.forms.ActionMark;
import uk.homecare.portal.ui.i18n.Messages;

/**
 * The link to the other language, named in that language ("Cymraeg" on an English page, "English" on a Welsh
 * one), on every page including sign-in. Signed in, the choice is the account's (the API keeps it, so the API's
 * messages and e-mails follow it); before sign-in, this browser session's until the person signs in.
 */
public final class LanguageSwitch {

    /** Each language by its own name, the same on every page: a reader looks for the name they know. */
    private static final Map<String, String> ENDONYMS = Map.of("en", "English", "cy", "Cymraeg");

    /** The language a person chose on the sign-in page; on signing in it becomes their account's. */
    static final String CHOSEN_BEFORE_SIGN_IN = LanguageSwitch.class.getName() + ".chosen";

    private LanguageSwitch() {}

    /** The switch for a page; {@code identity} and {@code user} are absent on the sign-in page. */
    public static Button button(Messages messages, IdentityClient identity, Optional<SignedInUser> user) {
        Locale current = current(messages);
        Locale other = current.getLanguage().equals(Messages.WELSH.getLanguage()) ? Messages.ENGLISH : Messages.WELSH;
        var button = new Button(ENDONYMS.get(other.getLanguage()));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.getElement().setAttribute("lang", other.getLanguage());
        button.getElement().setAttribute("hreflang", other.getLanguage());
        button.setVisible(messages.getProvidedLocales().contains(other));
        if (user.isPresent()) {
            button.setId("language-switch");
            ActionMark.mark(button, Capability.CHOOSE_LANGUAGE);
            button.setVisible(button.isVisible() && user.get().me().may(Capability.CHOOSE_LANGUAGE));
        } else {
            button.setId("login-language");
        }
        button.addClickListener(click -> {
            if (user.isPresent()) {
                identity.chooseLanguage(user.get().bearer(), new LanguageChoice(other.getLanguage()));
            } else {
                VaadinSession.getCurrent().setAttribute(CHOSEN_BEFORE_SIGN_IN, other.getLanguage());
            }
            use(other);
            UI.getCurrent().getPage().reload();
        });
        return button;
    }

    /** Shows this session in {@code locale}, and says so to the browser ({@code <html lang>}). */
    static void use(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        SessionLanguage.keep(locale);
        UI ui = UI.getCurrent();
        ui.setLocale(locale);
        markPage(ui);
    }

    /** Sets the page's {@code lang} to the UI's language, so assistive technology reads it in the right voice. */
    public static void markPage(UI ui) {
        ui.getPage().executeJs("document.documentElement.lang = $0", ui.getLocale().getLanguage());
    }

    private static Locale current(Messages messages) {
        UI ui = UI.getCurrent();
        Locale locale = ui == null ? Messages.ENGLISH : ui.getLocale();
        return messages.getProvidedLocales().stream().filter(provided -> provided.getLanguage().equals(locale.getLanguage()))
                .findFirst().orElse(Messages.ENGLISH);
    }
}
