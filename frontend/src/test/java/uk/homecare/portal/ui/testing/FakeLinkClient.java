package uk.homecare.portal.ui.testing;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import uk.homecare.portal.api.account.InvitationDetails;
import uk.homecare.portal.api.account.NewAccount;
import uk.homecare.portal.api.account.NewPassword;
import uk.homecare.portal.api.account.ResetRequest;
import uk.homecare.portal.api.account.ResetRequested;
import uk.homecare.portal.api.identity.Role;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.api.problem.ProblemType;
import uk.homecare.portal.ui.client.LinkClient;

/**
 * E-mailed links without a backend: the token "good" is an invitation from Adam Admin to be a commissioner at
 * Coventry; any other token does not work. Passwords shorter than 12 characters or "password1234" are refused as
 * the API refuses them, naming the field.
 */
@Singleton
@Replaces(LinkClient.class)
@Requires(env = KaribuUi.ENVIRONMENT)
public class FakeLinkClient implements LinkClient {

    public static final String GOOD = "good";
    public final List<String> resetsAskedFor = new ArrayList<>();
    public final List<NewPassword> passwordsSet = new ArrayList<>();

    public void reset() {
        resetsAskedFor.clear();
        passwordsSet.clear();
    }

    @Override
    public InvitationDetails showInvitation(String token) {
        if (!GOOD.equals(token)) {
            throw refusal(HttpStatus.NOT_FOUND, null);
        }
        return new InvitationDetails("new.starter@coventry.gov.uk", "Adam Admin", Role.COMMISSIONER, "Coventry City Council",
                Instant.parse("2030-01-01T00:00:00Z"));
    }

    @Override
    public NewAccount acceptInvitation(NewPassword acceptance) {
        check(acceptance);
        passwordsSet.add(acceptance);
        return new NewAccount("new.starter@coventry.gov.uk");
    }

    @Override
    public ResetRequested requestPasswordReset(ResetRequest request) {
        resetsAskedFor.add(request.email());
        return new ResetRequested("If an account has this e-mail address, a link is on its way.");
    }

    @Override
    public void resetPassword(NewPassword reset) {
        check(reset);
        passwordsSet.add(reset);
    }

    private static void check(NewPassword password) {
        if (!GOOD.equals(password.token())) {
            throw refusal(HttpStatus.NOT_FOUND, null);
        }
        if (password.password().length() < 12) {
            throw refusal(HttpStatus.BAD_REQUEST, "Use at least 12 characters.");
        }
        if (password.password().equals("password1234")) {
            throw refusal(HttpStatus.BAD_REQUEST, "This password is too common.");
        }
    }

    private static HttpClientResponseException refusal(HttpStatus status, String passwordMessage) {
        Problem problem = new Problem(status == HttpStatus.NOT_FOUND ? ProblemType.NOT_FOUND.urn() : ProblemType.INVALID_INPUT.urn(),
                status.getReason(), status.getCode(), passwordMessage == null ? "Not found" : passwordMessage,
                passwordMessage == null ? null : List.of(new Problem.FieldError("password", passwordMessage)));
        return new HttpClientResponseException(status.getReason(), HttpResponse.status(status).body(problem));
    }
}
