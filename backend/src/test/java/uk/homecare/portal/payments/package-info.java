/** Tests of paying providers: building, reviewing, finalising, correcting and exporting payment schedules, and remittances. */
@NullMarked
package uk.homecare.portal.payments;

import org.jspecify.annotations.NullMarked;
