package uk.homecare.portal.reference;

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
import uk.homecare.portal.api.reference.Zone;
import uk.homecare.portal.api.reference.ZoneForm;
import uk.homecare.portal.api.reference.ZoneOperations;
import uk.homecare.portal.identity.Actor;
import io.micronaut.core.annotation.Nullable;
import uk.homecare.portal.platform.openapi.IdempotentCreation;
import uk.homecare.portal.platform.idempotency.IdempotentRequests;
import uk.homecare.portal.platform.openapi.ConflictProblem;
import uk.homecare.portal.platform.openapi.InvalidBodyProblems;
import uk.homecare.portal.platform.openapi.NotFoundProblem;
import uk.homecare.portal.platform.openapi.StandardProblems;

@Controller
@Tag(name = "Reference data")
class ZoneController implements ZoneOperations<Actor> {

    private final ZoneCatalogue zones;
    private final IdempotentRequests idempotency;

    ZoneController(ZoneCatalogue zones, IdempotentRequests idempotency) {
        this.idempotency = idempotency;
        this.zones = zones;
    }

    @Operation(summary = "The zones of your council")
    @Secured({"COMMISSIONER", "ADMIN"})
    @StandardProblems
    @Override
    public List<Zone> listZones(@Parameter(hidden = true) Actor actor) {
        return zones.list(actor);
    }

    @Operation(summary = "Add a zone")
    @Status(HttpStatus.CREATED)
    @Secured("COMMISSIONER")
    @StandardProblems
    @InvalidBodyProblems
    @ConflictProblem
    @IdempotentCreation
    @Override
    public Zone addZone(@Parameter(hidden = true) Actor actor, @Nullable String idempotencyKey, @Body @Valid ZoneForm form) {
        return idempotency.once(new IdempotentRequests.Request(actor.id(), "addZone", idempotencyKey, List.of(form)),
                Zone.class, () -> zones.add(actor, form), added -> actor.homeCouncil()).body();
    }

    @Operation(summary = "Change a zone (send the version you loaded)")
    @Secured("COMMISSIONER")
    @StandardProblems
    @InvalidBodyProblems
    @NotFoundProblem
    @ConflictProblem
    @Override
    public Zone changeZone(@Parameter(hidden = true) Actor actor, UUID id, @Body @Valid ZoneForm form) {
        return zones.change(actor, id, form);
    }
}
