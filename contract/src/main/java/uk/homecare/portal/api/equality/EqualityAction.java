package uk.homecare.portal.api.equality;

/** What the caller may do with a person's equality answers now: record (or change) them, withdraw them (when recorded). */
public enum EqualityAction {
    RECORD,
    WITHDRAW
}
