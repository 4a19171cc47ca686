/**
 * What operators see: Prometheus metrics (request latency by route and status, the connection pool, the JVM,
 * and the portal's own gauges of the cascade, the outboxes and unallocated packages) served on a listener of
 * their own, apart from the public API and by default on loopback only.
 */
@NullMarked
package uk.homecare.portal.metrics;

import org.jspecify.annotations.NullMarked;
