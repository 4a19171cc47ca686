package uk.homecare.portal.ui.testing;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.homecare.portal.api.identity.AccessToken;
import uk.homecare.portal.api.identity.Bearer;
import uk.homecare.portal.api.identity.Credentials;
import uk.homecare.portal.ui.client.IdentityClient;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.api.identity.LanguageChoice;
import uk.homecare.portal.api.identity.Me;
import uk.homecare.portal.api.identity.MfaEnrolment;
import uk.homecare.portal.api.identity.OneTimeCode;
import uk.homecare.portal.api.identity.RecoveryCodes;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.api.problem.ProblemType;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.api.identity.Role;
import uk.homecare.portal.api.problem.ProblemType;

/**
 * The identity API as the UI sees it, without a backend: a few people, each with password "secret". Two-step
 * verification: anyone may be set as enrolled (their code is always {@link #CODE}, their recovery code
 * {@link #RECOVERY_CODE}) or as required to enrol by their council.
 */
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
                    Capability.CREATE_HOURS_PLAN, Capability.CORRECT_PEOPLE, Capability.ENROL_MFA,
                    Capability.RECORD_CONSENT, Capability.CHOOSE_LANGUAGE, Capability.CANCEL_PACKAGE,
                    Capability.VARY_PACKAGE, Capability.CONFIRM_PACKAGE_CHANGE, Capability.SEND_PACKAGE_MESSAGES,
                    Capability.READ_VISIT_EXCEPTIONS, Capability.MANAGE_PAYMENTS, Capability.READ_KPIS, Capability.GO_ON_DUTY, Capability.SUSPEND_PROVIDERS, Capability.CHECK_COMPLIANCE,
                    Capability.RECORD_EQUALITY, Capability.READ_EQUALITY_REPORT, Capability.REPORT_OUTCOMES),
            Role.ADMIN, List.of(Capability.CHECK_LEDGER, Capability.CORRECT_PEOPLE,
                    Capability.REGISTER_PROVIDERS, Capability.ENROL_MFA, Capability.RESET_ACCOUNT_MFA,
                    Capability.EDIT_COUNCIL_SETTINGS, Capability.READ_AUDIT, Capability.RECORD_CONSENT, Capability.MANAGE_ACCOUNTS,
                    Capability.CHOOSE_LANGUAGE, Capability.READ_KPIS, Capability.EDIT_PROVIDER_GATES),
            Role.PROVIDER_ADMIN, List.of(Capability.EDIT_OWN_ORGANISATION, Capability.ENROL_MFA, Capability.MANAGE_ACCOUNTS,
                    Capability.CHOOSE_LANGUAGE, Capability.KEEP_COMPLIANCE_DOCUMENTS),
            Role.PLATFORM_ADMIN, List.of(Capability.MANAGE_NHS_PARTNERS, Capability.ENROL_MFA, Capability.MANAGE_COUNCILS,
                    Capability.MANAGE_ACCOUNTS, Capability.CHOOSE_LANGUAGE, Capability.IMPORT_RATINGS),
            Role.PROVIDER, List.of(Capability.ANSWER_OFFERS, Capability.HAND_BACK_PACKAGE, Capability.REPORT_CAPACITY,
                    Capability.RECORD_DELIVERY, Capability.ENROL_MFA, Capability.CHOOSE_LANGUAGE, Capability.REPORT_PACKAGE_CHANGE,
                    Capability.SEND_PACKAGE_MESSAGES, Capability.RECORD_VISITS, Capability.KEEP_COMPLIANCE_DOCUMENTS),
            Role.SERVICE_USER, List.of(Capability.BOOK_HOURS, Capability.RECORD_CONSENT, Capability.CHOOSE_LANGUAGE),
            Role.CARER, List.of(Capability.BOOK_HOURS, Capability.CHOOSE_LANGUAGE));

    public static final String CODE = "123456";
    public static final String RECOVERY_CODE = "abcd-efgh-jkmn";
    public static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    public static final List<String> RECOVERY_CODES = List.of(RECOVERY_CODE, "bcde-fghj-kmnp", "cdef-ghjk-mnpq",
            "defg-hjkm-npqr", "efgh-jkmn-pqrs", "fghj-kmnp-qrst", "ghjk-mnpq-rstu", "hjkm-npqr-stuv", "jkmn-pqrs-tuvw", "kmnp-qrst-uvwx");

    private final Map<String, Me> people = new HashMap<>();
    private final Set<String> enrolled = new HashSet<>();
    private final Set<String> required = new HashSet<>();
    private final Set<String> started = new HashSet<>();
    /** The codes each person signed in with, in order (null for none). */
    public final List<String> codesSent = new ArrayList<>();
    private boolean throttled;

    public FakeIdentityClient() {
        reset();
    }

    public void reset() {
        throttled = false;
        people.clear();
        enrolled.clear();
        required.clear();
        started.clear();
        codesSent.clear();
        add(me("cora", "Cora Commissioner", Role.COMMISSIONER, COVENTRY, null, List.of(COVENTRY), List.of()));
        add(me("adam", "Adam Admin", Role.ADMIN, COVENTRY, null, List.of(COVENTRY), List.of()));
        var agency = new NamedRef(UUID.randomUUID(), "Caring Hands Ltd");
        add(me("pete", "Pete Provider", Role.PROVIDER, null, agency, List.of(COVENTRY, WARWICKSHIRE), List.of()));
        add(me("paula", "Paula Provider-Admin", Role.PROVIDER_ADMIN, null, agency, List.of(COVENTRY, WARWICKSHIRE), List.of()));
        add(me("pat", "Pat Platform", Role.PLATFORM_ADMIN, null, null, List.of(), List.of()));
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

    /** The person has set up two-step verification: signing in needs {@link #CODE} or {@link #RECOVERY_CODE}. */
    public void enrol(String username) {
        enrolled.add(username);
    }

    /** The person's council requires two-step verification. */
    public void require(String username) {
        required.add(username);
    }

    public boolean enrolled(String username) {
        return enrolled.contains(username);
    }

    public Me person(String username) {
        return people.get(username);
    }

    /** Whether the caller may, by its role's capabilities; false for a token of nobody known. */
    public boolean may(Bearer caller, Capability capability) {
        Me me = people.get(caller.token().replace("token-of-", ""));
        return me != null && me.may(capability);
    }

    /** Someone else who may sign in, e.g. one the API lists fewer capabilities for. */
    public void add(Me me) {
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
            throw FakeApi.refusal(HttpStatus.TOO_MANY_REQUESTS, ProblemType.TOO_MANY_REQUESTS, "Too many attempts.");
        }
        Me me = people.get(credentials.username());
        if (me == null || !PASSWORD.equals(credentials.password())) {
            throw FakeApi.refusal(HttpStatus.UNAUTHORIZED, ProblemType.UNAUTHORIZED, "Sign in first.");
        }
        if (enrolled.contains(me.username())) {
            codesSent.add(credentials.oneTimeCode());
            if (credentials.oneTimeCode() == null) {
                throw refusal(HttpStatus.UNAUTHORIZED, ProblemType.MFA_REQUIRED, "Enter the code.");
            }
            if (!CODE.equals(credentials.oneTimeCode()) && !RECOVERY_CODE.equals(credentials.oneTimeCode())) {
                throw refusal(HttpStatus.UNAUTHORIZED, ProblemType.MFA_FAILED, "The code is not right.");
            }
        }
        return new AccessToken("token-of-" + me.username(), "Bearer", 3600, me.username(), List.of(me.role().name()));
    }

    @Override
    public Me me(Bearer caller) {
        String username = caller.token().replace("token-of-", "");
        Me me = people.get(username);
        if (me == null) {
            throw FakeApi.refusal(HttpStatus.UNAUTHORIZED, ProblemType.UNAUTHORIZED, "Sign in first.");
        }
        boolean mayEnrol = me.may(Capability.ENROL_MFA);
        return new Me(me.id(), me.username(), me.displayName(), me.role(), me.council(), me.organisation(), me.councils(),
                me.actingFor(), me.language(), me.capabilities(), enrolled.contains(username), mayEnrol && required.contains(username));
    }

    @Override
    public void chooseLanguage(Bearer caller, LanguageChoice choice) {
        Me me = me(caller);
        if (!me.may(Capability.CHOOSE_LANGUAGE)) {
            throw FakeApi.refusal(HttpStatus.FORBIDDEN, ProblemType.FORBIDDEN, "Not allowed.");
        }
        if (!List.of("en", "cy").contains(choice.language())) {
            throw FakeApi.refusal(HttpStatus.BAD_REQUEST, ProblemType.INVALID_INPUT, "language: must be en (English) or cy (Welsh)");
        }
        people.put(me.username(), new Me(me.id(), me.username(), me.displayName(), me.role(), me.council(), me.organisation(),
                me.councils(), me.actingFor(), choice.language(), me.capabilities()));
    }

    @Override
    public MfaEnrolment startMfaEnrolment(Bearer caller) {
        String username = me(caller).username();
        started.add(username);
        return new MfaEnrolment(SECRET, "otpauth://totp/Homecare%20Portal:" + username + "?secret=" + SECRET + "&issuer=Homecare%20Portal",
                "Homecare Portal", username);
    }

    @Override
    public RecoveryCodes confirmMfaEnrolment(Bearer caller, OneTimeCode code) {
        String username = me(caller).username();
        if (!started.contains(username)) {
            throw refusal(HttpStatus.CONFLICT, ProblemType.CONFLICT, "Start setting up two-step verification first.");
        }
        checkCode(code);
        enrolled.add(username);
        return new RecoveryCodes(RECOVERY_CODES);
    }

    @Override
    public RecoveryCodes regenerateRecoveryCodes(Bearer caller, OneTimeCode code) {
        me(caller);
        checkCode(code);
        return new RecoveryCodes(RECOVERY_CODES.reversed());
    }

    @Override
    public void resetAccountMfa(Bearer caller, UUID accountId) {
        people.values().stream().filter(p -> p.id().equals(accountId)).findFirst().ifPresent(p -> enrolled.remove(p.username()));
    }

    private static void checkCode(OneTimeCode code) {
        if (!CODE.equals(code.code())) {
            String message = "The code is not right. Enter the 6-digit code your authenticator app shows now.";
            throw new HttpClientResponseException("Bad Request", HttpResponse.status(HttpStatus.BAD_REQUEST).body(new Problem(
                    ProblemType.INVALID_INPUT.urn(), "Invalid input", 400, message, List.of(new Problem.FieldError("code", message)))));
        }
    }

    private static HttpClientResponseException refusal(HttpStatus status, ProblemType type, String detail) {
        return new HttpClientResponseException(status.getReason(),
                HttpResponse.status(status).body(new Problem(type.urn(), status.getReason(), status.getCode(), detail, null)));
    }
}
