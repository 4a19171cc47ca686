package uk.homecare.portal.platform.openapi;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The API reference page at the address the README gives, {@code /swagger/views/redoc/}: static resources
 * answer a folder's address with nothing, so the page generated at build time is served from here.
 */
@Controller("/swagger/views/redoc")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
final class ApiReferencePage {

    private final byte[] page;

    ApiReferencePage() {
        try (InputStream in = ApiReferencePage.class.getResourceAsStream("/META-INF/swagger/views/redoc/index.html")) {
            page = in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get(uris = {"/", "/index.html"}, produces = MediaType.TEXT_HTML)
    HttpResponse<byte[]> page() {
        return page.length == 0 ? HttpResponse.notFound() : HttpResponse.ok(page);
    }
}
