/** A council's own settings, which its administrator keeps in one place. */
@NullMarked
package uk.homecare.portal.api.council;

import org.jspecify.annotations.NullMarked;
