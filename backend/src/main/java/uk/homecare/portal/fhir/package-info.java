/**
 * A FHIR R4 view of CHC placement for NHS integration teams: a partner POSTs a ServiceRequest (the
 * person as a contained Patient with their NHS number) and follows the package as a Task. HAPI FHIR's
 * R4 structures parse and write every resource; errors are OperationOutcome resources. The CHC use
 * cases themselves are {@code uk.homecare.portal.chc}'s, reached through {@link uk.homecare.portal.fhir.ChcGateway}.
 */
@NullMarked
package uk.homecare.portal.fhir;

import org.jspecify.annotations.NullMarked;
