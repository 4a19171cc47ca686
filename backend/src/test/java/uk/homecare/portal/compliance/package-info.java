/** Tests of compliance records over HTTP: documents, their checks and access, verification, monitoring visits, reminders. */
@NullMarked
package uk.homecare.portal.compliance;

import org.jspecify.annotations.NullMarked;
