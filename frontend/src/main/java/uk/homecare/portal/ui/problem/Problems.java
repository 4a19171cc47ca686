package uk.homecare.portal.ui.problem;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.stream.Collectors;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.ui.i18n.Messages;

/**
 * Tells the person what went wrong, in a notification. Statuses with a well-known meaning get our own
 * words; otherwise the API's title and detail are shown.
 */
@Singleton
public class Problems {

    static final int DURATION_MS = 8_000;

    private final Messages messages;

    Problems(Messages messages) {
        this.messages = messages;
    }

    public void show(Problem problem) {
        notify(text(problem));
    }

    public void showErrors(List<Problem.FieldError> errors) {
        notify(errors.stream()
                .map(error -> messages.get("problem.field", error.field(), error.message()))
                .collect(Collectors.joining("\n")));
    }

    public void showUnavailable() {
        notify(messages.get("problem.unavailable"));
    }

    public void showUnexpected() {
        notify(messages.get("problem.unexpected"));
    }

    public void showInfo(String text) {
        Notification notification = Notification.show(text, 4_000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    String text(Problem problem) {
        return switch (problem.status()) {
            case 403 -> messages.get("problem.forbidden");
            case 404 -> messages.get("problem.notFound");
            case 409 -> messages.get("problem.conflict");
            case 429 -> messages.get("problem.throttled");
            default -> problem.status() >= 500 ? messages.get("problem.server") : apiText(problem);
        };
    }

    private String apiText(Problem problem) {
        String title = problem.title() == null ? messages.get("problem.invalid") : problem.title();
        return problem.detail() == null || problem.detail().isBlank() ? title : title + ": " + problem.detail();
    }

    private static void notify(String text) {
        Notification notification = Notification.show(text, DURATION_MS, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
