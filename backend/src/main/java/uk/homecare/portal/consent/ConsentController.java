package uk.homecare.portal.consent;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.consent.CarerAccount;
import uk.homecare.portal.api.consent.Consent;
import uk.homecare.portal.api.consent.ConsentForm;
import uk.homecare.portal.api.consent.ConsentOperations;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.openapi.IdempotentCreation;
import uk.homecare.portal.platform.idempotency.IdempotentRequests;
import uk.homecare.portal.platform.openapi.ConflictProblem;
import uk.homecare.portal.platform.openapi.InvalidBodyProblems;
import uk.homecare.portal.platform.openapi.InvalidParameterProblems;
import uk.homecare.portal.platform.openapi.NotFoundProblem;
import uk.homecare.portal.platform.openapi.StandardProblems;

@Controller
@Tag(name = "Carers' consents")
class ConsentController implements ConsentOperations<Actor> {

    private final Consents consents;
    private final CarerSearch carers;
    private final IdempotentRequests idempotency;

    ConsentController(Consents consents, CarerSearch carers, IdempotentRequests idempotency) {
        this.idempotency = idempotency;
        this.consents = consents;
        this.carers = carers;
    }

    @Operation(summary = "Who may act for a person",
            description = """
                    Every consent of the person, revoked and ended ones too, newest first, each with where it stands today \
                    (UK date) and what you may do with it. For the person's council and the person themself; a carer sees \
                    only their own.""")
    @Secured({"COMMISSIONER", "ADMIN", "SERVICE_USER", "CARER"})
    @StandardProblems
    @InvalidParameterProblems
    @NotFoundProblem
    @Override
    public List<Consent> listConsents(@Parameter(hidden = true) Actor actor, UUID personId) {
        return consents.ofPerson(actor, personId);
    }

    @Operation(summary = "Record a carer's consent to act for a person",
            description = """
                    For one of the council's carer accounts, from a first day (today when empty, never in the past) to an \
                    optional last day; refused when the carer already holds a consent for the person that overlaps it. \
                    The person themself or their council records it; the basis says which.""")
    @Status(HttpStatus.CREATED)
    @Secured({"COMMISSIONER", "ADMIN", "SERVICE_USER"})
    @StandardProblems
    @InvalidBodyProblems
    @NotFoundProblem
    @ConflictProblem
    @IdempotentCreation
    @Override
    public Consent recordConsent(@Parameter(hidden = true) Actor actor, UUID personId, @Nullable String idempotencyKey,
            @Body @Valid ConsentForm form) {
        return idempotency.once(new IdempotentRequests.Request(actor.id(), "recordConsent", idempotencyKey, List.of(personId, form)),
                Consent.class, () -> consents.record(actor, personId, form), recorded -> actor.homeCouncil()).body();
    }

    @Operation(summary = "Revoke a consent, at once",
            description = "The carer's very next request for the person (a booking, a change, the balance) is refused.")
    @Secured({"COMMISSIONER", "ADMIN", "SERVICE_USER"})
    @StandardProblems
    @InvalidParameterProblems
    @NotFoundProblem
    @ConflictProblem
    @Override
    public Consent revokeConsent(@Parameter(hidden = true) Actor actor, UUID personId, UUID consentId) {
        return consents.revoke(actor, personId, consentId);
    }

    @Operation(summary = "Your consents",
            description = "For a person: who may act for you. For a carer: whom you may act for, and from when until when.")
    @Secured({"SERVICE_USER", "CARER"})
    @StandardProblems
    @Override
    public List<Consent> listMyConsents(@Parameter(hidden = true) Actor actor) {
        return consents.mine(actor);
    }

    @Operation(summary = "Find your council's carer accounts",
            description = "Words each found in the carer's name or username, in any case; at most 50, by name.")
    @Secured({"COMMISSIONER", "ADMIN"})
    @StandardProblems
    @InvalidParameterProblems
    @Override
    public List<CarerAccount> findCarers(@Parameter(hidden = true) Actor actor, @Nullable String q) {
        return carers.find(actor, q);
    }
}
