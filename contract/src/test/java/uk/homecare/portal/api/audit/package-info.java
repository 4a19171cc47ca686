/** Tests of the audit actions. */
@NullMarked
package uk.homecare.portal.api.audit;

import org.jspecify.annotations.NullMarked;
