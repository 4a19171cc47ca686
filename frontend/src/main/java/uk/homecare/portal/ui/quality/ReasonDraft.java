package uk.homecare.portal.ui.quality;

/** Why a commissioner suspends a provider or lifts its suspension, as the form edits it. */
public class ReasonDraft {

    private String reason = "";

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason == null ? "" : reason;
    }
}
