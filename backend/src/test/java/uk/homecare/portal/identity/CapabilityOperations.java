package uk.homecare.portal.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.homecare.portal.api.identity.Capability;

/**
 * Which operations (by their method name, unique across the API) each capability covers: the tests that
 * hold {@link Capabilities} against the controllers' {@code @Secured} and against the running endpoints read it.
 */
public final class CapabilityOperations {

    public static final Map<Capability, List<String>> BY_CAPABILITY = Map.ofEntries(
            Map.entry(Capability.DRAFT_PACKAGE, List.of("draftPackage", "publishPackage", "editDraftPackage")),
            Map.entry(Capability.AWARD_PACKAGE, List.of("awardPackage", "movePackageAtReview")),
            Map.entry(Capability.CANCEL_PACKAGE, List.of("cancelPackage")),
            Map.entry(Capability.VARY_PACKAGE, List.of("proposeVariation", "withdrawVariation")),
            Map.entry(Capability.EDIT_REFERENCE_DATA, List.of("addZone", "changeZone", "addFramework", "changeFramework", "addLot",
                    "changeLot", "placeProvider", "removeProvider", "addRate", "changeRate")),
            Map.entry(Capability.EDIT_CHC_SETTINGS, List.of("changeChcRequirement", "changePostcodeDistricts")),
            Map.entry(Capability.EDIT_BROKERAGE_POLICY, List.of("changeBrokeragePolicy", "changeScoringWeights")),
            Map.entry(Capability.CORRECT_PEOPLE, List.of("correctPerson")),
            Map.entry(Capability.EDIT_MARKET_BANDS, List.of("changeViabilityBand", "changeContractBand")),
            Map.entry(Capability.CREATE_HOURS_PLAN, List.of("createHoursPlan", "changePlanHours", "endHoursPlan")),
            Map.entry(Capability.CHECK_LEDGER, List.of("checkHoursLedger")),
            Map.entry(Capability.ANSWER_OFFERS, List.of("acceptOffer", "declineOffer", "bidOnOffer", "acceptVariation",
                    "declineVariation")),
            Map.entry(Capability.HAND_BACK_PACKAGE, List.of("handPackageBack")),
            Map.entry(Capability.REPORT_CAPACITY, List.of("reportCapacity")),
            Map.entry(Capability.RECORD_DELIVERY, List.of("recordDelivery")),
            Map.entry(Capability.BOOK_HOURS, List.of("bookSession", "changeBooking", "cancelBooking")),
            Map.entry(Capability.PLACE_CHC_PACKAGES, List.of("placeChcPackage", "changeChcPackage", "cancelChcPackage",
                    "createServiceRequest")),
            Map.entry(Capability.CONNECT_PARTNER_SYSTEM, List.of("registerWebhook", "deleteWebhook", "registerPartnerKey")),
            Map.entry(Capability.REGISTER_PROVIDERS, List.of("registerProvider", "unlinkProvider")),
            Map.entry(Capability.EDIT_OWN_ORGANISATION, List.of("changeOwnOrganisation")),
            Map.entry(Capability.MANAGE_NHS_PARTNERS, List.of("registerNhsPartner", "chooseServedCouncils", "registerApiClient",
                    "rotateClientSecret", "uploadClientPublicKey", "disableApiClient", "enableApiClient")),
            Map.entry(Capability.ENROL_MFA, List.of("startMfaEnrolment", "confirmMfaEnrolment", "regenerateRecoveryCodes")),
            Map.entry(Capability.RESET_ACCOUNT_MFA, List.of("resetAccountMfa")),
            Map.entry(Capability.EDIT_COUNCIL_SETTINGS, List.of("showCouncilSettings", "changeCouncilSettings")),
            Map.entry(Capability.READ_AUDIT, List.of("listAuditEvents", "exportAuditEvents")),
            Map.entry(Capability.RECORD_CONSENT, List.of("recordConsent", "revokeConsent")),
            Map.entry(Capability.MANAGE_COUNCILS, List.of("createCouncil")),
            Map.entry(Capability.MANAGE_ACCOUNTS, List.of("inviteUser", "revokeInvitation", "deactivateAccount", "reactivateAccount",
                    "changeAccountRole")),
            Map.entry(Capability.CHOOSE_LANGUAGE, List.of("chooseLanguage")),
            Map.entry(Capability.REPORT_PACKAGE_CHANGE, List.of("reportAdmission", "reportDischarge", "reportEnding")),
            Map.entry(Capability.CONFIRM_PACKAGE_CHANGE, List.of("confirmPackageChange", "rejectPackageChange", "resumePackage",
                    "endPackage")),
            Map.entry(Capability.SEND_PACKAGE_MESSAGES, List.of("startQuery", "replyToQuery", "closeQuery")),
            Map.entry(Capability.RECORD_VISITS, List.of("recordVisit", "importEcmFile")),
            Map.entry(Capability.READ_VISIT_EXCEPTIONS, List.of("listVisitExceptions")),
            Map.entry(Capability.MANAGE_PAYMENTS, List.of("buildPaymentSchedule", "buildPaymentSchedules", "approvePaymentLine", "adjustPaymentLine",
                    "finalisePaymentSchedule", "correctPaymentSchedule")),
            Map.entry(Capability.RECORD_EQUALITY, List.of("showEquality", "recordEquality", "withdrawEquality")),
            Map.entry(Capability.READ_EQUALITY_REPORT, List.of("showEqualityReport", "exportEqualityCsv")),
            Map.entry(Capability.READ_KPIS, List.of("showKpis", "exportKpisCsv", "exportKpisXlsx", "listReportSubscriptions",
                    "subscribeToReport", "unsubscribeFromReport")),
            Map.entry(Capability.GO_ON_DUTY, List.of("changeDuty", "showDuty")),
            Map.entry(Capability.IMPORT_RATINGS, List.of("importRatings")),
            Map.entry(Capability.EDIT_PROVIDER_GATES, List.of("showProviderGates", "changeProviderGates")),
            Map.entry(Capability.SUSPEND_PROVIDERS, List.of("suspendProvider", "liftSuspension")),

            Map.entry(Capability.KEEP_COMPLIANCE_DOCUMENTS, List.of("uploadComplianceDocument", "completeMonitoringAction")),
            Map.entry(Capability.CHECK_COMPLIANCE, List.of("verifyComplianceDocument", "rejectComplianceDocument",
                    "recordMonitoringVisit")),
            Map.entry(Capability.REPORT_OUTCOMES, List.of("listKpiSnapshots", "takeKpiSnapshot", "showOutcomeReport",
                    "downloadOutcomeReportPdf", "addOutcomeNote")));

    private CapabilityOperations() {}

    /** The capability an operation belongs to, if any. */
    public static Optional<Capability> of(String operation) {
        return BY_CAPABILITY.entrySet().stream().filter(entry -> entry.getValue().contains(operation)).map(Map.Entry::getKey).findFirst();
    }
}
