/** The council administrator's views: the council's settings in one place, and the audit trail with its filters and CSV export. */
@NullMarked
package uk.homecare.portal.ui.council;

import org.jspecify.annotations.NullMarked;
