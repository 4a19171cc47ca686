/**
 * The API's wire records and the declarative clients that call it. The REST controllers in the
 * backend and the UI's clients share these records, so the two sides cannot drift apart; the
 * published OpenAPI spec is generated from the controllers that use them.
 */
@NullMarked
package uk.homecare.portal.api;

import org.jspecify.annotations.NullMarked;
