package uk.homecare.portal.person;

import uk.homecare.portal.platform.problem.PortalProblem;
import uk.homecare.portal.platform.problem.Problems;

/** The refusals the person register gives, worded from the API's message bundle. */
final class PersonProblems {

    private PersonProblems() {}

    static PortalProblem notFound() {
        return PortalProblem.notFound(Problems.message("person.not-found"));
    }

    static PortalProblem invalid(String field, String key, Object... arguments) {
        return PortalProblem.invalid(field, Problems.message(key, arguments));
    }

    static PortalProblem stale() {
        return PortalProblem.conflict(Problems.message("problem.stale"));
    }
}
