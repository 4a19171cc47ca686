package uk.homecare.portal.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.quality.GateName;

class SuspendedByCouncilGateTest {

    private final SuspendedByCouncilGate gate = new SuspendedByCouncilGate(null);

    @Test
    void a_provider_with_no_suspension_in_force_passes() {
        assertThat(gate.judge(null)).isEmpty();
    }

    @Test
    void a_suspended_provider_fails_with_the_councils_reason_and_since_when() {
        Instant since = Instant.parse("2026-01-05T09:30:00Z");

        assertThat(gate.judge(new SuspendedByCouncilGate.Facts("Safeguarding investigation open", since))).hasValueSatisfying(failure -> {
            assertThat(failure.gate()).isEqualTo(GateName.SUSPENDED_BY_COUNCIL);
            assertThat(failure.facts()).containsEntry("note", "Safeguarding investigation open").containsEntry("since", since.toString());
        });
    }
}
