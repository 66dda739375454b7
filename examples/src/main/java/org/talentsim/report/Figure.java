package org.talentsim.report;

import org.jfree.chart.JFreeChart;

/**
 * One chart of the report: its id (the file name of {@code --png}), what its title and axes say
 * (also drawn in the chart), the one-line caption saying what to look for, and its size in
 * pixels.
 */
record Figure(String id, String title, String xLabel, String yLabel, String caption, JFreeChart chart, int width,
        int height) {
    /** Number axes the chart's code left to JFreeChart's default formats get the report's own ({@link Charts#localeFree}). */
    Figure {
        Charts.localeFree(chart);
    }
}
