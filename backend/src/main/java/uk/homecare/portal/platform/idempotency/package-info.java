/**
 * Idempotency for every creating request: an {@code Idempotency-Key} makes a retry (after a lost answer, a timeout
 * or a double click) answer what the first request answered, and create nothing new.
 */
@NullMarked
package uk.homecare.portal.platform.idempotency;

import org.jspecify.annotations.NullMarked;
