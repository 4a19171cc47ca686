/** Tests of the People view and the person choosers, against the fake people client. */
@NullMarked
package uk.homecare.portal.ui.person;

import org.jspecify.annotations.NullMarked;
