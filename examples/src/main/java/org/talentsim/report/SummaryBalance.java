package org.talentsim.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The summary table of a run, whose columns add up: start + hires + poached in (+ acquired in +
 * other in) − poached out (− acquired out) − quits − laid off − exits (− other out) = end. The
 * flows are counted from {@code moves.csv} (rows whose lab changes); start, end and capability
 * come from {@code summary.json}. "Other" holds foundings (a founder leaving, the new lab's first
 * member) and teams moved between labs; the acquisition and "other" columns appear only when
 * some lab has them.
 */
final class SummaryBalance {
    static final Set<String> NAMED_IN = Set.of("HIRED", "POACHED", "ACQUIRED");
    static final Set<String> NAMED_OUT = Set.of("POACHED", "ACQUIRED", "QUIT", "LAID_OFF", "EXITED", "VISA_EXIT");

    private SummaryBalance() {}

    /** One lab's row: the columns, as numbers, in {@link #header} order (all of them). */
    record Row(String lab, int start, int hires, int poachedIn, int acquiredIn, int otherIn, int poachedOut,
            int acquiredOut, int quits, int laidOff, int exits, int otherOut, int end, double capability) {
        /** start plus what came in minus what went out. */
        int balance() {
            return start + hires + poachedIn + acquiredIn + otherIn - poachedOut - acquiredOut - quits - laidOff - exits
                    - otherOut;
        }
    }

    static List<Row> rows(RunData d) {
        List<Row> out = new ArrayList<>();
        for (String lab : d.labs) {
            JsonNode s = d.labSummary(lab);
            int otherIn = 0;
            int otherOut = 0;
            for (var e : d.balance.getOrDefault(lab, java.util.Map.of()).entrySet()) {
                String key = e.getKey();
                if (key.startsWith("in:") && !NAMED_IN.contains(key.substring(3))) {
                    otherIn += e.getValue();
                } else if (key.startsWith("out:") && !NAMED_OUT.contains(key.substring(4))) {
                    otherOut += e.getValue();
                }
            }
            out.add(new Row(lab, s.path("headcount_start").asInt(), d.moved(lab, true, "HIRED"), d.moved(lab, true, "POACHED"),
                    d.moved(lab, true, "ACQUIRED"), otherIn, d.moved(lab, false, "POACHED"), d.moved(lab, false, "ACQUIRED"),
                    d.moved(lab, false, "QUIT"), d.moved(lab, false, "LAID_OFF"),
                    d.moved(lab, false, "EXITED") + d.moved(lab, false, "VISA_EXIT"), otherOut, s.path("headcount_end").asInt(),
                    s.path("capability_end").asDouble(Double.NaN)));
        }
        return out;
    }

    /**
     * The summary table of {@code d} into {@code h}, the labs an acqui-hire closed ({@code closed}:
     * lab → tick) marked: the capability index of a closed lab, no longer drawn, only wears off after its
     * closing (Surf's 92.2 at the end, 97.5 when it closed, stood on no chart: a student's review).
     */
    static void table(RunData d, Html h, java.util.Map<String, Integer> closed) {
        List<Row> rows = rows(d);
        boolean acq = rows.stream().anyMatch(r -> r.acquiredIn() + r.acquiredOut() > 0);
        boolean other = rows.stream().anyMatch(r -> r.otherIn() + r.otherOut() > 0);
        List<String> header = new ArrayList<>(List.of("lab", "start", "+ hires", "+ poached in"));
        if (acq) {
            header.add("+ acquired in");
        }
        if (other) {
            header.add("+ other in");
        }
        header.addAll(List.of("\u2212 poached out"));
        if (acq) {
            header.add("\u2212 acquired out");
        }
        header.addAll(List.of("\u2212 quits", "\u2212 laid off", "\u2212 exits"));
        if (other) {
            header.add("\u2212 other out");
        }
        // capability after the balance, as the terminal's table has it: between its last term and
        // "= end" it broke the row's reading as an equation (found by a student's review)
        header.addAll(List.of("= end", "capability"));
        List<List<String>> body = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        List<String> closedNotes = new ArrayList<>();
        for (Row r : rows) {
            List<String> c = new ArrayList<>(List.of(r.lab(), Fmt.count(r.start()), Fmt.count(r.hires()), Fmt.count(r.poachedIn())));
            if (acq) {
                c.add(Fmt.count(r.acquiredIn()));
            }
            if (other) {
                c.add(Fmt.count(r.otherIn()));
            }
            c.add(Fmt.count(r.poachedOut()));
            if (acq) {
                c.add(Fmt.count(r.acquiredOut()));
            }
            c.addAll(List.of(Fmt.count(r.quits()), Fmt.count(r.laidOff()), Fmt.count(r.exits())));
            if (other) {
                c.add(Fmt.count(r.otherOut()));
            }
            c.add(Fmt.count(r.end()));
            // one decimal, as the terminal's table (the page said 86.15 where the terminal said 86.1)
            String cap = Double.isFinite(r.capability()) ? String.format(java.util.Locale.ROOT, "%.1f", r.capability()) : "\u2013";
            Integer shut = closed.get(r.lab());
            double[] series = d.lab.getOrDefault(r.lab(), java.util.Map.of()).get("capability");
            if (shut != null && shut >= 1 && shut <= d.dates.length && series != null && Double.isFinite(series[shut - 1])) {
                cap += "*";
                closedNotes.add(r.lab() + " closed in " + d.dates[shut - 1] + ", its capability then "
                        + String.format(java.util.Locale.ROOT, "%.1f", series[shut - 1]));
            }
            c.add(cap);
            body.add(c);
            if (r.balance() != r.end()) {
                wrong.add(r.lab() + ": the columns give " + r.balance() + ", the summary says " + r.end());
            }
        }
        h.raw("<div class=\"scroll\">");
        h.table("summary", header, body, c -> c > 0);
        h.raw("</div>\n");
        h.el("p", "note", "Each row adds up: start + hires + poached in" + (acq ? " + acquired in" : "") + (other ? " + other in" : "")
                + " \u2212 poached out" + (acq ? " \u2212 acquired out" : "") + " \u2212 quits \u2212 laid off \u2212 exits"
                + (other ? " \u2212 other out" : "") + " = end (counted from the rows of moves.csv whose lab changes)."
                + " Exits: left the market from the lab (retirements; visa exits happen in the job seekers' pool, after a quit"
                + " or a layoff, and are not counted against a lab)." + (other ? " Other: a founder leaving to found a lab"
                + " (and joining it), or a team moved between labs." : "") + " Capability at the end"
                + (closedNotes.isEmpty() ? "." : "; * " + String.join("; ", closedNotes) + ": the index of a lab with no one left only"
                + " wears off after (the charts stop at its closing)."));
        for (String w : wrong) {
            h.el("p", "note", "Does not add up: " + w);
        }
    }
}
