package uk.homecare.portal.ui.capacity;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import uk.homecare.portal.api.kpis.AwardGrouping;
import uk.homecare.portal.api.kpis.DeclineCount;
import uk.homecare.portal.api.kpis.KpiReport;
import uk.homecare.portal.api.kpis.TimeToAward;
import uk.homecare.portal.api.kpis.WaitingBand;
import uk.homecare.portal.ui.capacity.KpiTables.Row;

/** One report's tables and charts, in the page's words: hours and minutes as hours, shares as percentages. */
final class KpiSections {

    private final Component view;
    private final KpiReport report;

    KpiSections(Component view, KpiReport report) {
        this.view = view;
        this.report = report;
    }

    private String t(String key, Object... parameters) {
        return view.getTranslation(key, parameters);
    }

    /** "37.5 h" from minutes. */
    String hours(long minutes) {
        return t("capacity.hours", Figures.number(BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP)));
    }

    /** "75%" of a whole, or "n/a" when the whole is none. */
    String percent(long part, long whole) {
        return whole == 0 ? t("kpis.notApplicable")
                : t("kpis.percent", Figures.number(BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP)));
    }

    private Grid<Row> table(String id, String labelKey, List<String> headers, List<Row> rows) {
        Grid<Row> grid = KpiTables.grid(view, id, t(labelKey), headers);
        grid.setItems(rows);
        return grid;
    }

    private Grid<Row> measures(String id, String labelKey, List<Row> rows) {
        return table(id, labelKey, List.of(t("kpis.measure"), t("kpis.value")), rows);
    }

    Grid<Row> summary() {
        var b = report.brokerage();
        int declined = report.declines().stream().mapToInt(DeclineCount::offers).sum();
        return measures("kpis-summary", "kpis.summary.title", List.of(
                Row.of(t("kpis.published"), Figures.number(b.published())),
                Row.of(t("kpis.awarded"), Figures.number(b.awarded())),
                Row.of(t("kpis.primary"), t("kpis.primary.value", Figures.number(b.awardedToPrimary()), percent(b.awardedToPrimary(), b.awarded()))),
                Row.of(t("kpis.handBacks"), t("kpis.handBacks.value", Figures.number(b.handBacks()), hours(b.handBackWeeklyMinutes()))),
                Row.of(t("kpis.declined"), Figures.number(declined))));
    }

    String group(TimeToAward time) {
        String key = "kpis.group." + time.group();
        String text = t(key);
        return text.equals(key) || text.startsWith("!") ? time.by().name() + ": " + time.group() : text;
    }

    Grid<Row> timeToAward() {
        List<Row> rows = report.timeToAward().stream().map(time -> Row.of(group(time), Figures.number(time.awards()),
                hours(time.medianMinutes()), hours(time.p90Minutes()))).toList();
        return table("kpis-time", "kpis.time.title", List.of(t("kpis.time.group"), t("kpis.time.awards"), t("kpis.time.median"),
                t("kpis.time.p90")), rows);
    }

    Component timeChart() {
        List<TimeToAward> times = report.timeToAward();
        if (times.isEmpty()) {
            var none = new Paragraph(t("kpis.time.none"));
            none.setId("kpis-time-none");
            return none;
        }
        TimeToAward all = times.stream().filter(time -> time.by() == AwardGrouping.ALL).findFirst().orElse(times.getFirst());
        String summary = t("kpis.time.chart.summary", all.awards(), hours(all.medianMinutes()), hours(all.p90Minutes()));
        String median = t("kpis.time.median");
        String p90 = t("kpis.time.p90");
        var text = new SvgCharts.Text("kpis-time-chart", t("kpis.time.chart.title"), t("kpis.time.group"), t("kpis.hoursAxis"), summary);
        List<String> groups = times.stream().map(this::group).toList();
        String svg = SvgCharts.bars(text, groups, List.of(
                new SvgCharts.Series(median, times.stream().map(time -> Figures.hours(time.medianMinutes())).toList()),
                new SvgCharts.Series(p90, times.stream().map(time -> Figures.hours(time.p90Minutes())).toList())));
        List<List<String>> rows = times.stream().map(time -> List.of(group(time), Figures.number(time.awards()),
                hours(time.medianMinutes()), hours(time.p90Minutes()))).toList();
        return new ChartFigure(svg, text, List.of(t("kpis.time.group"), t("kpis.time.awards"), median, p90), rows);
    }

    Grid<Row> waiting() {
        List<Row> rows = report.waiting().stream().map(band -> Row.of(t("kpis.band." + band.band().name()),
                Figures.number(band.unallocatedPackages()), hours(band.unallocatedWeeklyMinutes()),
                Figures.number(band.inCascadePackages()), hours(band.inCascadeWeeklyMinutes()))).toList();
        return table("kpis-waiting", "kpis.waiting.title", waitingHeaders(), rows);
    }

    private List<String> waitingHeaders() {
        return List.of(t("kpis.waiting.band"), t("kpis.waiting.unallocated"), t("kpis.waiting.unallocatedHours"),
                t("kpis.waiting.inCascade"), t("kpis.waiting.inCascadeHours"));
    }

    Component waitingChart() {
        List<WaitingBand> bands = report.waiting();
        int unallocated = bands.stream().mapToInt(WaitingBand::unallocatedPackages).sum();
        int unallocatedMinutes = bands.stream().mapToInt(WaitingBand::unallocatedWeeklyMinutes).sum();
        int offered = bands.stream().mapToInt(WaitingBand::inCascadePackages).sum();
        int offeredMinutes = bands.stream().mapToInt(WaitingBand::inCascadeWeeklyMinutes).sum();
        String summary = t("kpis.waiting.chart.summary", unallocated, hours(unallocatedMinutes), offered, hours(offeredMinutes));
        var text = new SvgCharts.Text("kpis-waiting-chart", t("kpis.waiting.chart.title"), t("kpis.waiting.band"), t("kpis.packages"), summary);
        List<String> names = bands.stream().map(band -> t("kpis.band." + band.band().name())).toList();
        String svg = SvgCharts.bars(text, names, List.of(
                new SvgCharts.Series(t("kpis.waiting.unallocated"), bands.stream().map(WaitingBand::unallocatedPackages).toList()),
                new SvgCharts.Series(t("kpis.waiting.inCascade"), bands.stream().map(WaitingBand::inCascadePackages).toList())));
        List<List<String>> rows = bands.stream().map(band -> List.of(t("kpis.band." + band.band().name()),
                Figures.number(band.unallocatedPackages()), hours(band.unallocatedWeeklyMinutes()),
                Figures.number(band.inCascadePackages()), hours(band.inCascadeWeeklyMinutes()))).toList();
        return new ChartFigure(svg, text, waitingHeaders(), rows);
    }

    Grid<Row> declines() {
        List<Row> rows = report.declines().stream().map(decline -> Row.of(t("offer.decline.reason." + decline.reason().name()),
                Figures.number(decline.offers()))).toList();
        return table("kpis-declines", "kpis.declines.title", List.of(t("kpis.declines.reason"), t("kpis.declines.offers")), rows);
    }

    Grid<Row> visits() {
        var v = report.shortVisits();
        return measures("kpis-visits", "kpis.visits.title", List.of(
                Row.of(t("kpis.visits.commissioned"), Figures.number(v.commissionedWeeklyVisits())),
                Row.of(t("kpis.visits.commissionedShort"), t("kpis.count.share", Figures.number(v.commissionedWeeklyVisitsUnder30()),
                        percent(v.commissionedWeeklyVisitsUnder30(), v.commissionedWeeklyVisits()))),
                Row.of(t("kpis.visits.delivered"), Figures.number(v.deliveredVisits())),
                Row.of(t("kpis.visits.plannedShort"), t("kpis.count.share", Figures.number(v.plannedUnder30()),
                        percent(v.plannedUnder30(), v.deliveredVisits()))),
                Row.of(t("kpis.visits.lastedShort"), t("kpis.count.share", Figures.number(v.lastedUnder30()),
                        percent(v.lastedUnder30(), v.deliveredVisits())))));
    }

    Grid<Row> delivery() {
        var d = report.delivery();
        return measures("kpis-delivery", "kpis.delivery.title", List.of(
                Row.of(t("kpis.delivery.commissioned"), hours(d.commissionedMinutes())),
                Row.of(t("kpis.delivery.planned"), hours(d.plannedMinutes())),
                Row.of(t("kpis.delivery.delivered"), hours(d.deliveredMinutes())),
                Row.of(t("kpis.delivery.share"), percent(d.deliveredMinutes(), d.commissionedMinutes())),
                Row.of(t("kpis.delivery.visits"), Figures.number(d.visitsRecorded())),
                Row.of(t("kpis.delivery.missed"), Figures.number(d.visitsMissed()))));
    }

    Grid<Row> chc() {
        var c = report.chc();
        return measures("kpis-chc", "kpis.chc.title", List.of(
                Row.of(t("kpis.chc.required"), hours(c.requiredWeeklyMinutes())),
                Row.of(t("kpis.chc.commissioned"), t("kpis.chc.packages", hours(c.commissionedWeeklyMinutes()), c.commissionedPackages())),
                Row.of(t("kpis.chc.share"), percent(c.commissionedWeeklyMinutes(), c.requiredWeeklyMinutes())),
                Row.of(t("kpis.chc.waiting"), t("kpis.chc.packages", hours(c.waitingWeeklyMinutes()), c.waitingPackages()))));
    }

    Component capacity() {
        if (report.capacityReporting().isEmpty()) {
            var none = new Paragraph(t("kpis.capacity.none"));
            none.setId("kpis-capacity-none");
            return none;
        }
        List<Row> rows = report.capacityReporting().stream().map(week -> Row.of(Figures.day(view, week.weekStarts()),
                Figures.number(week.expected()), Figures.number(week.reported()), percent(week.reported(), week.expected()))).toList();
        return table("kpis-capacity", "kpis.capacity.title", List.of(t("kpis.capacity.week"), t("kpis.capacity.expected"),
                t("kpis.capacity.reported"), t("kpis.capacity.share")), rows);
    }
}
