package uk.homecare.portal.ui.brokerage;

/** A reason being written, bound as {@code reason} so that the API's error on that field lands on it. */
public class ReasonDraft {

    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
