package uk.homecare.portal.chc;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.brokerage.TimeOfDay;
import uk.homecare.portal.api.brokerage.VisitPattern;
import uk.homecare.portal.api.chc.ChcPackage;
import uk.homecare.portal.api.chc.ChcPackageForm;
import uk.homecare.portal.api.chc.EventPage;
import uk.homecare.portal.testing.PortalTest;

@MicronautTest(transactional = false)
class ServedCouncilsTest extends PortalTest {

    String partner() {
        return api().newPartnerToken();
    }

    ChcPackage place(String token) {
        UUID coventry = id("select id from council where code = 'coventry'");
        UUID central = id("select id from zone where council_id = ? and code = 'CENTRAL'", coventry);
        var form = new ChcPackageForm(coventry, central, null, 600, new VisitPattern(2, 45, List.of(TimeOfDay.MORNING), false, false),
                clock.today().plusDays(10), "Continuing healthcare.", ChcPartnerApiTest.PATIENT, "ICB-9001");
        return api().retrieve(POST("/api/chc/packages", form).bearerAuth(token).header("Idempotency-Key", UUID.randomUUID().toString()),
                ChcPackage.class);
    }

    @Test
    void once_a_partner_no_longer_serves_a_council_it_hears_nothing_more_of_its_packages() {
        String before = partner();
        ChcPackage placed = place(before);
        assertThat(api().retrieve(GET("/api/chc/events").bearerAuth(before), EventPage.class).events()).isNotEmpty();

        execute("update organisation_council set until = ? where organisation_id = (select organisation_id from api_client where client_id = 'coventry-icb-demo')",
                clock.today());
        String after = partner();

        assertThat(api().retrieve(GET("/api/chc/events").bearerAuth(after), EventPage.class).events()).isEmpty();
        assertThat(api().refusal(GET("/api/chc/packages/" + placed.id()).bearerAuth(after)).getStatus().getCode()).isEqualTo(404);
    }
}
