package uk.homecare.portal.brokerage;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.brokerage.CancelForm;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.HistoryEntry;
import uk.homecare.portal.api.brokerage.Notification;
import uk.homecare.portal.api.brokerage.Offer;
import uk.homecare.portal.api.brokerage.OfferResponse;
import uk.homecare.portal.api.brokerage.PackageAction;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.testing.Api;
import uk.homecare.portal.testing.Race;

@MicronautTest(transactional = false)
class CommissionersCancelPackagesTest extends BrokerageTest {

    private static final String REASON = "The person has moved to live with family in another county";

    @Test
    void a_draft_is_cancelled_with_its_reason_kept_in_its_history_and_then_offers_nothing_more() {
        CarePackage drafted = draft(packageForm(coventryZone("CENTRAL"), lotOfZone(coventryZone("CENTRAL"))));
        assertThat(drafted.actions()).contains(PackageAction.CANCEL);

        CarePackage cancelled = api().retrieve(cancel(COMMISSIONER, drafted, REASON), CarePackage.class);

        assertThat(cancelled.status()).isEqualTo(PackageStatus.CANCELLED);
        assertThat(cancelled.actions()).isEmpty();
        assertThat(history(drafted).getLast()).satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("CANCELLED");
            assertThat(entry.details()).contains(REASON);
        });
    }

    @Test
    void an_offered_package_is_withdrawn_and_its_provider_told_without_the_reason() {
        CarePackage published = publishedInCentral();
        Offer offer = offerFor(SPON_END, published);

        api().retrieve(cancel(COMMISSIONER, published, REASON), CarePackage.class);

        assertThat(inbox(SPON_END)).noneMatch(o -> o.id().equals(offer.id()));
        assertThat(api().retrieve(api().as(SPON_END, GET("/api/offers/" + offer.id())), Offer.class).response())
                .isEqualTo(OfferResponse.CLOSED);
        assertThat(notices(SPON_END, published)).singleElement().satisfies(n -> {
            assertThat(n.text()).contains(published.reference()).contains("withdrawn").doesNotContain(REASON);
        });
        assertThat(emailsAbout(published, "offer.withdrawn")).isOne();
    }

    @Test
    void an_awarded_package_leaves_its_provider_who_is_told_and_it_cannot_be_cancelled_twice() {
        CarePackage published = publishedInCentral();
        accept(SPON_END, offerFor(SPON_END, published));
        CarePackage awarded = show(published);
        assertThat(awarded.status()).isEqualTo(PackageStatus.AWARDED);

        CarePackage cancelled = api().retrieve(cancel(COMMISSIONER, awarded, REASON), CarePackage.class);
        var again = api().refusal(cancel(COMMISSIONER, awarded, "Twice"));

        assertThat(cancelled.awardedProvider()).isNull();
        assertThat(carePackagesOf(SPON_END)).noneMatch(p -> p.id().equals(awarded.id()));
        assertThat(notices(SPON_END, awarded)).singleElement()
                .satisfies(n -> assertThat(n.text()).contains(awarded.reference()).contains("was awarded to you").doesNotContain(REASON));
        assertThat(emailsAbout(awarded, "package.cancelled")).isOne();
        assertThat(again.getStatus().getCode()).isEqualTo(409);
        assertThat(history(awarded)).filteredOn(entry -> entry.action().equals("CANCELLED")).hasSize(1);
    }

    @Test
    void only_the_councils_commissioners_may_cancel_and_a_reason_is_needed() {
        CarePackage published = publishedInCentral();

        var byProvider = api().refusal(cancel(SPON_END, published, REASON));
        var byOtherCouncil = api().refusal(cancel(OTHER_COUNCIL, published, REASON));
        Problem noReason = Api.problemOf(api().refusal(cancel(COMMISSIONER, published, " ")));

        assertThat(byProvider.getStatus().getCode()).isEqualTo(403);
        assertThat(byOtherCouncil.getStatus().getCode()).isEqualTo(404);
        assertThat(noReason.errors()).extracting(Problem.FieldError::field).containsExactly("reason");
        assertThat(show(published).status()).isEqualTo(published.status());
        assertThat(notices(SPON_END, published)).isEmpty();
    }

    @Test
    void eight_cancellations_at_once_cancel_it_once_and_tell_its_provider_once() throws Exception {
        CarePackage published = publishedInCentral();

        List<Integer> statuses = Race.of(8, i -> Race.status(
                () -> api().retrieve(cancel(COMMISSIONER, published, REASON + " " + i), CarePackage.class)));

        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(7);
        assertThat(history(published)).filteredOn(entry -> entry.action().equals("CANCELLED")).hasSize(1);
        assertThat(notices(SPON_END, published)).hasSize(1);
    }

    private MutableHttpRequest<CancelForm> cancel(String who, CarePackage p, String reason) {
        return api().as(who, POST("/api/packages/" + p.id() + "/cancel", new CancelForm(reason)));
    }

    private List<Notification> notices(String provider, CarePackage p) {
        return api().retrieve(api().as(provider, GET("/api/notifications")), Argument.listOf(Notification.class)).stream()
                .filter(n -> n.kind().equals("OFFER_CLOSED") && p.id().equals(n.packageId())).toList();
    }

    private int emailsAbout(CarePackage p, String messageKey) {
        return number("""
                select count(*) from email_outbox e join notification n on n.id = e.notification_id
                 where n.package_id = ? and n.message_key = ?""", p.id(), messageKey);
    }

    private List<CarePackage> carePackagesOf(String provider) {
        return api().retrieve(api().as(provider, GET("/api/care-packages")), Argument.listOf(CarePackage.class));
    }

    private List<HistoryEntry> history(CarePackage p) {
        return api().retrieve(api().as(COMMISSIONER, GET("/api/packages/" + p.id() + "/history")), Argument.listOf(HistoryEntry.class));
    }
}
