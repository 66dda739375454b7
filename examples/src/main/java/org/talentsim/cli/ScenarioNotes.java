package org.talentsim.cli;

import java.util.List;
import org.talentsim.scenario.Scenario;

/**
 * What `check`, `run` and the experiment commands say of a scenario they accept but whose numbers
 * look like a slip: {@link Scenario#notes()}, and for an experiment each cell's or arm's.
 */
final class ScenarioNotes {
    private ScenarioNotes() {}

    /**
     * The notes of an experiment's cells (or arms): each cell's scenario (the base with the
     * experiment's and the cell's overrides), its notes said once when every cell has them, else
     * prefixed with the cells that do ("cell labs[Alpha].budget=2.5: ..."). A sweep of an event's
     * date past the run's end, or of a budget without its unit, ran those cells silently (found by
     * a scenario author's review).
     */
    static List<String> of(org.talentsim.experiment.Experiment e) {
        Scenario base;
        try {
            base = org.talentsim.io.ScenarioFiles.parse(e.base().text(), e.base().file());
        } catch (RuntimeException x) {
            return List.of();   // a scenario of the program's own types (a library caller's): no notes
        }
        java.util.Map<String, List<String>> cellsOf = new java.util.LinkedHashMap<>();
        for (org.talentsim.experiment.Experiment.Cell cell : e.cells()) {
            List<String> all = new java.util.ArrayList<>(e.overrides());
            all.addAll(cell.overrides());
            Scenario s;
            try {
                s = org.talentsim.experiment.Overrides.parse(all).applyTo(base);
            } catch (RuntimeException x) {
                continue;   // the experiment's own checks say what is wrong with it
            }
            for (String note : of(s)) {
                cellsOf.computeIfAbsent(note, k -> new java.util.ArrayList<>()).add(cell.label());
            }
        }
        String kind = e.isComparison() ? "arm" : "cell";
        List<String> out = new java.util.ArrayList<>();
        String nothing = " changes nothing (factor 1, delta 0: give factor or delta)";
        cellsOf.forEach((note, cells) -> out.add(cells.size() == e.cells().size() ? note
                : kind + (cells.size() == 1 ? " " : "s ") + String.join(", ", cells) + ": "
                // an event only some arms leave without effect is their doing, not a slip ("give factor or
                // delta" read as an error of an arm meant to turn Llama 4 off: a strategist's review)
                + (note.endsWith(nothing) ? note.substring(0, note.length() - nothing.length()) + " does nothing there (factor 1,"
                        + " delta 0): the " + kind + (cells.size() == 1 ? "'s" : "s'") + " overrides turn it off" : note)));
        return out;
    }

    static List<String> of(Scenario s) {
        return s.notes();
    }
}
