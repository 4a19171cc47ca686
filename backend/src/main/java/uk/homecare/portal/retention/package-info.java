/**
 * Retention: what the portal needs only for a while is removed on a schedule, set-based and safe on several
 * nodes: idempotency keys (every creating request's, not only partners'), finished webhook deliveries, used client assertion ids and sign-in
 * counters nobody has added to for a day; and the month partitions of the tables that only grow (ledger, audit, partner
 * events, outboxes): made months ahead, dropped whole once every row in them is past keeping.
 */
@NullMarked
package uk.homecare.portal.retention;

import org.jspecify.annotations.NullMarked;
