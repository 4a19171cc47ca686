package uk.homecare.portal.golive;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A council's installation as its IT team makes it, on this machine: a PostgreSQL server of its own (the
 * embedded binaries, run as a separate server) with the documented roles and an empty database, an SMTP
 * server (GreenMail), and the runnable jar started as a separate process in production mode.
 */
final class ProductionInstallation implements AutoCloseable {

    static final String OWNER_PASSWORD = "owner-" + random(12);
    static final String APP_PASSWORD = "web-" + random(12);

    private final EmbeddedPostgres postgres;
    final GreenMail mail;
    private final Path jar;
    private final Path logs;
    private final int apiPort = freePort();
    private final int uiPort = freePort();
    private final String jwtSecret = random(48);
    private final List<Process> processes = new ArrayList<>();

    ProductionInstallation(Path jar, Path logs) throws IOException, SQLException {
        this.jar = jar;
        this.logs = logs;
        Files.createDirectories(logs);
        postgres = EmbeddedPostgres.builder().start();
        createDatabaseAndRoles();
        mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
    }

    /** What README's production section tells the IT team to run once, as a superuser. */
    private void createDatabaseAndRoles() throws SQLException {
        try (var connection = postgres.getPostgresDatabase().getConnection(); var statement = connection.createStatement()) {
            statement.execute("create role portal_owner login password '" + OWNER_PASSWORD + "'");
            statement.execute("create database homecare owner portal_owner");
            statement.execute("create role portal_app nologin");
            statement.execute("create role portal_web login password '" + APP_PASSWORD + "' in role portal_app");
        }
    }

    String api() {
        return "http://127.0.0.1:" + apiPort;
    }

    String ui() {
        return "http://127.0.0.1:" + uiPort;
    }

    Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        env.put("DATASOURCES_DEFAULT_URL", "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/homecare");
        env.put("DATASOURCES_DEFAULT_USERNAME", "portal_web");
        env.put("DATASOURCES_DEFAULT_PASSWORD", APP_PASSWORD);
        env.put("FLYWAY_USERNAME", "portal_owner");
        env.put("FLYWAY_PASSWORD", OWNER_PASSWORD);
        env.put("JWT_SECRET", jwtSecret);
        env.put("PORT", Integer.toString(apiPort));
        env.put("UI_PORT", Integer.toString(uiPort));
        env.put("PORTAL_PUBLIC_URL", ui());
        env.put("SMTP_HOST", "127.0.0.1");
        env.put("SMTP_PORT", Integer.toString(mail.getSmtp().getPort()));
        env.put("SMTP_STARTTLS", "false");
        env.put("MAIL_FROM", "portal@council.example");
        return env;
    }

    /** Runs the jar with arguments to the end, as `./portal admin ...` does; its exit code and output. */
    Finished command(String name, String... arguments) throws IOException, InterruptedException {
        Path output = logs.resolve(name + ".log");
        List<String> line = new ArrayList<>(List.of(java(), "-jar", jar.toString()));
        line.addAll(List.of(arguments));
        Process process = builder(line).redirectOutput(output.toFile()).start();
        processes.add(process);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(name + " finishes").isTrue();
        return new Finished(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }

    /** Starts the portal itself and waits for it to answer its health check. */
    void startPortal() throws IOException, InterruptedException {
        Process process = builder(List.of(java(), "-jar", jar.toString())).redirectOutput(logs.resolve("portal.log").toFile()).start();
        processes.add(process);
        HttpClient http = HttpClient.newHttpClient();
        for (int attempt = 0; attempt < 480; attempt++) {
            assertThat(process.isAlive()).as("the portal is running (see " + logs.resolve("portal.log") + ")").isTrue();
            try {
                var answer = http.send(HttpRequest.newBuilder(URI.create(api() + "/health")).build(), HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the portal did not answer /health within two minutes");
    }

    private ProcessBuilder builder(List<String> line) {
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
        builder.environment().putAll(environment());
        return builder;
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        new SecureRandom().nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }

    @Override
    public void close() throws IOException {
        for (Process process : processes) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        mail.stop();
        postgres.close();
    }

    record Finished(int exitCode, String output) {}
}
