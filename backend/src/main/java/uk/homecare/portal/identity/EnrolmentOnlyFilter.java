package uk.homecare.portal.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.web.router.RouteAttributes;
import java.util.List;
import uk.homecare.portal.api.problem.ProblemType;
import uk.homecare.portal.platform.problem.Problems;

/**
 * A person whose council requires two-step verification and who has not set it up signs in with a token
 * whose {@code scope} is {@code mfa-enrolment}: it is good for {@code /api/me} and setting up two-step
 * verification ({@link AllowedBeforeMfaEnrolment}) and what needs no token, and nothing else, which it is refused with the problem type
 * {@code mfa-enrolment-required} (403). Runs after the token is verified and the route's roles are checked.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class EnrolmentOnlyFilter implements Ordered {

    static final String SCOPE = "scope";
    static final String MFA_ENROLMENT = "mfa-enrolment";

    @RequestFilter
    @Nullable HttpResponse<?> onlyEnrolment(HttpRequest<?> request) {
        boolean enrolmentOnly = request.getUserPrincipal(Authentication.class)
                .map(authentication -> MFA_ENROLMENT.equals(authentication.getAttributes().get(SCOPE)))
                .orElse(false);
        if (!enrolmentOnly) {
            return null;
        }
        boolean allowed = RouteAttributes.getRouteMatch(request)
                .map(route -> route.getAnnotationMetadata().hasAnnotation(AllowedBeforeMfaEnrolment.class)
                        || List.of(route.getAnnotationMetadata().stringValues(Secured.class)).contains(SecurityRule.IS_ANONYMOUS))
                .orElse(true);
        return allowed ? null
                : Problems.response(HttpStatus.FORBIDDEN, ProblemType.MFA_ENROLMENT_REQUIRED, Problems.message("mfa.enrol-first"), List.of());
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
