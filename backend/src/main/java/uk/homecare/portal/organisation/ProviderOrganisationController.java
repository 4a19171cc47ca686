package uk.homecare.portal.organisation;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import uk.homecare.portal.api.organisation.CouncilProviders;
import uk.homecare.portal.api.organisation.OrganisationDetailsForm;
import uk.homecare.portal.api.organisation.ProviderOrganisation;
import uk.homecare.portal.api.organisation.ProviderOrganisationOperations;
import uk.homecare.portal.api.organisation.ProviderRegistrationForm;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.openapi.ConflictProblem;
import uk.homecare.portal.platform.openapi.InvalidBodyProblems;
import uk.homecare.portal.platform.openapi.InvalidParameterProblems;
import uk.homecare.portal.platform.openapi.NotFoundProblem;
import uk.homecare.portal.platform.openapi.StandardProblems;

@Controller
@Tag(name = "Organisations")
class ProviderOrganisationController implements ProviderOrganisationOperations<Actor> {

    private final ProviderRegister register;

    ProviderOrganisationController(ProviderRegister register) {
        this.register = register;
    }

    @Operation(summary = "The providers registered with your council",
            description = "With the regulator providers register with in your council's nation (CQC in England, CIW in Wales).")
    @Secured("ADMIN")
    @StandardProblems
    @Override
    public CouncilProviders listRegisteredProviders(@Parameter(hidden = true) Actor actor) {
        return register.list(actor);
    }

    @Operation(summary = "Register a provider with your council",
            description = """
                    Finds the provider by its regulator and provider id, or creates it from the form. A provider another \
                    council registered already is linked as it is: its details are shared, and only its own administrator \
                    changes them. Registering a provider registered already changes nothing.""")
    @Secured("ADMIN")
    @StandardProblems
    @InvalidBodyProblems
    @Override
    public ProviderOrganisation registerProvider(@Parameter(hidden = true) Actor actor, @Body @Valid ProviderRegistrationForm form) {
        return register.register(actor, form);
    }

    @Operation(summary = "End a provider's registration with your council",
            description = "From today it is no longer your council's provider; refused while it holds any of your council's lots.")
    @Secured("ADMIN")
    @Status(HttpStatus.NO_CONTENT)
    @StandardProblems
    @InvalidParameterProblems
    @NotFoundProblem
    @ConflictProblem
    @Override
    public void unlinkProvider(@Parameter(hidden = true) Actor actor, UUID id) {
        register.unlink(actor, id);
    }

    @Operation(summary = "Your provider organisation's details")
    @Secured("PROVIDER_ADMIN")
    @StandardProblems
    @NotFoundProblem
    @Override
    public ProviderOrganisation showOwnOrganisation(@Parameter(hidden = true) Actor actor) {
        return register.own(actor);
    }

    @Operation(summary = "Change your provider organisation's address and contact e-mail",
            description = "Every council the provider is registered with sees the new details.")
    @Secured("PROVIDER_ADMIN")
    @StandardProblems
    @InvalidBodyProblems
    @NotFoundProblem
    @Override
    public ProviderOrganisation changeOwnOrganisation(@Parameter(hidden = true) Actor actor, @Body @Valid OrganisationDetailsForm form) {
        return register.changeOwn(actor, form);
    }
}
