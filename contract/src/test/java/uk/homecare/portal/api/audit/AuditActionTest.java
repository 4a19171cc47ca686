package uk.homecare.portal.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.brokerage.PackageStatus;

class AuditActionTest {

    /** The cascade writes its actions in SQL, as {@code 'ENTERED_' || status}. */
    @Test
    void every_stage_the_cascade_moves_a_package_to_has_its_entered_action() {
        var stages = EnumSet.complementOf(EnumSet.of(PackageStatus.DRAFT, PackageStatus.AWARDED, PackageStatus.CANCELLED,
                PackageStatus.SUSPENDED, PackageStatus.ENDED));

        assertThat(stages).allSatisfy(stage -> assertThat(AuditAction.of("ENTERED_" + stage.name())).isPresent());
    }

    @Test
    void an_action_is_found_by_the_name_the_trail_stores() {
        assertThat(AuditAction.of("HAND_BACK_GIVEN")).contains(AuditAction.HAND_BACK_GIVEN);
        assertThat(AuditAction.of("SOMETHING_ELSE")).isEmpty();
    }
}
