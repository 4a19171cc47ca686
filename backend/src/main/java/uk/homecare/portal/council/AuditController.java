package uk.homecare.portal.council;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.UUID;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.api.audit.AuditEntryPage;
import uk.homecare.portal.api.audit.AuditTrailOperations;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.openapi.InvalidParameterProblems;
import uk.homecare.portal.platform.openapi.StandardProblems;

@Controller
@Tag(name = "Council administration")
@Secured("ADMIN")
class AuditController implements AuditTrailOperations<Actor> {

    private final AuditReading reading;

    AuditController(AuditReading reading) {
        this.reading = reading;
    }

    @Operation(summary = "Your council's audit trail, filtered, a page at a time",
            description = """
                    Every criterion is optional and they combine: the person (what was done for them, to their record or \
                    to their care packages), the package's reference, the username of whoever acted, the action, and the \
                    first and last UK day. Newest first; 'total' counts every entry found.""")
    @StandardProblems
    @InvalidParameterProblems
    @Override
    public AuditEntryPage listAuditEvents(@Parameter(hidden = true) Actor caller, @Nullable UUID person, @Nullable String carePackage,
            @Nullable String actorName, @Nullable AuditAction action, @Nullable LocalDate from, @Nullable LocalDate to, int page, int size) {
        return reading.page(caller.homeCouncil(), AuditFilter.of(person, carePackage, actorName, action, from, to), page, size);
    }

    @Operation(summary = "Your council's audit trail as CSV, filtered as the pages are",
            description = """
                    The newest entries the filter finds (at most 50,000: narrow the filter for older ones), every field \
                    quoted; a cell that starts with = + - @, a tab or a carriage return starts with a single quote, so a \
                    spreadsheet shows it rather than running it.""")
    @ApiResponse(responseCode = "200", description = "The entries as CSV, with a header line",
            content = @Content(mediaType = MediaType.TEXT_CSV, schema = @Schema(type = "string")))
    @StandardProblems
    @InvalidParameterProblems
    @Override
    public String exportAuditEvents(@Parameter(hidden = true) Actor caller, @Nullable UUID person, @Nullable String carePackage,
            @Nullable String actorName, @Nullable AuditAction action, @Nullable LocalDate from, @Nullable LocalDate to) {
        return AuditCsv.of(reading.newest(caller.homeCouncil(), AuditFilter.of(person, carePackage, actorName, action, from, to), MAX_EXPORT));
    }
}
