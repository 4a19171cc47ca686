package uk.homecare.portal.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Every line the portal logs while listening: for tests of what reaches the log. */
public final class LoggedLines {

    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

    public void listen() {
        lines.start();
        root().addAppender(lines);
    }

    public void stop() {
        root().detachAppender(lines);
    }

    public List<ILoggingEvent> all() {
        return List.copyOf(lines.list);
    }

    /** Warnings and errors. */
    public List<ILoggingEvent> problems() {
        return all().stream().filter(event -> event.getLevel().isGreaterOrEqual(Level.WARN)).toList();
    }

    /** Every message, and every exception's class and message down its chain of causes, a line each. */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (ILoggingEvent event : all()) {
            text.append(event.getFormattedMessage()).append('\n');
            for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                text.append(t.getClassName()).append(": ").append(t.getMessage()).append('\n');
            }
        }
        return text.toString();
    }

    private static Logger root() {
        return ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
