/** Tests of notifications: the inbox, the e-mail outbox and its delivery, and the jobs that send them. */
@NullMarked
package uk.homecare.portal.notification;

import org.jspecify.annotations.NullMarked;
