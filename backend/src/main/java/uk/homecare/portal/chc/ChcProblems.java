package uk.homecare.portal.chc;

import uk.homecare.portal.platform.problem.PortalProblem;
import uk.homecare.portal.platform.problem.Problems;

/** The refusals CHC gives, worded from the API's message bundle. */
final class ChcProblems {

    private ChcProblems() {}

    static PortalProblem notFound() {
        return PortalProblem.notFound(Problems.message("chc.package.not-found"));
    }

    static PortalProblem notServed() {
        return PortalProblem.forbidden(Problems.message("chc.council.not-served"));
    }

    static PortalProblem invalid(String field, String key) {
        return PortalProblem.invalid(field, Problems.message(key));
    }
}
