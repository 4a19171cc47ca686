/** The append-only audit trail: who did what, when, and for whom. */
package uk.homecare.portal.audit;
