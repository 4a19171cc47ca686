/**
 * Webhooks for NHS partner systems: a partner registers a URL, and every event of its feed is POSTed
 * there, signed with HMAC-SHA256, at least once, from a transactional outbox with retries and backoff.
 * The partner sees each delivery's tries and last error.
 */
@NullMarked
package uk.homecare.portal.webhook;

import org.jspecify.annotations.NullMarked;
