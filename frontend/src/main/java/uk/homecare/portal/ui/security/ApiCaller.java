package uk.homecare.portal.ui.security;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.binder.Binder;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.homecare.portal.api.identity.Bearer;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.ui.problem.ErrorSummary;
import uk.homecare.portal.ui.problem.FieldErrors;
import uk.homecare.portal.ui.problem.ProblemReader;
import uk.homecare.portal.ui.problem.Problems;

/**
 * How every view calls the API: with the signed-in person's bearer token, and with the API's
 * answers turned into something a person can read. An expired token (401) signs the person out and
 * sends them to the login view with a message; any other problem is shown as a notification, or for
 * a form, next to the fields it concerns and in an error summary at the top of the form. Never a stack trace.
 */
@Singleton
public class ApiCaller {

    private static final Logger LOG = LoggerFactory.getLogger(ApiCaller.class);

    private final CurrentUser currentUser;
    private final ProblemReader reader;
    private final Problems problems;

    ApiCaller(CurrentUser currentUser, ProblemReader reader, Problems problems) {
        this.currentUser = currentUser;
        this.reader = reader;
        this.problems = problems;
    }

    /** Reads from the API; the result is empty when it failed, and the person has been told why. */
    public <T> Optional<T> fetch(Function<Bearer, T> call) {
        return run(call, problems::show);
    }

    /**
     * Reads or sends where the caller words a problem itself ({@code onProblem}), such as a panel that
     * says quietly it cannot show its figures, or a list whose rows each take their own field errors.
     * An expired token and an unreachable API are handled as for every call.
     */
    public <T> Optional<T> fetch(Function<Bearer, T> call, Consumer<Problem> onProblem) {
        return run(call, onProblem);
    }

    /**
     * Sends a form's change. Validation errors are shown on the binder's fields named like the
     * form record's fields; a conflict (409) asks the person to reload.
     */
    public <T> Optional<T> submit(Function<Bearer, T> call, Binder<?> form) {
        return submit(call, form, problems::show);
    }

    /**
     * Sends a form's change whose conflict (409) means a refusal the person should read where they
     * are, such as a booking the balance cannot cover: {@code onConflict} gets that problem.
     */
    public <T> Optional<T> submit(Function<Bearer, T> call, Binder<?> form, Consumer<Problem> onConflict) {
        List<Component> fields = form.getFields().filter(Component.class::isInstance).map(Component.class::cast).toList();
        Optional<T> sent = run(call, problem -> {
            ErrorSummary.clear(fields);
            if (problem.status() == HttpStatus.CONFLICT.getCode()) {
                onConflict.accept(problem);
                return;
            }
            List<ErrorSummary.Entry> shown = FieldErrors.place(problem, form);
            List<Problem.FieldError> unplaced = shown.stream().filter(entry -> entry.field() == null).map(ErrorSummary.Entry::error).toList();
            if (problem.errors() == null || problem.errors().isEmpty()) {
                problems.show(problem);
            } else {
                ErrorSummary.show(fields, shown);
                if (!unplaced.isEmpty()) {
                    problems.showErrors(unplaced);
                }
            }
        });
        if (sent.isPresent()) {
            ErrorSummary.clear(fields);
        }
        return sent;
    }

    private <T> Optional<T> run(Function<Bearer, T> call, Consumer<Problem> onProblem) {
        Optional<SignedInUser> user = currentUser.get();
        if (user.isEmpty()) {
            sessionExpired();
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(call.apply(user.get().bearer()));
        } catch (HttpClientResponseException e) {
            if (e.getStatus() == HttpStatus.UNAUTHORIZED) {
                sessionExpired();
            } else {
                onProblem.accept(reader.read(e));
            }
        } catch (HttpClientException e) {
            LOG.warn("The API could not be reached", e);
            problems.showUnavailable();
        }
        return Optional.empty();
    }

    private void sessionExpired() {
        currentUser.signOut();
        currentUser.notice("session.expired");
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        ui.navigate(LoginView.class);
        if (!(ui.getCurrentView() instanceof LoginView)) {
            // Vaadin ignores a navigation started while another is in progress (a view loading its
            // data after navigation); run it once that one is done, before the response is written.
            ui.access(() -> ui.navigate(LoginView.class));
        }
    }
}
