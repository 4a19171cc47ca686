package uk.homecare.portal;

import io.micronaut.runtime.Micronaut;
import uk.homecare.portal.platform.PortalMode;

/**
 * Starts the portal. With no database configured it runs in demo mode: an embedded PostgreSQL that
 * keeps its data between runs, demo data from the council seeds, and a demo signing secret.
 */
public final class Application {

    private Application() {}

    public static void main(String[] args) {
        PortalMode mode = PortalMode.fromEnvironment(System.getenv(), args);
        mode.prepare();
        Micronaut.build(args).environments(mode.environments()).mainClass(Application.class).start();
    }
}
