package uk.homecare.portal.reference;

import uk.homecare.portal.platform.problem.PortalProblem;
import uk.homecare.portal.platform.problem.Problems;

/** The refusals reference data gives, worded for the commissioner who will read them. */
final class ReferenceProblems {

    private ReferenceProblems() {}

    static PortalProblem notFound(String what) {
        return PortalProblem.notFound("No such " + what + " in your council.");
    }

    static PortalProblem stale() {
        return PortalProblem.conflict(Problems.message("problem.stale"));
    }

    static PortalProblem codeTaken() {
        return PortalProblem.invalid("code", "Another zone of your council already has this code.");
    }

    static int requireVersion(Integer version) {
        if (version == null) {
            throw PortalProblem.invalid("version", "must not be null: send the version you loaded, so no change is lost");
        }
        return version;
    }
}
