/** What the audit trail records: the actions, by the names the trail stores. */
@NullMarked
package uk.homecare.portal.api.audit;

import org.jspecify.annotations.NullMarked;
