package org.talentsim.report;

/** The unit of a metric for an axis label, from its name (docs/METRICS.md). */
final class Units {
    private Units() {}

    static String of(String metric) {
        String m = metric.substring(metric.lastIndexOf('.') + 1);
        if (m.contains("salary") || m.contains("payroll") || m.equals("spend") || m.contains("sign_ons")
                || m.contains("equity") || m.contains("clawed") || m.contains("unvested_end") || m.contains("budget")
                || m.equals("acquisitions")) {
            return "(USD)";
        }
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
}
