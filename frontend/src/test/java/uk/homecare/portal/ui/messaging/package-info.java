/** Karibu tests of package messages in the UI: the package page's queries and the Queries page. */
@NullMarked
package uk.homecare.portal.ui.messaging;

import org.jspecify.annotations.NullMarked;
