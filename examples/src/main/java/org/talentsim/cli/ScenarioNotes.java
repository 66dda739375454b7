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
        // the grace clock counts whole ticks: cells of other visaGraceDays but the same ticks run one rule
        // (by tick unit too: a sweep of tick as well put weekly and monthly cells together)
        // unit ("month", "week") -> ticks -> days -> cells
        java.util.Map<String, java.util.TreeMap<Integer, java.util.TreeMap<Integer, List<String>>>> sameClock = new java.util.TreeMap<>();
        // arms' lengths: their totals (hires, spend, quits) cover other spans
        java.util.Map<String, List<String>> lengths = new java.util.LinkedHashMap<>();
        List<java.time.LocalDate> ends = new java.util.ArrayList<>();
        for (org.talentsim.experiment.Experiment.Cell cell : e.cells()) {
            List<String> all = new java.util.ArrayList<>(e.overrides());
            all.addAll(cell.overrides());
            Scenario s;
            try {
                s = org.talentsim.experiment.Overrides.parse(all).applyTo(base);
            } catch (RuntimeException x) {
                continue;   // the experiment's own checks say what is wrong with it
            }
            boolean weeks = s.tickUnit() == org.talentsim.model.TickUnit.WEEK;
            lengths.computeIfAbsent(s.ticks() + " " + (weeks ? "weeks" : "months"), k -> new java.util.ArrayList<>()).add(cell.label());
            java.time.LocalDate from = s.start().atDay(1);
            ends.add(weeks ? from.plusWeeks(s.ticks()) : from.plusMonths(s.ticks()));
            int days = s.market().visaGraceDays();
            int ticks = graceTicks(days, s.tickUnit());
            String per = s.tickUnit() == org.talentsim.model.TickUnit.WEEK ? "week" : "month";
            sameClock.computeIfAbsent(per, k -> new java.util.TreeMap<>()).computeIfAbsent(ticks, k -> new java.util.TreeMap<>())
                    .computeIfAbsent(days, k -> new java.util.ArrayList<>()).add(cell.label());
            List<String> notes = new java.util.ArrayList<>(of(s));
            notes.addAll(overridden(base, s));
            for (String note : notes) {
                cellsOf.computeIfAbsent(note, k -> new java.util.ArrayList<>()).add(cell.label());
            }
        }
        String kind = e.isComparison() ? "arm" : "cell";
        List<String> out = new java.util.ArrayList<>();
        if (e.isComparison()) {
            // arms whose names differ only in case share nothing but a reader's confusion (labs' and
            // teams' names so are noted: a reliability review)
            java.util.Map<String, List<String>> byLower = new java.util.LinkedHashMap<>();
            for (org.talentsim.experiment.Experiment.Cell cell : e.cells()) {
                byLower.computeIfAbsent(cell.label().toLowerCase(java.util.Locale.ROOT), k -> new java.util.ArrayList<>())
                        .add(cell.label());
            }
            byLower.values().stream().filter(names -> names.size() > 1).forEach(names -> out.add("arms '" + String.join("' and '",
                    names) + "' differ only in case: runs.csv and comparison.csv tell them apart, a reader of the results (and"
                    + " the chart files' names, --png) may not; give them names that differ to the eye"));
        }
        sameClock.forEach((per, byTicks) -> byTicks.forEach((ticks, byDays) -> {
            if (byDays.size() > 1) {
                // 31, 45 and 60 days all gave 2 months, 1 and 30 one: a sweep of them showed the
                // same results without a word (a strategist's review)
                List<String> which = new java.util.ArrayList<>();
                byDays.forEach((d, cells) -> which.add(d + " (" + String.join(", ", cells) + ")"));
                out.add("market.visaGraceDays " + String.join(", ", which) + " are all " + ticks + " " + per
                        + (ticks == 1 ? "" : "s") + ": the grace clock counts whole " + per + "s, rounded up, so these " + kind
                        + "s run the same rule" + (per.equals("month") ? " (tick: week counts weeks)" : ""));
            }
        }));
        // the same span in other ticks (4 months, 17 weeks) is no other length: within a week
        boolean otherSpans = !ends.isEmpty() && java.time.temporal.ChronoUnit.DAYS.between(
                ends.stream().min(java.util.Comparator.naturalOrder()).get(), ends.stream().max(java.util.Comparator.naturalOrder()).get()) > 7;
        if (e.isComparison() && lengths.size() > 1 && otherSpans) {
            // 12 months' spend set against the baseline's 24, with p-values, without a word (a strategist's review)
            List<String> which = new java.util.ArrayList<>();
            lengths.forEach((length, cells) -> which.add(String.join(", ", cells) + " " + length));
            out.add("the arms run for other lengths (" + String.join("; ", which) + "): their totals (hires, quits, spend, flows)"
                    + " cover other spans, so their differences mix the arm's effect with the length; compare end values or"
                    + " per-month rates");
        }
                String nothing = " changes nothing (factor 1, delta 0: give factor or delta)";
        cellsOf.forEach((note, cells) -> out.add(cells.size() == e.cells().size() ? note
                : kind + (cells.size() == 1 ? " " : "s ") + String.join(", ", cells) + ": "
                // an event only some arms leave without effect is their doing, not a slip ("give factor or
                // delta" read as an error of an arm meant to turn Llama 4 off: a strategist's review)
                + (note.endsWith(nothing) ? note.substring(0, note.length() - nothing.length()) + " does nothing there (factor 1,"
                        + " delta 0): the " + kind + (cells.size() == 1 ? "'s" : "s'") + " overrides turn it off" : note)));
        return out;
    }

    /** The grace clock's ticks for {@code days}, as the kernel counts them (docs/MODEL.md: ceil(days / 365 · ticks a year)). */
    static int graceTicks(int days, org.talentsim.model.TickUnit unit) {
        return (int) Math.ceil(days / 365.0 * unit.ticksPerYear() - 1e-9);
    }

    static List<String> of(Scenario s) {
        return s.notes();
    }

    /** The notes of {@code s}, the scenario of file {@code bytes} with {@code overrides}: its own, and those of {@link #overridden}. */
    static List<String> of(Scenario s, byte[] bytes, String file, List<String> overrides) {
        if (overrides.isEmpty()) {
            return s.notes();
        }
        List<String> out = new java.util.ArrayList<>(s.notes());
        out.addAll(overridden(org.talentsim.io.ScenarioFiles.parse(bytes, file), s));
        return out;
    }

    /**
     * What overrides change that an event of the scenario sets again: a team's target or pay level
     * that a hiring spree sets, its leader fit that a leader change sets. {@code base} is the
     * scenario as its file has it, {@code s} with the overrides. An arm setting TBD Lab's pay level,
     * which the June spree sets again, came out "the same as the baseline in every replication"
     * without a word (a strategist's review).
     */
    static List<String> overridden(Scenario base, Scenario s) {
        List<String> out = new java.util.ArrayList<>();
        for (org.talentsim.scenario.EventSpec e : s.events()) {
            if (e.tick() > s.ticks()) {
                continue;
            }
            if (e instanceof org.talentsim.scenario.EventSpec.HiringSpree h) {
                org.talentsim.scenario.TeamSpec now = team(s, h.lab(), h.team());
                org.talentsim.scenario.TeamSpec was = team(base, h.lab(), h.team());
                if (now != null && was != null && now.target() != was.target()) {
                    out.add(setAgain(s, e, h.lab(), h.team(), "target", num(now.target()), num(h.target())));
                }
                if (now != null && was != null && !Double.isNaN(h.payLevel()) && now.payLevel() != was.payLevel()) {
                    out.add(setAgain(s, e, h.lab(), h.team(), "payLevel", num(now.payLevel()), num(h.payLevel())));
                }
            } else if (e instanceof org.talentsim.scenario.EventSpec.LeaderChange c && c.team() != null) {
                org.talentsim.scenario.TeamSpec now = team(s, c.lab(), c.team());
                org.talentsim.scenario.TeamSpec was = team(base, c.lab(), c.team());
                if (now != null && was != null && now.leaderFit() != was.leaderFit()) {
                    out.add(setAgain(s, e, c.lab(), c.team(), "leaderFit", num(now.leaderFit()), num(c.leaderFit())));
                }
            }
        }
        return out;
    }

    private static String setAgain(Scenario s, org.talentsim.scenario.EventSpec e, String lab, String team, String field, String value,
            String set) {
        String event = "the " + e.type().name() + " event" + (e.id() == null ? "" : " '" + e.id() + "'") + " of "
                + s.tickUnit().label(s.start(), e.tick());
        return "labs[" + lab + "].teams[" + team + "]." + field + " is " + value + " here, but " + event + " sets it to " + set
                + (e.tick() <= 1 ? ", in the run's first month: the change does nothing" : ": the change holds only before then");
    }

    private static org.talentsim.scenario.TeamSpec team(Scenario s, String lab, String team) {
        for (org.talentsim.scenario.LabSpec l : s.labs()) {
            if (l.name().equals(lab)) {
                for (org.talentsim.scenario.TeamSpec t : l.teams()) {
                    if (t.name().equals(team)) {
                        return t;
                    }
                }
            }
        }
        return null;
    }

    private static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
                : java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
