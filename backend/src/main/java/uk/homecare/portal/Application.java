package uk.homecare.portal;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.extensions.Extension;
import io.swagger.v3.oas.annotations.extensions.ExtensionProperty;
import io.swagger.v3.oas.annotations.info.Contact;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.OAuthFlow;
import io.swagger.v3.oas.annotations.security.OAuthFlows;
import io.swagger.v3.oas.annotations.security.OAuthScope;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.servers.Server;
import io.swagger.v3.oas.annotations.tags.Tag;
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
                contact = @Contact(name = "The council that runs this portal"),
                license = @License(name = "Open Government Licence v3.0",
                        url = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/")),
        servers = @Server(url = "/", description = "This portal: production behind the council's own origin, or local in demo mode",
                extensions = @Extension(properties = @ExtensionProperty(name = "x-internal", value = "false", parseValue = true))),
        tags = {
            @Tag(name = "Sign-in", description = "People sign in with a password; partner systems get a token with the "
                    + "OAuth2 client credentials grant. Every other operation needs the token as `Authorization: Bearer`."),
            @Tag(name = "Reference data", description = "A council's zones, framework agreements and their lots, the providers "
                    + "on each lot, and the rate schedule. Changes send the version that was loaded (409 when stale)."),
            @Tag(name = "Brokerage: commissioners", description = "Draft and publish care packages, follow the offer cascade "
                    + "on the board, compare bids and award, move a package at its review, read its history."),
            @Tag(name = "Brokerage: providers", description = "The offers inbox (postcode district only, no personal data), "
                    + "accept, decline or bid; the packages awarded to you; hand a package back."),
            @Tag(name = "People", description = "Your council's register of the people it commissions care for: one record "
                    + "per NHS number, searched a page at a time by name, NHS number or postcode district, and corrected by "
                    + "the council's staff."),
            @Tag(name = "Hours bank: commissioners", description = "Give a person a flexible-hours plan credited weekly."),
            @Tag(name = "Hours bank: people and carers", description = "Balances over the 4-week window, bookings, "
                    + "statements and the ledger check."),
            @Tag(name = "Hours bank: providers", description = "The sessions to deliver, and recording what was delivered."),
            @Tag(name = "Notifications", description = "Your notifications, and marking them read."),
            @Tag(name = "Capacity", description = "Providers report weekly capacity per council and zone; councils see the "
                    + "market against demand and its health."),
            @Tag(name = "CHC: NHS partner systems", description = "NHS partner systems place Continuing Healthcare packages "
                    + "into a council's cascade (idempotent with Idempotency-Key), follow them, change or cancel them, and read "
                    + "an event feed with a cursor. Partner tokens only."),
            @Tag(name = "CHC: councils", description = "A council's CHC requirement and summary, and its postcode-district map "
                    + "that places a partner's package in a zone."),
            @Tag(name = "CHC webhooks", description = "NHS partner systems register webhooks to be told of their CHC "
                    + "packages' events instead of reading the feed."),
            @Tag(name = "CHC: FHIR R4 for NHS partner systems", description = "The CHC partner API in FHIR R4 resources."),
            @Tag(name = "Organisations", description = "Care providers a council registers (CQC or CIW), a provider's own "
                    + "details, and NHS partner organisations with their API clients, which the platform administrator manages."),
            @Tag(name = "Accounts", description = "Administrators invite people by e-mail (a single-use link to set a password "
                    + "makes the account), and deactivate, reactivate or change the role of the accounts they look after; "
                    + "the invitee reads and accepts the invitation without a token."),
            @Tag(name = "Councils", description = "The platform administrator creates the installation's councils.")
        },
        security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "partner")})
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "A token from POST /login: a signed JWT (HS256, with an expiry) handled as RFC8725 recommends: "
                + "the server fixes the algorithm and key, and refuses unsigned tokens and any other algorithm.")
@SecurityScheme(name = "partner", type = SecuritySchemeType.OAUTH2,
        description = "NHS partner systems: a 15-minute token from the client credentials grant, a signed JWT handled as "
                + "RFC8725 recommends (the server fixes the algorithm and key; unsigned tokens are refused). The grant "
                + "has no refresh token: ask for a new token when it expires.",
        flows = @OAuthFlows(clientCredentials = @OAuthFlow(tokenUrl = "/oauth/token",
                scopes = @OAuthScope(name = "chc", description = "Place and follow Continuing Healthcare packages"))))
public final class Application {

    private Application() {}

    public static void main(String[] args) {
        PortalMode mode = PortalMode.fromEnvironment(System.getenv(), args);
        mode.prepare();
        if (AdminCommand.isOne(args)) {
            System.exit(AdminCommand.run(args, mode.environments(), java.util.Map.of(), System.out, System.err));
        }
        Micronaut.build(args).environments(mode.environments()).mainClass(Application.class).start();
    }
}
