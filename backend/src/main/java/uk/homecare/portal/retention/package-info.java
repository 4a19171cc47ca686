/**
 * Retention: what the portal needs only for a while is removed on a schedule, set-based and safe on several
 * nodes: partners' idempotency keys, finished webhook deliveries and used client assertion ids.
 */
@NullMarked
package uk.homecare.portal.retention;

import org.jspecify.annotations.NullMarked;
