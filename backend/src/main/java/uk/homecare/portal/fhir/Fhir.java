package uk.homecare.portal.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/**
 * The one FHIR R4 context of the application (building it scans every model class, so it is made
 * once), the media type, and the identifier systems and extension URLs this view uses.
 */
@Factory
public final class Fhir {

    public static final String JSON = "application/fhir+json";

    public static final String NHS_NUMBER = "https://fhir.nhs.uk/Id/nhs-number";
    public static final String ODS_CODE = "https://fhir.nhs.uk/Id/ods-organization-code";
    public static final String UCUM = "http://unitsofmeasure.org";

    private static final String PORTAL = "https://homecare-portal.uk/";
    /** The partner's own identifier of its request: the package's partner reference, and the idempotency key when no header comes. */
    public static final String PARTNER_REQUEST = PORTAL + "Id/partner-request";
    public static final String COUNCIL = PORTAL + "Id/council";
    public static final String ZONE = PORTAL + "Id/zone";
    public static final String LOT = PORTAL + "Id/lot";
    /** Whom the care is for (a ServiceRequest.category code): a lot's service category, e.g. MENTAL_HEALTH. */
    public static final String SERVICE_CATEGORY = PORTAL + "CodeSystem/service-category";
    public static final String ORGANISATION = PORTAL + "Id/organisation";
    public static final String PACKAGE_REFERENCE = PORTAL + "Id/package-reference";
    public static final String PACKAGE_STATUS = PORTAL + "CodeSystem/package-status";
    public static final String PROBLEM_TYPE = PORTAL + "CodeSystem/problem-type";
    public static final String OUT_OF_HOURS = PORTAL + "fhir/StructureDefinition/out-of-hours";
    public static final String DOUBLE_HANDED = PORTAL + "fhir/StructureDefinition/double-handed";
    public static final String STAGE_ENDS_AT = PORTAL + "fhir/StructureDefinition/stage-ends-at";

    @Singleton
    FhirContext fhirContext() {
        return FhirContext.forR4();
    }

    /** A parser that refuses what is not valid FHIR R4 JSON: unknown elements, wrong types, bad values. */
    static IParser strictParser(FhirContext context) {
        return context.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
    }
}
