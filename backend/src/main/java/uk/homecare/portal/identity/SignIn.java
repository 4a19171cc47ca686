package uk.homecare.portal.identity;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import uk.homecare.portal.api.identity.AccessToken;
import uk.homecare.portal.api.identity.Credentials;
import uk.homecare.portal.api.identity.Role;
import uk.homecare.portal.api.problem.ProblemType;
import uk.homecare.portal.platform.problem.PortalProblem;
import uk.homecare.portal.platform.problem.Problems;
import uk.homecare.portal.platform.AcrossCouncils;
import uk.homecare.portal.api.UkTime;

/**
 * Signs a person in with username and password (and, for an account with two-step verification, a one-time or
 * recovery code: a wrong one counts towards the lock like a wrong password), or a partner system with its client
 * credentials. A person whose council requires two-step verification and who has not set it up gets a token good
 * only for setting it up.
 */
@Singleton
final class SignIn {

    private static final Duration HASHING_WAIT = Duration.ofSeconds(2);

    private final UserAccounts accounts;
    private final ApiClients clients;
    private final PreviousSecrets secrets;
    private final Directory directory;
    private final PasswordHasher hasher;
    private final TokenIssuer issuer;
    private final Clock clock;
    private final AcrossCouncils acrossCouncils;
    private final TwoStepVerification twoStep;
    private final SignInThrottle throttle;
    private final Semaphore hashing = new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()));

    SignIn(UserAccounts accounts, ApiClients clients, PreviousSecrets secrets, Directory directory, PasswordHasher hasher,
            TokenIssuer issuer, Clock clock, AcrossCouncils acrossCouncils, TwoStepVerification twoStep,
            SignInThrottle throttle) {
        this.twoStep = twoStep;
        this.throttle = throttle;
        this.accounts = accounts;
        this.clients = clients;
        this.secrets = secrets;
        this.directory = directory;
        this.hasher = hasher;
        this.issuer = issuer;
        this.clock = clock;
        this.acrossCouncils = acrossCouncils;
    }

    AccessToken withPassword(Credentials credentials, String address) {
        Instant now = clock.instant();
        SignInThrottle.Attempt attempt = throttle.begin(throttle.forPerson(credentials.username(), address), now);
        var found = accounts.findByUsername(credentials.username().trim().toLowerCase(Locale.ROOT));
        if (found.isEmpty()) {
            hashing(() -> {
                hasher.matchNothing(credentials.password());
                return false;
            });
            throw PortalProblem.unauthorized(Problems.message("login.failed"));
        }
        UserAccount account = found.get();
        if (!matches(credentials.password(), account.passwordHash()) || !account.enabled()) {
            throw PortalProblem.unauthorized(Problems.message("login.failed"));
        }
        MfaAccount mfa = twoStep.account(account.id()).orElseThrow();
        if (mfa.enrolled()) {
            String code = credentials.oneTimeCode();
            if (code == null || code.isBlank()) {
                throw PortalProblem.unauthorized(ProblemType.MFA_REQUIRED, Problems.message("mfa.required"));
            }
            if (!twoStep.acceptAtSignIn(mfa, code.trim())) {
                throw PortalProblem.unauthorized(ProblemType.MFA_FAILED, Problems.message("mfa.failed"));
            }
        }
        List<UUID> councils = councilsOf(account);
        boolean enrolmentOnly = !mfa.enrolled() && twoStep.requiredOf(account.role(), councils);
        throttle.succeeded(attempt);
        accounts.recordSignIn(account.id());
        return issuer.forPerson(account, councils, enrolmentOnly);
    }

    AccessToken withClientCredentials(String clientId, String clientSecret, String address) {
        SignInThrottle.Attempt attempt = throttle.begin(throttle.forClient(clientId, address), clock.instant());
        var client = clients.findByClientId(clientId)
                .filter(ApiClient::enabled)
                .filter(c -> matches(clientSecret, c.secretHash()) || secrets.previousMatches(c, clientSecret, clock.instant()))
                .orElseThrow(() -> PortalProblem.unauthorized(Problems.message("client.failed")));
        throttle.succeeded(attempt);
        return issuer.forPartner(client, councilsServedBy(client.organisationId()));
    }

    /**
     * Checks a password with at most a few hashes at once (each takes tens of milliseconds of a core and much memory),
     * so a storm of sign-ins waits its turn instead of starving every other request; past a short wait it is refused.
     */
    private boolean matches(String password, String hash) {
        return hashing(() -> hasher.matches(password, hash));
    }

    private boolean hashing(java.util.function.BooleanSupplier check) {
        try {
            if (!hashing.tryAcquire(HASHING_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw PortalProblem.tooManyRequests(Problems.message("login.busy"), Duration.ofSeconds(1));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PortalProblem.tooManyRequests(Problems.message("login.busy"), Duration.ofSeconds(1));
        }
        try {
            return check.getAsBoolean();
        } finally {
            hashing.release();
        }
    }

    AccessToken withClient(ApiClient client) {
        return issuer.forPartner(client, councilsServedBy(client.organisationId()));
    }

    List<UUID> councilsOf(UserAccount account) {
        if (account.role() == Role.PROVIDER || account.role() == Role.PROVIDER_ADMIN) {
            return councilsServedBy(account.organisationId());
        }
        return account.councilId() == null ? List.of() : List.of(account.councilId());
    }

    /** Which councils a provider or partner acts for is known only once this is read, so it reads across councils. */
    private List<UUID> councilsServedBy(UUID organisationId) {
        return acrossCouncils.run("sign-in reads the councils an organisation holds a contract with",
                () -> directory.councilIdsOfOrganisation(organisationId, UkTime.today(clock)));
    }

}
