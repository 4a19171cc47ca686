/**
 * The council's register of people on the wire: one record per NHS number in a council, searched a
 * page at a time, read and corrected by the council's staff.
 */
@NullMarked
package uk.homecare.portal.api.person;

import org.jspecify.annotations.NullMarked;
