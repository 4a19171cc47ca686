package uk.homecare.portal.identity;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import uk.homecare.portal.api.identity.LanguageChoice;
import uk.homecare.portal.api.identity.LanguageOperations;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.platform.openapi.InvalidBodyProblems;
import uk.homecare.portal.platform.openapi.StandardProblems;

/** Every person chooses the language of their own account; a partner system has none. */
@Controller
@Tag(name = "Sign-in")
@Secured({"COMMISSIONER", "ADMIN", "PROVIDER", "PROVIDER_ADMIN", "PLATFORM_ADMIN", "SERVICE_USER", "CARER"})
class LanguageController implements LanguageOperations<Actor> {

    private final Sql sql;

    LanguageController(Sql sql) {
        this.sql = sql;
    }

    @Operation(summary = "Choose the language of one's own account: en (English) or cy (Welsh)",
            description = """
                    The portal's pages, the API's problem texts (unless the request's Accept-Language names English or \
                    Welsh) and the e-mails and notifications written to the person follow it. /api/me shows it.""")
    @StandardProblems
    @InvalidBodyProblems
    @AllowedBeforeMfaEnrolment
    @Override
    public void chooseLanguage(@Parameter(hidden = true) Actor actor, @Valid @Body LanguageChoice choice) {
        sql.update("update app_user set language = ? where id = ?", choice.language(), actor.id());
    }
}
