/**
 * Turning what went wrong into words: reading the API's RFC 7807 problems, showing them as
 * notifications or on the form fields they concern, and catching anything unexpected so a person
 * never sees a stack trace.
 */
@NullMarked
package uk.homecare.portal.ui.problem;

import org.jspecify.annotations.NullMarked;
