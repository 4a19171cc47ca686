package uk.homecare.portal.api.account;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;

/** The installation's councils, for the platform administrator. {@code C} is the caller. */
public interface CouncilOperations<C> {

    @Get("/api/councils")
    List<Council> listCouncils(@Parameter(hidden = true) C caller);

    @Post("/api/councils")
    @Status(HttpStatus.CREATED)
    Council createCouncil(@Parameter(hidden = true) C caller, @Body CouncilForm form);
}
