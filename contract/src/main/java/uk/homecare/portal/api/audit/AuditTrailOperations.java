package uk.homecare.portal.api.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The council's audit trail, as its administrator reads it: filtered by person, package, who acted,
 * action and UK days, a page at a time or as CSV. {@code C} is the caller: see
 * {@link uk.homecare.portal.api.identity.Bearer}.
 */
public interface AuditTrailOperations<C> {

    int MAX_SIZE = 100;
    int MAX_PAGE = 10_000;
    /** The most entries one CSV export holds (the newest the filter finds). */
    int MAX_EXPORT = 50_000;

    @Get("/api/audit-events{?person,package,actor,action,from,to,page,size}")
    AuditEntryPage listAuditEvents(@Parameter(hidden = true) C caller,
            @Parameter(description = "Only what concerns this person: done for them, to their record, or to their packages")
            @Nullable @QueryValue UUID person,
            @Parameter(description = "Only what was done to the care package of this reference (any case)", example = "COV-000123")
            @Nullable @QueryValue("package") @Size(max = 40) String carePackage,
            @Parameter(description = "Only what this username did (any case)") @Nullable @QueryValue("actor") @Size(max = 200) String actorName,
            @Parameter(description = "Only this action") @Nullable @QueryValue AuditAction action,
            @Parameter(description = "From this UK day, inclusive") @Nullable @QueryValue LocalDate from,
            @Parameter(description = "To this UK day, inclusive") @Nullable @QueryValue LocalDate to,
            @Parameter(description = "Which page, counting from 0") @QueryValue(defaultValue = "0") @Min(0) @Max(MAX_PAGE) int page,
            @Parameter(description = "Entries a page") @QueryValue(defaultValue = "50") @Min(1) @Max(MAX_SIZE) int size);

    @Get(value = "/api/audit-events.csv{?person,package,actor,action,from,to}", produces = MediaType.TEXT_CSV)
    String exportAuditEvents(@Parameter(hidden = true) C caller,
            @Nullable @QueryValue UUID person,
            @Nullable @QueryValue("package") @Size(max = 40) String carePackage,
            @Nullable @QueryValue("actor") @Size(max = 200) String actorName,
            @Nullable @QueryValue AuditAction action,
            @Nullable @QueryValue LocalDate from,
            @Nullable @QueryValue LocalDate to);

}
