/** Tests of carers' consents: where a consent stands on a day and who may revoke it (the API is tested in hoursbank's CarerConsentsTest). */
@NullMarked
package uk.homecare.portal.consent;

import org.jspecify.annotations.NullMarked;
