/** Tests of the council administrator's views: the council's settings and the audit trail. */
@NullMarked
package uk.homecare.portal.ui.council;

import org.jspecify.annotations.NullMarked;
