package uk.homecare.portal.messaging;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.messaging.MessagingOperations;
import uk.homecare.portal.api.messaging.PackageQueries;
import uk.homecare.portal.api.messaging.PackageQuery;
import uk.homecare.portal.api.messaging.QueryForm;
import uk.homecare.portal.api.messaging.QueryStatus;
import uk.homecare.portal.api.messaging.QuerySummary;
import uk.homecare.portal.api.messaging.ReplyForm;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.idempotency.IdempotentRequests;
import uk.homecare.portal.platform.openapi.ConflictProblem;
import uk.homecare.portal.platform.openapi.IdempotentCreation;
import uk.homecare.portal.platform.openapi.InvalidBodyProblems;
import uk.homecare.portal.platform.openapi.InvalidParameterProblems;
import uk.homecare.portal.platform.openapi.NotFoundProblem;
import uk.homecare.portal.platform.openapi.StandardProblems;

@Controller
@Tag(name = "Package messages")
class MessagingController implements MessagingOperations<Actor> {

    private final Queries queries;
    private final IdempotentRequests idempotency;

    MessagingController(Queries queries, IdempotentRequests idempotency) {
        this.queries = queries;
        this.idempotency = idempotency;
    }

    @Operation(summary = "A package's queries",
            description = """
                    The queries about the package between its council and its providers, newest first, each with where it \
                    stands today and what you may do with it, and whether you may start another (START). The council sees \
                    them all; a provider sees only its own, also after the package has left it.""")
    @Secured({"COMMISSIONER", "PROVIDER"})
    @StandardProblems
    @InvalidParameterProblems
    @NotFoundProblem
    @Override
    public PackageQueries listPackageQueries(@Parameter(hidden = true) Actor actor, UUID id) {
        return queries.ofPackage(actor, id);
    }

    @Operation(summary = "Start a query about a package",
            description = """
                    A payment query, a change of need, a visit issue or a general query, with a subject and a first \
                    message, to the other side: the provider holding the package asks its council, or the council asks \
                    the provider holding it. Only about an awarded package. The other side is told in the portal and by \
                    e-mail, by the package's reference and the query's type only. Not for safeguarding concerns: they go \
                    to the council's safeguarding team.""")
    @Status(HttpStatus.CREATED)
    @Secured({"COMMISSIONER", "PROVIDER"})
    @StandardProblems
    @InvalidBodyProblems
    @NotFoundProblem
    @ConflictProblem
    @IdempotentCreation
    @Override
    public PackageQuery startQuery(@Parameter(hidden = true) Actor actor, UUID id, @Nullable String idempotencyKey,
            @Body @Valid QueryForm form) {
        return idempotency.once(new IdempotentRequests.Request(actor.id(), "startQuery", idempotencyKey, List.of(id, form)),
                PackageQuery.class, () -> queries.start(actor, id, form), started -> started.query().council().id()).body();
    }

    @Operation(summary = "Your queries",
            description = """
                    For a commissioner, the council's queries; for a provider, its own. Overdue first, then open by the day \
                    the answer is due, then answered and closed; at most 500.""")
    @Secured({"COMMISSIONER", "PROVIDER"})
    @StandardProblems
    @InvalidParameterProblems
    @Override
    public List<QuerySummary> listQueries(@Parameter(hidden = true) Actor actor, @Nullable QueryStatus status) {
        return queries.list(actor, status);
    }

    @Operation(summary = "A query with its messages", description = "Oldest message first.")
    @Secured({"COMMISSIONER", "PROVIDER"})
    @StandardProblems
    @InvalidParameterProblems
    @NotFoundProblem
    @Override
    public PackageQuery showQuery(@Parameter(hidden = true) Actor actor, UUID queryId) {
        return queries.show(actor, queryId);
    }

    @Operation(summary = "Reply to a query",
            description = """
                    Either side, until the query is closed. A reply from the side that did not ask answers it (ANSWERED); \
                    a message from the asker opens it again (OPEN), due the type's number of working days from today.""")
    @Status(HttpStatus.CREATED)
    @Secured({"COMMISSIONER", "PROVIDER"})
    @StandardProblems
    @InvalidBodyProblems
    @NotFoundProblem
    @ConflictProblem
    @IdempotentCreation
    @Override
    public PackageQuery replyToQuery(@Parameter(hidden = true) Actor actor, UUID queryId, @Nullable String idempotencyKey,
            @Body @Valid ReplyForm form) {
        return idempotency.once(new IdempotentRequests.Request(actor.id(), "replyToQuery", idempotencyKey, List.of(queryId, form)),
                PackageQuery.class, () -> queries.reply(actor, queryId, form), replied -> replied.query().council().id()).body();
    }

    @Operation(summary = "Close a query", description = "Either side, once; a closed query takes no more messages.")
    @Secured({"COMMISSIONER", "PROVIDER"})
    @StandardProblems
    @InvalidParameterProblems
    @NotFoundProblem
    @ConflictProblem
    @Override
    public PackageQuery closeQuery(@Parameter(hidden = true) Actor actor, UUID queryId) {
        return queries.close(actor, queryId);
    }
}
