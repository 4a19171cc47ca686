package uk.homecare.portal.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.quality.GateName;

class InsuranceExpiredGateTest {

    private final InsuranceExpiredGate gate = new InsuranceExpiredGate(null, null);

    @Test
    void a_provider_with_no_expired_insurance_on_file_passes() {
        assertThat(gate.judge(null)).isEmpty();
        assertThat(gate.judge(new InsuranceExpiredGate.Facts(List.of(), LocalDate.of(2026, 3, 1)))).isEmpty();
    }

    @Test
    void a_provider_whose_insurance_expired_fails_naming_the_documents_and_the_first_day_without_cover() {
        var facts = new InsuranceExpiredGate.Facts(List.of("EMPLOYERS_LIABILITY_INSURANCE", "PUBLIC_LIABILITY_INSURANCE"),
                LocalDate.of(2026, 3, 1));

        assertThat(gate.judge(facts)).hasValueSatisfying(failure -> {
            assertThat(failure.gate()).isEqualTo(GateName.INSURANCE_EXPIRED);
            assertThat(failure.facts()).containsEntry("documents", "EMPLOYERS_LIABILITY_INSURANCE,PUBLIC_LIABILITY_INSURANCE")
                    .containsEntry("expiredOn", "2026-03-01");
        });
    }
}
