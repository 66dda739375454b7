package org.talentsim.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.talentsim.metrics.Summary;

/**
 * The per-lab table {@code run} prints, whose columns add up: start + hires + poached in +
 * acquired in − poached out − acquired out − quits − layoffs − exits + other = end, the people
 * coming in first and those going out after, in the order of the report's summary table (a
 * student matching the two found them in different orders). "other" is what the named columns
 * do not count: a founder leaving to found a lab (−1 for the lab he leaves, +1 for the one he
 * founds) or a team moved between labs; the report gives it as other in and other out. Then
 * capability at the end. The acqui-hires' two columns are left out of a run without one.
 */
final class SummaryTable {
    static final String[] HEADER = {"lab", "start", "hires", "poached in", "acquired in", "poached out",
        "acquired out", "quits", "layoffs", "exits", "other", "end", "capability"};
    static final String FOOTER = "start + hires + poached in + acquired in - poached out - acquired out - quits - layoffs"
            + " - exits + other = end (other: founders leaving to found a lab, teams moved between labs; the report splits it"
            + " into in and out)";

    /** {@link #FOOTER} for a run in which no lab acquired anyone (the table without those columns). */
    static final String FOOTER_NO_ACQUIRED = FOOTER.replace(" + acquired in", "").replace(" - acquired out", "");

    private SummaryTable() {}

    /** A row of {@link #HEADER}'s columns without "acquired in" and "acquired out". */
    private static String[] withoutAcquired(String[] row) {
        String[] out = new String[row.length - 2];
        int k = 0;
        for (int c = 0; c < row.length; c++) {
            if (c != 4 && c != 6) {
                out[k++] = row[c];
            }
        }
        return out;
    }

    static String format(Summary s) {
        return format(s, java.util.Map.of());
    }

    /**
     * The table, the capability of each lab an acqui-hire closed ({@code closed}: lab → the month it
     * closed) marked with a star and a line under the footer, as the report's summary table marks it
     * (Surf's 92.2 stood unmarked in the terminal, with no one left: a student's review).
     */
    static String format(Summary s, java.util.Map<String, String> closed) {
        // the acqui-hires' columns only where one bought people: two columns of zeros made the
        // flagship's table 130 characters wide (a student's review)
        boolean acquired = s.labs().stream().anyMatch(l -> l.acquiredIn() != 0 || l.acquiredOut() != 0);
        List<String[]> rows = new ArrayList<>();
        rows.add(acquired ? HEADER : withoutAcquired(HEADER));
        List<String> notes = new ArrayList<>();
        for (Summary.LabSummary l : s.labs()) {
            String cap = String.format(Locale.ROOT, "%.1f", l.capabilityEnd());
            String when = closed.get(l.lab());
            if (when != null) {
                cap += "*";
                notes.add(l.lab() + " closed in " + when);
            }
            String[] row = {l.lab(), Integer.toString(l.headcountStart()), Integer.toString(l.hires()),
                Integer.toString(l.poachedIn()), Integer.toString(l.acquiredIn()), Integer.toString(l.poachedOut()),
                Integer.toString(l.acquiredOut()), Integer.toString(l.quits()), Integer.toString(l.layoffs()),
                Integer.toString(l.exits()), Integer.toString(other(l)), Integer.toString(l.headcountEnd()), cap};
            rows.add(acquired ? row : withoutAcquired(row));
        }
        // visa exits happen out of work, after a lab is left: in no lab's exits, and said nowhere on
        // the terminal ("exits 18" read as the hundred visa exits mass-layoff promised: a student's review)
        Integer visa = s.market().movesByReason().get("VISA_EXIT");
        String visaLine = visa == null || visa == 0 ? "" : "Visa exits: " + visa + " researcher" + (visa == 1 ? "" : "s")
                + " on work visas left the market, out of work past their grace period (in no lab's exits: they had no job)\n";
        return TextTable.format(rows, c -> c > 0) + (acquired ? FOOTER : FOOTER_NO_ACQUIRED) + "\n" + visaLine + (notes.isEmpty() ? ""
                : "* " + String.join("; ", notes) + " (bought in an acqui-hire): the capability of a lab with no one left only wears"
                + " off after its closing\n");
    }

    /** The labs {@code s}'s acqui-hires close, each with the month of its first closing ("2025-09"). */
    static java.util.Map<String, String> closed(org.talentsim.scenario.Scenario s) {
        java.util.Map<String, Integer> first = new java.util.HashMap<>();
        for (org.talentsim.scenario.EventSpec e : s.events()) {
            if (e instanceof org.talentsim.scenario.EventSpec.AcquiHire a && a.closeSeller() && a.tick() >= 1 && a.tick() <= s.ticks()) {
                first.merge(a.fromLab(), a.tick(), Math::min);
            }
        }
        java.util.Map<String, String> out = new java.util.HashMap<>();
        first.forEach((lab, tick) -> out.put(lab, s.tickUnit().label(s.start(), tick)));
        return out;
    }

    /** What the named columns leave out of the change in headcount. */
    static int other(Summary.LabSummary l) {
        return l.headcountEnd() - (l.headcountStart() + l.hires() + l.poachedIn() - l.poachedOut() + l.acquiredIn()
                - l.acquiredOut() - l.quits() - l.layoffs() - l.exits());
    }
}
