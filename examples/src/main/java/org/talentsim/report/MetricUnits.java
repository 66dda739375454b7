package org.talentsim.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.talentsim.experiment.StandardMetrics;

/**
 * The units of the metrics an experiment's table shows, in a line under it: an annual payroll
 * at the end beside a spend summed over the run read as a contradiction ("payroll falls 31.5M but
 * spend only 9.9M"), and the units were only in comparison.csv (a strategist's review).
 */
final class MetricUnits {
    private MetricUnits() {}

    /**
     * "Units: USD a year, at the run's end: payroll_end; USD summed over the run: spend; …" for the
     * standard metrics among {@code metrics}, each kind named once (a lab's {@code L.kind} by its
     * kind); null when none has a unit (an experiment's own metrics only).
     */
    static String line(Collection<String> metrics) {
        return line(metrics, false);
    }

    /**
     * As {@link #line(Collection)}; with {@code modelUnits} money is in the scenario's own units,
     * not dollars (bm1's experiment said "USD a year" of a mean salary of 0.915, under a chart whose
     * axis said the scenario's units: a student's review).
     */
    static String line(Collection<String> metrics, boolean modelUnits) {
        Map<String, Set<String>> byUnit = new LinkedHashMap<>();
        for (String m : metrics) {
            String unit = StandardMetrics.unit(m);
            if (unit.isEmpty()) {
                continue;
            }
            int dot = m.lastIndexOf('.');
            String kind = m.startsWith("market.") ? (m.startsWith("market.flow.") ? "market.flow.A>B" : m) : m.substring(dot + 1);
            String w = words(unit, kind);
            if (modelUnits && w.startsWith("USD")) {
                w = "the scenario's units" + w.substring(3);
            }
            byUnit.computeIfAbsent(w, k -> new LinkedHashSet<>()).add(kind);
        }
        if (byUnit.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        byUnit.forEach((unit, kinds) -> parts.add(unit + ": " + String.join(", ", kinds)));
        return "Units: " + String.join("; ", parts) + ".";
    }

    /** The unit {@code unit} of metric kind {@code kind} in words. */
    private static String words(String unit, String kind) {
        switch (unit) {
            case "USD/year":
                return "USD a year, at the run's end";
            case "USD":
                return kind.equals("unvested_end") ? "USD, a balance at the run's end" : "USD summed over the run";
            case "researchers/month":
                return "researchers a month";
            case "share":
                return "a share (0.9 = 90%)";
            case "0 to 1":
                return "a scale of 0 to 1";
            case "per month":
                return "a share a month";
            case "index":
                return "the scenario's capability index";
            case "researchers":
                return kind.endsWith("_start") || kind.endsWith("_end") ? "researchers, at the run's start or end"
                        : "researchers over the run";
            default:
                return unit;
        }
    }
}
