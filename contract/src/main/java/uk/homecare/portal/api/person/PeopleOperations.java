package uk.homecare.portal.api.person;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** The council's register of people. {@code C} is the caller: see {@link uk.homecare.portal.api.identity.Bearer}. */
public interface PeopleOperations<C> {

    int MAX_SIZE = 100;
    int MAX_QUERY_LENGTH = 100;

    @Get("/api/people{?q,page,size}")
    PersonPage listPeople(@Parameter(hidden = true) C caller,
            @Parameter(description = "A name or part of one, an NHS number (spaces allowed; its first digits find those it starts with), "
                    + "a postcode district (CV5) or a postcode; empty for everyone")
            @Nullable @QueryValue @Size(max = MAX_QUERY_LENGTH) String q,
            @Parameter(description = "Which page, counting from 0") @QueryValue(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @Parameter(description = "People a page") @QueryValue(defaultValue = "25") @Min(1) @Max(MAX_SIZE) int size);

    @Get("/api/people/{id}")
    Person showPerson(@Parameter(hidden = true) C caller, UUID id);

    @Put("/api/people/{id}")
    Person correctPerson(@Parameter(hidden = true) C caller, UUID id, @Body PersonForm form);
}
