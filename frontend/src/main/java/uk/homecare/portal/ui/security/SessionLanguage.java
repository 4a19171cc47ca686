package uk.homecare.portal.ui.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Optional;
import uk.homecare.portal.ui.i18n.Messages;

/**
 * Keeps a browser session in the language chosen for it (by the switch, or the account's at sign-in): every new
 * page (UI) starts in it, and the first HTML the browser gets says it ({@code <html lang>}), so a screen reader
 * reads Welsh in a Welsh voice from the first word.
 */
@Singleton
public class SessionLanguage implements VaadinServiceInitListener {

    private static final String ATTRIBUTE = SessionLanguage.class.getName();

    private final Messages messages;

    SessionLanguage(Messages messages) {
        this.messages = messages;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> chosen(init.getUI().getSession().getSession()).ifPresent(init.getUI()::setLocale));
        event.addIndexHtmlRequestListener(response -> response.getDocument().getElementsByTag("html")
                .attr("lang", Optional.ofNullable(response.getVaadinRequest().getWrappedSession(false))
                        .flatMap(this::chosen).orElse(Messages.ENGLISH).getLanguage()));
    }

    /** Remembers the language for the rest of this browser session. */
    static void keep(Locale locale) {
        VaadinSession.getCurrent().getSession().setAttribute(ATTRIBUTE, locale.getLanguage());
    }

    private Optional<Locale> chosen(WrappedSession session) {
        Object language = session.getAttribute(ATTRIBUTE);
        return messages.getProvidedLocales().stream().filter(locale -> locale.getLanguage().equals(language)).findFirst();
    }
}
