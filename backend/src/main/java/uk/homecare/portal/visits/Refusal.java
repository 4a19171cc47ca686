package uk.homecare.portal.visits;

import uk.homecare.portal.platform.problem.Problems;

/** Why one field of a visit cannot be recorded: a key of the API's message bundle and its arguments. */
record Refusal(VisitField field, String key, Object... arguments) {

    String message() {
        return Problems.message(key, arguments);
    }
}
