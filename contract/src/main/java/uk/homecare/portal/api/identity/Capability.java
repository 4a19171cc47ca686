package uk.homecare.portal.api.identity;

/**
 * What a signed-in caller may do across the portal, whatever record it is about; {@code /api/me} lists
 * the caller's. What may be done to one record now is listed on the record itself (its {@code actions}).
 */
public enum Capability {
    DRAFT_PACKAGE,
    AWARD_PACKAGE,
    EDIT_REFERENCE_DATA,
    EDIT_CHC_SETTINGS,
    EDIT_BROKERAGE_POLICY,
    EDIT_MARKET_BANDS,
    CREATE_HOURS_PLAN,
    CHECK_LEDGER,
    CORRECT_PEOPLE,
    ANSWER_OFFERS,
    HAND_BACK_PACKAGE,
    REPORT_CAPACITY,
    RECORD_DELIVERY,
    BOOK_HOURS,
    PLACE_CHC_PACKAGES,
    CONNECT_PARTNER_SYSTEM,
    REGISTER_PROVIDERS,
    EDIT_OWN_ORGANISATION,
    MANAGE_NHS_PARTNERS,
    /** Set up two-step verification (a one-time code from an authenticator app) for one's own account. */
    ENROL_MFA,
    /** Clear two-step verification of a member of one's own council who lost their device. */
    RESET_ACCOUNT_MFA,
    EDIT_COUNCIL_SETTINGS,
    READ_AUDIT,
    RECORD_CONSENT,
    /** Create councils (the platform administrator). */
    MANAGE_COUNCILS,
    /** Invite people and deactivate, reactivate or change the role of the accounts in one's care. */
    MANAGE_ACCOUNTS,
    /** Choose the language of one's own account (English or Welsh). */
    CHOOSE_LANGUAGE,
    /** Cancel a package of one's council at any stage, saying why. */
    CANCEL_PACKAGE,
    /** Propose new terms for an awarded package, and withdraw them while its provider has not answered. */
    VARY_PACKAGE,
    /** Report a hospital admission, a discharge or an ending of a package one's organisation holds. */
    REPORT_PACKAGE_CHANGE,
    /** Confirm or reject what a provider reported; resume or end a package of one's council directly. */
    CONFIRM_PACKAGE_CHANGE,
    /** Start, answer and close queries about a package between its council and the provider holding it (package messages). */
    SEND_PACKAGE_MESSAGES,
    /** Record what was delivered per visit of a package one holds, one at a time or by uploading an ECM export. */
    RECORD_VISITS,
    /** See a day's missed and late visits of one's council. */
    READ_VISIT_EXCEPTIONS,
    /** Build, review, finalise, correct and export one's council's payment schedules to providers. */
    MANAGE_PAYMENTS,
    /** See one's council's key performance indicators for any period, zone, lot and provider, and export them. */
    READ_KPIS,
    /** Go on and off duty for emergencies (packages that waited unallocated too long) of one's council. */
    GO_ON_DUTY,
    /** Import a regulator's published ratings file (national data: the platform administrator). */
    IMPORT_RATINGS,
    /** Set one's council's quality gates: the minimum rating for new offers. */
    EDIT_PROVIDER_GATES,
    /** Suspend a provider from new offers in one's council, and lift the suspension, saying why. */
    SUSPEND_PROVIDERS,
    /** Upload one's organisation's compliance documents and mark the actions of councils' monitoring visits done. */
    KEEP_COMPLIANCE_DOCUMENTS,
    /** Verify or reject providers' compliance documents and record contract monitoring visits, for one's council. */
    CHECK_COMPLIANCE,
    /** See, record (with the person's consent) and withdraw a person's equality monitoring answers, for one's council. */
    RECORD_EQUALITY,
    /** See one's council's equality monitoring report (small numbers suppressed) and export it; every view is audited. */
    READ_EQUALITY_REPORT,
    /** Take a month's KPI snapshot on demand, write notes on outcomes, and read the outcomes report (commissioners). */
    REPORT_OUTCOMES
}
