package uk.homecare.portal.ui.council;

import uk.homecare.portal.api.brokerage.OpenStageRule;
import uk.homecare.portal.api.council.CouncilSettings;

/** The council's settings being edited; its properties are named like {@link CouncilSettings}'s fields, where the API's errors land. */
public class SettingsDraft {

    private Integer minVisitMinutes;
    private Integer primaryWindowMinutes;
    private Integer secondaryWindowMinutes;
    private Integer openWindowMinutes;
    private OpenStageRule openStageRule;
    private Integer handBackNoticeDays;
    private Integer hospitalHoldDays;
    private Integer routineWindowHours;
    private Integer urgentWindowHours;
    private Integer fastTrackWindowHours;
    private String language;
    private boolean mfaRequired;
    private String emailSenderName;
    private int version;
    private Integer variationResponseDays;

    static SettingsDraft of(CouncilSettings settings) {
        var draft = new SettingsDraft();
        draft.minVisitMinutes = settings.minVisitMinutes();
        draft.primaryWindowMinutes = settings.primaryWindowMinutes();
        draft.secondaryWindowMinutes = settings.secondaryWindowMinutes();
        draft.openWindowMinutes = settings.openWindowMinutes();
        draft.openStageRule = settings.openStageRule();
        draft.handBackNoticeDays = settings.handBackNoticeDays();
        draft.language = settings.language();
        draft.mfaRequired = Boolean.TRUE.equals(settings.mfaRequired());
        draft.emailSenderName = settings.emailSenderName();
        draft.version = settings.version();
        draft.variationResponseDays = settings.variationResponseDays();
        draft.hospitalHoldDays = settings.hospitalHoldDays();
        draft.routineWindowHours = settings.routineWindowHours();
        draft.urgentWindowHours = settings.urgentWindowHours();
        draft.fastTrackWindowHours = settings.fastTrackWindowHours();
        return draft;
    }

    CouncilSettings toSettings() {
        return new CouncilSettings(minVisitMinutes, primaryWindowMinutes, secondaryWindowMinutes, openWindowMinutes, openStageRule,
                handBackNoticeDays, language, mfaRequired, emailSenderName == null ? null : emailSenderName.strip(), version,
                variationResponseDays, hospitalHoldDays, routineWindowHours, urgentWindowHours, fastTrackWindowHours);
    }

    public Integer getRoutineWindowHours() {
        return routineWindowHours;
    }

    public void setRoutineWindowHours(Integer routineWindowHours) {
        this.routineWindowHours = routineWindowHours;
    }

    public Integer getUrgentWindowHours() {
        return urgentWindowHours;
    }

    public void setUrgentWindowHours(Integer urgentWindowHours) {
        this.urgentWindowHours = urgentWindowHours;
    }

    public Integer getFastTrackWindowHours() {
        return fastTrackWindowHours;
    }

    public void setFastTrackWindowHours(Integer fastTrackWindowHours) {
        this.fastTrackWindowHours = fastTrackWindowHours;
    }

    public Integer getHospitalHoldDays() {
        return hospitalHoldDays;
    }

    public void setHospitalHoldDays(Integer hospitalHoldDays) {
        this.hospitalHoldDays = hospitalHoldDays;
    }

    public Integer getMinVisitMinutes() {
        return minVisitMinutes;
    }

    public void setMinVisitMinutes(Integer minVisitMinutes) {
        this.minVisitMinutes = minVisitMinutes;
    }

    public Integer getPrimaryWindowMinutes() {
        return primaryWindowMinutes;
    }

    public void setPrimaryWindowMinutes(Integer primaryWindowMinutes) {
        this.primaryWindowMinutes = primaryWindowMinutes;
    }

    public Integer getSecondaryWindowMinutes() {
        return secondaryWindowMinutes;
    }

    public void setSecondaryWindowMinutes(Integer secondaryWindowMinutes) {
        this.secondaryWindowMinutes = secondaryWindowMinutes;
    }

    public Integer getOpenWindowMinutes() {
        return openWindowMinutes;
    }

    public void setOpenWindowMinutes(Integer openWindowMinutes) {
        this.openWindowMinutes = openWindowMinutes;
    }

    public OpenStageRule getOpenStageRule() {
        return openStageRule;
    }

    public void setOpenStageRule(OpenStageRule openStageRule) {
        this.openStageRule = openStageRule;
    }

    public Integer getHandBackNoticeDays() {
        return handBackNoticeDays;
    }

    public void setHandBackNoticeDays(Integer handBackNoticeDays) {
        this.handBackNoticeDays = handBackNoticeDays;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public boolean isMfaRequired() {
        return mfaRequired;
    }

    public void setMfaRequired(boolean mfaRequired) {
        this.mfaRequired = mfaRequired;
    }

    public String getEmailSenderName() {
        return emailSenderName;
    }

    public void setEmailSenderName(String emailSenderName) {
        this.emailSenderName = emailSenderName;
    }

    public Integer getVariationResponseDays() {
        return variationResponseDays;
    }

    public void setVariationResponseDays(Integer variationResponseDays) {
        this.variationResponseDays = variationResponseDays;
    }
}
