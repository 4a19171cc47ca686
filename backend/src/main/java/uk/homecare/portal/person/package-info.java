/**
 * The people care is for: the identity rules every feature shares (NHS numbers, postcodes), and the
 * one place a person's record is written.
 */
@NullMarked
package uk.homecare.portal.person;

import org.jspecify.annotations.NullMarked;
