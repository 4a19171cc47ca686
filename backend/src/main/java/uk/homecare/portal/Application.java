package uk.homecare.portal;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.OAuthFlow;
import io.swagger.v3.oas.annotations.security.OAuthFlows;
import io.swagger.v3.oas.annotations.security.OAuthScope;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.servers.Server;
import uk.homecare.portal.platform.PortalMode;

/**
 * Starts the portal. With no database configured it runs in demo mode: an embedded PostgreSQL that
 * keeps its data between runs, demo data from the council seeds, and a demo signing secret.
 */
@OpenAPIDefinition(
        info = @Info(
                title = "Homecare Portal API",
                version = "0.1",
                description = "Councils commission home care: reference data, brokerage, capacity, the flexible hours bank "
                        + "and NHS Continuing Healthcare packages. Errors are RFC 7807 problem+json. People sign in at "
                        + "/login; partner systems use the OAuth2 client credentials grant at /oauth/token.",
                license = @License(name = "Open Government Licence v3.0",
                        url = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/")),
        servers = @Server(url = "/", description = "This portal"),
        security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "partner")})
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "A token from POST /login")
@SecurityScheme(name = "partner", type = SecuritySchemeType.OAUTH2, description = "NHS partner systems",
        flows = @OAuthFlows(clientCredentials = @OAuthFlow(tokenUrl = "/oauth/token",
                scopes = @OAuthScope(name = "chc", description = "Place and follow Continuing Healthcare packages"))))
public final class Application {

    private Application() {}

    public static void main(String[] args) {
        PortalMode mode = PortalMode.fromEnvironment(System.getenv(), args);
        mode.prepare();
        Micronaut.build(args).environments(mode.environments()).mainClass(Application.class).start();
    }
}
