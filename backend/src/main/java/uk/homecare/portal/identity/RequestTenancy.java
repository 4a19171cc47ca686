package uk.homecare.portal.identity;

import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import uk.homecare.portal.platform.CurrentTenancy;
import uk.homecare.portal.platform.Tenancy;

/**
 * The current request's actor, as the database sees it: the councils it acts for (a partner's: every
 * council it serves) and its organisation. Anonymous requests and work outside any request act for nobody.
 */
@Singleton
final class RequestTenancy implements CurrentTenancy {

    @Override
    public Tenancy current() {
        return ServerRequestContext.currentRequest()
                .flatMap(request -> request.getUserPrincipal(Authentication.class))
                .map(Actor::of)
                .map(actor -> new Tenancy(actor.councilIds(), actor.organisationId()))
                .orElse(Tenancy.NONE);
    }
}
