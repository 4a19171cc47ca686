/** The append-only audit trail: who did what, when, and for whom. */
@NullMarked
package uk.homecare.portal.audit;

import org.jspecify.annotations.NullMarked;
