package uk.homecare.portal.brokerage;

import io.micronaut.core.annotation.Nullable;
import uk.homecare.portal.platform.problem.PortalProblem;
import uk.homecare.portal.platform.problem.Problems;

/** The version an If-Match header carries: {@code 3}, {@code "3"} or {@code W/"3"}; missing or unreadable is a 400 naming it. */
final class VersionTag {

    static final String HEADER = "If-Match";

    private VersionTag() {}

    static int parse(@Nullable String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw PortalProblem.invalid(HEADER, Problems.message("brokerage.edit.version-needed"));
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        if (!tag.matches("[0-9]{1,9}")) {
            throw PortalProblem.invalid(HEADER, Problems.message("brokerage.edit.version-needed"));
        }
        return Integer.parseInt(tag);
    }
}
