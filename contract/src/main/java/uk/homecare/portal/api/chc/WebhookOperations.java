package uk.homecare.portal.api.chc;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import java.util.UUID;

/**
 * A partner system's webhooks: register, list, read deliveries, delete.
 * {@code C} is the caller: the UI's clients send a {@link uk.homecare.portal.api.identity.Bearer}, the
 * backend's controller receives the actor it verified.
 */
public interface WebhookOperations<C> {

    @Post("/api/chc/webhooks")
    Webhook registerWebhook(@Parameter(hidden = true) C caller, @Body WebhookForm form);

    @Get("/api/chc/webhooks")
    List<Webhook> listWebhooks(@Parameter(hidden = true) C caller);

    @Get("/api/chc/webhooks/{id}")
    Webhook getWebhook(@Parameter(hidden = true) C caller, UUID id);

    @Get("/api/chc/webhooks/{id}/deliveries")
    List<WebhookDelivery> listWebhookDeliveries(@Parameter(hidden = true) C caller, UUID id);

    @Delete("/api/chc/webhooks/{id}")
    Webhook deleteWebhook(@Parameter(hidden = true) C caller, UUID id);
}
