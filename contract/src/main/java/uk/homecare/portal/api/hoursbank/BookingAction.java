package uk.homecare.portal.api.hoursbank;

/** What the caller may do with a booked session now: change or cancel it (the person, a carer), record it delivered (its provider). */
public enum BookingAction {
    CHANGE,
    CANCEL,
    RECORD_DELIVERY
}
