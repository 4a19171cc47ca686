/**
 * The council's register of people: search it a page at a time (no cap), open a person's hours,
 * correct their details, and choose any person wherever a view needs one.
 */
@NullMarked
package uk.homecare.portal.ui.person;

import org.jspecify.annotations.NullMarked;
