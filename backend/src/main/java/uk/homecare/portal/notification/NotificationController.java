package uk.homecare.portal.notification;

import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.brokerage.Notification;
import uk.homecare.portal.api.brokerage.NotificationOperations;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.openapi.InvalidParameterProblems;
import uk.homecare.portal.platform.openapi.NotFoundProblem;
import uk.homecare.portal.platform.openapi.StandardProblems;

@Controller
@Tag(name = "Notifications")
@Secured(SecurityRule.IS_AUTHENTICATED)
class NotificationController implements NotificationOperations<Actor> {

    private final Inbox inbox;
    private final Clock clock;

    NotificationController(Inbox inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
    }

    @Operation(summary = "Your notifications, newest first (at most 100)")
    @StandardProblems
    @Override
    public List<Notification> myNotifications(@Parameter(hidden = true) Actor actor) {
        return inbox.of(actor.id());
    }

    @Operation(summary = "Mark one of your notifications read")
    @StandardProblems
    @InvalidParameterProblems
    @NotFoundProblem
    @Override
    public Notification markNotificationRead(@Parameter(hidden = true) Actor actor, UUID id) {
        return inbox.markRead(actor.id(), id, clock.instant());
    }
}
