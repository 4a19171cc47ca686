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
import uk.homecare.portal.api.organisation.ClientRegistrationForm;
import uk.homecare.portal.api.organisation.IssuedSecret;
import uk.homecare.portal.api.organisation.NhsPartner;
import uk.homecare.portal.api.organisation.NhsPartnerForm;
import uk.homecare.portal.api.organisation.NhsPartnerOperations;
import uk.homecare.portal.api.organisation.NhsPartners;
import uk.homecare.portal.api.organisation.PartnerClient;
import uk.homecare.portal.api.organisation.PublicKeyForm;
import uk.homecare.portal.api.organisation.SecretRotationForm;
import uk.homecare.portal.api.organisation.ServedCouncilsForm;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.openapi.ConflictProblem;
import uk.homecare.portal.platform.openapi.InvalidBodyProblems;
import uk.homecare.portal.platform.openapi.InvalidParameterProblems;
import uk.homecare.portal.platform.openapi.NotFoundProblem;
import uk.homecare.portal.platform.openapi.StandardProblems;

@Controller
@Secured("PLATFORM_ADMIN")
@Tag(name = "Organisations")
class NhsPartnerController implements NhsPartnerOperations<Actor> {

    private final NhsPartnerRegister partners;

    NhsPartnerController(NhsPartnerRegister partners) {
        this.partners = partners;
    }

    @Operation(summary = "Every NHS partner organisation, its councils and API clients (never a secret)")
    @StandardProblems
    @Override
    public NhsPartners listNhsPartners(@Parameter(hidden = true) Actor actor) {
        return partners.list(actor);
    }

    @Operation(summary = "Register an NHS partner organisation by its ODS code, with the councils it serves")
    @Status(HttpStatus.CREATED)
    @StandardProblems
    @InvalidBodyProblems
    @Override
    public NhsPartner registerNhsPartner(@Parameter(hidden = true) Actor actor, @Body @Valid NhsPartnerForm form) {
        return partners.register(actor, form);
    }

    @Operation(summary = "Choose every council the partner serves",
            description = """
                    Councils left out stop being served today: the partner's next token no longer names them, its feed \
                    and webhooks say nothing more of their packages, and it can place no package with them.""")
    @StandardProblems
    @InvalidBodyProblems
    @NotFoundProblem
    @Override
    public NhsPartner chooseServedCouncils(@Parameter(hidden = true) Actor actor, UUID id, @Body @Valid ServedCouncilsForm form) {
        return partners.chooseCouncils(actor, id, form);
    }

    @Operation(summary = "Register an API client for the partner",
            description = "The answer holds the client's secret: the only time it is shown. The portal keeps only its hash.")
    @Status(HttpStatus.CREATED)
    @StandardProblems
    @InvalidBodyProblems
    @NotFoundProblem
    @Override
    public IssuedSecret registerApiClient(@Parameter(hidden = true) Actor actor, UUID id, @Body @Valid ClientRegistrationForm form) {
        return partners.registerClient(actor, id, form);
    }

    @Operation(summary = "Issue the client a new secret, shown this once",
            description = "The new secret works at once; the one it replaces keeps working until the overlap ends, and not after.")
    @StandardProblems
    @InvalidBodyProblems
    @NotFoundProblem
    @ConflictProblem
    @Override
    public IssuedSecret rotateClientSecret(@Parameter(hidden = true) Actor actor, UUID id, @Body @Valid SecretRotationForm form) {
        return partners.rotate(actor, id, form);
    }

    @Operation(summary = "Upload the public key the client's signed assertions are checked with",
            description = "A JWK, a JWKS of one key, or a PEM public key: RSA of 2048 bits or more, or EC. It replaces any key before it.")
    @StandardProblems
    @InvalidBodyProblems
    @NotFoundProblem
    @ConflictProblem
    @Override
    public PartnerClient uploadClientPublicKey(@Parameter(hidden = true) Actor actor, UUID id, @Body @Valid PublicKeyForm form) {
        return partners.uploadKey(actor, id, form);
    }

    @Operation(summary = "Disable the client: its token requests are refused from now on")
    @StandardProblems
    @InvalidParameterProblems
    @NotFoundProblem
    @ConflictProblem
    @Override
    public PartnerClient disableApiClient(@Parameter(hidden = true) Actor actor, UUID id) {
        return partners.enable(actor, id, false);
    }

    @Operation(summary = "Enable a disabled client again")
    @StandardProblems
    @InvalidParameterProblems
    @NotFoundProblem
    @ConflictProblem
    @Override
    public PartnerClient enableApiClient(@Parameter(hidden = true) Actor actor, UUID id) {
        return partners.enable(actor, id, true);
    }
}
