package uk.homecare.portal.golive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A council goes live from an empty database: the runnable jar in production mode, the one-time bootstrap,
 * then everything else through the API alone, as a council's IT team, its staff, its providers and an NHS
 * partner would. Runs after the jar is packaged (JUnit tag {@code jar}).
 */
@Tag("jar")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GoingLiveTest {

    private static final Pattern LINK = Pattern.compile("(https?://\\S+)");

    private ProductionInstallation installation;
    private String setPasswordLink;

    @BeforeAll
    void installAndBootstrap() throws Exception {
        installation = new ProductionInstallation(
                Path.of(System.getProperty("portal.jar", "target/homecare-portal-0.1.0-SNAPSHOT.jar")),
                Path.of("target", "going-live"));
        var bootstrap = installation.command("bootstrap", "admin", "create", "--email", "it.lead@council.example");
        assertThat(bootstrap.exitCode()).as(bootstrap.output()).isZero();
        Matcher link = LINK.matcher(bootstrap.output().substring(bootstrap.output().indexOf(installation.ui())));
        assertThat(link.find()).as("the bootstrap prints a set-password link").isTrue();
        setPasswordLink = link.group(1);
        installation.startPortal();
    }

    @AfterAll
    void uninstall() throws Exception {
        if (installation != null) {
            installation.close();
        }
    }

    @Test
    void the_bootstrap_refuses_to_run_a_second_time() throws Exception {
        var again = installation.command("bootstrap-again", "admin", "create", "--email", "someone.else@council.example");

        assertThat(again.exitCode()).as(again.output()).isNotZero();
        assertThat(again.output()).containsIgnoringCase("already");
    }

    @Test
    void the_bootstrap_link_opens_the_platform_administrators_invitation() {
        assertThat(setPasswordLink).startsWith(installation.ui());
    }
}
