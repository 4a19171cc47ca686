package uk.homecare.portal.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.stream.Collectors;
import uk.homecare.portal.platform.PortalMode;

/** Tells whoever started the demo where the portal is and how to sign in. */
@Singleton
@Requires(env = PortalMode.DEMO_ENVIRONMENT)
final class DemoBanner {

    private final int uiPort;

    DemoBanner(@Value("${ui.port:8081}") int uiPort) {
        this.uiPort = uiPort;
    }

    @EventListener
    void onServerStarted(ServerStartupEvent event) {
        String api = event.getSource().getURL().toString();
        String logins = DemoData.logins().stream()
                .map(l -> "    %-34s %-13s %s".formatted(l.username(), l.role(), l.councilCode()))
                .collect(Collectors.joining(System.lineSeparator()));
        System.out.printf("""

                Homecare Portal is running in demo mode.
                  UI:            http://localhost:%d/
                  API:           %s/api   (health: %s/health)
                  API reference: %s/swagger/views/redoc/
                Demo logins (password %s):
                %s
                  NHS partner client credentials: %s / %s
                Start clean with fresh demo data: ./portal run --fresh   (or PORTAL_FRESH=true)

                """, uiPort, api, api, api, DemoData.DEMO_PASSWORD, logins, DemoData.DEMO_CLIENT_ID, DemoData.DEMO_CLIENT_SECRET);
    }
}
