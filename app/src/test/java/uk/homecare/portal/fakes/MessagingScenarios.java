package uk.homecare.portal.fakes;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.homecare.portal.fakes.Refusals.refused;

import io.micronaut.http.HttpStatus;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.brokerage.AcceptOffer;
import uk.homecare.portal.api.identity.Bearer;
import uk.homecare.portal.api.identity.Role;
import uk.homecare.portal.api.messaging.PackageQuery;
import uk.homecare.portal.api.messaging.QueryAction;
import uk.homecare.portal.api.messaging.QueryForm;
import uk.homecare.portal.api.messaging.QuerySide;
import uk.homecare.portal.api.messaging.QueryStatus;
import uk.homecare.portal.api.messaging.QuerySummary;
import uk.homecare.portal.api.messaging.QueryType;
import uk.homecare.portal.api.messaging.ReplyForm;
import uk.homecare.portal.api.problem.ProblemType;

/** Package messages as their views rely on them: start, answer, reopen, close, and a closed query refusing replies. */
interface MessagingScenarios {

    Portal portal();

    @Test
    default void the_provider_holding_a_package_asks_the_council_which_answers_and_a_closed_query_takes_no_more_messages() {
        Bearer provider = portal().signedInAs(Role.PROVIDER);
        Bearer commissioner = portal().signedInAs(Role.COMMISSIONER);
        UUID packageId = portal().brokerage().acceptOffer(provider, portal().aPendingPrimaryOffer(),
                new AcceptOffer(portal().clock().today().plusDays(7))).packageId();
        assertThat(portal().messaging().listPackageQueries(provider, packageId).actions()).containsExactly(QueryAction.START);

        PackageQuery asked = portal().messaging().startQuery(provider, packageId, "scenario-" + UUID.randomUUID(),
                new QueryForm(QueryType.PAYMENT_QUERY, "Invoice for November", "November was paid at last year's rate."));
        QuerySummary q = asked.query();
        assertThat(q.status()).isEqualTo(QueryStatus.OPEN);
        assertThat(q.raisedBy()).isEqualTo(QuerySide.PROVIDER);
        assertThat(q.awaiting()).isEqualTo(QuerySide.COUNCIL);
        assertThat(q.dueOn()).isAfter(portal().clock().today());
        assertThat(q.actions()).containsExactly(QueryAction.REPLY, QueryAction.CLOSE);
        assertThat(asked.messages()).hasSize(1);
        assertThat(portal().messaging().listPackageQueries(commissioner, packageId).queries()).extracting(QuerySummary::id).contains(q.id());

        PackageQuery answered = portal().messaging().replyToQuery(commissioner, q.id(), null, new ReplyForm("Paid the difference today."));
        assertThat(answered.query().status()).isEqualTo(QueryStatus.ANSWERED);
        assertThat(answered.query().dueOn()).isNull();
        assertThat(answered.messages()).extracting(m -> m.side()).containsExactly(QuerySide.PROVIDER, QuerySide.COUNCIL);

        PackageQuery reopened = portal().messaging().replyToQuery(provider, q.id(), null, new ReplyForm("December's too, please."));
        assertThat(reopened.query().status()).isEqualTo(QueryStatus.OPEN);
        assertThat(reopened.query().awaiting()).isEqualTo(QuerySide.COUNCIL);

        PackageQuery closed = portal().messaging().closeQuery(commissioner, q.id());
        assertThat(closed.query().status()).isEqualTo(QueryStatus.CLOSED);
        assertThat(closed.query().actions()).isEmpty();
        assertThat(portal().messaging().showQuery(provider, q.id()).messages()).hasSize(3);
        refused(() -> portal().messaging().replyToQuery(provider, q.id(), null, new ReplyForm("One more thing")),
                HttpStatus.CONFLICT, ProblemType.CONFLICT);
    }
}
