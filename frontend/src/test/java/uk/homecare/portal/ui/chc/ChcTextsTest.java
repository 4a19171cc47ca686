package uk.homecare.portal.ui.chc;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.homecare.portal.ui.testing.Screen.assertTranslatedAndLabelled;
import static uk.homecare.portal.ui.testing.Screen.click;

import io.micronaut.http.HttpStatus;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.api.chc.ChcSummary;
import uk.homecare.portal.api.chc.PostcodeDistrictZone;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.ui.i18n.Messages;
import uk.homecare.portal.ui.testing.KaribuUi;

/** Every CHC screen in words from the bundle, and every input with a label a screen reader can read. */
class ChcTextsTest {

    private final Messages messages = new Messages();
    private KaribuUi ui;

    @BeforeEach
    void start() {
        ui = new KaribuUi();
        ui.chc().summary = new ChcSummary(270_000, 74_040, 3_360, 30, 2);
        ui.chc().districts.add(new PostcodeDistrictZone("CV6", ui.reference().zones.get(0).id()));
        ui.brokerage().packages.add(ui.brokerage().aPackage("PKG-1", PackageStatus.OPEN, ui.clock().instant()));
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    @Test
    void amountsReadAsPeopleSayThem() {
        assertThat(messages.getTranslation("chc.commissioned", Locale.UK, new BigDecimal("1234"), new BigDecimal("4500"), 0.2742))
                .isEqualTo("CHC: 1,234 of 4,500 hours a week commissioned (27%)");
        assertThat(messages.getTranslation("chc.commissioned", Locale.UK, BigDecimal.ZERO, BigDecimal.ONE, 0.0))
                .isEqualTo("CHC: 0 of 1 hour a week commissioned (0%)");
        assertThat(messages.getTranslation("chc.waiting", Locale.UK, BigDecimal.ONE, 1)).isEqualTo("1 hour a week waiting in 1 package");
        assertThat(messages.getTranslation("chc.waiting", Locale.UK, new BigDecimal("1056"), 12))
                .isEqualTo("1,056 hours a week waiting in 12 packages");
        assertThat(messages.getTranslation("chc.districts.saved", Locale.UK, 1)).isEqualTo("1 postcode district mapped.");
    }

    @Test
    void everyChcViewACommissionerOpensIsFullyTranslatedAndLabelled() {
        ui.signInAs("cora");
        ui.navigate("packages");
        assertTranslatedAndLabelled();
        ui.chc().failNext(HttpStatus.SERVICE_UNAVAILABLE, new Problem("about:blank", "Service Unavailable", 503, null, null));
        click("packages-reload");
        assertTranslatedAndLabelled();
        ui.navigate("chc");
        assertTranslatedAndLabelled();
        click("chc-district-add");
        click("chc-districts-save");
        assertTranslatedAndLabelled();
        click("chc-district-1-remove");
        click("chc-district-0-remove");
        assertTranslatedAndLabelled();
    }

    @Test
    void everyChcViewAnAdministratorOpensIsFullyTranslatedAndLabelled() {
        ui.signInAs("adam");
        ui.navigate("packages");
        assertTranslatedAndLabelled();
        ui.navigate("chc");
        assertTranslatedAndLabelled();
    }
}
