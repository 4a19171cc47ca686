package uk.homecare.portal.ui.brokerage;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.TimeOfDay;
import uk.homecare.portal.api.brokerage.VariationForm;
import uk.homecare.portal.api.brokerage.VisitPattern;

/**
 * A variation being proposed, starting from the terms in force. Its properties carry the last part of each
 * {@link VariationForm} field path ({@code visitPattern.visitMinutes} is {@code visitMinutes}), where the API's errors land.
 */
public class VariationDraft {

    private Integer weeklyMinutes;
    private Integer visitsPerDay;
    private Integer visitMinutes;
    private Set<TimeOfDay> timesOfDay = EnumSet.noneOf(TimeOfDay.class);
    private boolean outOfHours;
    private boolean doubleHanded;
    private LocalDate effectiveFrom;
    private String reason;

    static VariationDraft from(CarePackage p) {
        var draft = new VariationDraft();
        draft.weeklyMinutes = p.weeklyMinutes();
        draft.visitsPerDay = p.visitPattern().visitsPerDay();
        draft.visitMinutes = p.visitPattern().visitMinutes();
        draft.timesOfDay = p.visitPattern().timesOfDay().isEmpty() ? EnumSet.noneOf(TimeOfDay.class) : EnumSet.copyOf(p.visitPattern().timesOfDay());
        draft.outOfHours = p.visitPattern().outOfHours();
        draft.doubleHanded = p.visitPattern().doubleHanded();
        return draft;
    }

    VariationForm toForm() {
        List<TimeOfDay> times = timesOfDay == null ? List.of() : timesOfDay.stream().sorted().toList();
        return new VariationForm(weeklyMinutes, new VisitPattern(visitsPerDay, visitMinutes, times, outOfHours, doubleHanded),
                effectiveFrom, reason);
    }

    public Integer getWeeklyMinutes() {
        return weeklyMinutes;
    }

    public void setWeeklyMinutes(Integer weeklyMinutes) {
        this.weeklyMinutes = weeklyMinutes;
    }

    public Integer getVisitsPerDay() {
        return visitsPerDay;
    }

    public void setVisitsPerDay(Integer visitsPerDay) {
        this.visitsPerDay = visitsPerDay;
    }

    public Integer getVisitMinutes() {
        return visitMinutes;
    }

    public void setVisitMinutes(Integer visitMinutes) {
        this.visitMinutes = visitMinutes;
    }

    public Set<TimeOfDay> getTimesOfDay() {
        return timesOfDay;
    }

    public void setTimesOfDay(Set<TimeOfDay> timesOfDay) {
        this.timesOfDay = timesOfDay;
    }

    public boolean isOutOfHours() {
        return outOfHours;
    }

    public void setOutOfHours(boolean outOfHours) {
        this.outOfHours = outOfHours;
    }

    public boolean isDoubleHanded() {
        return doubleHanded;
    }

    public void setDoubleHanded(boolean doubleHanded) {
        this.doubleHanded = doubleHanded;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
