package uk.homecare.portal.api.visits;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Visit actuals: the provider holding a package records what it delivered per visit, one at a time or by uploading an
 * ECM export (CSV, docs/ecm-import.md); the package's provider and its council's commissioners list them; commissioners
 * see a day's missed and late visits. {@code C} is the caller: the UI's clients send a
 * {@link uk.homecare.portal.api.identity.Bearer}, the backend's controller receives the actor it verified.
 */
public interface VisitOperations<C> {

    /** The media type of an ECM export. */
    String CSV = "text/csv";

    @Post("/api/packages/{packageId}/visits")
    HttpResponse<Visit> recordVisit(@Parameter(hidden = true) C caller, UUID packageId, @Body VisitForm form);

    @Get("/api/packages/{packageId}/visits{?from,to}")
    List<Visit> listVisits(@Parameter(hidden = true) C caller, UUID packageId, @Nullable @QueryValue LocalDate from,
            @Nullable @QueryValue LocalDate to);

    @Post(value = "/api/visit-imports", consumes = CSV)
    HttpResponse<EcmImportReport> importEcmFile(@Parameter(hidden = true) C caller, @Body byte[] file);

    @Get("/api/visit-exceptions{?date}")
    List<Visit> listVisitExceptions(@Parameter(hidden = true) C caller, @Nullable @QueryValue LocalDate date);
}
