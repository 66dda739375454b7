package org.talentsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.statistics.BoxAndWhiskerCategoryDataset;
import org.jfree.data.statistics.MultiValueCategoryDataset;
import org.junit.jupiter.api.Test;

/**
 * The box plots of an experiment's spread over runs (found by a student's review): JFreeChart's
 * box renderer drew each outlier half a circle above its value and pushed close ones apart (xAI's
 * 30, below its box of 33.5 to 35.75, sat on the box), and left Meta's 206 cut off at the plot's
 * top; lab names were broken inside a word ("Anthropi" / "c").
 */
class BoxPlotTest {
    static final Map<String, List<Double>> POACHED_IN = new LinkedHashMap<>();

    static {
        POACHED_IN.put("AMI Labs", List.of(2.0, 3.0, 3.0, 4.0, 4.0, 4.0, 5.0, 5.0, 3.0, 4.0));
        POACHED_IN.put("Anthropic", List.of(100.0, 103.0, 108.0, 110.0, 112.0, 112.0, 115.0, 116.0, 120.0, 123.0));
        POACHED_IN.put("Apple", List.of(22.0, 23.0, 23.0, 25.0, 25.0, 27.0, 27.0, 27.0, 33.0, 35.0));
        POACHED_IN.put("DeepSeek", List.of(2.0, 5.0, 6.0, 6.0, 7.0, 8.0, 9.0, 10.0, 10.0, 6.0));
        POACHED_IN.put("Google DeepMind", List.of(159.0, 170.0, 172.0, 178.0, 180.0, 180.0, 182.0, 184.0, 190.0, 198.0));
        POACHED_IN.put("Meta", List.of(158.0, 175.0, 177.0, 179.0, 179.0, 180.0, 180.0, 182.0, 189.0, 206.0));
        POACHED_IN.put("OpenAI", List.of(126.0, 130.0, 134.0, 136.0, 137.0, 138.0, 140.0, 146.0, 150.0, 159.0));
        POACHED_IN.put("xAI", List.of(30.0, 32.0, 33.0, 35.0, 35.0, 35.0, 35.0, 36.0, 38.0, 39.0));
    }

    @Test
    void outliersAreDrawnAtTheirValuesInsideTheAxisAndNamesAreWhole() {
        JFreeChart c = ExperimentCharts.boxes("poached_in over 10 runs", "lab (or the market)", "poached_in (researchers)", POACHED_IN);
        CategoryPlot p = (CategoryPlot) c.getPlot();
        BoxAndWhiskerCategoryDataset boxes = (BoxAndWhiskerCategoryDataset) p.getDataset(0);
        MultiValueCategoryDataset dots = (MultiValueCategoryDataset) p.getDataset(1);
        assertTrue(p.getRenderer(1) instanceof org.jfree.chart.renderer.category.ScatterRenderer, "points at their values");
        for (int k = 0; k < boxes.getColumnCount(); k++) {
            assertTrue(boxes.getOutliers(0, k).isEmpty(), "the box renderer draws no outlier of its own");
        }
        assertEquals(List.of(30.0), dots.getValues(0, dots.getColumnIndex("xAI")));
        assertEquals(List.of(158.0, 189.0, 206.0), dots.getValues(0, dots.getColumnIndex("Meta")));
        assertEquals(List.of(33.0, 35.0), dots.getValues(0, dots.getColumnIndex("Apple")));
        assertEquals(List.of(), dots.getValues(0, dots.getColumnIndex("OpenAI")));
        assertEquals(35.75, boxes.getQ3Value(0, boxes.getColumnIndex("xAI")).doubleValue(), 1e-12);
        assertEquals(32.0, boxes.getMinRegularValue(0, boxes.getColumnIndex("xAI")).doubleValue(), "the whisker stops at 32");
        assertTrue(p.getRangeAxis().getUpperBound() > 206, "Meta's 206 inside the axis: " + p.getRangeAxis().getRange());
        assertEquals(org.jfree.chart.axis.CategoryLabelPositions.UP_45, p.getDomainAxis().getCategoryLabelPositions(),
                "eight names with 'Anthropic' and 'DeepMind' do not fit flat: slanted, whole");
        Map<String, List<Double>> two = new LinkedHashMap<>();
        two.put("Meta", POACHED_IN.get("Meta"));
        two.put("market", POACHED_IN.get("OpenAI"));
        CategoryPlot q = (CategoryPlot) ExperimentCharts.boxes("t", "x", "y", two).getPlot();
        assertEquals(org.jfree.chart.axis.CategoryLabelPositions.STANDARD, q.getDomainAxis().getCategoryLabelPositions(),
                "two short names stay flat");
    }

    /**
     * Labs far apart in size on one axis: each box a line (boxes of a few people beside labs of
     * thousands; a strategist's review). Then each lab's runs less its own median, which its name
     * gives; labs of like size keep their levels.
     */
    @Test
    void labsFarApartInSizeAreDrawnAboutTheirOwnMedians() {
        java.util.Map<String, java.util.List<Double>> by = new java.util.LinkedHashMap<>();
        by.put("Big", java.util.List.of(4780.0, 4790.0, 4800.0, 4810.0, 4820.0));
        by.put("Small", java.util.List.of(10.0, 12.0, 14.0, 15.0, 19.0));
        java.util.Map<String, java.util.List<Double>> c = ExperimentReport.centred(by);
        assertEquals(java.util.List.of("Big (median 4800)", "Small (median 14)"), java.util.List.copyOf(c.keySet()));
        assertEquals(java.util.List.of(-20.0, -10.0, 0.0, 10.0, 20.0), c.get("Big (median 4800)"));
        assertEquals(java.util.List.of(-4.0, -2.0, 0.0, 1.0, 5.0), c.get("Small (median 14)"));
        java.util.Map<String, java.util.List<Double>> like = new java.util.LinkedHashMap<>();
        like.put("A", java.util.List.of(100.0, 120.0, 140.0));
        like.put("B", java.util.List.of(150.0, 170.0, 190.0));
        org.junit.jupiter.api.Assertions.assertNull(ExperimentReport.centred(like), "boxes that show on their common axis");
    }
}
