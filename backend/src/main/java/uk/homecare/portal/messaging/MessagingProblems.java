package uk.homecare.portal.messaging;

import uk.homecare.portal.platform.problem.PortalProblem;
import uk.homecare.portal.platform.problem.Problems;

/** The refusals package messages give, worded from the API's message bundle. */
final class MessagingProblems {

    private MessagingProblems() {}

    static PortalProblem packageNotFound() {
        return PortalProblem.notFound(Problems.message("messaging.package.not-found"));
    }

    static PortalProblem notFound() {
        return PortalProblem.notFound(Problems.message("messaging.query.not-found"));
    }

    static PortalProblem conflict(String key, Object... arguments) {
        return PortalProblem.conflict(Problems.message(key, arguments));
    }

    static PortalProblem invalid(String field, String key, Object... arguments) {
        return PortalProblem.invalid(field, Problems.message(key, arguments));
    }
}
