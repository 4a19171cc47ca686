/**
 * Going live: the runnable jar started in production mode against an empty PostgreSQL server, set up from
 * nothing through the documented bootstrap and the API alone, with e-mails read from a test SMTP server.
 */
@NullMarked
package uk.homecare.portal.golive;

import org.jspecify.annotations.NullMarked;
