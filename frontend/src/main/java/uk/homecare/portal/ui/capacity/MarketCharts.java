package uk.homecare.portal.ui.capacity;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.function.ToIntFunction;
import uk.homecare.portal.api.capacity.MonthPoint;
import uk.homecare.portal.api.capacity.WeekPoint;
import uk.homecare.portal.api.capacity.ZoneMarket;

/**
 * The market's charts, in the page's words: capacity against demand across zones, each zone's 12-week
 * trend, and active providers month by month. Each comes with its summary and its numbers as a table.
 */
final class MarketCharts {

    private MarketCharts() {}

    static ChartFigure capacityAgainstDemand(Component view, List<ZoneMarket> zones) {
        List<String> gaps = zones.stream().filter(z -> z.gapMinutes() > 0)
                .map(z -> view.getTranslation("market.bars.gap", z.zone().name(), Figures.hours(view, z.gapMinutes())))
                .toList();
        String summary = view.getTranslation("market.bars.summary", zones.size()) + " " + (gaps.isEmpty()
                ? view.getTranslation("market.bars.noGap")
                : view.getTranslation("market.bars.gaps", String.join("; ", gaps)));
        String zone = view.getTranslation("market.zone");
        String capacity = view.getTranslation("market.series.capacity");
        String waiting = view.getTranslation("market.waiting");
        String starting = view.getTranslation("market.starting");
        var text = new SvgCharts.Text("market-bars", view.getTranslation("market.bars.title"), zone,
                view.getTranslation("chart.hoursAWeek"), summary);
        String svg = SvgCharts.bars(text, zones.stream().map(z -> z.zone().name()).toList(), List.of(
                series(capacity, zones, MarketCharts::capacity),
                series(waiting, zones, ZoneMarket::waitingMinutes),
                series(starting, zones, ZoneMarket::startingWithinFourWeeksMinutes)));
        List<List<String>> rows = zones.stream().map(z -> List.of(z.zone().name(), Figures.hours(view, capacity(z)),
                Figures.hours(view, z.waitingMinutes()), Figures.hours(view, z.startingWithinFourWeeksMinutes()),
                Figures.hours(view, z.gapMinutes()))).toList();
        return new ChartFigure(svg, text, List.of(zone, capacity, waiting, starting, view.getTranslation("market.gap")), rows);
    }

    private static int capacity(ZoneMarket zone) {
        return zone.reportedDaytimeMinutes() + zone.reportedOutOfHoursMinutes();
    }

    /** A series in hours, one value a point. */
    private static <T> SvgCharts.Series series(String name, List<T> points, ToIntFunction<T> minutes) {
        return new SvgCharts.Series(name, points.stream().map(p -> Figures.hours(minutes.applyAsInt(p))).toList());
    }

    static ChartFigure trend(Component view, ZoneMarket zone, int index) {
        List<WeekPoint> weeks = zone.trend();
        String name = zone.zone().name();
        String summary = weeks.isEmpty()
                ? view.getTranslation("market.trend.empty", name)
                : view.getTranslation("market.trend.summary", name, weeks.size(),
                        Figures.week(view, weeks.get(0).weekStarts()), Figures.week(view, weeks.get(weeks.size() - 1).weekStarts()),
                        Figures.hours(view, weeks.get(0).reportedMinutes()), Figures.hours(view, weeks.get(weeks.size() - 1).reportedMinutes()),
                        Figures.hours(view, weeks.get(0).newDemandMinutes()), Figures.hours(view, weeks.get(weeks.size() - 1).newDemandMinutes()));
        var text = new SvgCharts.Text("market-trend-" + index, view.getTranslation("market.trend.title", name),
                view.getTranslation("market.weekStarts"), view.getTranslation("chart.hoursAWeek"), summary);
        String svg = SvgCharts.lines(text, weeks.stream().map(w -> Figures.week(view, w.weekStarts())).toList(), List.of(
                series(view.getTranslation("market.series.capacity"), weeks, WeekPoint::reportedMinutes),
                series(view.getTranslation("market.series.newDemand"), weeks, WeekPoint::newDemandMinutes)));
        List<List<String>> rows = weeks.stream().map(w -> List.of(Figures.day(view, w.weekStarts()),
                Figures.hours(view, w.reportedMinutes()), Figures.hours(view, w.newDemandMinutes()))).toList();
        return new ChartFigure(svg, text, List.of(view.getTranslation("market.weekStarts"),
                view.getTranslation("market.series.capacity"), view.getTranslation("market.series.newDemand")), rows);
    }

    static ChartFigure activeProviders(Component view, List<MonthPoint> months) {
        String summary = months.isEmpty()
                ? view.getTranslation("health.chart.empty")
                : view.getTranslation("health.chart.summary", months.size(),
                        Figures.month(view, months.get(0).month()), months.get(0).activeProviders(),
                        Figures.month(view, months.get(months.size() - 1).month()), months.get(months.size() - 1).activeProviders());
        var text = new SvgCharts.Text("health-providers", view.getTranslation("health.chart.title"),
                view.getTranslation("health.month"), view.getTranslation("health.activeProviders"), summary);
        String svg = SvgCharts.lines(text, months.stream().map(m -> Figures.month(view, m.month())).toList(), List.of(
                new SvgCharts.Series(view.getTranslation("health.activeProviders"), months.stream().map(MonthPoint::activeProviders).toList())));
        List<List<String>> rows = months.stream()
                .map(m -> List.of(Figures.month(view, m.month()), String.valueOf(m.activeProviders()))).toList();
        return new ChartFigure(svg, text, List.of(view.getTranslation("health.month"), view.getTranslation("health.activeProviders")), rows);
    }
}
