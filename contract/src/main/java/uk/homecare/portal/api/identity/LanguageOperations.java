package uk.homecare.portal.api.identity;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.swagger.v3.oas.annotations.Parameter;

/** The language of one's own account: the UI, the API's messages and e-mails follow it. {@code C} is the caller: see {@link Bearer}. */
public interface LanguageOperations<C> {

    @Put("/api/me/language")
    @Status(HttpStatus.NO_CONTENT)
    void chooseLanguage(@Parameter(hidden = true) C caller, @Body LanguageChoice choice);
}
