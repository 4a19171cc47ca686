/**
 * The flexible hours bank, for the people who use it and those who run it. A person receiving care,
 * or a carer acting for someone they are linked to, sees what is left in plain words, what expires
 * within a week, each weekly lot, and their sessions listed by week and day; they book, change and
 * cancel sessions and download a statement. A refused booking says why, next to the form. The
 * commissioner gives plans and may look at a person's hours; the provider records sessions as
 * delivered; the administrator checks every balance against the ledger. Minutes are sent; hours
 * and minutes are shown.
 */
@NullMarked
package uk.homecare.portal.ui.hoursbank;

import org.jspecify.annotations.NullMarked;
