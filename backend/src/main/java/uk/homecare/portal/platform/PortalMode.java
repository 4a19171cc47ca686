package uk.homecare.portal.platform;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * Demo or production, decided before the application context starts. Production is any run with a
 * database configured ({@code DATASOURCES_DEFAULT_URL}); it must also be given a real signing
 * secret. Demo runs on an embedded PostgreSQL in {@code PORTAL_DATA_DIR} (default {@code ./data}),
 * started clean with fresh demo data when {@code PORTAL_FRESH=true} or {@code --fresh} is given.
 */
public sealed interface PortalMode {

    String DEMO_ENVIRONMENT = "demo";

    static PortalMode fromEnvironment(Map<String, String> env, String[] args) {
        if (isSet(env.get("DATASOURCES_DEFAULT_URL"))) {
            return new Production(env.get("JWT_SECRET"));
        }
        boolean fresh = "true".equalsIgnoreCase(env.get("PORTAL_FRESH")) || Arrays.asList(args).contains("--fresh");
        Path dataDir = Path.of(isSet(env.get("PORTAL_DATA_DIR")) ? env.get("PORTAL_DATA_DIR") : "data");
        int port = isSet(env.get("PORTAL_DB_PORT")) ? Integer.parseInt(env.get("PORTAL_DB_PORT")) : 0;
        return new Demo(dataDir.resolve("postgres"), fresh, port);
    }

    /** Readies what the application context needs before it starts. */
    void prepare();

    String[] environments();

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    record Production(String jwtSecret) implements PortalMode {
        @Override
        public void prepare() {
            SigningSecretPolicy.requireProductionSecret(jwtSecret);
        }

        @Override
        public String[] environments() {
            return new String[0];
        }
    }

    record Demo(Path dataDirectory, boolean fresh, int port) implements PortalMode {
        @Override
        public void prepare() {
            EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory, fresh, port);
            database.exposeAsDefaultDataSource();
            Runtime.getRuntime().addShutdownHook(new Thread(database::close, "embedded-postgres-stop"));
        }

        @Override
        public String[] environments() {
            return new String[] {DEMO_ENVIRONMENT};
        }
    }
}
