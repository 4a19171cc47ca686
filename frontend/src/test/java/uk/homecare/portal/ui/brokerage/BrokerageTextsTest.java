package uk.homecare.portal.ui.brokerage;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.api.brokerage.Bid;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.DeclineReason;
import uk.homecare.portal.api.brokerage.Funding;
import uk.homecare.portal.api.brokerage.HistoryEntry;
import uk.homecare.portal.api.brokerage.Notification;
import uk.homecare.portal.api.brokerage.OfferResponse;
import uk.homecare.portal.api.brokerage.OfferStage;
import uk.homecare.portal.api.brokerage.OpenStageRule;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.api.brokerage.TimeOfDay;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.ui.i18n.Messages;
import uk.homecare.portal.ui.testing.KaribuUi;
import uk.homecare.portal.ui.testing.Screen;

/** Every brokerage screen in words from the bundle, and every value the API sends with a label. */
class BrokerageTextsTest {

    private final Messages messages = new Messages();
    private KaribuUi ui;

    @BeforeEach
    void start() {
        ui = new KaribuUi();
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    private static void assertTranslated() {
        StringBuilder rendered = new StringBuilder(Screen.allText());
        _find(Grid.class).forEach(grid -> rendered.append(Screen.rows(grid)));
        assertThat(rendered.toString()).doesNotContain("!{");
    }

    @Test
    void everyValueTheBrokerageApiSendsHasALabel() {
        assertLabels("package.status.", PackageStatus.values());
        assertLabels("offer.stage.", OfferStage.values());
        assertLabels("offer.response.", OfferResponse.values());
        assertLabels("offer.decline.reason.", DeclineReason.values());
        assertLabels("funding.", Funding.values());
        assertLabels("timeOfDay.", TimeOfDay.values());
        assertLabels("policy.openStageRule.", OpenStageRule.values());
        assertLabels("policy.window.unit.", WindowField.Unit.values());
        assertLabels("history.action.", AuditAction.DRAFTED, AuditAction.PUBLISHED, AuditAction.ENTERED_PRIMARY,
                AuditAction.ENTERED_SECONDARY, AuditAction.ENTERED_OPEN, AuditAction.ENTERED_REVIEW, AuditAction.ENTERED_UNALLOCATED,
                AuditAction.ACCEPTED, AuditAction.BID, AuditAction.DECLINED, AuditAction.AWARDED, AuditAction.HAND_BACK_GIVEN,
                AuditAction.MOVED_AT_REVIEW, AuditAction.CHANGED, AuditAction.CANCELLED);
    }

    private void assertLabels(String prefix, Enum<?>... values) {
        for (Enum<?> value : values) {
            assertThat(messages.keys()).contains(prefix + value.name());
        }
    }

    @Test
    void countsReadAsPeopleSayThem() {
        assertThat(messages.getTranslation("packages.unallocated", Locale.UK, 0L)).isEqualTo("No packages unallocated");
        assertThat(messages.getTranslation("packages.unallocated", Locale.UK, 1L)).isEqualTo("1 package unallocated");
        assertThat(messages.getTranslation("packages.unallocated", Locale.UK, 3L)).isEqualTo("3 packages unallocated");
        assertThat(messages.getTranslation("visits.summary", Locale.UK, 1, 45, "Night")).isEqualTo("1 visit a day of 45 min (Night)");
    }

    @Test
    void everyBrokerageViewACommissionerOpensIsFullyTranslated() {
        Instant now = ui.clock().instant();
        CarePackage p = ui.brokerage().aPackage("PKG-1", PackageStatus.OPEN, now.minusSeconds(7200));
        ui.brokerage().packages.add(p);
        ui.brokerage().bids.put(p.id(), List.of(new Bid(UUID.randomUUID(), new NamedRef(UUID.randomUUID(), "Home Helpers"),
                OfferResponse.BID, p.startDate().plusWeeks(1), 2000, now, null, null)));
        ui.brokerage().history.put(p.id(), List.of(new HistoryEntry(now, "Cora", "COMMISSIONER", "PUBLISHED", "")));
        ui.brokerage().notifications.add(new Notification(UUID.randomUUID(), now, "BID", "A bid", p.id(), false));
        ui.signInAs("cora");
        for (String view : List.of("packages", "packages/new", "packages/" + p.id(), "brokerage-policy", "notifications")) {
            ui.navigate(view);
            assertTranslated();
        }
    }

    @Test
    void everyBrokerageViewAProviderOpensIsFullyTranslated() {
        Instant now = ui.clock().instant();
        CarePackage p = ui.brokerage().aPackage("PKG-2", PackageStatus.OPEN, now);
        var offer = ui.brokerage().anOffer(p, OfferStage.OPEN, now.plusSeconds(3000), true);
        ui.brokerage().offers.add(offer);
        ui.brokerage().carePackages.add(p);
        ui.brokerage().notifications.add(new Notification(UUID.randomUUID(), now, "OFFER", "An offer", p.id(), false));
        ui.signInAs("pete");
        for (String view : List.of("offers", "offers/" + offer.id(), "care-packages", "notifications")) {
            ui.navigate(view);
            assertTranslated();
        }
        ui.navigate("care-packages");
        _clickItem(Screen.grid("care-packages-grid"), 0);
        assertTranslated();
    }
}
