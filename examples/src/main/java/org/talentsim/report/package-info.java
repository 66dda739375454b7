/**
 * The HTML report of a result folder ({@code report.html}): charts drawn with JFreeChart into
 * inline SVG (JFreeSVG), tables, and a small template with every user text escaped. It reads
 * only the result files (CSV, JSON), so {@code talentsim report DIR} redraws the report of any
 * folder {@code run} or an experiment wrote. Imports the library's exported packages, Jackson
 * (through the library), JFreeChart and JFreeSVG; the library itself never draws.
 */
package org.talentsim.report;
