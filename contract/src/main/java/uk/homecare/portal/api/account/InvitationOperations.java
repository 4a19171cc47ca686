package uk.homecare.portal.api.account;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Header;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the holder of an invitation's link does, before they have an account: read it, and accept it. */
public interface InvitationOperations {

    /** The header that carries the link's token: never in the URL, where logs and proxies would keep it. */
    String TOKEN_HEADER = "Invitation-Token";

    @Get("/api/invitation")
    InvitationDetails showInvitation(
            @Parameter(description = "The token from the invitation's link", example = "Vd7bF9QeJm3X2kPz0aLwHn5sT8yC1rUo4iGqEfBj6Dc")
            @Header(TOKEN_HEADER) @NotBlank @Size(max = 100) String token);

    @Post("/api/invitation")
    NewAccount acceptInvitation(@Body NewPassword acceptance);
}
