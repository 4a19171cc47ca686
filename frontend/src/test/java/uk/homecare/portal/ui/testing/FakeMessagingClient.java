package uk.homecare.portal.ui.testing;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import uk.homecare.portal.api.identity.Bearer;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.api.messaging.PackageQueries;
import uk.homecare.portal.api.messaging.PackageQuery;
import uk.homecare.portal.api.messaging.QueryAction;
import uk.homecare.portal.api.messaging.QueryForm;
import uk.homecare.portal.api.messaging.QueryMessage;
import uk.homecare.portal.api.messaging.QuerySide;
import uk.homecare.portal.api.messaging.QueryStatus;
import uk.homecare.portal.api.messaging.QuerySummary;
import uk.homecare.portal.api.messaging.ReplyForm;
import uk.homecare.portal.testing.MovableClock;
import uk.homecare.portal.ui.client.MessagingClient;

/**
 * Package messages in memory, as the API answers: a package's queries with START while {@link #mayStart} says so;
 * a query started by the caller's side (the council's for a commissioner, the provider's for a provider) is OPEN and
 * due in its type's working days;
 * a reply from the other side answers it, from the asker reopens it; a closed query lists no actions and refuses
 * replies (409). The Idempotency-Keys sent are kept.
 */
@Singleton
@Replaces(MessagingClient.class)
@Requires(env = KaribuUi.ENVIRONMENT)
public class FakeMessagingClient extends FakeApi implements MessagingClient {

    public static final NamedRef PROVIDER = new NamedRef(UUID.randomUUID(), "Caring Hands Ltd");

    public final List<PackageQuery> queries = new ArrayList<>();
    public final List<String> keys = new ArrayList<>();
    public boolean mayStart = true;
    private final MovableClock clock;
    private final FakeIdentityClient identity;

    public FakeMessagingClient(MovableClock clock, FakeIdentityClient identity) {
        this.clock = clock;
        this.identity = identity;
    }

    public void reset() {
        queries.clear();
        keys.clear();
        mayStart = true;
        forgetCalls();
    }

    /** A query about the package already there, from the provider, open or (when {@code overdue}) past its due day. */
    public PackageQuery aQuery(UUID packageId, String reference, String subject, boolean overdue) {
        LocalDate due = overdue ? clock.today().minusDays(1) : clock.today().plusDays(3);
        var summary = new QuerySummary(UUID.randomUUID(), packageId, reference, FakeIdentityClient.COVENTRY, PROVIDER,
                uk.homecare.portal.api.messaging.QueryType.PAYMENT_QUERY, subject, QuerySide.PROVIDER, clock.instant(),
                overdue ? QueryStatus.OVERDUE : QueryStatus.OPEN, due, QuerySide.COUNCIL, clock.instant(), 1,
                List.of(QueryAction.REPLY, QueryAction.CLOSE));
        var query = new PackageQuery(summary, List.of(new QueryMessage(UUID.randomUUID(), 1, QuerySide.PROVIDER, "Pete Provider",
                clock.instant(), "First message of " + subject)));
        queries.add(query);
        return query;
    }

    @Override
    public PackageQueries listPackageQueries(Bearer caller, UUID id) {
        call(caller, null);
        return new PackageQueries(id, "PKG", mayStart ? List.of(QueryAction.START) : List.of(),
                queries.stream().filter(q -> q.query().packageId().equals(id)).map(PackageQuery::query).toList());
    }

    @Override
    public PackageQuery startQuery(Bearer caller, UUID id, @Nullable String idempotencyKey, QueryForm form) {
        keys.add(idempotencyKey);
        call(caller, form);
        if (!mayStart) {
            throw conflict("Your organisation no longer holds this package.");
        }
        if (form.subject().length() > QueryForm.MAX_SUBJECT) {
            throw invalid("subject", "Must be at most 120 characters.");
        }
        QuerySide side = side(caller);
        LocalDate due = workingDaysAfter(clock.today(), form.type().responseWorkingDays());
        var summary = new QuerySummary(UUID.randomUUID(), id, "PKG", FakeIdentityClient.COVENTRY, PROVIDER, form.type(), form.subject(),
                side, clock.instant(), QueryStatus.OPEN, due, other(side), clock.instant(), 1, List.of(QueryAction.REPLY, QueryAction.CLOSE));
        var query = new PackageQuery(summary, List.of(new QueryMessage(UUID.randomUUID(), 1, side, "Someone", clock.instant(), form.body())));
        queries.add(query);
        return query;
    }

    @Override
    public List<QuerySummary> listQueries(Bearer caller, @Nullable QueryStatus status) {
        call(caller, null);
        return queries.stream().map(PackageQuery::query).filter(q -> status == null || q.status() == status).toList();
    }

    @Override
    public PackageQuery showQuery(Bearer caller, UUID queryId) {
        call(caller, null);
        return find(queryId);
    }

    @Override
    public PackageQuery replyToQuery(Bearer caller, UUID queryId, @Nullable String idempotencyKey, ReplyForm form) {
        keys.add(idempotencyKey);
        call(caller, form);
        PackageQuery old = find(queryId);
        QuerySummary q = old.query();
        if (q.status() == QueryStatus.CLOSED) {
            throw conflict("This query is closed: it takes no more messages.");
        }
        QuerySide side = side(caller);
        boolean asker = side == q.raisedBy();
        var messages = new ArrayList<>(old.messages());
        messages.add(new QueryMessage(UUID.randomUUID(), messages.size() + 1, side, "Someone", clock.instant(), form.body()));
        var summary = new QuerySummary(q.id(), q.packageId(), q.packageReference(), q.council(), q.provider(), q.type(), q.subject(),
                q.raisedBy(), q.raisedAt(), asker ? QueryStatus.OPEN : QueryStatus.ANSWERED, asker ? workingDaysAfter(clock.today(), q.type().responseWorkingDays()) : null,
                asker ? other(q.raisedBy()) : null, clock.instant(), messages.size(), q.actions());
        return replace(new PackageQuery(summary, messages));
    }

    @Override
    public PackageQuery closeQuery(Bearer caller, UUID queryId) {
        call(caller, null);
        PackageQuery old = find(queryId);
        QuerySummary q = old.query();
        if (q.status() == QueryStatus.CLOSED) {
            throw conflict("This query is closed: it takes no more messages.");
        }
        var summary = new QuerySummary(q.id(), q.packageId(), q.packageReference(), q.council(), q.provider(), q.type(), q.subject(),
                q.raisedBy(), q.raisedAt(), QueryStatus.CLOSED, null, null, q.lastMessageAt(), q.messageCount(), List.of());
        return replace(new PackageQuery(summary, old.messages()));
    }

    private PackageQuery find(UUID queryId) {
        return queries.stream().filter(q -> q.query().id().equals(queryId)).findFirst().orElseThrow(FakeApi::notFound);
    }

    private PackageQuery replace(PackageQuery changed) {
        queries.replaceAll(q -> q.query().id().equals(changed.query().id()) ? changed : q);
        return changed;
    }

    private QuerySide side(Bearer caller) {
        return identity.me(caller).role() == uk.homecare.portal.api.identity.Role.PROVIDER ? QuerySide.PROVIDER : QuerySide.COUNCIL;
    }

    private static LocalDate workingDaysAfter(LocalDate day, int days) {
        LocalDate due = day;
        int left = days;
        while (left > 0) {
            due = due.plusDays(1);
            if (due.getDayOfWeek() != java.time.DayOfWeek.SATURDAY && due.getDayOfWeek() != java.time.DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return due;
    }

    private static QuerySide other(QuerySide side) {
        return side == QuerySide.COUNCIL ? QuerySide.PROVIDER : QuerySide.COUNCIL;
    }
}
