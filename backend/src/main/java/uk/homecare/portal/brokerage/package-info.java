/**
 * Brokerage: a commissioner drafts and publishes a care package; the cascade offers it to the zone
 * lot's primary provider, then the secondary, then every provider on the lot, and marks it
 * unallocated when nobody takes it. A package is awarded exactly once. Providers see no identity
 * before award. Every change is in the package's history.
 */
package uk.homecare.portal.brokerage;
