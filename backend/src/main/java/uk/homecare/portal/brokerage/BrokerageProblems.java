package uk.homecare.portal.brokerage;

import uk.homecare.portal.platform.problem.PortalProblem;
import uk.homecare.portal.platform.problem.Problems;

/** The refusals brokerage gives, worded from the API's message bundle. */
final class BrokerageProblems {

    private BrokerageProblems() {}

    static PortalProblem packageNotFound() {
        return PortalProblem.notFound(Problems.message("brokerage.package.not-found"));
    }

    static PortalProblem offerNotFound() {
        return PortalProblem.notFound(Problems.message("brokerage.offer.not-found"));
    }

    static PortalProblem notFound(String key) {
        return PortalProblem.notFound(Problems.message(key));
    }

    static PortalProblem invalid(String field, String key, Object... arguments) {
        return PortalProblem.invalid(field, Problems.message(key, arguments));
    }

    static PortalProblem conflict(String key, Object... arguments) {
        return PortalProblem.conflict(Problems.message(key, arguments));
    }
}
