package uk.homecare.portal.ui.capacity;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.Stroke;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Charts drawn on the server with JFreeChart into SVG markup (JFreeSVG), safe to put into the page:
 * lines for trends, bars for comparing zones. Each picture carries its summary as its {@code <title>};
 * series differ in colour and in line pattern or order, and every chart is shown with its numbers as a
 * table too. The texts come in already translated.
 */
final class SvgCharts {

    static final int WIDTH = 720;
    static final int HEIGHT = 360;
    /** Up to this many categories are labelled level; more are slanted. */
    static final int LEVEL_LABELS = 6;
    /** Dark enough to read on white; told apart by dashes and shapes as well as colour. */
    private static final Color[] COLOURS = {new Color(0x1A, 0x5F, 0xB4), new Color(0xB3, 0x40, 0x00), new Color(0x2E, 0x7D, 0x32)};
    private static final Stroke[] STROKES = {
        new BasicStroke(2.5f),
        new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 5f}, 0f),
        new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {2f, 4f}, 0f)
    };

    /** What a chart says: its id in the page, title, axis names, and a sentence saying what it shows. */
    record Text(String id, String title, String categoryAxis, String valueAxis, String summary) {}

    /** One named series, a value for each category. */
    record Series(String name, List<? extends Number> values) {}

    static {
        // rotated labels (the value axis) as SVG text rather than outlines, so they can be read and found
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private SvgCharts() {}

    /** A line for each series across the categories (weeks, months). */
    static String lines(Text text, List<String> categories, List<Series> series) {
        JFreeChart chart = ChartFactory.createLineChart(text.title(), text.categoryAxis(), text.valueAxis(), dataset(categories, series));
        var renderer = (LineAndShapeRenderer) chart.getCategoryPlot().getRenderer();
        renderer.setDefaultShapesVisible(true);
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, COLOURS[i % COLOURS.length]);
            renderer.setSeriesStroke(i, STROKES[i % STROKES.length]);
        }
        return draw(chart, text);
    }

    /** Bars side by side, one for each series in each category (zones). */
    static String bars(Text text, List<String> categories, List<Series> series) {
        JFreeChart chart = ChartFactory.createBarChart(text.title(), text.categoryAxis(), text.valueAxis(), dataset(categories, series));
        var renderer = (BarRenderer) chart.getCategoryPlot().getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, COLOURS[i % COLOURS.length]);
        }
        return draw(chart, text);
    }

    private static DefaultCategoryDataset dataset(List<String> categories, List<Series> series) {
        var dataset = new DefaultCategoryDataset();
        for (Series one : series) {
            for (int i = 0; i < categories.size(); i++) {
                dataset.addValue(i < one.values().size() ? one.values().get(i) : null, one.name(), categories.get(i));
            }
        }
        return dataset;
    }

    private static String draw(JFreeChart chart, Text text) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setTitle(new TextTitle(text.title(), new Font(Font.SANS_SERIF, Font.BOLD, 16)));
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.GRAY);
        plot.setOutlineVisible(false);
        if (plot.getCategories().size() > LEVEL_LABELS) {
            // a dozen weeks or months side by side do not fit level: slanted, each label is read whole
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        var values = (NumberAxis) plot.getRangeAxis();
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        values.setAutoRangeIncludesZero(true);
        var svg = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(svg, new Rectangle(0, 0, WIDTH, HEIGHT));
        String markup = svg.getSVGElement(text.id(), false, new ViewBox(0, 0, WIDTH, HEIGHT),
                PreserveAspectRatio.XMID_YMID, MeetOrSlice.MEET);
        return SafeSvg.clean(markup, text.summary());
    }
}
