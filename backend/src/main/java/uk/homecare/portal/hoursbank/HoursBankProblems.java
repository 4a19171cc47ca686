package uk.homecare.portal.hoursbank;

import uk.homecare.portal.platform.problem.PortalProblem;
import uk.homecare.portal.platform.problem.Problems;

/** The refusals the hours bank gives, worded from the API's message bundle. */
final class HoursBankProblems {

    private HoursBankProblems() {}

    static PortalProblem notFound(String key, Object... arguments) {
        return PortalProblem.notFound(Problems.message(key, arguments));
    }

    static PortalProblem invalid(String field, String key, Object... arguments) {
        return PortalProblem.invalid(field, Problems.message(key, arguments));
    }

    static PortalProblem conflict(String key, Object... arguments) {
        return PortalProblem.conflict(Problems.message(key, arguments));
    }

    static PortalProblem forbidden(String key) {
        return PortalProblem.forbidden(Problems.message(key));
    }
}
