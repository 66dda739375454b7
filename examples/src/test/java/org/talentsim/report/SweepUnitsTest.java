package org.talentsim.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * A sweep's values on one axis in one unit: 0.05/month, 1/year and 0.1/month were drawn at 0.05,
 * 1 and 0.1 under "(/month)", the 1/year twelve times too far right; money with k, M and B alike.
 */
class SweepUnitsTest {
    @Test
    void ratesAreConvertedToTheFirstValuesUnit() {
        double[] v = {0.05, 1, 0.1};
        assertEquals("/month", ExperimentReport.oneUnit(v, new String[] {"/month", "/year", "/month"}));
        assertArrayEquals(new double[] {0.05, 1.0 / 12, 0.1}, v, 1e-12);
    }

    @Test
    void moneyIsPutInDollars() {
        double[] v = {400, 1.2, 2};
        assertEquals("USD", ExperimentReport.oneUnit(v, new String[] {"k", "M", "B"}));
        assertArrayEquals(new double[] {4e5, 1.2e6, 2e9}, v, 1e-3);
    }

    @Test
    void oneUnitIsKeptAndUnitsThatDoNotConvertGiveCategories() {
        double[] same = {1, 2};
        assertEquals("/year", ExperimentReport.oneUnit(same, new String[] {"/year", "/year"}));
        assertArrayEquals(new double[] {1, 2}, same);
        assertNull(ExperimentReport.oneUnit(new double[] {1, 2}, new String[] {"/year", "k"}));
    }

    /** An axis of a metric that is always 0 read 0, 0, −0: a tick a rounding error below zero is 0. */
    @Test
    void aTickJustBelowZeroReadsZero() {
        java.text.NumberFormat f = Charts.shortNumbers();
        assertEquals("0", f.format(-1e-17));
        assertEquals("0", f.format(-0.0));
        assertEquals("\u22121.5", f.format(-1.5));
        assertEquals("$0", Charts.money().format(-1e-12));
    }

    /**
     * A run beyond 2 IQR is drawn as a circle inside the axis's range (JFreeChart's calculator
     * left such "far outs" out of the range, as a mark on the plot's edge; found by a reviewer).
     */
    @Test
    void everyOutlierOfABoxIsInsideItsRange() {
        java.util.List<Double> v = java.util.List.of(185.0, 190.0, 192.0, 193.0, 194.0, 195.0, 196.0, 197.0, 199.0, 260.0, 120.0);
        org.jfree.data.statistics.BoxAndWhiskerItem b = ExperimentCharts.box(v);
        assertEquals(260.0, b.getMaxOutlier().doubleValue());
        assertEquals(120.0, b.getMinOutlier().doubleValue());
        assertEquals(2, b.getOutliers().size());
        org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset ds = new org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset();
        ds.add(b, "runs", "Meta");
        assertEquals(120.0, ds.getRangeLowerBound(false));
        assertEquals(260.0, ds.getRangeUpperBound(false));
    }

    /**
     * A box's quartiles are the fan charts' and the CSVs' (type 7, R's default): JFreeChart's
     * calculator has its own rule (Q1 of 1..8 is 2.5 there, 2.75 in R), so a box and a fan of the
     * same runs disagreed (found by a statistician's review).
     */
    @Test
    void aBoxHasTypeSevenQuartilesAndWhiskersWithinOneAndAHalfIqr() {
        java.util.List<Double> v = java.util.List.of(8.0, 1.0, 7.0, 2.0, 6.0, 3.0, 5.0, 4.0, Double.NaN);
        org.jfree.data.statistics.BoxAndWhiskerItem b = ExperimentCharts.box(v);
        assertEquals(2.75, b.getQ1().doubleValue(), 1e-12);   // R: quantile(1:8, 0.25)
        assertEquals(4.5, b.getMedian().doubleValue(), 1e-12);
        assertEquals(6.25, b.getQ3().doubleValue(), 1e-12);
        assertEquals(4.5, b.getMean().doubleValue(), 1e-12);
        assertEquals(1.0, b.getMinRegularValue().doubleValue());
        assertEquals(8.0, b.getMaxRegularValue().doubleValue());
        assertEquals(0, b.getOutliers().size());
        // 30 lies beyond Q3 + 1.5 IQR: an outlier, and the whisker stops at the largest value within
        java.util.List<Double> w = java.util.List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 30.0);
        org.jfree.data.statistics.BoxAndWhiskerItem c = ExperimentCharts.box(w);
        assertEquals(java.util.List.of(30.0), c.getOutliers());
        assertEquals(7.0, c.getMaxRegularValue().doubleValue());
    }
}
