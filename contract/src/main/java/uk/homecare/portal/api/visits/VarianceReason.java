package uk.homecare.portal.api.visits;

/** Why a visit was missed, or differed from its plan by more than the tolerance ({@link VisitForm#TOLERANCE_MINUTES}). */
public enum VarianceReason {
    PERSON_UNAVAILABLE,
    PERSON_IN_HOSPITAL,
    PERSON_DECLINED,
    CARER_UNAVAILABLE,
    TRAVEL_DELAY,
    EMERGENCY_AT_VISIT,
    CARE_NEEDS_CHANGED,
    OTHER
}
