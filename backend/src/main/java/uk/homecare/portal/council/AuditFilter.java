package uk.homecare.portal.council;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.platform.problem.PortalProblem;

/** What the administrator asks of the audit trail: each criterion optional, the days inclusive and UK days. */
record AuditFilter(@Nullable UUID person, @Nullable String packageReference, @Nullable String actor, @Nullable AuditAction action,
        @Nullable LocalDate from, @Nullable LocalDate to) {

    /** A filter of the query's values, blanks as none; refuses a range that ends before it starts. */
    static AuditFilter of(@Nullable UUID person, @Nullable String packageReference, @Nullable String actor, @Nullable AuditAction action,
            @Nullable LocalDate from, @Nullable LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw PortalProblem.invalid("to", "must be on or after from");
        }
        return new AuditFilter(person, blankAsNone(packageReference, Locale.ROOT, true), blankAsNone(actor, Locale.ROOT, false), action, from, to);
    }

    private static @Nullable String blankAsNone(@Nullable String text, Locale locale, boolean upper) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        return upper ? stripped.toUpperCase(locale) : stripped.toLowerCase(locale);
    }
}
