package org.talentsim.report;

/** The unit of a metric for an axis label, from its name (docs/METRICS.md). */
final class Units {
    private Units() {}

    static String of(String metric) {
        return of(metric, false);
    }

    /**
     * As {@link #of(String)}; with {@code modelUnits} money is in the scenario's own units, not
     * dollars (a pay scale of 300 or less: bm1's experiment charts said "mean_salary_end (USD)").
     */
    static String of(String metric, boolean modelUnits) {
        if (isMoney(metric)) {
            // a rate a year (pay, payroll, budget), a sum over the run (spend, sign-ons, vested
            // equity, claw-backs, acquisitions) or a stock (unvested equity): "(USD)" said none of
            // it beside a two-year spend (a strategist's review)
            String m = metric.substring(metric.lastIndexOf('.') + 1);
            String unit = modelUnits ? "the scenario's units" : "USD";
            return m.contains("salary") || m.contains("payroll") || m.contains("budget") ? "(" + unit + " per year)"
                    : m.contains("unvested") ? "(" + unit + ")" : "(" + unit + " over the run)";
        }
        String m = metric.substring(metric.lastIndexOf('.') + 1);
        if (m.contains("retention") || m.contains("unemployment") || m.contains("leaving") || m.contains("share")) {
            return "(share)";
        }
        if (m.contains("morale")) {
            return "(0 to 1)";
        }
        if (m.contains("capability")) {
            return "(index)";
        }
        if (m.contains("per_month")) {
            return "(researchers per month)";
        }
        return "(researchers)";
    }

    /** Whether {@code metric} is an amount of money. */
    static boolean isMoney(String metric) {
        String m = metric.substring(metric.lastIndexOf('.') + 1);
        return m.contains("salary") || m.contains("payroll") || m.equals("spend") || m.equals("committed") || m.contains("sign_ons")
                || m.contains("equity") || m.contains("clawed") || m.contains("unvested_end") || m.contains("budget")
                || m.equals("acquisitions");
    }

    /**
     * Whether the runs of {@code runs} (runs.csv) pay in the scenario's own units: some lab's mean
     * pay at the end is positive and none reaches 1,000 a year (as {@link RunReport#modelUnits}
     * decides when the scenario is unknown).
     */
    static boolean modelUnits(Csv runs) {
        double most = 0;
        java.util.List<String> header = runs.header();
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c);
            if (name.endsWith(".mean_salary_end") || name.equals("mean_salary_end")) {
                for (String[] r : runs.rows()) {
                    double v = runs.num(r, c);
                    most = Double.isFinite(v) ? Math.max(most, v) : most;
                }
            }
        }
        return ownUnits(most);
    }

    /**
     * Whether a run whose highest mean pay is {@code most} pays in the scenario's own units: some
     * pay, and none reaching 1,000 a year (the one rule of run and experiment reports when the
     * scenario's pay scale is unknown).
     */
    static boolean ownUnits(double most) {
        return most > 0 && most < 1000;
    }
}
