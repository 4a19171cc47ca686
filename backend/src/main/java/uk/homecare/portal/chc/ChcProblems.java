package uk.homecare.portal.chc;

import java.util.List;
import uk.homecare.portal.api.problem.Problem.Choice;
import uk.homecare.portal.api.problem.ProblemType;
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

    static PortalProblem referenceReused() {
        return PortalProblem.unprocessable(ProblemType.IDEMPOTENCY_KEY_REUSED, "partnerReference", Problems.message("chc.partner-reference.reused"));
    }

    static PortalProblem lotChoiceNeeded(List<Choice> lots) {
        return PortalProblem.choiceNeeded(ProblemType.LOT_CHOICE_NEEDED, "lotId",
                Problems.message(lots.isEmpty() ? "chc.lot.none" : "chc.lot.choose"), lots);
    }
}
