package uk.homecare.portal.ui.problem;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.notification.NotificationVariant;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.stream.Collectors;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.ui.i18n.Messages;

/**
 * Tells the person what went wrong, in a notification. Statuses with a well-known meaning get our own
 * words; otherwise the API's title and detail are shown. Also says what went right: one success message
 * at a time, kept until dismissed or replaced.
 */
@Singleton
public class Problems {

    static final int DURATION_MS = 8_000;
    /** The id of the success message (and the prefix of its text's and Dismiss button's). */
    public static final String SUCCESS_ID = "success-message";

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

    /**
     * Says that something worked. The message stays until the person dismisses it or the next message
     * replaces it (never several piled up), and is announced politely to screen readers.
     */
    public void showInfo(String text) {
        UI ui = UI.getCurrent();
        closeSuccess(ui);
        var message = new Span(text);
        message.setId(SUCCESS_ID + "-text");
        var notification = new Notification();
        var dismiss = new Button(messages.get("notification.dismiss"), click -> closeSuccess(ui));
        dismiss.setId(SUCCESS_ID + "-dismiss");
        dismiss.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        var content = new HorizontalLayout(message, dismiss);
        content.setAlignItems(FlexComponent.Alignment.CENTER);
        notification.add(content);
        notification.setId(SUCCESS_ID);
        notification.setDuration(0);
        notification.setAssertive(false);
        notification.setPosition(Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        notification.addOpenedChangeListener(event -> {
            if (!event.isOpened() && ui != null && ComponentUtil.getData(ui, SUCCESS_ID) == notification) {
                ComponentUtil.setData(ui, SUCCESS_ID, null);
            }
        });
        notification.open();
        if (ui != null) {
            ComponentUtil.setData(ui, SUCCESS_ID, notification);
        }
    }

    /** The success message shown now, if any: one at a time. */
    private static void closeSuccess(UI ui) {
        if (ui != null && ComponentUtil.getData(ui, SUCCESS_ID) instanceof Notification shown) {
            shown.close();
            shown.removeFromParent();
            ComponentUtil.setData(ui, SUCCESS_ID, null);
        }
    }

    String text(Problem problem) {
        return switch (problem.status()) {
            case 403 -> messages.get("problem.forbidden");
            case 404 -> messages.get("problem.notFound");
            case 409 -> messages.get("problem.conflict");
            case 429 -> messages.get("problem.throttled");
            case 503 -> messages.get("problem.busy");
            default -> problem.status() >= 500 ? messages.get("problem.server") : apiText(problem);
        };
    }

    private String apiText(Problem problem) {
        String title = problem.title() == null ? messages.get("problem.invalid") : problem.title();
        return problem.detail() == null || problem.detail().isBlank() ? title : title + ": " + problem.detail();
    }

    private static void notify(String text) {
        // a success message shown before no longer holds once something has gone wrong
        closeSuccess(UI.getCurrent());
        Notification notification = Notification.show(text, DURATION_MS, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
