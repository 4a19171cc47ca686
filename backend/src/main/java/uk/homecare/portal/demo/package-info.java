/**
 * Demo data for the no-configuration start: the five councils of the seeds, their zones, frameworks,
 * providers and one user per role; with {@code portal.demo-activity}, packages, plans, capacity reports and
 * CHC placements made through the features' public use cases. No feature refers to this package.
 */
@NullMarked
package uk.homecare.portal.demo;

import org.jspecify.annotations.NullMarked;
