/**
 * Package messages in the UI: a package's queries on its page (start one, read one, reply, close) for the council
 * and the provider, and a page of the caller's queries, overdue first; each button only while the API lists it.
 */
@NullMarked
package uk.homecare.portal.ui.messaging;

import org.jspecify.annotations.NullMarked;
