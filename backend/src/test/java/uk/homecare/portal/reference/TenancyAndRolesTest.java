package uk.homecare.portal.reference;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static io.micronaut.http.HttpRequest.PUT;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.homecare.portal.api.reference.Framework;
import uk.homecare.portal.api.reference.Zone;
import uk.homecare.portal.api.reference.ZoneForm;
import uk.homecare.portal.api.reference.ZoneKind;
import uk.homecare.portal.testing.Api;
import uk.homecare.portal.testing.PortalTest;

@MicronautTest
class TenancyAndRolesTest extends PortalTest {

    static final String COVENTRY = "commissioner@coventry.demo";
    static final String BRADFORD = "commissioner@bradford.demo";

    @Test
    void a_commissioner_sees_none_of_another_councils_reference_data() {
        List<UUID> coventryZones = zones(COVENTRY).stream().map(Zone::id).toList();
        List<UUID> bradfordZones = zones(BRADFORD).stream().map(Zone::id).toList();

        assertThat(bradfordZones).isNotEmpty().doesNotContainAnyElementsOf(coventryZones);
    }

    @Test
    void a_commissioner_cannot_read_or_change_another_councils_records_by_id() {
        Zone coventryZone = zones(COVENTRY).getFirst();
        Framework coventryFramework = api().retrieve(api().as(COVENTRY, GET("/api/frameworks")), Argument.listOf(Framework.class)).getFirst();

        var change = api().refusal(api().as(BRADFORD, PUT("/api/zones/" + coventryZone.id(),
                new ZoneForm("HACKED", "Hacked", ZoneKind.URBAN, null, coventryZone.version()))));
        var lots = api().refusal(api().as(BRADFORD, GET("/api/frameworks/" + coventryFramework.id() + "/lots")));

        assertThat(change.getStatus().getCode()).isEqualTo(404);
        assertThat(lots.getStatus().getCode()).isEqualTo(404);
        assertThat(zones(COVENTRY)).contains(coventryZone);
    }

    @ParameterizedTest(name = "{0} is refused reference data")
    @ValueSource(strings = {"provider@coventry.demo", "person@coventry.demo", "carer@coventry.demo"})
    void people_outside_the_council_office_are_refused_reference_data(String username) {
        assertThat(api().refusal(api().as(username, GET("/api/zones"))).getStatus().getCode()).isEqualTo(403);
        assertThat(api().refusal(api().as(username, GET("/api/rates"))).getStatus().getCode()).isEqualTo(403);
    }

    @Test
    void a_partner_system_is_refused_reference_data() {
        String token = api().partnerToken();

        assertThat(api().refusal(GET("/api/zones").bearerAuth(token)).getStatus().getCode()).isEqualTo(403);
    }

    @Test
    void an_administrator_may_read_reference_data_but_not_change_it() {
        assertThat(api().retrieve(api().as("admin@coventry.demo", GET("/api/zones")), Argument.listOf(Zone.class))).hasSize(7);

        var refusal = api().refusal(api().as("admin@coventry.demo", POST("/api/zones", new ZoneForm("NEW", "New", ZoneKind.URBAN, null, null))));

        assertThat(refusal.getStatus().getCode()).isEqualTo(403);
        assertThat(Api.problemOf(refusal).title()).isEqualTo("Not allowed");
    }

    @ParameterizedTest(name = "{0} needs a token")
    @ValueSource(strings = {"/api/zones", "/api/frameworks", "/api/providers", "/api/rates", "/api/me"})
    void every_api_resource_needs_a_token(String path) {
        assertThat(api().refusal(GET(path)).getStatus().getCode()).isEqualTo(401);
    }

    @Test
    void the_api_does_not_accept_a_cookie_in_place_of_a_bearer_token() {
        MutableHttpRequest<?> withCookie = GET("/api/me").header("Cookie", "JWT=" + api().tokenFor(COVENTRY));

        assertThat(api().refusal(withCookie).getStatus().getCode()).isEqualTo(401);
    }

    List<Zone> zones(String user) {
        return api().retrieve(api().as(user, GET("/api/zones")), Argument.listOf(Zone.class));
    }

}
