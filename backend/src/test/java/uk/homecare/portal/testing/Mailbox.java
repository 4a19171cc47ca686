package uk.homecare.portal.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.homecare.portal.notification.EmailOutbox;

/** A real SMTP server (GreenMail, in this process) the portal sends its e-mails to, and the links they carry. */
public final class Mailbox implements AutoCloseable {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]{43})");

    private final int port = freePort();
    private final GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    public Mailbox() {
        smtp.start();
    }

    /** The portal's settings for sending to this server. */
    public Map<String, String> properties() {
        return Map.of("portal.mail.smtp-host", "127.0.0.1", "portal.mail.smtp-port", Integer.toString(port),
                "portal.mail.from", "portal@homecare.test");
    }

    /** Sends what the outbox holds, and answers the token of the newest link e-mailed to {@code address}. */
    public String tokenSentTo(EmailOutbox outbox, Instant now, String address) {
        List<String> tokens = tokensSentTo(outbox, now, address);
        if (tokens.isEmpty()) {
            throw new AssertionError("No link e-mailed to " + address);
        }
        return tokens.getLast();
    }

    public List<String> tokensSentTo(EmailOutbox outbox, Instant now, String address) {
        outbox.sendDue(now);
        List<String> tokens = new ArrayList<>();
        try {
            for (MimeMessage message : smtp.getReceivedMessages()) {
                if (message.getRecipients(Message.RecipientType.TO)[0].toString().equalsIgnoreCase(address)) {
                    Matcher matcher = TOKEN.matcher(text(message));
                    if (matcher.find()) {
                        tokens.add(matcher.group(1));
                    }
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return tokens;
    }

    /** How many e-mails have arrived, to anyone. */
    public int received(EmailOutbox outbox, Instant now) {
        outbox.sendDue(now);
        return smtp.getReceivedMessages().length;
    }

    @Override
    public void close() {
        smtp.stop();
    }

    /** The plain text of a message, whether it is sent as one part or several. */
    public static String text(Part part) throws Exception {
        Object content = part.getContent();
        if (content instanceof Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(text(multipart.getBodyPart(i)));
            }
            return text.toString();
        }
        return content.toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
