package uk.homecare.portal.api.brokerage;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import java.util.UUID;

/**
 * Pauses and endings of awarded packages: the provider holding one reports a hospital admission, a discharge or an
 * ending; a commissioner of the council confirms or rejects it, or resumes or ends a package directly.
 */
public interface PackageChangeOperations<C> {

    @Post("/api/care-packages/{id}/admission")
    PackageChange reportAdmission(@Parameter(hidden = true) C caller, UUID id, @Body AdmissionForm form);

    @Post("/api/care-packages/{id}/discharge")
    PackageChange reportDischarge(@Parameter(hidden = true) C caller, UUID id, @Body DischargeForm form);

    @Post("/api/care-packages/{id}/ending")
    PackageChange reportEnding(@Parameter(hidden = true) C caller, UUID id, @Body EndingForm form);

    @Get("/api/care-packages/{id}/changes")
    List<PackageChange> listHeldPackageChanges(@Parameter(hidden = true) C caller, UUID id);

    @Get("/api/packages/{id}/changes")
    List<PackageChange> listPackageChanges(@Parameter(hidden = true) C caller, UUID id);

    @Post("/api/packages/{id}/change/confirm")
    CarePackage confirmPackageChange(@Parameter(hidden = true) C caller, UUID id);

    @Post("/api/packages/{id}/change/reject")
    CarePackage rejectPackageChange(@Parameter(hidden = true) C caller, UUID id, @Body RejectChangeForm form);

    @Post("/api/packages/{id}/resume")
    CarePackage resumePackage(@Parameter(hidden = true) C caller, UUID id, @Body DischargeForm form);

    @Post("/api/packages/{id}/end")
    CarePackage endPackage(@Parameter(hidden = true) C caller, UUID id, @Body EndingForm form);
}
