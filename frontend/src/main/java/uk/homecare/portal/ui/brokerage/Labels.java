package uk.homecare.portal.ui.brokerage;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.stream.Collectors;
import uk.homecare.portal.api.brokerage.MatchingNeed;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.api.brokerage.TimeOfDay;
import uk.homecare.portal.api.brokerage.VisitPattern;
import uk.homecare.portal.api.identity.NamedRef;

/** Words and badges for the values brokerage shows again and again. */
final class Labels {

    private Labels() {}

    static String name(NamedRef ref) {
        return ref == null ? "" : ref.name();
    }

    /** A package's status as a badge; an unallocated package's is loud. */
    static Span status(Component view, PackageStatus status) {
        var badge = new Span(view.getTranslation("package.status." + status));
        String variant = switch (status) {
            case UNALLOCATED -> "badge error primary";
            case AWARDED -> "badge success";
            case DRAFT, CANCELLED -> "badge contrast";
            default -> "badge";
        };
        badge.getElement().getThemeList().addAll(List.of(variant.split(" ")));
        return badge;
    }

    /** The package's status, and after it, loud, whether it is an emergency (it waited longer than its urgency allows). */
    static Span statusAndEmergency(Component view, CarePackage p) {
        Span status = status(view, p.status());
        if (!p.emergency()) {
            return status;
        }
        var both = new Span(emergency(view), new Span(" "), status);
        both.addClassName("status-and-emergency");
        return both;
    }

    /** A loud "Emergency" marker. */
    static Span emergency(Component view) {
        var badge = new Span(view.getTranslation("package.emergency"));
        badge.addClassName("emergency");
        badge.getElement().getThemeList().addAll(List.of("badge", "error", "primary"));
        return badge;
    }

    /** "2 visits a day of 30 min (morning, teatime); out of hours; double handed". */
    static String visits(Component view, VisitPattern pattern) {
        if (pattern == null) {
            return "";
        }
        String times = pattern.timesOfDay() == null
                ? ""
                : pattern.timesOfDay().stream()
                        .sorted()
                        .map(time -> timeOfDay(view, time))
                        .collect(Collectors.joining(", "));
        StringBuilder text = new StringBuilder(
                view.getTranslation("visits.summary", pattern.visitsPerDay(), pattern.visitMinutes(), times));
        if (pattern.outOfHours()) {
            text.append("; ").append(view.getTranslation("visits.outOfHours"));
        }
        if (pattern.doubleHanded()) {
            text.append("; ").append(view.getTranslation("visits.doubleHanded"));
        }
        return text.toString();
    }

    /** "Welsh-speaking carer, Driver": the needs in their order, each in words. */
    static String needs(Component view, List<MatchingNeed> needs) {
        return needs == null ? "" : needs.stream().sorted().map(need -> need(view, need)).collect(Collectors.joining(", "));
    }

    static String need(Component view, MatchingNeed need) {
        return view.getTranslation("need." + need);
    }

    static String timeOfDay(Component view, TimeOfDay time) {
        return view.getTranslation("timeOfDay." + time);
    }
}
