/**
 * Compliance records per provider: documents with expiry kept current by the provider and verified by its councils,
 * the named policy saying which required documents are missing or expired on a day, contract monitoring visits with
 * their actions, and the reminders sent before a document expires.
 */
@NullMarked
package uk.homecare.portal.compliance;

import org.jspecify.annotations.NullMarked;
