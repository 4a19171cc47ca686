/**
 * Demo data for the no-configuration start: the five councils of the seeds, their zones, frameworks,
 * providers and one user per role.
 */
package uk.homecare.portal.demo;
