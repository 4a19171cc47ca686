package uk.homecare.portal.reference;

import static io.micronaut.http.HttpRequest.POST;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.reference.Framework;
import uk.homecare.portal.api.reference.FrameworkForm;
import uk.homecare.portal.api.reference.Zone;
import uk.homecare.portal.api.reference.ZoneForm;
import uk.homecare.portal.api.reference.ZoneKind;
import uk.homecare.portal.testing.PortalTest;

/** Zones and frameworks (like lots and rates) take an Idempotency-Key, with the rules of CHC placements. */
@MicronautTest(transactional = false)
class IdempotentReferenceDataTest extends PortalTest {

    static final String HEREFORDSHIRE = "commissioner@herefordshire.demo";

    MutableHttpRequest<ZoneForm> addingZone(String key, String code, String name) {
        return api().as(HEREFORDSHIRE, POST("/api/zones", new ZoneForm(code, name, ZoneKind.RURAL, null, null))).header("Idempotency-Key", key);
    }

    @Test
    void a_zone_added_again_with_its_key_is_answered_as_the_first_time_instead_of_refused_as_a_taken_code() {
        String key = UUID.randomUUID().toString();
        Zone added = api().retrieve(addingZone(key, "IDM-A", "Idempotent A"), Zone.class);

        HttpResponse<Zone> again = api().exchange(addingZone(key, "IDM-A", "Idempotent A"), Zone.class);
        var renamed = api().refusal(addingZone(key, "IDM-A", "Another name"));

        assertThat(again.getStatus().getCode()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.body()).isEqualTo(added);
        assertThat(renamed.getStatus().getCode()).isEqualTo(422);
        assertThat(number("select count(*) from zone where code = 'IDM-A'")).isOne();
        assertThat(number("select count(*) from zone where name = 'Another name'")).isZero();
    }

    @Test
    void racing_framework_additions_with_one_key_add_one_framework() throws Exception {
        String key = UUID.randomUUID().toString();
        String name = "Idempotent framework " + key;
        List<MutableHttpRequest<FrameworkForm>> requests = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            requests.add(api().as(HEREFORDSHIRE, POST("/api/frameworks", new FrameworkForm(name, clock.today(), 60, 24, null)))
                    .header("Idempotency-Key", key));
        }

        List<HttpResponse<Framework>> answers = api().race(requests, Framework.class);

        assertThat(answers).extracting(HttpResponse::code).containsOnly(201);
        assertThat(answers).extracting(answer -> answer.body().id()).containsOnly(answers.getFirst().body().id());
        assertThat(number("select count(*) from framework where name = ?", name)).isOne();
    }
}
