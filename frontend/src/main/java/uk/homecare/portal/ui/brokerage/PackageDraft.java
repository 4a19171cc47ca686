package uk.homecare.portal.ui.brokerage;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.Funding;
import uk.homecare.portal.api.brokerage.MatchingNeed;
import uk.homecare.portal.api.brokerage.PackageForm;
import uk.homecare.portal.api.brokerage.PersonDetails;
import uk.homecare.portal.api.brokerage.ScheduledVisit;
import uk.homecare.portal.api.brokerage.TimeOfDay;
import uk.homecare.portal.api.brokerage.Urgency;
import uk.homecare.portal.api.brokerage.VisitPattern;

/**
 * A package being drafted. Its properties carry the last part of each {@link PackageForm} field path
 * ({@code visitPattern.visitMinutes} is {@code visitMinutes}, {@code person.nhsNumber} is
 * {@code nhsNumber}), which is where the API's field errors are placed.
 */
public class PackageDraft {

    private UUID zoneId;
    private UUID lotId;
    private Funding funding = Funding.COUNCIL;
    private Urgency urgency = Urgency.ROUTINE;
    private Integer weeklyMinutes;
    private Integer visitsPerDay;
    private Integer visitMinutes;
    private Set<TimeOfDay> timesOfDay = EnumSet.noneOf(TimeOfDay.class);
    private boolean outOfHours;
    private boolean doubleHanded;
    private List<ScheduledVisit> schedule = List.of();
    private Set<MatchingNeed> matchingNeeds = EnumSet.noneOf(MatchingNeed.class);
    private LocalDate startDate;
    private String needsSummary;
    private String givenName;
    private String familyName;
    private LocalDate dateOfBirth;
    private String nhsNumber;
    private String addressLine;
    private String postcode;

    /** A draft read back from the API, to edit it in the same form. */
    static PackageDraft of(CarePackage p) {
        var draft = new PackageDraft();
        draft.zoneId = p.zone().id();
        draft.lotId = p.lot().id();
        draft.funding = p.funding();
        draft.urgency = p.urgency();
        draft.weeklyMinutes = p.weeklyMinutes();
        draft.visitsPerDay = p.visitPattern().visitsPerDay();
        draft.visitMinutes = p.visitPattern().visitMinutes();
        draft.timesOfDay = p.visitPattern().timesOfDay().isEmpty() ? EnumSet.noneOf(TimeOfDay.class) : EnumSet.copyOf(p.visitPattern().timesOfDay());
        draft.outOfHours = p.visitPattern().outOfHours();
        draft.doubleHanded = p.visitPattern().doubleHanded();
        draft.startDate = p.startDate();
        draft.needsSummary = p.needsSummary();
        draft.schedule = p.schedule();
        draft.matchingNeeds = p.matchingNeeds().isEmpty() ? EnumSet.noneOf(MatchingNeed.class) : EnumSet.copyOf(p.matchingNeeds());
        PersonDetails person = p.person();
        if (person != null) {
            draft.givenName = person.givenName();
            draft.familyName = person.familyName();
            draft.dateOfBirth = person.dateOfBirth();
            draft.nhsNumber = person.nhsNumber();
            draft.addressLine = person.addressLine();
            draft.postcode = person.postcode();
        }
        return draft;
    }

    PackageForm toForm() {
        List<TimeOfDay> times = timesOfDay == null ? List.of() : timesOfDay.stream().sorted().toList();
        return new PackageForm(
                zoneId,
                lotId,
                funding,
                weeklyMinutes,
                new VisitPattern(visitsPerDay, visitMinutes, times, outOfHours, doubleHanded),
                startDate,
                needsSummary,
                new PersonDetails(givenName, familyName, dateOfBirth, blankToNull(nhsNumber), addressLine, postcode),
                schedule == null || schedule.isEmpty() ? null : schedule,
                matchingNeeds == null || matchingNeeds.isEmpty() ? null : Set.copyOf(matchingNeeds),
                urgency == Urgency.ROUTINE ? null : urgency);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.replace(" ", "");
    }

    public UUID getZoneId() {
        return zoneId;
    }

    public void setZoneId(UUID zoneId) {
        this.zoneId = zoneId;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public void setUrgency(Urgency urgency) {
        this.urgency = urgency;
    }

    public UUID getLotId() {
        return lotId;
    }

    public void setLotId(UUID lotId) {
        this.lotId = lotId;
    }

    public Funding getFunding() {
        return funding;
    }

    public void setFunding(Funding funding) {
        this.funding = funding;
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

    public List<ScheduledVisit> getSchedule() {
        return schedule;
    }

    public void setSchedule(List<ScheduledVisit> schedule) {
        this.schedule = schedule;
    }

    public Set<MatchingNeed> getMatchingNeeds() {
        return matchingNeeds;
    }

    public void setMatchingNeeds(Set<MatchingNeed> matchingNeeds) {
        this.matchingNeeds = matchingNeeds;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public String getNeedsSummary() {
        return needsSummary;
    }

    public void setNeedsSummary(String needsSummary) {
        this.needsSummary = needsSummary;
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getNhsNumber() {
        return nhsNumber;
    }

    public void setNhsNumber(String nhsNumber) {
        this.nhsNumber = nhsNumber;
    }

    public String getAddressLine() {
        return addressLine;
    }

    public void setAddressLine(String addressLine) {
        this.addressLine = addressLine;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }
}
