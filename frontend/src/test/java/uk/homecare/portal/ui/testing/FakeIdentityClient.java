package uk.homecare.portal.ui.testing;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.homecare.portal.api.identity.AccessToken;
import uk.homecare.portal.api.identity.Bearer;
import uk.homecare.portal.api.identity.Credentials;
import uk.homecare.portal.ui.client.IdentityClient;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.api.identity.Me;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.api.identity.Role;

/** The identity API as the UI sees it, without a backend: a few people, each with password "secret". */
@Singleton
@Replaces(IdentityClient.class)
@Requires(env = KaribuUi.ENVIRONMENT)
public class FakeIdentityClient implements IdentityClient {

    public static final String PASSWORD = "secret";
    public static final NamedRef COVENTRY = new NamedRef(UUID.randomUUID(), "Coventry City Council");
    public static final NamedRef WARWICKSHIRE = new NamedRef(UUID.randomUUID(), "Warwickshire County Council");
    /** People who receive care: Sue signs in herself; Mary and Tom are cared for by Carl and Cath. */
    public static final NamedRef SUE = new NamedRef(UUID.randomUUID(), "Sue Smith");
    public static final NamedRef MARY = new NamedRef(UUID.randomUUID(), "Mary Jones");
    public static final NamedRef TOM = new NamedRef(UUID.randomUUID(), "Tom Jones");

    /** What each role may do, as the backend's {@code identity.Capabilities} says. */
    static final Map<Role, List<Capability>> CAPABILITIES = Map.of(
            Role.COMMISSIONER, List.of(Capability.DRAFT_PACKAGE, Capability.AWARD_PACKAGE, Capability.EDIT_REFERENCE_DATA,
                    Capability.EDIT_CHC_SETTINGS, Capability.EDIT_BROKERAGE_POLICY, Capability.EDIT_MARKET_BANDS,
                    Capability.CREATE_HOURS_PLAN, Capability.CORRECT_PEOPLE),
            Role.ADMIN, List.of(Capability.EDIT_BROKERAGE_POLICY, Capability.CHECK_LEDGER, Capability.CORRECT_PEOPLE,
                    Capability.MANAGE_ACCOUNTS),
            Role.PLATFORM_ADMIN, List.of(Capability.MANAGE_COUNCILS, Capability.MANAGE_ACCOUNTS),
            Role.PROVIDER_ADMIN, List.of(Capability.MANAGE_ACCOUNTS),
            Role.PROVIDER, List.of(Capability.ANSWER_OFFERS, Capability.HAND_BACK_PACKAGE, Capability.REPORT_CAPACITY,
                    Capability.RECORD_DELIVERY),
            Role.SERVICE_USER, List.of(Capability.BOOK_HOURS),
            Role.CARER, List.of(Capability.BOOK_HOURS));

    private final Map<String, Me> people = new HashMap<>();
    private boolean throttled;

    public FakeIdentityClient() {
        reset();
    }

    public void reset() {
        throttled = false;
        people.clear();
        add(me("cora", "Cora Commissioner", Role.COMMISSIONER, COVENTRY, null, List.of(COVENTRY), List.of()));
        add(me("adam", "Adam Admin", Role.ADMIN, COVENTRY, null, List.of(COVENTRY), List.of()));
        var agency = new NamedRef(UUID.randomUUID(), "Caring Hands Ltd");
        add(me("pete", "Pete Provider", Role.PROVIDER, null, agency, List.of(COVENTRY, WARWICKSHIRE), List.of()));
        add(new Me(SUE.id(), "sue", SUE.name(), Role.SERVICE_USER, COVENTRY, null, List.of(COVENTRY), List.of(), "en",
                CAPABILITIES.get(Role.SERVICE_USER)));
        add(me("carl", "Carl Carer", Role.CARER, COVENTRY, null, List.of(COVENTRY), List.of(MARY)));
        add(me("cath", "Cath Carer", Role.CARER, COVENTRY, null, List.of(COVENTRY), List.of(MARY, TOM)));
        add(me("pat", "Pat Platform", Role.PLATFORM_ADMIN, null, null, List.of(), List.of()));
        add(me("paula", "Paula Provider-Admin", Role.PROVIDER_ADMIN, null, agency, List.of(COVENTRY), List.of()));
    }

    public void throttle() {
        throttled = true;
    }

    public Me person(String username) {
        return people.get(username);
    }

    /** Whether the caller may, by its role's capabilities; false for a token of nobody known. */
    public boolean may(Bearer caller, Capability capability) {
        Me me = people.get(caller.token().replace("token-of-", ""));
        return me != null && me.may(capability);
    }

    private void add(Me me) {
        people.put(me.username(), me);
    }

    private static Me me(
            String username,
            String name,
            Role role,
            NamedRef council,
            NamedRef organisation,
            List<NamedRef> councils,
            List<NamedRef> actingFor) {
        return new Me(UUID.randomUUID(), username, name, role, council, organisation, councils, actingFor, "en", CAPABILITIES.get(role));
    }

    @Override
    public AccessToken login(Credentials credentials) {
        if (throttled) {
            throw new HttpClientResponseException("Too many attempts", HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS));
        }
        Me me = people.get(credentials.username());
        if (me == null || !PASSWORD.equals(credentials.password())) {
            throw new HttpClientResponseException("Unauthorized", HttpResponse.unauthorized());
        }
        return new AccessToken("token-of-" + me.username(), "Bearer", 3600, me.username(), List.of(me.role().name()));
    }

    @Override
    public Me me(Bearer caller) {
        String username = caller.token().replace("token-of-", "");
        Me me = people.get(username);
        if (me == null) {
            throw new HttpClientResponseException("Unauthorized", HttpResponse.unauthorized());
        }
        return me;
    }
}
