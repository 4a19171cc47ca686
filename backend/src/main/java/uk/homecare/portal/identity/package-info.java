/**
 * Who is acting: sign-in for people (password, throttled, and two-step verification with one-time codes),
 * client credentials for partner systems,
 * the bearer tokens both receive, and the {@link uk.homecare.portal.identity.Actor} every service
 * is given to decide what the caller may see and do.
 */
@NullMarked
package uk.homecare.portal.identity;

import org.jspecify.annotations.NullMarked;
