/** What tests share: one real PostgreSQL per test run, a fresh database per test class, signed-in HTTP calls. */
@NullMarked
package uk.homecare.portal.testing;

import org.jspecify.annotations.NullMarked;
