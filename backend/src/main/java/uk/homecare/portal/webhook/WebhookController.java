package uk.homecare.portal.webhook;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.chc.Webhook;
import uk.homecare.portal.api.chc.WebhookDelivery;
import uk.homecare.portal.api.chc.WebhookForm;
import uk.homecare.portal.api.chc.WebhookOperations;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.openapi.ConflictProblem;
import uk.homecare.portal.platform.openapi.InvalidBodyProblems;
import uk.homecare.portal.platform.openapi.InvalidParameterProblems;
import uk.homecare.portal.platform.openapi.NotFoundProblem;
import uk.homecare.portal.platform.openapi.StandardProblems;

@Controller
@Tag(name = "CHC webhooks")
@Secured("NHS_PARTNER")
class WebhookController implements WebhookOperations<Actor> {

    static final String HOW_TO_VERIFY = """
            Every event of your feed (the same JSON as one event of `GET /api/chc/events`) is POSTed to each \
            active URL as `application/json`, with these headers:

            - `Webhook-Id`: the delivery's id, the same on every try: use it to ignore a repeat.
            - `Webhook-Timestamp`: when this try was signed, in seconds since the Unix epoch.
            - `Webhook-Signature`: `v1=` and the lower-case hex HMAC-SHA256 of `<Webhook-Timestamp>.<body>` \
            (the timestamp, a full stop, then the raw body bytes), keyed with the UTF-8 bytes of the whole secret \
            (including `whsec_`). Compute it over the body exactly as received, compare in constant time, and \
            refuse timestamps more than five minutes from your clock.

            Answer with any 2xx within 10 seconds to acknowledge; redirects are not followed. Anything else is \
            tried again after 30 s, then after a doubling wait up to an hour, 12 tries in all (the portal's defaults); then the delivery is \
            given up and stays listed. Delivery is at least once and not in order: a repeat or a late event is \
            possible, so key on `Webhook-Id` and use the event's `id` (its feed cursor) and `occurredAt` to order. \
            The feed stays the record: after an outage, read `GET /api/chc/events?after=` from your last cursor.""";

    private final Webhooks webhooks;
    private final Clock clock;

    WebhookController(Webhooks webhooks, Clock clock) {
        this.webhooks = webhooks;
        this.clock = clock;
    }

    @Operation(summary = "Register a URL to receive your events, signed; the answer holds the signing secret, shown only this once",
            description = HOW_TO_VERIFY)
    @StandardProblems
    @InvalidBodyProblems
    @ConflictProblem
    @Status(HttpStatus.CREATED)
    @Override
    public Webhook registerWebhook(@Parameter(hidden = true) Actor actor, @Body @Valid WebhookForm form) {
        return webhooks.register(actor, form, clock.instant());
    }

    @Operation(summary = "Your webhooks, with deliveries waiting and given up, the last delivery and the last error")
    @StandardProblems
    @Override
    public List<Webhook> listWebhooks(@Parameter(hidden = true) Actor actor) {
        return webhooks.of(actor);
    }

    @Operation(summary = "One of your webhooks")
    @StandardProblems
    @InvalidParameterProblems
    @NotFoundProblem
    @Override
    public Webhook getWebhook(@Parameter(hidden = true) Actor actor, UUID id) {
        return webhooks.one(actor, id);
    }

    @Operation(summary = "A webhook's most recent deliveries (at most 100), newest first: tries, last HTTP status, last error, next try",
            description = HOW_TO_VERIFY)
    @StandardProblems
    @InvalidParameterProblems
    @NotFoundProblem
    @Override
    public List<WebhookDelivery> listWebhookDeliveries(@Parameter(hidden = true) Actor actor, UUID id) {
        return webhooks.deliveries(actor, id);
    }

    @Operation(summary = "Stop sending to a webhook; deliveries not yet made are given up. The webhook stays listed, inactive")
    @StandardProblems
    @InvalidParameterProblems
    @NotFoundProblem
    @Override
    public Webhook deleteWebhook(@Parameter(hidden = true) Actor actor, UUID id) {
        return webhooks.deactivate(actor, id, clock.instant());
    }
}
