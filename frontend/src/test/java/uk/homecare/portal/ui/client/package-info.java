/** Tests of how the UI's clients call the API: the caller's token and the page's language on every call. */
@NullMarked
package uk.homecare.portal.ui.client;

import org.jspecify.annotations.NullMarked;
