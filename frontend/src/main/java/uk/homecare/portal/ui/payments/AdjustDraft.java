package uk.homecare.portal.ui.payments;

/** A line's adjustment; its properties are named like {@link uk.homecare.portal.api.payments.LineAdjustment}'s. */
public class AdjustDraft {

    private Integer paidMinutes;
    private Integer hourlyRatePence;
    private String reason;

    public Integer getPaidMinutes() {
        return paidMinutes;
    }

    public void setPaidMinutes(Integer paidMinutes) {
        this.paidMinutes = paidMinutes;
    }

    public Integer getHourlyRatePence() {
        return hourlyRatePence;
    }

    public void setHourlyRatePence(Integer hourlyRatePence) {
        this.hourlyRatePence = hourlyRatePence;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
