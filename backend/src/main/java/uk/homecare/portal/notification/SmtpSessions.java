package uk.homecare.portal.notification;

import io.micronaut.email.javamail.sender.SessionProvider;
import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Properties;

/**
 * The mail session, built from {@link MailSettings}. It replaces the module's default, which keeps one
 * JVM-wide session from {@code javamail.properties}; this one belongs to the application context and sets
 * time-outs, so an SMTP server that does not answer fails a try instead of holding the sender.
 */
@Singleton
final class SmtpSessions implements SessionProvider {

    private static final String TIMEOUT_MILLIS = "10000";

    private final Session session;

    SmtpSessions(MailSettings settings) {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", settings.host());
        properties.put("mail.smtp.port", Integer.toString(settings.port()));
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.starttls.enable", Boolean.toString(settings.startTls()));
        boolean authenticate = !settings.user().isEmpty();
        properties.put("mail.smtp.auth", Boolean.toString(authenticate));
        Authenticator authenticator = authenticate ? new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.user(), settings.password());
            }
        } : null;
        this.session = Session.getInstance(properties, authenticator);
    }

    @Override
    public Session session() {
        return session;
    }
}
