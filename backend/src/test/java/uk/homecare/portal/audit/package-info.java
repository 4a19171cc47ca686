/** Tests of the audit trail: every change recorded, and the trail append-only. */
@NullMarked
package uk.homecare.portal.audit;

import org.jspecify.annotations.NullMarked;
