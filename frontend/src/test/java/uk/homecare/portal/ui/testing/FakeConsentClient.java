package uk.homecare.portal.ui.testing;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import uk.homecare.portal.api.consent.CarerAccount;
import uk.homecare.portal.api.consent.Consent;
import uk.homecare.portal.api.consent.ConsentAction;
import uk.homecare.portal.api.consent.ConsentBasis;
import uk.homecare.portal.api.consent.ConsentForm;
import uk.homecare.portal.api.consent.ConsentStatus;
import uk.homecare.portal.api.identity.Bearer;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.testing.MovableClock;
import uk.homecare.portal.ui.client.ConsentClient;

/**
 * Carers' consents in memory: Carl acts for Mary, both Coventry's; Carl and Cath are the council's carer
 * accounts. Recording adds a standing consent the caller may revoke; revoking marks it revoked with no actions.
 */
@Singleton
@Replaces(ConsentClient.class)
@Requires(env = KaribuUi.ENVIRONMENT)
public class FakeConsentClient extends FakeApi implements ConsentClient {

    public static final CarerAccount CARL = new CarerAccount(UUID.randomUUID(), "Carl Carer", "carl");
    public static final CarerAccount CATH = new CarerAccount(UUID.randomUUID(), "Cath Carer", "cath");

    public final List<Consent> consents = new ArrayList<>();
    public final List<String> carerSearches = new ArrayList<>();
    public UUID lastPersonId;
    private final MovableClock clock;

    FakeConsentClient(MovableClock clock) {
        this.clock = clock;
    }

    public void reset() {
        consents.clear();
        carerSearches.clear();
        lastPersonId = null;
        forgetCalls();
        consents.add(consent(FakeIdentityClient.MARY, CARL, ConsentBasis.COUNCIL));
        consents.add(consent(FakeIdentityClient.SUE, CATH, ConsentBasis.PERSON));
    }

    private Consent consent(NamedRef person, CarerAccount carer, ConsentBasis basis) {
        LocalDate today = clock.today();
        return new Consent(UUID.randomUUID(), person, new NamedRef(carer.id(), carer.displayName()), today, null, basis,
                ConsentStatus.STANDING, clock.instant(), null, null, null, List.of(ConsentAction.REVOKE));
    }

    @Override
    public List<Consent> listConsents(Bearer caller, UUID personId) {
        call(caller, null);
        lastPersonId = personId;
        return consents.stream().filter(c -> c.person().id().equals(personId)).toList();
    }

    @Override
    public Consent recordConsent(Bearer caller, UUID personId, @Nullable String idempotencyKey, ConsentForm form) {
        call(caller, form);
        lastPersonId = personId;
        CarerAccount carer = List.of(CARL, CATH).stream().filter(c -> c.id().equals(form.carerId())).findFirst().orElseThrow();
        LocalDate today = clock.today();
        LocalDate startsOn = form.startsOn() == null ? today : form.startsOn();
        var recorded = new Consent(UUID.randomUUID(), new NamedRef(personId, "someone"), new NamedRef(carer.id(), carer.displayName()),
                startsOn, form.endsOn(), ConsentBasis.COUNCIL, startsOn.isAfter(today) ? ConsentStatus.UPCOMING : ConsentStatus.STANDING,
                clock.instant(), null, null, null, List.of(ConsentAction.REVOKE));
        consents.add(recorded);
        return recorded;
    }

    @Override
    public Consent revokeConsent(Bearer caller, UUID personId, UUID consentId) {
        call(caller, null);
        lastPersonId = personId;
        Consent old = consents.stream().filter(c -> c.id().equals(consentId) && c.person().id().equals(personId)).findFirst()
                .orElseThrow(() -> new HttpClientResponseException("Not Found", HttpResponse.notFound()));
        var revoked = new Consent(old.id(), old.person(), old.carer(), old.startsOn(), old.endsOn(), old.basis(), ConsentStatus.REVOKED,
                old.recordedAt(), old.recordedBy(), clock.instant(), new NamedRef(UUID.randomUUID(), "Cora Commissioner"), List.of());
        consents.replaceAll(c -> c.id().equals(consentId) ? revoked : c);
        return revoked;
    }

    @Override
    public List<Consent> listMyConsents(Bearer caller) {
        call(caller, null);
        return consents.stream().filter(c -> c.person().id().equals(FakeIdentityClient.SUE.id())).toList();
    }

    @Override
    public List<CarerAccount> findCarers(Bearer caller, String q) {
        call(caller, null);
        String text = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        carerSearches.add(text);
        return List.of(CARL, CATH).stream()
                .filter(c -> (c.displayName() + " " + c.username()).toLowerCase(Locale.ROOT).contains(text)).toList();
    }
}
