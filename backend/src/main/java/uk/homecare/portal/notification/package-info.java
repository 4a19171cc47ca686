/**
 * Notifications: tells providers of new offers, of offers about to lapse and of offers closed by an award
 * to another provider, and commissioners of packages that need them (unallocated, or bids to review), in
 * the portal and by e-mail through a transactional outbox. The jobs claim their work with row locks (SKIP
 * LOCKED, or a primary key that only one node can insert), so any number of nodes can run them. Texts come
 * from a message bundle and name packages by reference, zone and council only: no person's name, NHS
 * number or address.
 */
@NullMarked
package uk.homecare.portal.notification;

import org.jspecify.annotations.NullMarked;
