package uk.homecare.portal.api.equality;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Equality monitoring: a person's answers, recorded with consent and withdrawn, and the council's report by
 * characteristic. {@code C} is the caller: see {@link uk.homecare.portal.api.identity.Bearer}.
 */
public interface EqualityOperations<C> {

    /** The media type of the CSV export. */
    String CSV = "text/csv";
    /** The longest period one report covers, in days. */
    int MAX_DAYS = 731;
    /** The period when none is given: the 365 days up to and including today. */
    int DEFAULT_DAYS = 365;

    @Get("/api/people/{personId}/equality")
    EqualityProfile showEquality(@Parameter(hidden = true) C caller, UUID personId);

    @Put("/api/people/{personId}/equality")
    EqualityProfile recordEquality(@Parameter(hidden = true) C caller, UUID personId, @Body EqualityForm form);

    @Post("/api/people/{personId}/equality/withdraw")
    EqualityProfile withdrawEquality(@Parameter(hidden = true) C caller, UUID personId);

    @Get("/api/equality{?from,to}")
    EqualityReport showEqualityReport(@Parameter(hidden = true) C caller,
            @Parameter(description = "The first UK day of the period (inclusive); by default 365 days before 'to'") @Nullable @QueryValue LocalDate from,
            @Parameter(description = "The UK day after the period (exclusive); by default tomorrow") @Nullable @QueryValue LocalDate to);

    /** {@code @Consumes} tells a client (the UI's) to accept the CSV: a client accepts only JSON unless told. */
    @Get(value = "/api/equality.csv{?from,to}", produces = CSV)
    @Consumes(CSV)
    HttpResponse<String> exportEqualityCsv(@Parameter(hidden = true) C caller, @Nullable @QueryValue LocalDate from,
            @Nullable @QueryValue LocalDate to);
}
