/** Tests of what operators see: the Prometheus listener, its histograms, the pool and the portal's gauges, and no metrics on the API. */
@NullMarked
package uk.homecare.portal.metrics;

import org.jspecify.annotations.NullMarked;
