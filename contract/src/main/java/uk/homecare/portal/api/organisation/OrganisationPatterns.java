package uk.homecare.portal.api.organisation;

/** The patterns organisation identifiers and addresses are held to, stated once for forms and checks. */
public final class OrganisationPatterns {

    /**
     * An NHS Organisation Data Service code: 3 to 6 capitals and digits (3 for trusts and ICBs, 5 for sub-ICB
     * locations, sites and independent providers, 6 for GP practices), such as {@code B2M3M}.
     */
    public static final String ODS_CODE = "^[A-Z0-9]{3,6}$";

    /** A UK postcode, letters of either case (spelled out, not (?i): the spec publishes the pattern). */
    public static final String POSTCODE = "^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$";

    /** An API client's id, as partners send it at /oauth/token: lower case letters, digits and hyphens. */
    public static final String CLIENT_ID = "^[a-z0-9][a-z0-9-]{2,62}$";

    private OrganisationPatterns() {}
}
