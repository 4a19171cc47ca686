package uk.homecare.portal.ui.payments;

import java.time.LocalDate;
import java.util.UUID;

/** A schedule to build; its properties are named like {@link uk.homecare.portal.api.payments.PaymentScheduleForm}'s. */
public class BuildDraft {

    private UUID providerId;
    private LocalDate periodStart;

    public UUID getProviderId() {
        return providerId;
    }

    public void setProviderId(UUID providerId) {
        this.providerId = providerId;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(LocalDate periodStart) {
        this.periodStart = periodStart;
    }
}
