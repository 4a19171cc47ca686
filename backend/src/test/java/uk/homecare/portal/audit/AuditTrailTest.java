package uk.homecare.portal.audit;

import static io.micronaut.http.HttpRequest.POST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.reference.Zone;
import uk.homecare.portal.api.reference.ZoneForm;
import uk.homecare.portal.api.reference.ZoneKind;
import uk.homecare.portal.testing.Api;
import uk.homecare.portal.testing.PortalTest;

@MicronautTest(transactional = false)
class AuditTrailTest extends PortalTest {

    @Test
    void every_change_is_recorded_with_who_made_it_and_the_trail_cannot_be_rewritten() throws SQLException {
        Zone zone = api().retrieve(api().as("commissioner@rotherham.demo",
                POST("/api/zones", new ZoneForm("AUD", "Audited zone", ZoneKind.URBAN, null, null))), Zone.class);

        try (var connection = connectDirectly()) {
            var result = connection.createStatement().executeQuery(
                    "select actor_name, actor_role, action from audit_event where entity_id = '" + zone.id() + "'");
            assertThat(result.next()).isTrue();
            assertThat(result.getString("actor_name")).isEqualTo("commissioner@rotherham.demo");
            assertThat(result.getString("actor_role")).isEqualTo("COMMISSIONER");
            assertThat(result.getString("action")).isEqualTo("ZONE_ADDED");

            assertThatThrownBy(() -> connection.createStatement().execute("update audit_event set actor_name = 'someone else'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> connection.createStatement().execute("delete from audit_event"))
                    .hasMessageContaining("append-only");
        }
    }
}
