package uk.homecare.portal.ui.payments;

/** A correction; its properties are named like {@link uk.homecare.portal.api.payments.CorrectionForm}'s. */
public class CorrectionDraft {

    private Long amountPence;
    private String reason;

    public Long getAmountPence() {
        return amountPence;
    }

    public void setAmountPence(Long amountPence) {
        this.amountPence = amountPence;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
