package uk.homecare.portal.identity;

import jakarta.inject.Singleton;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
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

    private final UserAccounts accounts;
    private final ApiClients clients;
    private final PreviousSecrets secrets;
    private final Directory directory;
    private final PasswordHasher hasher;
    private final TokenIssuer issuer;
    private final SignInPolicy policy;
    private final Clock clock;
    private final AcrossCouncils acrossCouncils;
    private final TwoStepVerification twoStep;
    private volatile String hashToCompareWhenNobodyMatches;

    SignIn(UserAccounts accounts, ApiClients clients, PreviousSecrets secrets, Directory directory, PasswordHasher hasher,
            TokenIssuer issuer, SignInPolicy policy, Clock clock, AcrossCouncils acrossCouncils, TwoStepVerification twoStep) {
        this.twoStep = twoStep;
        this.accounts = accounts;
        this.clients = clients;
        this.secrets = secrets;
        this.directory = directory;
        this.hasher = hasher;
        this.issuer = issuer;
        this.policy = policy;
        this.clock = clock;
        this.acrossCouncils = acrossCouncils;
    }

    AccessToken withPassword(Credentials credentials) {
        Instant now = clock.instant();
        var found = accounts.findByUsername(credentials.username().trim().toLowerCase(Locale.ROOT));
        if (found.isEmpty()) {
            hasher.matches(credentials.password(), hashToCompareWhenNobodyMatches());
            throw PortalProblem.unauthorized(Problems.message("login.failed"));
        }
        UserAccount account = found.get();
        if (account.lockedAt(now)) {
            Duration wait = Duration.between(now, account.lockedUntil());
            long minutes = Math.max(1, wait.toMinutes() + 1);
            throw PortalProblem.tooManyRequests(MessageFormat.format(Problems.message("login.locked"), minutes), wait);
        }
        if (!hasher.matches(credentials.password(), account.passwordHash()) || !account.enabled()) {
            accounts.recordFailedSignIn(account.id(), policy.maxFailures(), now.plus(policy.lockFor()));
            throw PortalProblem.unauthorized(Problems.message("login.failed"));
        }
        MfaAccount mfa = twoStep.account(account.id()).orElseThrow();
        if (mfa.enrolled()) {
            String code = credentials.oneTimeCode();
            if (code == null || code.isBlank()) {
                throw PortalProblem.unauthorized(ProblemType.MFA_REQUIRED, Problems.message("mfa.required"));
            }
            if (!twoStep.acceptAtSignIn(mfa, code.trim())) {
                accounts.recordFailedSignIn(account.id(), policy.maxFailures(), now.plus(policy.lockFor()));
                throw PortalProblem.unauthorized(ProblemType.MFA_FAILED, Problems.message("mfa.failed"));
            }
        }
        List<UUID> councils = councilsOf(account);
        boolean enrolmentOnly = !mfa.enrolled() && twoStep.requiredOf(account.role(), councils);
        accounts.recordSignIn(account.id());
        return issuer.forPerson(account, councils, enrolmentOnly);
    }

    AccessToken withClientCredentials(String clientId, String clientSecret) {
        var client = clients.findByClientId(clientId)
                .filter(ApiClient::enabled)
                .filter(c -> hasher.matches(clientSecret, c.secretHash()) || secrets.previousMatches(c, clientSecret, clock.instant()))
                .orElseThrow(() -> PortalProblem.unauthorized(Problems.message("client.failed")));
        return issuer.forPartner(client, councilsServedBy(client.organisationId()));
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

    private String hashToCompareWhenNobodyMatches() {
        if (hashToCompareWhenNobodyMatches == null) {
            hashToCompareWhenNobodyMatches = hasher.hash(UUID.randomUUID().toString());
        }
        return hashToCompareWhenNobodyMatches;
    }
}
