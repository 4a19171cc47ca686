package uk.homecare.portal.api.hoursbank;

/** Where a booking is: booked, cancelled (hours given back) or delivered (actual minutes recorded). */
public enum BookingStatus {
    BOOKED,
    CANCELLED,
    DELIVERED
}
