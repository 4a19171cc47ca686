/**
 * Test support: a browserless Karibu UI whose views come from a Micronaut context, with in-memory
 * fakes of the API clients (active in the {@code karibu} environment only).
 */
package uk.homecare.portal.ui.testing;
