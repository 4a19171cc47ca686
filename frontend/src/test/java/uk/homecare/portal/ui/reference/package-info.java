/** Tests of the reference data views. */
@NullMarked
package uk.homecare.portal.ui.reference;

import org.jspecify.annotations.NullMarked;
