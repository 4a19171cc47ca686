package uk.homecare.portal.consent;

import uk.homecare.portal.platform.problem.PortalProblem;
import uk.homecare.portal.platform.problem.Problems;

/** The refusals consents give, worded from the API's message bundle. */
final class ConsentProblems {

    private ConsentProblems() {}

    static PortalProblem personNotFound() {
        return PortalProblem.notFound(Problems.message("consent.person.not-found"));
    }

    static PortalProblem notFound() {
        return PortalProblem.notFound(Problems.message("consent.not-found"));
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
