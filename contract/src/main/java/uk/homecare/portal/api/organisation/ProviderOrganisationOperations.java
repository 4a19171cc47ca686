package uk.homecare.portal.api.organisation;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.UUID;

/**
 * Care provider organisations: a council's administrator registers them with the council (find or create
 * by regulator id) and ends registrations; a provider's own administrator keeps its address and contact.
 * {@code C} is the caller: see {@link uk.homecare.portal.api.identity.Bearer}.
 */
public interface ProviderOrganisationOperations<C> {

    @Get("/api/provider-organisations")
    CouncilProviders listRegisteredProviders(@Parameter(hidden = true) C caller);

    @Post("/api/provider-organisations")
    ProviderOrganisation registerProvider(@Parameter(hidden = true) C caller, @Body ProviderRegistrationForm form);

    @Delete("/api/provider-organisations/{id}/registration")
    void unlinkProvider(@Parameter(hidden = true) C caller, UUID id);

    @Get("/api/my-organisation")
    ProviderOrganisation showOwnOrganisation(@Parameter(hidden = true) C caller);

    @Put("/api/my-organisation")
    ProviderOrganisation changeOwnOrganisation(@Parameter(hidden = true) C caller, @Body OrganisationDetailsForm form);
}
