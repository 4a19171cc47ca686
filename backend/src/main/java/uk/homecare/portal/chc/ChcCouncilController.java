package uk.homecare.portal.chc;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import uk.homecare.portal.api.chc.ChcCouncilOperations;
import uk.homecare.portal.api.chc.ChcRequirement;
import uk.homecare.portal.api.chc.ChcSummary;
import uk.homecare.portal.api.chc.PostcodeDistrictZone;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.openapi.InvalidBodyProblems;
import uk.homecare.portal.platform.openapi.StandardProblems;

@Controller
@Tag(name = "CHC: councils")
class ChcCouncilController implements ChcCouncilOperations<Actor> {

    private final ChcCommissioning commissioning;

    ChcCouncilController(ChcCommissioning commissioning) {
        this.commissioning = commissioning;
    }

    @Operation(summary = "CHC care commissioned and waiting against your council's requirement, in minutes a week")
    @StandardProblems
    @Secured({"COMMISSIONER", "ADMIN"})
    @Override
    public ChcSummary showChcSummary(@Parameter(hidden = true) Actor actor) {
        return commissioning.summary(actor);
    }

    @Operation(summary = "The CHC care your council needs commissioned each week")
    @StandardProblems
    @Secured({"COMMISSIONER", "ADMIN"})
    @Override
    public ChcRequirement showChcRequirement(@Parameter(hidden = true) Actor actor) {
        return commissioning.requirement(actor);
    }

    @Operation(summary = "Set the CHC care your council needs commissioned each week")
    @StandardProblems
    @InvalidBodyProblems
    @Secured("COMMISSIONER")
    @Override
    public ChcRequirement changeChcRequirement(@Parameter(hidden = true) Actor actor, @Body @Valid ChcRequirement requirement) {
        return commissioning.changeRequirement(actor, requirement);
    }

    @Operation(summary = "Your council's map from postcode district to zone, used to place partner packages")
    @StandardProblems
    @Secured({"COMMISSIONER", "ADMIN"})
    @Override
    public List<PostcodeDistrictZone> listPostcodeDistricts(@Parameter(hidden = true) Actor actor) {
        return commissioning.districts(actor);
    }

    @Operation(summary = "Replace your council's map from postcode district to zone")
    @StandardProblems
    @InvalidBodyProblems
    @Secured("COMMISSIONER")
    @Override
    public List<PostcodeDistrictZone> changePostcodeDistricts(@Parameter(hidden = true) Actor actor,
            @Body @jakarta.validation.constraints.Size(max = 3000)
            @io.swagger.v3.oas.annotations.media.ArraySchema(maxItems = 3000,
                    schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = PostcodeDistrictZone.class))
            List<@jakarta.validation.constraints.NotNull @Valid PostcodeDistrictZone> map) {
        return commissioning.changeDistricts(actor, map);
    }
}
