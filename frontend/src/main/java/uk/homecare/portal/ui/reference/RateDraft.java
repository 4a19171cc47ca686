package uk.homecare.portal.ui.reference;

import java.time.LocalDate;
import java.util.UUID;
import uk.homecare.portal.api.reference.Rate;
import uk.homecare.portal.api.reference.RateForm;
import uk.homecare.portal.api.reference.ServiceType;

/** A rate being created or changed; its properties are named like {@link RateForm}'s fields. */
public class RateDraft {

    private UUID id;
    private ServiceType serviceType;
    private Integer hourlyRatePence;
    private Integer floorPence;
    private Integer ceilingPence;
    private LocalDate effectiveFrom;
    private Integer version;

    static RateDraft of(Rate rate) {
        var draft = new RateDraft();
        draft.id = rate.id();
        draft.serviceType = rate.serviceType();
        draft.hourlyRatePence = rate.hourlyRatePence();
        draft.floorPence = rate.floorPence();
        draft.ceilingPence = rate.ceilingPence();
        draft.effectiveFrom = rate.effectiveFrom();
        draft.version = rate.version();
        return draft;
    }

    RateForm toForm() {
        return new RateForm(serviceType, hourlyRatePence, floorPence, ceilingPence, effectiveFrom, version);
    }

    UUID id() {
        return id;
    }

    public ServiceType getServiceType() {
        return serviceType;
    }

    public void setServiceType(ServiceType serviceType) {
        this.serviceType = serviceType;
    }

    public Integer getHourlyRatePence() {
        return hourlyRatePence;
    }

    public void setHourlyRatePence(Integer hourlyRatePence) {
        this.hourlyRatePence = hourlyRatePence;
    }

    public Integer getFloorPence() {
        return floorPence;
    }

    public void setFloorPence(Integer floorPence) {
        this.floorPence = floorPence;
    }

    public Integer getCeilingPence() {
        return ceilingPence;
    }

    public void setCeilingPence(Integer ceilingPence) {
        this.ceilingPence = ceilingPence;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }
}
