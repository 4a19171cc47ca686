package uk.homecare.portal.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.consent.ConsentAction;
import uk.homecare.portal.api.consent.ConsentBasis;
import uk.homecare.portal.api.consent.ConsentStatus;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.api.identity.Role;
import uk.homecare.portal.consent.ConsentActions.Standing;
import uk.homecare.portal.identity.Actor;

/** A consent counts from its first day to its last, both included; the person and the council revoke one still live, a carer never. */
class ConsentActionsTest {

    private static final LocalDate DAY = LocalDate.of(2030, 6, 10);
    private static final UUID COUNCIL = UUID.randomUUID();

    private static ConsentRows consent(LocalDate startsOn, LocalDate endsOn, Instant revokedAt) {
        return new ConsentRows(UUID.randomUUID(), COUNCIL, new NamedRef(UUID.randomUUID(), "Gwen"), new NamedRef(UUID.randomUUID(), "Carl"),
                startsOn, endsOn, ConsentBasis.COUNCIL, Instant.EPOCH, null, revokedAt, null);
    }

    private static Actor actor(Role role) {
        return new Actor(UUID.randomUUID(), role.name().toLowerCase(), role, COUNCIL, null, Set.of(COUNCIL));
    }

    @Test
    void a_consent_stands_from_its_first_day_to_its_last_both_included() {
        var consent = consent(DAY, DAY.plusDays(2), null);

        assertThat(consent.status(DAY.minusDays(1))).isEqualTo(ConsentStatus.UPCOMING);
        assertThat(consent.status(DAY)).isEqualTo(ConsentStatus.STANDING);
        assertThat(consent.status(DAY.plusDays(2))).isEqualTo(ConsentStatus.STANDING);
        assertThat(consent.status(DAY.plusDays(3))).isEqualTo(ConsentStatus.ENDED);
        assertThat(consent(DAY, null, Instant.EPOCH).status(DAY)).isEqualTo(ConsentStatus.REVOKED);
    }

    @Test
    void the_person_and_the_council_may_revoke_a_live_consent_and_a_carer_never() {
        var live = consent(DAY.plusDays(1), null, null);
        var ended = consent(DAY.minusDays(5), DAY.minusDays(1), null);

        assertThat(ConsentActions.of(actor(Role.SERVICE_USER), Standing.PERSON, live, DAY)).containsExactly(ConsentAction.REVOKE);
        assertThat(ConsentActions.of(actor(Role.COMMISSIONER), Standing.COUNCIL, live, DAY)).containsExactly(ConsentAction.REVOKE);
        assertThat(ConsentActions.of(actor(Role.ADMIN), Standing.COUNCIL, live, DAY)).containsExactly(ConsentAction.REVOKE);
        assertThat(ConsentActions.of(actor(Role.CARER), Standing.CARER, live, DAY)).isEmpty();
        assertThat(ConsentActions.of(actor(Role.COMMISSIONER), Standing.COUNCIL, ended, DAY)).isEmpty();
    }
}
