package uk.homecare.portal.ui.reference;

import java.util.UUID;
import uk.homecare.portal.api.reference.Lot;
import uk.homecare.portal.api.reference.LotForm;
import uk.homecare.portal.api.reference.LotKind;
import uk.homecare.portal.api.reference.ServiceCategory;

/** A lot being created or changed; its properties are named like {@link LotForm}'s fields. */
public class LotDraft {

    private UUID id;
    private String name;
    private LotKind kind = LotKind.ZONE;
    private UUID zoneId;
    private ServiceCategory serviceCategory;
    private Integer minWeeklyMinutes;
    private Integer maxWeeklyMinutes;
    private boolean priceCompetition;
    private Integer version;

    static LotDraft of(Lot lot) {
        var draft = new LotDraft();
        draft.id = lot.id();
        draft.name = lot.name();
        draft.kind = lot.kind();
        draft.zoneId = lot.zoneId();
        draft.serviceCategory = lot.serviceCategory();
        draft.minWeeklyMinutes = lot.minWeeklyMinutes();
        draft.maxWeeklyMinutes = lot.maxWeeklyMinutes();
        draft.priceCompetition = lot.priceCompetition();
        draft.version = lot.version();
        return draft;
    }

    LotForm toForm() {
        return new LotForm(
                name,
                kind,
                kind == LotKind.ZONE ? zoneId : null,
                serviceCategory,
                minWeeklyMinutes,
                maxWeeklyMinutes,
                priceCompetition,
                version);
    }

    UUID id() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LotKind getKind() {
        return kind;
    }

    public void setKind(LotKind kind) {
        this.kind = kind;
    }

    public UUID getZoneId() {
        return zoneId;
    }

    public void setZoneId(UUID zoneId) {
        this.zoneId = zoneId;
    }

    public ServiceCategory getServiceCategory() {
        return serviceCategory;
    }

    public void setServiceCategory(ServiceCategory serviceCategory) {
        this.serviceCategory = serviceCategory;
    }

    public Integer getMinWeeklyMinutes() {
        return minWeeklyMinutes;
    }

    public void setMinWeeklyMinutes(Integer minWeeklyMinutes) {
        this.minWeeklyMinutes = minWeeklyMinutes;
    }

    public Integer getMaxWeeklyMinutes() {
        return maxWeeklyMinutes;
    }

    public void setMaxWeeklyMinutes(Integer maxWeeklyMinutes) {
        this.maxWeeklyMinutes = maxWeeklyMinutes;
    }

    public boolean isPriceCompetition() {
        return priceCompetition;
    }

    public void setPriceCompetition(boolean priceCompetition) {
        this.priceCompetition = priceCompetition;
    }
}
