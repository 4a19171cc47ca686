/** Tests of webhooks: which addresses are allowed, and signed deliveries with retries to a real receiver. */
@NullMarked
package uk.homecare.portal.webhook;

import org.jspecify.annotations.NullMarked;
