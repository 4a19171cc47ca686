package uk.homecare.portal.kpis;

import java.util.ArrayList;
import java.util.List;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.api.kpis.CapacityWeek;
import uk.homecare.portal.api.kpis.DeclineCount;
import uk.homecare.portal.api.kpis.KpiReport;
import uk.homecare.portal.api.kpis.TimeToAward;
import uk.homecare.portal.api.kpis.WaitingBand;

/**
 * A report as the lines both exports write, so the CSV and the workbook hold the same figures: what the report is for,
 * then one line a figure (section, measure, grouping, group, value), numbers as whole numbers.
 */
final class KpiLines {

    static final List<String> HEADER = List.of("section", "measure", "by", "group", "value");

    /** One line: {@code value} is a {@link Long} for a figure, a {@link String} for what the report is for. */
    record Line(String section, String measure, String by, String group, Object value) {

        List<String> cells() {
            return List.of(section, measure, by, group, value.toString());
        }
    }

    private KpiLines() {}

    static List<Line> of(KpiReport report) {
        List<Line> lines = new ArrayList<>();
        about(lines, "council", report.council().name());
        about(lines, "from", report.from().toString());
        about(lines, "to_exclusive", report.to().toString());
        about(lines, "zone", name(report.zone()));
        about(lines, "lot", name(report.lot()));
        about(lines, "provider", name(report.provider()));
        about(lines, "urgency", report.urgency() == null ? "" : report.urgency().name());
        about(lines, "as_at", report.asAt().toString());
        var brokerage = report.brokerage();
        figure(lines, "brokerage", "packages_published", brokerage.published());
        figure(lines, "brokerage", "packages_awarded", brokerage.awarded());
        figure(lines, "brokerage", "awarded_to_primary_provider", brokerage.awardedToPrimary());
        figure(lines, "brokerage", "hand_backs", brokerage.handBacks());
        figure(lines, "brokerage", "hand_back_weekly_minutes", brokerage.handBackWeeklyMinutes());
        for (TimeToAward time : report.timeToAward()) {
            lines.add(new Line("time_to_award", "awards", time.by().name(), time.group(), (long) time.awards()));
            lines.add(new Line("time_to_award", "median_minutes", time.by().name(), time.group(), (long) time.medianMinutes()));
            lines.add(new Line("time_to_award", "p90_minutes", time.by().name(), time.group(), (long) time.p90Minutes()));
        }
        for (WaitingBand band : report.waiting()) {
            grouped(lines, "waiting", "unallocated_packages", "WAITED", band.band().name(), band.unallocatedPackages());
            grouped(lines, "waiting", "unallocated_weekly_minutes", "WAITED", band.band().name(), band.unallocatedWeeklyMinutes());
            grouped(lines, "waiting", "in_cascade_packages", "WAITED", band.band().name(), band.inCascadePackages());
            grouped(lines, "waiting", "in_cascade_weekly_minutes", "WAITED", band.band().name(), band.inCascadeWeeklyMinutes());
        }
        for (DeclineCount decline : report.declines()) {
            grouped(lines, "declines", "offers_declined", "REASON", decline.reason().name(), decline.offers());
        }
        var visits = report.shortVisits();
        figure(lines, "short_visits", "commissioned_weekly_visits", visits.commissionedWeeklyVisits());
        figure(lines, "short_visits", "commissioned_weekly_visits_under_30", visits.commissionedWeeklyVisitsUnder30());
        figure(lines, "short_visits", "delivered_visits", visits.deliveredVisits());
        figure(lines, "short_visits", "planned_under_30", visits.plannedUnder30());
        figure(lines, "short_visits", "lasted_under_30", visits.lastedUnder30());
        var delivery = report.delivery();
        figure(lines, "delivery", "commissioned_minutes", delivery.commissionedMinutes());
        figure(lines, "delivery", "planned_minutes", delivery.plannedMinutes());
        figure(lines, "delivery", "delivered_minutes", delivery.deliveredMinutes());
        figure(lines, "delivery", "visits_recorded", delivery.visitsRecorded());
        figure(lines, "delivery", "visits_missed", delivery.visitsMissed());
        var chc = report.chc();
        figure(lines, "chc", "required_weekly_minutes", chc.requiredWeeklyMinutes());
        figure(lines, "chc", "commissioned_weekly_minutes", chc.commissionedWeeklyMinutes());
        figure(lines, "chc", "commissioned_packages", chc.commissionedPackages());
        figure(lines, "chc", "waiting_weekly_minutes", chc.waitingWeeklyMinutes());
        figure(lines, "chc", "waiting_packages", chc.waitingPackages());
        for (CapacityWeek week : report.capacityReporting()) {
            grouped(lines, "capacity_reporting", "providers_expected", "WEEK", week.weekStarts().toString(), week.expected());
            grouped(lines, "capacity_reporting", "providers_reported", "WEEK", week.weekStarts().toString(), week.reported());
        }
        return lines;
    }

    private static String name(NamedRef ref) {
        return ref == null ? "" : ref.name();
    }

    private static void about(List<Line> lines, String measure, String value) {
        lines.add(new Line("report", measure, "", "", value));
    }

    private static void figure(List<Line> lines, String section, String measure, long value) {
        lines.add(new Line(section, measure, "", "", value));
    }

    private static void grouped(List<Line> lines, String section, String measure, String by, String group, long value) {
        lines.add(new Line(section, measure, by, group, value));
    }
}
