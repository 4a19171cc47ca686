package uk.homecare.portal.api.brokerage;

import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import java.util.UUID;

/**
 * The signed-in person's notifications.
 * {@code C} is the caller: the UI's clients send a {@link uk.homecare.portal.api.identity.Bearer}, the
 * backend's controller receives the actor it verified.
 */
public interface NotificationOperations<C> {

    @Get("/api/notifications")
    List<Notification> myNotifications(@Parameter(hidden = true) C caller);

    @Post("/api/notifications/{id}/read")
    Notification markNotificationRead(@Parameter(hidden = true) C caller, UUID id);
}
