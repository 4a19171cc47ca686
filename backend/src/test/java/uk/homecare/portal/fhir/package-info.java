/** Tests of the FHIR R4 view of CHC placement: the mapping, and the API end to end. */
@NullMarked
package uk.homecare.portal.fhir;

import org.jspecify.annotations.NullMarked;
