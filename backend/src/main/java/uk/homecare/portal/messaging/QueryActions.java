package uk.homecare.portal.messaging;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.api.identity.Role;
import uk.homecare.portal.api.messaging.QueryAction;
import uk.homecare.portal.api.messaging.QuerySide;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.identity.Capabilities;

/**
 * What the caller may do with a package's queries now. A query is started about an awarded package only: by the
 * provider holding it, or by its council's commissioners (the query is then with the provider holding it). Either
 * side of a query replies to it or closes it until it is closed, a provider even after the package left it. The use
 * cases refuse by the same predicates.
 */
final class QueryActions {

    /** What the rules read of a package: its council, whether it is awarded, and to whom. */
    record PackageFacts(UUID id, UUID councilId, String reference, boolean awarded, @Nullable UUID awardedProvider) {}

    private QueryActions() {}

    /** The caller's side, if its role is one of a query's sides. */
    @Nullable
    static QuerySide sideOf(Actor actor) {
        if (actor.role() == Role.COMMISSIONER) {
            return QuerySide.COUNCIL;
        }
        return actor.role() == Role.PROVIDER ? QuerySide.PROVIDER : null;
    }

    static List<QueryAction> ofPackage(Actor actor, PackageFacts p) {
        return mayStart(actor, p) ? List.of(QueryAction.START) : List.of();
    }

    static boolean mayStart(Actor actor, PackageFacts p) {
        if (!Capabilities.has(actor, Capability.SEND_PACKAGE_MESSAGES) || !p.awarded() || p.awardedProvider() == null) {
            return false;
        }
        return sideOf(actor) == QuerySide.COUNCIL
                || sideOf(actor) == QuerySide.PROVIDER && Objects.equals(p.awardedProvider(), actor.organisationId());
    }

    static List<QueryAction> ofQuery(Actor actor, QueryRows query) {
        List<QueryAction> actions = new ArrayList<>();
        if (mayWrite(actor, query)) {
            actions.add(QueryAction.REPLY);
            actions.add(QueryAction.CLOSE);
        }
        return actions;
    }

    /** Reply and close: a side of the query, while it is not closed. */
    static boolean mayWrite(Actor actor, QueryRows query) {
        return Capabilities.has(actor, Capability.SEND_PACKAGE_MESSAGES) && sideOf(actor) != null && !query.closed();
    }
}
