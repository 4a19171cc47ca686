/**
 * Every error leaves the API as RFC 7807 {@code application/problem+json}: a title for people, the
 * status, and for invalid input the field each message belongs to. No stack trace ever leaves.
 */
@NullMarked
package uk.homecare.portal.platform.problem;

import org.jspecify.annotations.NullMarked;
