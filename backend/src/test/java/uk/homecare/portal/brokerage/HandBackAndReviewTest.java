package uk.homecare.portal.brokerage;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.HandBackForm;
import uk.homecare.portal.api.brokerage.HistoryEntry;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.api.brokerage.ReviewForm;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.testing.Api;

@Tag("calendar")
@MicronautTest(transactional = false)
class HandBackAndReviewTest extends BrokerageTest {

    @Test
    void a_hand_back_needs_the_councils_notice_and_on_its_date_the_package_re_enters_the_cascade() {
        CarePackage awarded = awardedToSponEnd();

        Problem tooSoon = Api.problemOf(api().refusal(handBack(awarded, today().plusDays(13))));
        CarePackage givenBack = api().retrieve(handBack(awarded, today().plusDays(14)), CarePackage.class);

        assertThat(tooSoon.errors()).extracting(Problem.FieldError::field).containsExactly("effectiveOn");
        assertThat(tooSoon.detail()).contains("14 days");
        assertThat(givenBack.handBackOn()).isEqualTo(today().plusDays(14));

        clock.advance(Duration.ofDays(13));
        cascade.takeBackHandedBack(today(), clock.instant());
        assertThat(show(awarded).status()).as("still cared for until the notice date").isEqualTo(PackageStatus.AWARDED);

        clock.advance(Duration.ofDays(1));
        cascade.takeBackHandedBack(today(), clock.instant());
        CarePackage reoffered = show(awarded);
        assertThat(reoffered.status()).isEqualTo(PackageStatus.PRIMARY);
        assertThat(reoffered.awardedProvider()).isNull();
        assertThat(carePackages(SPON_END)).noneMatch(p -> p.id().equals(awarded.id()));
        assertThat(history(awarded)).extracting(HistoryEntry::action).endsWith("AWARDED", "HAND_BACK_GIVEN", "ENTERED_PRIMARY");
    }

    @Test
    void an_awarded_package_stays_with_its_provider_whatever_the_cascade_does() {
        CarePackage awarded = awardedToSponEnd();

        clock.advance(Duration.ofDays(60));
        cascade.advanceLapsed(clock.instant());
        cascade.takeBackHandedBack(today(), clock.instant());

        assertThat(show(awarded).status()).isEqualTo(PackageStatus.AWARDED);
        assertThat(show(awarded).awardedProvider()).isEqualTo(awarded.awardedProvider());
    }

    @Test
    void at_review_the_commissioner_moves_a_package_to_another_provider_on_its_lot_and_only_that_provider_then_sees_the_person() {
        CarePackage awarded = awardedToSponEnd();
        UUID swanswell = id("select id from organisation where name like 'Swanswell Pool%'");
        UUID bradfordProvider = id("select id from organisation where name like 'Wool Exchange%'");

        var notOnLot = api().refusal(api().as(COMMISSIONER, POST("/api/packages/" + awarded.id() + "/review",
                new ReviewForm(bradfordProvider, "Not on this lot"))));
        var byProvider = api().refusal(api().as(SPON_END, POST("/api/packages/" + awarded.id() + "/review",
                new ReviewForm(swanswell, "I would like to pass it on"))));
        CarePackage moved = api().retrieve(api().as(COMMISSIONER, POST("/api/packages/" + awarded.id() + "/review",
                new ReviewForm(swanswell, "Six-month review: the person asked for a change of carers"))), CarePackage.class);

        assertThat(notOnLot.getStatus().getCode()).isEqualTo(400);
        assertThat(byProvider.getStatus().getCode()).isEqualTo(403);
        assertThat(moved.status()).isEqualTo(PackageStatus.AWARDED);
        assertThat(moved.awardedProvider().id()).isEqualTo(swanswell);
        assertThat(carePackages(SPON_END)).noneMatch(p -> p.id().equals(awarded.id()));
        assertThat(history(awarded).getLast()).satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("MOVED_AT_REVIEW");
            assertThat(entry.actor()).isEqualTo(COMMISSIONER);
            assertThat(entry.details()).contains("change of carers").contains("Spon End").contains("Swanswell Pool");
        });
    }

    @Test
    void a_provider_cannot_hand_back_a_package_it_does_not_hold() {
        CarePackage awarded = awardedToSponEnd();
        String stranger = providerUsers("Not the holder", 1).getFirst();

        var refusal = api().refusal(api().as(stranger, POST("/api/care-packages/" + awarded.id() + "/hand-back",
                new HandBackForm(today().plusDays(30), "Not ours"))));

        assertThat(refusal.getStatus().getCode()).isEqualTo(404);
        assertThat(show(awarded).handBackOn()).isNull();
    }

    CarePackage awardedToSponEnd() {
        CarePackage published = publishedInCentral();
        accept(SPON_END, offerFor(SPON_END, published));
        return show(published);
    }

    io.micronaut.http.MutableHttpRequest<HandBackForm> handBack(CarePackage p, java.time.LocalDate effectiveOn) {
        return api().as(SPON_END, POST("/api/care-packages/" + p.id() + "/hand-back",
                new HandBackForm(effectiveOn, "We are losing our staff in this area")));
    }

    List<CarePackage> carePackages(String provider) {
        return api().retrieve(api().as(provider, GET("/api/care-packages")), Argument.listOf(CarePackage.class));
    }

    List<HistoryEntry> history(CarePackage p) {
        return api().retrieve(api().as(COMMISSIONER, GET("/api/packages/" + p.id() + "/history")), Argument.listOf(HistoryEntry.class));
    }
}
