package uk.homecare.portal.api.audit;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the audit trail records someone did. The names are what the trail stores in its {@code action}
 * column and what a package's history shows (as a text keyed by the name), so a name never changes.
 */
public enum AuditAction {
    // Reference data
    ZONE_ADDED,
    ZONE_CHANGED,
    FRAMEWORK_ADDED,
    FRAMEWORK_CHANGED,
    LOT_ADDED,
    LOT_CHANGED,
    LOT_PROVIDER_PLACED,
    LOT_PROVIDER_REMOVED,
    RATE_ADDED,
    RATE_CHANGED,

    // A care package's life
    DRAFTED,
    PUBLISHED,
    /** The cascade records {@code ENTERED_} and the stage a package moved to. */
    ENTERED_PRIMARY,
    ENTERED_SECONDARY,
    ENTERED_OPEN,
    ENTERED_REVIEW,
    ENTERED_UNALLOCATED,
    ACCEPTED,
    BID,
    DECLINED,
    AWARDED,
    CHANGED,
    CANCELLED,
    HAND_BACK_GIVEN,
    MOVED_AT_REVIEW,
    BROKERAGE_POLICY_CHANGED,

    // The flexible hours bank
    HOURS_PLAN_CREATED,
    HOURS_BOOKED,
    HOURS_BOOKING_CHANGED,
    HOURS_BOOKING_CANCELLED,
    HOURS_DELIVERED,

    // Capacity and market health
    CAPACITY_REPORTED,
    VIABILITY_BAND_CHANGED,
    CONTRACT_BAND_CHANGED,

    // NHS Continuing Healthcare
    CHC_REQUIREMENT_CHANGED,
    POSTCODE_DISTRICTS_CHANGED,

    // The person register
    PERSON_ADDED,
    PERSON_UPDATED,
    PERSON_CORRECTED,
    /** Written by the V12 migration's merge of people sharing an NHS number. */
    PERSON_MERGED,

    // Partner systems
    CLIENT_KEY_REGISTERED,

    // Organisations: providers registered with councils, NHS partners and their API clients
    PROVIDER_REGISTERED,
    PROVIDER_LINKED,
    PROVIDER_UNLINKED,
    ORGANISATION_DETAILS_CHANGED,
    NHS_PARTNER_REGISTERED,
    NHS_PARTNER_COUNCILS_CHANGED,
    API_CLIENT_REGISTERED,
    API_CLIENT_SECRET_ROTATED,
    API_CLIENT_KEY_UPLOADED,
    API_CLIENT_DISABLED,
    API_CLIENT_ENABLED,
    // Two-step verification (one-time codes)
    MFA_ENROLLED,
    MFA_RECOVERY_CODES_REGENERATED,
    MFA_RESET,
    MFA_RECOVERY_CODE_USED,
    // The council's settings
    /** Details: {@code before} and {@code after}, each of only the settings that changed. */
    COUNCIL_SETTINGS_CHANGED,
    // Carers' consents, and plans over time
    CONSENT_RECORDED,
    CONSENT_REVOKED,
    HOURS_PLAN_HOURS_CHANGED,
    HOURS_PLAN_ENDED,
    // Accounts and councils (going live)
    INVITATION_SENT,
    INVITATION_ACCEPTED,
    INVITATION_REVOKED,
    PASSWORD_RESET_REQUESTED,
    PASSWORD_RESET,
    ACCOUNT_DEACTIVATED,
    ACCOUNT_REACTIVATED,
    ROLE_CHANGED,
    COUNCIL_CREATED,
    PLATFORM_ADMIN_BOOTSTRAPPED,
    // Editing a draft, and variations after award
    /** Details: {@code fields}, the names of the package's fields that changed (never their values). */
    DRAFT_EDITED,
    /** Details: the new {@code weeklyMinutes}, {@code effectiveOn}, {@code reason}, {@code variation}. */
    VARIATION_PROPOSED,
    /** Details: the new {@code weeklyMinutes}, {@code effectiveOn}, {@code provider}, {@code variation}. */
    VARIATION_ACCEPTED,
    VARIATION_DECLINED,
    VARIATION_LAPSED,
    VARIATION_WITHDRAWN,
    // Pauses and endings
    /** Details: {@code admittedOn}, {@code provider}. */
    ADMISSION_REPORTED,
    /** Details: {@code dischargedOn}, {@code provider}. */
    DISCHARGE_REPORTED,
    /** Details: {@code endedOn}, {@code endReason}, {@code provider}. */
    ENDING_REPORTED,
    /** Details: {@code kind}, {@code reason}. */
    CHANGE_REJECTED,
    /** Details: {@code suspendedOn}, {@code provider}. */
    SUSPENDED,
    /** Details: {@code resumedOn}, {@code provider}. */
    RESUMED,
    /** Details: {@code endedOn}, {@code endReason}, {@code provider}. */
    ENDED,
    /** Details: {@code suspendedOn}, {@code holdDays}. */
    HOLD_PERIOD_PASSED,
    // Package messages: queries between a provider and its council, on the package (entity care_package).
    /** Details: {@code queryId}, {@code queryType}, {@code status}, {@code provider}; never the subject or a message's text. */
    QUERY_RAISED,
    QUERY_REPLIED,
    QUERY_CLOSED,
    // Visit actuals
    VISIT_RECORDED,
    VISITS_IMPORTED,
    PAYMENT_SCHEDULE_BUILT,
    PAYMENT_LINE_APPROVED,
    PAYMENT_LINE_ADJUSTED,
    PAYMENT_SCHEDULE_FINALISED,
    PAYMENT_CORRECTION_ADDED,
    // Urgency and escalation
    ESCALATED,
    DUTY_CHANGED,
    // Quality gates (#17): ratings imports (no council), gate settings, suspensions, and providers the cascade skipped
    /** Details: {@code regulator}, {@code fileSha256}, {@code new}, {@code changed}, {@code withdrawn}. */
    RATINGS_IMPORTED,
    /** Details: {@code before}, {@code after}. */
    PROVIDER_GATES_CHANGED,
    /** Details: {@code provider}, {@code reason}. */
    PROVIDER_SUSPENDED,
    /** Details: {@code provider}, {@code reason}. */
    PROVIDER_SUSPENSION_LIFTED,
    /** On the package: details {@code provider}, {@code stage}, {@code gate} and the gate's facts; nothing about the person. */
    PROVIDER_SKIPPED,
    // Compliance records (docs/compliance-documents.md): entity compliance_document or monitoring_visit.
    /** Details: {@code type}, {@code mediaType}, {@code sizeBytes}, {@code expiresOn}, {@code supersedes}. */
    COMPLIANCE_DOCUMENT_UPLOADED,
    /** Details: {@code type}, {@code provider}. */
    COMPLIANCE_DOCUMENT_VERIFIED,
    /** Details: {@code type}, {@code provider}; never the reason's text. */
    COMPLIANCE_DOCUMENT_REJECTED,
    /** Details: {@code provider}, {@code visitedOn}, {@code actions}. */
    MONITORING_VISIT_RECORDED,
    /** Details: {@code actionId}, {@code number}. */
    MONITORING_ACTION_DONE,
    /** A person's equality answers recorded with consent. Details: {@code consentFrom}, {@code answered} (the questions answered, never the answers). */
    EQUALITY_RECORDED,
    /** A person's equality answers withdrawn (erased). No details. */
    EQUALITY_WITHDRAWN,
    /** The equality monitoring report read. Details: {@code from}, {@code to}, {@code format}. */
    EQUALITY_REPORT_VIEWED,
    // Outcomes over time (docs/outcomes.md): entity kpi_snapshot, outcome_note or report_subscription.
    /** Details: {@code month}, {@code figures}, {@code onDemand}. */
    KPI_SNAPSHOT_TAKEN,
    /** Details: {@code fromMonth}, {@code toMonth}, {@code length}; never the note's text. */
    OUTCOME_NOTE_ADDED,
    /** Details: {@code report}, {@code recipient}. */
    REPORT_SUBSCRIBED,
    /** Details: {@code report}, {@code recipient}. */
    REPORT_UNSUBSCRIBED,
    /** Details: {@code lot}, {@code pricePercent}, {@code qualityPercent}, {@code performancePercent}, {@code continuityPercent}. */
    SCORING_WEIGHTS_CHANGED;

    /** The action stored under {@code name}, if it is one of these. */
    public static Optional<AuditAction> of(String name) {
        return Arrays.stream(values()).filter(action -> action.name().equals(name)).findFirst();
    }
}
