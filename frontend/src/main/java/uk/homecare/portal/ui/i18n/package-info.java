/**
 * Every word the UI shows, from {@code messages.properties} (English). A Welsh
 * {@code messages_cy.properties} beside it is picked up without code changes.
 */
@NullMarked
package uk.homecare.portal.ui.i18n;

import org.jspecify.annotations.NullMarked;
