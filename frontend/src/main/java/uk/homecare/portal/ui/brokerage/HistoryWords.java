package uk.homecare.portal.ui.brokerage;

import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.homecare.portal.api.brokerage.DeclineReason;
import uk.homecare.portal.api.brokerage.HistoryEntry;
import uk.homecare.portal.api.identity.Role;
import uk.homecare.portal.ui.reference.Formats;

/**
 * A package's history as sentences: who did what, in the page's language. The actor is the council, a
 * provider by its name, an NHS partner, or the portal itself (never a code such as SYSTEM); the event's
 * facts (the provider, the start, the reason) are said in words, dates as people write them.
 */
final class HistoryWords {

    private HistoryWords() {}

    /** "The council awarded the package to Acme Care. Care starts on 9 December 2026." */
    static String sentence(Component view, HistoryEntry entry) {
        Map<String, String> facts = entry.facts() == null ? Map.of() : entry.facts();
        String actor = actor(view, entry, facts);
        String action = entry.action() == null ? "" : entry.action();
        String key = "history.sentence." + action;
        List<String> parts = new ArrayList<>();
        String provider = facts.getOrDefault("provider", "");
        if ("AWARDED".equals(action) && isProvider(entry)) {
            parts.add(view.getTranslation("history.sentence.AWARDED.onAcceptance", provider));
        } else if ("ENTERED_OPEN".equals(action) && ("emergency".equals(facts.get("why")) || "fast-track CHC".equals(facts.get("why")))) {
            // an emergency, or the CHC fast track: offered at once to every provider with spare capacity in the zone
            parts.add(view.getTranslation("history.sentence.ENTERED_OPEN.atOnce", actor));
        } else if ("MOVED_AT_REVIEW".equals(action)) {
            parts.add(view.getTranslation(key, actor, facts.getOrDefault("from", ""), facts.getOrDefault("to", "")));
        } else if (known(view, key)) {
            parts.add(view.getTranslation(key, actor, provider));
        } else {
            parts.add(view.getTranslation("history.sentence.other", actor, actionLabel(view, action)));
        }
        add(view, parts, "history.fact.offeredTo", facts.get("offeredTo"));
        add(view, parts, "history.fact.answerBy", moment(view, facts.get("windowEndsAt")));
        add(view, parts, "history.fact.weeklyHours", hours(facts.get("weeklyMinutes")));
        add(view, parts, "history.fact.startDate", date(view, facts.get("startDate")));
        add(view, parts, "history.fact.proposedStart", "AWARDED".equals(action) ? null : date(view, facts.get("proposedStart")));
        add(view, parts, "history.fact.rate", pounds(view, facts.get("ratePence")));
        add(view, parts, "history.fact.agreedStart", date(view, facts.get("agreedStart")));
        lateStart(view, parts, "AWARDED".equals(action) ? "history.fact.lateStart.accepted" : "history.fact.lateStart", facts.get("lateStartDays"));
        add(view, parts, "history.fact.effectiveOn", date(view, facts.get("effectiveOn")));
        add(view, parts, "history.fact.reason", reason(view, action, facts.get("reason")));
        add(view, parts, "history.fact.rank", "AWARDED".equals(action) ? facts.get("rank") : null);
        if ("PROVIDER_SKIPPED".equals(action)) {
            // a provider the cascade skipped: which gate, in the council's words, never anything about the person
            add(view, parts, "history.fact.gate", word(view, "quality.gate.", facts.get("gate")));
            if (facts.get("rating") != null && facts.get("minimumRating") != null) {
                parts.add(view.getTranslation("history.fact.gateRating", view.getTranslation("quality.rating." + facts.get("rating")),
                        view.getTranslation("quality.rating." + facts.get("minimumRating"))));
            }
            add(view, parts, "history.fact.suspension", facts.get("note"));
        }
        if (action.startsWith("QUERY_")) {
            // package messages: the query's type and where it now stands, never its text (the audit holds none)
            add(view, parts, "history.fact.queryType", word(view, "query.type.", facts.get("queryType")));
            add(view, parts, "history.fact.queryStatus", word(view, "query.status.", facts.get("status")));
        }
        return String.join(" ", parts);
    }

    /** The council, a provider by name, an NHS partner, or the portal. */
    static String actor(Component view, HistoryEntry entry, Map<String, String> facts) {
        String role = entry.role() == null ? "" : entry.role();
        return switch (role) {
            case "COMMISSIONER", "ADMIN" -> view.getTranslation("history.actor.council");
            case "PROVIDER", "PROVIDER_ADMIN" -> facts.containsKey("provider")
                    ? facts.get("provider")
                    : view.getTranslation("history.actor.provider");
            case "NHS_PARTNER" -> view.getTranslation("history.actor.nhs");
            case "SYSTEM", "" -> view.getTranslation("history.actor.portal");
            default -> roleLabel(view, role);
        };
    }

    private static boolean isProvider(HistoryEntry entry) {
        return "PROVIDER".equals(entry.role());
    }

    private static void add(Component view, List<String> parts, String key, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(view.getTranslation(key, value));
        }
    }

    /** A start later than the council usually allows, and by how many days. */
    private static void lateStart(Component view, List<String> parts, String key, String days) {
        try {
            if (days != null) {
                parts.add(view.getTranslation(key, Integer.valueOf(days)));
            }
        } catch (NumberFormatException notANumber) {
            parts.add(view.getTranslation(key, days));
        }
    }

    /** A code in words, by its key under {@code prefix}; the code itself when there is no word for it. */
    private static String word(Component view, String prefix, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String key = prefix + code;
        return known(view, key) ? view.getTranslation(key).toLowerCase(Moments.locale()) : code;
    }

    private static boolean known(Component view, String key) {
        return !view.getTranslation(key).equals("!{" + key + "}!");
    }

    private static String actionLabel(Component view, String action) {
        String key = "history.action." + action;
        return known(view, key) ? view.getTranslation(key) : action;
    }

    private static String roleLabel(Component view, String role) {
        try {
            return view.getTranslation("role." + Role.valueOf(role).name());
        } catch (IllegalArgumentException notARole) {
            return role;
        }
    }

    /** A decline's reason in words; a free-text reason in quotes. */
    private static String reason(Component view, String action, String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        if ("DECLINED".equals(action)) {
            try {
                return view.getTranslation("offer.decline.reason." + DeclineReason.valueOf(reason));
            } catch (IllegalArgumentException notACode) {
                return reason;
            }
        }
        return reason;
    }

    static String date(Component view, String iso) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        try {
            return Moments.date(view, LocalDate.parse(iso));
        } catch (DateTimeParseException notADate) {
            return iso;
        }
    }

    private static String moment(Component view, String iso) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        try {
            return Moments.dateTime(view, OffsetDateTime.parse(iso).toInstant());
        } catch (DateTimeParseException notAnOffset) {
            try {
                return Moments.dateTime(view, Instant.parse(iso));
            } catch (DateTimeParseException notAnInstant) {
                return iso;
            }
        }
    }

    private static String hours(String minutes) {
        try {
            return minutes == null ? null : Formats.hours(Integer.valueOf(minutes));
        } catch (NumberFormatException notANumber) {
            return minutes;
        }
    }

    private static String pounds(Component view, String pence) {
        try {
            return pence == null ? null : Formats.pounds(Integer.valueOf(pence), Moments.locale());
        } catch (NumberFormatException notANumber) {
            return pence;
        }
    }
}
