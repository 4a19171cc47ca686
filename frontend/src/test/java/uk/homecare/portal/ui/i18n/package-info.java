/** Tests of the message bundles. */
@NullMarked
package uk.homecare.portal.ui.i18n;

import org.jspecify.annotations.NullMarked;
