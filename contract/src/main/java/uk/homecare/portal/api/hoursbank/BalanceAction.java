package uk.homecare.portal.api.hoursbank;

/** What the caller may do with a person's hours bank now: book a session from it. */
public enum BalanceAction {
    BOOK
}
