/**
 * Test support: a browserless Karibu UI whose views come from a Micronaut context, with in-memory
 * fakes of the API clients (active in the {@code karibu} environment only).
 */
@NullMarked
package uk.homecare.portal.ui.testing;

import org.jspecify.annotations.NullMarked;
