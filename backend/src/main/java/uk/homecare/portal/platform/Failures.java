package uk.homecare.portal.platform;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.StringJoiner;

/**
 * What a log line may say about a failure: the kinds of exception in its chain and a database error's
 * SQLSTATE, never a message. Messages carry what the failing statement or request held (a database error
 * quotes the value it could not take, a parser the text it could not read), which may be a person's notes.
 */
public final class Failures {

    private static final int MAX_LENGTH = 300;
    private static final int MAX_CAUSES = 6;

    private Failures() {}

    /** For a log line: the kinds in the chain, each with its SQLSTATE and the portal's frame nearest it. */
    public static String describe(Throwable failure) {
        return chain(failure, true);
    }

    /** For a record others may read (a webhook's or an e-mail's last error): the kinds in the chain only. */
    public static String kinds(Throwable failure) {
        return chain(failure, false);
    }

    private static String chain(Throwable failure, boolean withWhere) {
        StringJoiner kinds = new StringJoiner(" < ");
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.size() < MAX_CAUSES && seen.add(t); t = t.getCause()) {
            String state = withWhere && t instanceof SQLException sql && sql.getSQLState() != null ? " (SQLSTATE " + sql.getSQLState() + ")" : "";
            kinds.add(t.getClass().getSimpleName() + state + (withWhere ? where(t) : ""));
        }
        String description = kinds.toString();
        return description.length() <= MAX_LENGTH ? description : description.substring(0, MAX_LENGTH);
    }

    /** The portal's own frame nearest the failure, so a log line still points at the code. */
    private static String where(Throwable failure) {
        for (StackTraceElement frame : failure.getStackTrace()) {
            if (frame.getClassName().startsWith("uk.homecare.portal.")) {
                String className = frame.getClassName();
                return " at " + className.substring(className.lastIndexOf('.') + 1) + "." + frame.getMethodName() + ":" + frame.getLineNumber();
            }
        }
        return "";
    }
}
