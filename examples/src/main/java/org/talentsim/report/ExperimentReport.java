package org.talentsim.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report of an experiment: what ran (scenario, arms or grid, replications, seeds, the
 * manifest), then by kind — a comparison's forest plot of each arm's difference to the baseline
 * above its table; a sweep's metrics against the varied parameter with 95% CI bands; a
 * replication's spread over runs — and the summary table.
 */
final class ExperimentReport extends Page {
    private static final Pattern NUMBER = Pattern.compile("^\\s*([-+]?[0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*(\\S.*)?$");
    /** Charts at most (one per metric or metric kind); the tables hold every shown metric. */
    static final int MAX_CHARTS = 12;
    /** The metric kinds whose spread a replication's report draws first. */
    static final List<String> SPREAD_FIRST = List.of("headcount_end", "retention", "poached_in", "poached_out", "quits",
            "hires", "mean_salary_end", "capability_end", "mean_morale_end");

    private final ExperimentData d;

    ExperimentReport(ExperimentData d) {
        this.d = d;
        // by the scenario's pay scale, as the terminal's table and a run's report decide; by the pay
        // itself only where the copy cannot be read (a scale of 300, pay in thousands, of a lab paid
        // 2,481 a year was "USD" here and "the scenario's units" in the terminal: a re-check)
        org.talentsim.scenario.Scenario base = baseScenario(d);
        this.modelUnits = base != null ? RunReport.ownUnits(base.market().payScale().base()) : Units.modelUnits(d.runs);
    }

    /** Whether the runs pay in the scenario's own units, not dollars ({@link Units#modelUnits}). */
    private final boolean modelUnits;

    /**
     * The experiment's scenario: {@code scenario-copy.yaml} with the spec's overrides of every run
     * (not an arm's or a cell's); null when the copy is not there or cannot be read here.
     */
    static org.talentsim.scenario.Scenario baseScenario(ExperimentData d) {
        if (!java.nio.file.Files.isRegularFile(d.dir.resolve(org.talentsim.io.ResultWriter.SCENARIO_COPY))) {
            return null;
        }
        try {
            return parseBase(d);
        } catch (RuntimeException e) {
            return null;   // (a policy of the program that ran it)
        }
    }

    /** {@code scenario-copy.yaml} with the spec's overrides of every run; throws what reading it throws. */
    private static org.talentsim.scenario.Scenario parseBase(ExperimentData d) {
        java.nio.file.Path copy = d.dir.resolve(org.talentsim.io.ResultWriter.SCENARIO_COPY);
        List<String> global = new ArrayList<>();
        d.spec.path("overrides").forEach(n -> global.add(n.asText()));
        return org.talentsim.experiment.Overrides.parse(global).applyTo(
                org.talentsim.io.ScenarioFiles.parse(org.talentsim.io.ScenarioFiles.bytes(copy), copy.toString()));
    }

    /** The scenario's events for the time charts, read once ({@link #events()}). */
    private Events events;

    /** An event as the page numbers it. */
    record Numbered(int number, ScenarioInfo.Event event) {}

    /**
     * The events the time charts mark: {@code base}, those of the scenario's copy with the spec's
     * overrides, numbered 1, 2, …; {@code byArm}, for each arm of a comparison whose overrides
     * change events, its events, each numbered as in {@code base} where it is the same event
     * (month and description) and otherwise by a number after the base's, the same in every arm
     * that has it; {@code note} says why there are none, or null.
     */
    record Events(List<Numbered> base, Map<String, List<Numbered>> byArm, String note) {
        /** The events of cell {@code cell}. */
        List<Numbered> of(String cell) {
            return byArm.getOrDefault(cell, base);
        }

        /** The events of arm {@code arm} that are not the file's (numbered after them). */
        List<Numbered> added(String arm) {
            java.util.Set<Integer> inBase = new java.util.HashSet<>();
            base.forEach(n -> inBase.add(n.number()));
            return of(arm).stream().filter(n -> !inBase.contains(n.number())).toList();
        }

        /** The events of {@code a} and of {@code b}, each once, by month. */
        List<Numbered> either(String a, String b) {
            Map<Integer, Numbered> all = new java.util.TreeMap<>();
            for (Numbered n : of(a)) {
                all.put(n.number(), n);
            }
            for (Numbered n : of(b)) {
                all.put(n.number(), n);
            }
            List<Numbered> out = new ArrayList<>(all.values());
            out.sort(java.util.Comparator.comparingInt((Numbered n) -> n.event().tick()).thenComparingInt(Numbered::number));
            return out;
        }
    }

    /** {@link #events}, read on first use. */
    private Events events() {
        if (events == null) {
            events = readEvents(d);
        }
        return events;
    }

    /**
     * The events of the experiment's scenario ({@code scenario-copy.yaml} with the spec's
     * overrides; for a comparison's arm whose overrides name {@code events}, its own), for
     * charts whose periods are the scenario's ticks; none, with a note, when the copy cannot be
     * read, the periods are not its ticks, or a sweep varies an event (its cells' events differ).
     */
    static Events readEvents(ExperimentData d) {
        java.nio.file.Path copy = d.dir.resolve(org.talentsim.io.ResultWriter.SCENARIO_COPY);
        if (!java.nio.file.Files.isRegularFile(copy)) {
            return new Events(List.of(), Map.of(), "The scenario's copy (" + org.talentsim.io.ResultWriter.SCENARIO_COPY
                    + ") is not in the folder: its events are not marked.");
        }
        List<String> varied = d.vary.keySet().stream().filter(v -> v.strip().startsWith("events")).toList();
        if (!varied.isEmpty()) {
            // the cells ran different events: the file's would mark values no cell ran (a strategist's review)
            return new Events(List.of(), Map.of(), "The cells vary an event (" + String.join(", ", varied) + "), so their"
                    + " events differ: the charts mark none.");
        }
        try {
            org.talentsim.scenario.Scenario base = parseBase(d);
            int periods = d.paths == null ? -1 : d.pathPeriods();
            if (periods >= 0 && periods != base.ticks()) {
                return new Events(List.of(), Map.of(), "The charts' periods are not the scenario's ticks: its events are not"
                        + " marked.");
            }
            List<ScenarioInfo.Event> baseList = inRun(ScenarioInfo.of(base).events(), base.ticks());
            Map<ScenarioInfo.Event, Integer> numbers = new LinkedHashMap<>();
            List<Numbered> numbered = new ArrayList<>();
            for (ScenarioInfo.Event e : baseList) {
                numbers.putIfAbsent(e, numbers.size() + 1);
                numbered.add(new Numbered(numbers.get(e), e));
            }
            Map<String, List<Numbered>> byArm = new LinkedHashMap<>();
            d.spec.path("arms").fields().forEachRemaining(e -> {
                List<String> ov = new ArrayList<>();
                e.getValue().forEach(v -> ov.add(v.asText()));
                if (ov.stream().anyMatch(o -> o.strip().startsWith("events"))) {
                    List<Numbered> own = new ArrayList<>();
                    for (ScenarioInfo.Event ev : inRun(ScenarioInfo.of(org.talentsim.experiment.Overrides.parse(ov).applyTo(base))
                            .events(), base.ticks())) {
                        numbers.putIfAbsent(ev, numbers.size() + 1);
                        own.add(new Numbered(numbers.get(ev), ev));
                    }
                    byArm.put(e.getKey(), own);
                }
            });
            return new Events(numbered, byArm, null);
        } catch (RuntimeException e) {
            // a copy this command line cannot read (a policy of the program that ran it): no marks, said
            return new Events(List.of(), Map.of(), "The scenario's copy cannot be read here (" + String.valueOf(e.getMessage())
                    .lines().findFirst().orElse("") + "): its events are not marked.");
        }
    }

    private static List<ScenarioInfo.Event> inRun(List<ScenarioInfo.Event> all, int ticks) {
        return all.stream().filter(e -> e.tick() >= 1 && e.tick() <= ticks).toList();
    }

    /**
     * The numbered list of the events the time charts below mark; for an arm with events of its
     * own, what differs: the scenario's events it does not have, and its own.
     */
    private void eventList(Html h) {
        Events ev = events();
        if (ev.note() != null) {
            h.el("p", "note", ev.note());
        }
        if (!ev.base().isEmpty()) {
            h.el("p", "note", "The scenario's events, numbered as on the time axes of the charts below (the dashed lines):");
            list(h, ev.base());
        }
        ev.byArm().forEach((arm, own) -> {
            java.util.Set<Integer> has = new java.util.HashSet<>();
            own.forEach(n -> has.add(n.number()));
            List<Integer> lacks = ev.base().stream().map(Numbered::number).filter(n -> !has.contains(n)).toList();
            List<Numbered> added = ev.added(arm);
            if (lacks.isEmpty() && added.isEmpty()) {
                // a value the list does not show (the sentence ended at its colon: a student's review)
                h.el("p", "note", "Arm " + arm + " changes values of the scenario's events that the list does not show, not which"
                        + " events happen: its charts mark the same events.");
                return;
            }
            h.el("p", "note", "Arm " + arm + " changes the events: " + (lacks.isEmpty() ? "" : "it does not have "
                    + (lacks.size() == 1 ? "event " : "events ") + RunReport.numbers(lacks) + (added.isEmpty() ? "." : "; "))
                    + (added.isEmpty() ? "" : "it has instead the events below.") + " Its fan chart marks its own events;"
                    + " its difference to the baseline marks the events of both.");
            list(h, added);
        });
    }

    private void list(Html h, List<Numbered> list) {
        if (list.isEmpty()) {
            return;
        }
        List<String> periods = d.periods();
        h.raw("<ul class=\"events numbered\">\n");
        for (Numbered n : list) {
            h.raw("<li>").raw(Html.esc(line(n, periods))).raw("</li>\n");
        }
        h.raw("</ul>\n");
    }

    /** An event as the page and events.txt list it: "2. 2025-04  llama-4-disappoints: Meta capability ×0.9". */
    private static String line(Numbered n, List<String> periods) {
        ScenarioInfo.Event e = n.event();
        return n.number() + ". " + (e.tick() <= periods.size() ? periods.get(e.tick() - 1) + "  " : "") + e.label();
    }

    /** The events listed on the page, for {@code --png}'s {@code charts/events.txt}. */
    @Override
    String chartKey() {
        Events ev = events;
        if (ev == null || ev.base().isEmpty() && ev.byArm().isEmpty()) {
            return null;
        }
        List<String> periods = d.periods();
        StringBuilder b = new StringBuilder("The events numbered on the charts' time axes (the dashed lines), as in report.html:\n");
        ev.base().forEach(n -> b.append(line(n, periods)).append('\n'));
        for (String arm : ev.byArm().keySet()) {
            List<Numbered> added = ev.added(arm);
            if (!added.isEmpty()) {
                // every arm with events of its own, also one that shares another arm's (it was left out:
                // a docs review)
                b.append("Arm ").append(arm).append("'s own:\n");
                added.forEach(n -> b.append(line(n, periods)).append('\n'));
            }
        }
        return b.toString();
    }

    /**
     * The marks of {@code list} (by month) on time axis {@code x} (one per period): a mark per
     * month, labelled with its events' numbers as runs ("3–6", "3, 5"); months beyond {@code x} none.
     */
    static List<Charts.Mark> marks(List<Numbered> list, double[] x) {
        return marks(list, x, java.util.Set.of());
    }

    /** {@link #marks(List, double[])} with the numbers in {@code starred} written with a star ({@link RunReport#numbers(List, java.util.Set)}). */
    static List<Charts.Mark> marks(List<Numbered> list, double[] x, java.util.Set<Integer> starred) {
        List<Charts.Mark> out = new ArrayList<>();
        int k = 0;
        while (k < list.size()) {
            int tick = list.get(k).event().tick();
            List<Integer> numbers = new ArrayList<>();
            for (; k < list.size() && list.get(k).event().tick() == tick; k++) {
                numbers.add(list.get(k).number());
            }
            if (tick <= x.length) {
                java.util.Collections.sort(numbers);
                out.add(new Charts.Mark(x[tick - 1], RunReport.numbers(numbers, starred)));
            }
        }
        return out;
    }

    @Override
    byte[] build(String version) {
        String name = d.manifest.path("scenario").asText("experiment");
        String kind = switch (d.kind) {
            case COMPARE -> "comparison";
            case SWEEP -> "sweep";
            case REPLICATE -> "replications";
        };
        Html h = new Html();
        h.el("h1", name + ": " + kind);
        Map<String, String> f = new LinkedHashMap<>();
        f.put("Scenario file", d.manifest.path("scenario_file").asText(d.spec.path("scenario").asText("")));
        int cells = d.manifest.path("cells").asInt(0);
        f.put("Runs", cells + (d.kind == ExperimentData.Kind.COMPARE ? " arm" : " cell") + (cells == 1 ? "" : "s")
                + " \u00d7 " + d.spec.path("replications").asText("?") + (d.spec.path("replications").asInt(0) == 1 ? " replication = "
                : " replications = ") + d.manifest.path("runs").asText("?") + (d.manifest.path("runs").asInt(0) == 1 ? " run" : " runs"));
        // a run of seed S is none of the replications (a student read a run's figures beside the
        // baseline's means, both "seed 2026", as a fault)
        f.put("Seed", d.spec.path("seed").asText("") + " (the master seed: each replication runs on a seed of its own made from"
                + " it, the same in every " + (d.kind == ExperimentData.Kind.COMPARE ? "arm" : "cell") + ", listed in runs.csv; a"
                + " talentsim run of seed " + d.spec.path("seed").asText("") + " is none of them, so its figures differ from these)");
        List<String> o = new ArrayList<>();
        d.spec.path("overrides").forEach(n -> o.add(n.asText()));
        f.put("Overrides", o.isEmpty() ? "none" : String.join("  ", o));
        if (d.kind == ExperimentData.Kind.COMPARE) {
            List<String> arms = new ArrayList<>();
            d.spec.path("arms").fields().forEachRemaining(e -> {
                List<String> ov = new ArrayList<>();
                e.getValue().forEach(v -> ov.add(v.asText()));
                // what a retention override means, in words ("none" read as "no arm", and "retention"
                // as the metric of that name: a student's review)
                // and how often the lab did counter in the arm's runs (a policy for stars only countered 7
                // times in two years against 659 for matching every offer: its words gave no sense of it)
                List<String> words = ov.stream().map(v -> {
                    String w = inWords(v);
                    Double n = w == null || v.strip().endsWith("=none") ? null : counteredMean(e.getKey(), v);
                    Double b = w == null || e.getKey().equals(d.baseline()) ? null : counteredMean(d.baseline(), v);
                    return w == null ? null : n == null ? w : w + ": " + Fmt.num(n) + " counter-offers a run on average"
                            + (b == null ? "" : ", against " + Fmt.num(b) + " in " + d.baseline());
                }).filter(w -> w != null).toList();
                // with overrides of the whole experiment the empty arm runs them too ("the scenario as it
                // is" stood for a baseline that --set had changed: a strategist's review)
                arms.add(e.getKey() + (ov.isEmpty() ? (o.isEmpty() ? " (the scenario as it is)" : " (the scenario with the overrides"
                        + " above, as every arm)") : ": " + String.join(", ", ov)
                        + (words.isEmpty() ? "" : " (" + String.join("; ", words) + ")")));
            });
            f.put("Arms", String.join("; ", arms));
        }
        List<String> varied = new ArrayList<>();
        d.vary.forEach((p, vs) -> varied.add(p + " = " + String.join(", ", vs)));
        if (!varied.isEmpty()) {
            f.put("Varied", String.join("; ", varied));   // every path (each overwrote the one before)
        }
        h.facts(f);
        skippedRuns(h);
        Report.Shown which = d.shown();
        List<String> shown = which.metrics();
        if (shown.size() < d.metrics.size()) {
            h.el("p", "note", "The tables show " + shown.size() + " of " + d.metrics.size() + " metrics (" + which.which()
                    + "); all are in summary.csv" + (d.comparison != null ? " and comparison.csv" : "")
                    + (d.kind == ExperimentData.Kind.REPLICATE ? "; the spread charts draw the main ones of every lab." : "."));
        }
        switch (d.kind) {
            case COMPARE -> compare(h, shown);
            case SWEEP -> sweep(h, shown);
            case REPLICATE -> replicate(h, shown);
        }
        if (d.ratios != null) {
            ratios(h);
        }
        if (d.kind != ExperimentData.Kind.REPLICATE && d.paths != null) {
            h.raw("<h2 id=\"paths\">Headcount over time, over the runs</h2>\n");
            eventList(h);
            if (d.kind == ExperimentData.Kind.COMPARE && d.comparison != null) {
                differences(h);
            }
            fans(h);
        } else if (d.kind != ExperimentData.Kind.REPLICATE && d.manifest.has("kind")) {
            // said, not left out: a sweep of months had no such section and no word why (a sweep analyst's review)
            h.el("p", "note", "No charts of headcount over time: paths.csv, which they are drawn from, is not written when the "
                    + (d.kind == ExperimentData.Kind.COMPARE ? "arms" : "cells") + " run for different periods (months, start"
                    + " or tick changed) or the scenario has more than 20 labs (docs/EXPERIMENTS.md).");
        }
        h.raw("<h2 id=\"summary\">Summary per ").raw(d.kind == ExperimentData.Kind.COMPARE ? "arm" : "cell").raw("</h2>\n");
        summaryTable(h, new LinkedHashSet<>(shown));
        metricWords(h, shown);
        h.manifest(d.manifest);
        return Html.page(name + " " + kind + " \u2014 talentsim report", h, version);
    }

    /**
     * The runs of an experiment that skipped parts of the scenario's events ({@code runs.csv}'s
     * {@code market.events_skipped} above 0), by arm or cell in the file's order: each cell's
     * runs, the replications that skipped and the seed of the first of them.
     */
    record SkippedRuns(int with, int total, Map<String, Integer> runs, Map<String, List<Integer>> replications,
            Map<String, String> firstSeed) {
        /** {@code runs.csv}'s count; null without its column (a folder written before it) or when no run skipped. */
        static SkippedRuns of(Csv runs) {
            String metric = org.talentsim.experiment.StandardMetrics.EVENTS_SKIPPED;
            if (!runs.has(metric)) {
                return null;
            }
            int col = runs.col(metric);
            int cellCol = runs.col("cell");
            int repCol = runs.col("replication");
            int seedCol = runs.col("seed");
            Map<String, Integer> all = new LinkedHashMap<>();
            Map<String, List<Integer>> reps = new LinkedHashMap<>();
            Map<String, String> seeds = new LinkedHashMap<>();
            int with = 0;
            for (String[] r : runs.rows()) {
                String cell = Csv.cell(r, cellCol);
                all.merge(cell, 1, Integer::sum);
                List<Integer> skipped = reps.computeIfAbsent(cell, k -> new ArrayList<>());
                if (runs.num(r, col, 0, Double.MAX_VALUE) > 0) {
                    skipped.add(runs.whole(r, repCol, 0, Integer.MAX_VALUE));
                    seeds.putIfAbsent(cell, Csv.cell(r, seedCol));
                    with++;
                }
            }
            reps.values().forEach(java.util.Collections::sort);
            return with == 0 ? null : new SkippedRuns(with, runs.rows().size(), all, reps, seeds);
        }

        /** "baseline 3 of 20 (replications 0, 4, 9); none 2 of 20 (…)": the cells with any, at most 12, and how many more. */
        String byCell(boolean replications) {
            List<String> parts = new ArrayList<>();
            int listed = 0;
            long cellsWith = this.replications.values().stream().filter(l -> !l.isEmpty()).count();
            for (Map.Entry<String, List<Integer>> e : this.replications.entrySet()) {
                boolean any = !e.getValue().isEmpty();
                if ((any || this.replications.size() <= 12) && listed < 12) {
                    List<Integer> r = e.getValue();
                    parts.add(e.getKey() + " " + r.size() + " of " + runs.get(e.getKey()) + (!replications || r.isEmpty() ? ""
                            : " (replication" + (r.size() == 1 ? " " : "s ") + String.join(", ", r.subList(0, Math.min(10, r.size())).stream().map(String::valueOf).toList())
                            + (r.size() > 10 ? ", \u2026" : "") + ")"));
                    listed += any ? 1 : 0;
                }
            }
            return String.join("; ", parts) + (cellsWith > listed ? "; and " + (cellsWith - listed) + " more" : "");
        }
    }

    /**
     * The line the experiment commands end with when runs skipped parts of events ({@link
     * SkippedRuns}), matching the report's box; null when none did, or for a folder that cannot
     * be read.
     */
    public static String skippedLine(java.nio.file.Path dir) {
        return skippedLine(dir, true);
    }

    /** {@link #skippedLine(java.nio.file.Path)}; without a {@code report} drawn, it points to runs.csv alone. */
    public static String skippedLine(java.nio.file.Path dir, boolean report) {
        SkippedRuns s;
        try {
            s = SkippedRuns.of(Csv.read(dir.resolve("runs.csv")));
        } catch (RuntimeException e) {
            return null;
        }
        if (s == null) {
            return null;
        }
        return s.with() + " of the " + s.total() + " runs skipped parts of the scenario's events (" + s.byCell(false)
                + "; runs.csv's " + org.talentsim.experiment.StandardMetrics.EVENTS_SKIPPED + ")"
                // with --no-report there is no page to look at (a review of the day's changes)
                + (report ? ": report.html says which runs" : ": runs.csv says which runs (seed by seed)");
    }

    /**
     * A note naming the arms (cells, {@code unit}) of {@code runs} (runs.csv: every metric of every
     * run) whose runs gave the same value of every metric, replication by replication: the change
     * between them made no difference in these runs (a policy that never comes into play, a budget
     * that never binds), which the tables only show as "same" or as equal rows (a strategist's
     * review); null when every arm differs. All of runs.csv's metrics, not only those reported (on
     * two metrics chosen, arms that differ were called the same: a reviewer).
     */
    static String sameResults(Csv runs, String unit) {
        Map<String, Map<String, List<String>>> byCell = valuesByCell(runs);
        int metricCount = runs.header().size() - (int) runs.header().stream()
                .filter(h -> List.of("run", "cell", "replication", "seed").contains(h)).count();
        if (byCell.size() < 2 || metricCount == 0) {
            return null;
        }
        Map<Map<String, List<String>>, List<String>> groups = new LinkedHashMap<>();
        byCell.forEach((cell, values) -> groups.computeIfAbsent(values, k -> new ArrayList<>()).add(cell));
        List<String> said = new ArrayList<>();
        int groupsOf = 0;
        for (List<String> g : groups.values()) {
            if (g.size() > 1) {
                groupsOf++;
                if (said.size() < SAME_GROUPS) {
                    // at most SAME_NAMED names a group, then how many more: a grid of 1,260 cells wrote
                    // one line of 85,864 characters, screens tall on the page (a strategist's review)
                    said.add(g.size() <= SAME_NAMED ? String.join(", ", g.subList(0, g.size() - 1)) + " and " + g.get(g.size() - 1)
                            : String.join(", ", g.subList(0, SAME_NAMED - 1)) + " and " + (g.size() - SAME_NAMED + 1) + " more");
                }
            }
        }
        if (said.isEmpty()) {
            return null;
        }
        if (groupsOf > said.size()) {
            said.add("and " + (groupsOf - said.size()) + (groupsOf - said.size() == 1 ? " more group" : " more groups")
                    + " (runs.csv has them all)");
        }
        return "Note: " + unit + " " + String.join("; ", said) + (groupsOf == 1 ? " gave" : " gave, each group,")
                + " the same runs: every one of the " + metricCount + " metrics in runs.csv, replication by replication. What"
                + " they change made no difference in these runs (e.g. a policy that never comes into play, or a budget that"
                + " never binds).";
    }

    /**
     * The arms (cells) of the experiment in {@code dir} whose runs gave {@code baseline}'s value of
     * every metric of runs.csv, replication by replication; empty when its runs.csv cannot be read.
     */
    static Set<String> sameAs(java.nio.file.Path dir, String baseline) {
        Csv runs;
        try {
            runs = Csv.read(dir.resolve("runs.csv"));
        } catch (RuntimeException e) {
            return Set.of();
        }
        Map<String, Map<String, List<String>>> byCell = valuesByCell(runs);
        Map<String, List<String>> base = byCell.get(baseline);
        Set<String> out = new LinkedHashSet<>();
        if (base == null || base.isEmpty()) {
            return out;
        }
        byCell.forEach((cell, values) -> {
            if (!cell.equals(baseline) && values.equals(base)) {
                out.add(cell);
            }
        });
        return out;
    }

    /** Each cell's values of every metric of {@code runs}, by replication. */
    private static Map<String, Map<String, List<String>>> valuesByCell(Csv runs) {
        List<Integer> metrics = new ArrayList<>();
        for (int k = 0; k < runs.header().size(); k++) {
            String h = runs.header().get(k);
            if (!List.of("run", "cell", "replication", "seed").contains(h)) {
                metrics.add(k);
            }
        }
        Map<String, Map<String, List<String>>> byCell = new LinkedHashMap<>();
        for (String[] r : runs.rows()) {
            List<String> values = new ArrayList<>(metrics.size());
            for (int k : metrics) {
                values.add(Csv.cell(r, k));
            }
            byCell.computeIfAbsent(Csv.cell(r, runs.col("cell")), k -> new java.util.TreeMap<>())
                    .put(Csv.cell(r, runs.col("replication")), values);
        }
        return byCell;
    }

    /** The most groups of arms (cells) with the same runs that {@link #sameResults} names, and the most names of a group. */
    static final int SAME_GROUPS = 6;
    static final int SAME_NAMED = 8;

    /** {@link #sameResults(Csv, String)} of the experiment in {@code dir}; null when none or its runs.csv cannot be read. */
    static String sameResults(java.nio.file.Path dir, String unit) {
        try {
            return sameResults(Csv.read(dir.resolve("runs.csv")), unit);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * How many runs skipped parts of the scenario's events ({@link SkippedRuns}), by arm or cell
     * with their replications, in a box near the top: those runs did not play the story as the
     * file wrote it, and every figure below counts them. Nothing when no run skipped any; a note
     * for a folder written before the count was recorded.
     */
    private void skippedRuns(Html h) {
        if (!d.runs.has(org.talentsim.experiment.StandardMetrics.EVENTS_SKIPPED)) {
            h.el("p", "note", Fmt.beforeSkipsNote("runs.csv", org.talentsim.experiment.StandardMetrics.EVENTS_SKIPPED, "any run"));
            return;
        }
        SkippedRuns s = SkippedRuns.of(d.runs);
        if (s == null) {
            return;
        }
        String unit = d.kind == ExperimentData.Kind.COMPARE ? "arm" : "cell";
        String first = s.firstSeed().values().iterator().next();
        String firstCell = s.firstSeed().keySet().iterator().next();
        h.raw("<div class=\"warn\" id=\"skipped\">");
        h.el("p", "In " + s.with() + " of the " + s.total() + " runs, parts of the scenario's events were skipped: they found"
                + " no one to act on when their month came (a dismissal or an acqui-hire of someone who had already left, a"
                + " founding whose founder had left the market, \u2026; the draws decided it). Those runs did not play the story"
                + " as the file wrote it, and the figures below include them. By " + unit + ": " + s.byCell(true) + ". Which"
                + " parts: a run of such a replication's seed (runs.csv; " + firstCell + "'s first is " + first + ") with its "
                + unit + "'s overrides (talentsim run with --seed and --set) lists them in its report.");
        h.raw("</div>\n");
    }

    private void compare(Html h, List<String> shown) {
        String baseline = d.baseline();
        // a baseline of the user's choosing (--baseline, baseline:) is named: "the baseline" alone read as the scenario as it is
        h.raw("<h2 id=\"comparison\">Each arm against the baseline" + (baseline.equals("baseline") ? "" : ", arm "
                + Html.esc(baseline)) + "</h2>\n");
        Csv c = d.comparison;
        if (c == null) {
            // one arm: nothing to compare it with, and no comparison.csv (docs/EXPERIMENTS.md)
            h.el("p", "note", "One arm only: there is no other arm to compare it with. Its estimates are in the summary below.");
            return;
        }
        Set<String> want = new LinkedHashSet<>(shown);
        // one arm to a line (in one paragraph the arms ran on: a strategist's review)
        headlineList(h, HEADLINE_LEAD, headlineParts(c, baseline, want, "arm", "the baseline", sameAs(d.dir, baseline)), HEADLINE_TAIL);
        howToRead(h, "arm", "the baseline");
        String sameNote = sameResults(d.dir, "arms");
        if (sameNote != null) {
            h.el("p", "note", sameNote);
        }
        Map<String, Double> base = new LinkedHashMap<>();
        Map<String, Integer> baseN = new LinkedHashMap<>();
        Map<String, Boolean> baseVaries = new LinkedHashMap<>();
        // pairs: the replications behind the difference (folders written before it was a column have none)
        boolean pairs = c.has("pairs");
        List<String> arms = new ArrayList<>();
        for (String[] r : c.rows()) {
            String arm = Csv.cell(r, c.col("arm"));
            if (arm.equals(baseline)) {
                base.putIfAbsent(Csv.cell(r, c.col("metric")), c.num(r, c.col("mean")));
                baseN.putIfAbsent(Csv.cell(r, c.col("metric")), (int) c.num(r, c.col("n")));
                baseVaries.putIfAbsent(Csv.cell(r, c.col("metric")), c.num(r, c.col("ci_low")) < c.num(r, c.col("ci_high")));
            } else if (!arms.contains(arm)) {
                arms.add(arm);
            }
        }
        Map<String, String> shortArm = new LinkedHashMap<>();
        List<String> cut = RunReport.shortNames(arms);
        for (int k = 0; k < arms.size(); k++) {
            shortArm.put(arms.get(k), cut.get(k));
        }
        List<ExperimentCharts.Row> rows = new ArrayList<>();
        List<List<String>> table = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<String> off = new ArrayList<>();   // 0 in every run of the arm
        List<String> undefined = new ArrayList<>();
        List<String> fewer = new ArrayList<>();
        List<String> same = new ArrayList<>();
        // a mean over fewer runs than the replications is marked (n of R runs)
        int replications = d.spec.path("replications").asInt(0);
        boolean ofRuns = false;
        boolean noSpread = false;
        int starred = 0;
        int chanceTies = 0;   // rows with no spread over too few pairs: no star (Fmt.chanceTie)
        for (String[] r : c.rows()) {
            String metric = Csv.cell(r, c.col("metric"));
            String arm = Csv.cell(r, c.col("arm"));
            if (!want.contains(metric) || arm.equals(baseline)) {
                continue;
            }
            double diff = Csv.cell(r, c.col("difference")).isEmpty() ? Double.NaN : c.num(r, c.col("difference"));
            double lo = c.num(r, c.col("diff_ci_low"));
            double hi = c.num(r, c.col("diff_ci_high"));
            int k = pairs && !Double.isNaN(diff) ? (int) c.num(r, c.col("pairs")) : 0;
            String few = pairs && !Double.isNaN(diff)
                    ? Fmt.fewerPairs(k, (int) c.num(r, c.col("n")), baseN.getOrDefault(metric, k)) : "";
            // the same non-zero difference in every pair although the values vary (see Fmt.NO_SPREAD)
            boolean flat = !Double.isNaN(diff) && diff != 0 && lo == diff && hi == diff
                    && (c.num(r, c.col("ci_low")) < c.num(r, c.col("ci_high")) || baseVaries.getOrDefault(metric, false));
            noSpread |= flat;
            String armRuns = Fmt.ofRuns((int) c.num(r, c.col("n")), replications);
            String baseRuns = Fmt.ofRuns(baseN.getOrDefault(metric, replications), replications);
            ofRuns |= !armRuns.isEmpty() || !baseRuns.isEmpty();
            table.add(List.of(arm, metric, Fmt.num(c.num(r, c.col("mean"))) + armRuns, Fmt.num(base.getOrDefault(metric, Double.NaN)) + baseRuns,
                    // one pair: no interval, said as the terminal's table says it (a student's review)
                    // and its difference where both means are of that one run (-r 1; it showed "(1 pair)" alone: a
                    // strategist's review)
                    Double.isNaN(diff) && pairs && Csv.cell(r, c.col("pairs")).equals("1") ? (c.num(r, c.col("n")) == 1
                            && baseN.getOrDefault(metric, 0) == 1 ? signed(c.num(r, c.col("mean")) - base.getOrDefault(metric,
                            Double.NaN)) + " (1 pair)" : "(1 pair)")
                    // no difference (the metric undefined in both): a dash, not "– [–, –]" (a strategist's review)
                    : Double.isNaN(diff) ? "\u2013"
                    : signed(diff) + " [" + signed(lo) + ", " + signed(hi) + "]" + few + (flat ? Fmt.NO_SPREAD : ""), Fmt.p(c.num(r, c.col("p_holm"))),
                    // a tie in every replication is "same", not "0%" higher, which reads "always lower"
                    c.num(r, c.col("share_higher")) == 0 && c.num(r, c.col("share_lower")) == 0 ? "same"
                            : Fmt.share(c.num(r, c.col("share_higher")))));
            double b = base.getOrDefault(metric, Double.NaN);
            if (Double.isNaN(diff)) {
                undefined.add(arm + ": " + metric);
                continue;
            }
            if (!few.isEmpty()) {
                // the difference is over other runs than the baseline's mean: no percentage of it
                fewer.add(arm + ": " + metric);
                continue;
            }
            if (diff == 0 && lo == 0 && hi == 0) {
                // the same in every pair of runs (a lab's layoffs where there are none): a bar of
                // nothing at zero says nothing, and crowded out the metrics that moved
                same.add(arm + ": " + metric);
                continue;
            }
            if (Double.isNaN(b) || b == 0) {
                skipped.add(arm + ": " + metric);
                continue;
            }
            if (zeroInEveryRun(c, r)) {
                // 0 in every run of the arm (the counter-offers of an arm that makes none, the poaching
                // an arm ends): a bar of -100% stretched the axis and flattened the rest (a student's
                // review); said under the plot, with the difference
                off.add(arm + ": " + metric + " " + signed(diff));
                continue;
            }
            double s = 100 / Math.abs(b);
            // the plot's labels and legend name arms by at most 24 characters, as the flow matrix
            // names labs (a 100-character name took the whole width: the plot was left empty)
            // a star for the rows that stay apart after Holm's adjustment (p (Holm) below 0.05)
            boolean holm = c.num(r, c.col("p_holm")) < 0.05 && !(flat && Fmt.chanceTie(k));
            starred += holm ? 1 : 0;
            chanceTies += flat && Fmt.chanceTie(k) ? 1 : 0;
            String label = shortArm.get(arm) + ": " + Fmt.cut(metric, 40) + (holm ? " *" : "");
            rows.add(new ExperimentCharts.Row(label, shortArm.get(arm), diff * s, (Double.isNaN(lo) ? diff : lo) * s,
                    (Double.isNaN(hi) ? diff : hi) * s));
        }
        // the plot above its table, not beside it: the table's seven columns need the page's width
        // (beside the plot its difference, p and share columns were cut off: found by a reviewer)
        h.raw("<div class=\"stack\">\n");
        if (!rows.isEmpty()) {
            String title = "Difference to the baseline, with 95% CI";
            String x = "difference, % of the baseline's mean";
            int beyond = ExperimentCharts.beyond(rows);
            int cutRows = ExperimentCharts.cut(rows);
            // every metric is a count, an amount or a share, none below 0: a difference below
            // -100% of the baseline's mean cannot be, and a t interval reaching there read as one
            long underAll = rows.stream().filter(r -> r.low() < -100).count();
            String ties = "a bar of no width over fewer than " + Fmt.TIE_PAIRS + " pairs (no spread) may be two counts that"
                    + " happened to differ alike, and is not starred";
            add(h, new Figure("forest", title, x, "arm: metric", "A bar that does not cross the zero line is a difference the"
                    + " replications can tell apart from chance before Holm's adjustment for testing many" + (chanceTies > 0
                    ? " (but " + ties + ")" : "") + "; "
                    + (starred > 0 ? "* marks " + (starred == 1 ? "the row" : "the " + starred + " rows") + " whose p (Holm) is below"
                    + " 0.05, apart after it too." : chanceTies > 0 ? "no row is starred (see the table)."
                    : "no row's p (Holm) is below 0.05 (see the table).")
                    + (beyond > 0 ? " The axis fits the smaller differences; " + (beyond == 1 ? "the one far larger is"
                    : "the " + beyond + " far larger are") + " written at its edge with " + (beyond == 1 ? "its" : "their")
                    + " 95% CI." : "")
                    + (cutRows > 0 ? (beyond > 0 ? "" : " The axis fits the smaller differences.") + " An interval that runs off the"
                    + " axis is cut at its edge, with an arrow (\u2190, \u2192) there: the table gives it whole." : "")
                    + (underAll > 0 ? " An interval reaching below \u2212100% (no metric here can fall by more than all of it) is"
                    + " the t interval's mean \u00b1 t \u00b7 sd / \u221an over few replications, or values mostly 0; more"
                    + " replications narrow it." : ""),
                    ExperimentCharts.forest(title, x, "arm: metric", rows, RunReport.shortNames(arms)), 640, Math.max(320, 130 + 20 * rows.size())));
        }
        h.raw("<div>\n<div class=\"scroll\">");
        h.table("comparison", List.of("arm", "metric", "mean", "baseline", "difference [95% CI]", "p (Holm)", "higher"), table,
                k -> k >= 2);
        h.raw("</div>\n");
        String units = MetricUnits.line(shown, modelUnits);
        if (units != null) {
            h.el("p", "note", units);
        }
        int tests = 0;
        int most = 0;   // the most replications any arm's metric pairs with the baseline's
        // the count of events skipped, when reported, is a check outside Holm's family: its '-' is
        // not "the same in every replication" (a docs review)
        boolean check = false;
        for (String[] r : c.rows()) {
            tests += Csv.cell(r, c.col("p_holm")).isEmpty() ? 0 : 1;
            check |= Csv.cell(r, c.col("metric")).equals(org.talentsim.experiment.StandardMetrics.EVENTS_SKIPPED)
                    && !Csv.cell(r, c.col("p")).isEmpty();
            String paired = Csv.cell(r, c.col("pairs"));
            if (!paired.isEmpty()) {
                most = Math.max(most, Integer.parseInt(paired));
            }
        }
        String checkNote = Fmt.checkNotTested("\u2013");
        h.el("p", "note", (tests == 0 && most < 2 ? Report.TOO_FEW : tests == 0 && check ? "Nothing to test: " + checkNote
                + ", and any other metric is the same as the baseline's in every replication (p \u2013, \"same\")."
                : tests == 0 ? "Every metric is the same as the baseline's in every replication: nothing to test (p \u2013,"
                + " \"same\")." : "Differences are paired over the same seeds; p is the paired t-test, Holm-adjusted over the " + tests
                + (tests == 1 ? " test" : " tests") + " (arm \u00d7 metric, all metrics, not only those shown) that "
                + (tests == 1 ? "differs" : "differ") + " from the"
                + " baseline in some replication (the same in every one is no test: \u2013, \"same\")." + (check ? " " + checkNote
                + "." : ""))
                + " Higher = share of replications in which the arm's value is above the baseline's (the rest are lower or the"
                + " same: comparison.csv's share_lower). Intervals and p measure the runs' randomness only, not whether the"
                + " model and its parameters are right."
                + (same.isEmpty() ? "" : " Not in the plot, the same as the baseline's in every replication: "
                + (same.size() > 12 ? String.join("; ", same.subList(0, 12)) + " and " + (same.size() - 12) + " more"
                        : String.join("; ", same)) + ".")
                + (skipped.isEmpty() ? "" : " Not in the plot (the baseline's mean is 0 or undefined, so no percentage): "
                + String.join("; ", skipped) + ".")
                + (off.isEmpty() ? "" : " Not in the plot, 0 in every run of the arm (\u2212100%, a bar that would flatten the rest): "
                + String.join("; ", off) + ".")
                + (undefined.isEmpty() ? "" : " No difference (fewer than two replications in which both the arm and the"
                + " baseline have a value): " + String.join("; ", undefined) + ".")
                + (fewer.isEmpty() ? "" : " (k pairs): the metric is undefined in some runs; the difference is over the k"
                + " replications where both have a value, each mean over its own, so the difference is not the means' gap"
                + " and is not in the plot: " + String.join("; ", fewer) + ".")
                + (ofRuns ? " " + Fmt.OF_RUNS : "") + (noSpread ? " " + Fmt.NO_SPREAD_NOTE : ""));
        h.raw("</div>\n</div>\n");
    }

    private void sweep(Html h, List<String> shown) {
        h.raw("<h2 id=\"sweep\">Metrics against the varied parameter</h2>\n");
        // the first cell: its rows come first in differences.csv, with no difference
        headlineList(h, SWEEP_HEADLINE_LEAD, d.differences == null || d.differences.rows().isEmpty() ? null
                : sweepHeadlineParts(d.differences, Csv.cell(d.differences.rows().get(0), d.differences.col("cell")),
                        new LinkedHashSet<>(shown), sameAs(d.dir, Csv.cell(d.differences.rows().get(0), d.differences.col("cell")))),
                SWEEP_HEADLINE_TAIL);
        howToRead(h, "cell", "the first cell");
        SweepTrends trend = SweepTrends.of(d);
        String sameNote = sameResults(d.dir, "cells");
        if (sameNote != null) {
            h.el("p", "note", sameNote);
        }
        List<String> paths = new ArrayList<>(d.vary.keySet());
        String first = paths.get(0);
        List<String> xs = d.vary.get(first);
        // cells are every combination, in the spec's order: the first path varies slowest
        List<List<String>> combos = SweepTrends.grid(paths, d.vary);
        double[] numeric = new double[xs.size()];
        String[] units = new String[xs.size()];
        boolean allNumbers = true;
        for (int k = 0; k < xs.size(); k++) {
            Matcher m = NUMBER.matcher(xs.get(k));
            if (m.matches()) {
                numeric[k] = Double.parseDouble(m.group(1));
                units[k] = m.group(2) == null ? "" : m.group(2).strip();
            } else {
                allNumbers = false;
            }
        }
        // values in other units (1/year beside 0.1/month, 400k beside 1.2M) are put in one unit,
        // or shown as categories when they cannot be: never a number read without its unit
        String unit = allNumbers ? oneUnit(numeric, units) : null;
        allNumbers &= unit != null;
        unit = unit == null || unit.isEmpty() ? null : unit;
        // dates (an event's month) in time order, whatever order they were listed in: 2025-07,
        // 2025-01, 2026-01 drew a "trend" that went back in time (a strategist's review)
        List<String> axis = !allNumbers && xs.stream().allMatch(x -> x.matches("\\d{4}-\\d{2}(-\\d{2})?"))
                ? xs.stream().sorted().toList() : !allNumbers ? byAmount(xs) : xs;
        String[] categories = allNumbers ? null : axis.toArray(String[]::new);
        String xLabel = first + (allNumbers && unit != null ? " (" + unit + ")" : "");
        Map<String, Map<String, double[]>> stats = new LinkedHashMap<>();
        Csv s = d.summary;
        for (String[] r : s.rows()) {
            stats.computeIfAbsent(Csv.cell(r, s.col("metric")), k -> new LinkedHashMap<>()).put(Csv.cell(r, s.col("cell")),
                    new double[] {s.num(r, s.col("mean")), s.num(r, s.col("ci_low")), s.num(r, s.col("ci_high"))});
        }
        // the metrics that respond most to the varied parameter first; those the same in every
        // run (a lab's layoffs in a market without any) are not drawn: a flat line says nothing
        List<String> drawn = byResponse(shown, stats);
        // (a metric without a value in any run, n = 0, is neither drawn nor "the same")
        List<String> same = shown.stream().filter(m -> !drawn.contains(m) && stats.getOrDefault(m, Map.of()).values().stream()
                .anyMatch(v -> !Double.isNaN(v[0]))).toList();
        if (drawn.size() > MAX_CHARTS) {
            // a grid's cells differ in every path: the spread is across them all, not along the first
            // (the charts picked by a second path were said to change most with the first: a strategist's review)
            h.el("p", "note", "Charts for the " + MAX_CHARTS + " of " + drawn.size() + " metrics that change most "
                    + (d.vary.size() > 1 ? "across the grid's cells" : "with " + first)
                    + " (the spread of the cells' means over the half-width of their CIs); the table below has them all.");
        }
        if (!same.isEmpty()) {
            h.el("p", "note", count(same.size(), "metric") + " the same in every run, not drawn: "
                    + String.join(", ", same.subList(0, Math.min(10, same.size()))) + (same.size() > 10 ? ", \u2026" : "")
                    + " (in the table below).");
        }
        // of the metrics the page's trend table has (it counted metrics the page did not show: a re-check)
        String along = trend == null ? null : trend.headline(drawn.subList(0, Math.min(MAX_CHARTS, drawn.size())));
        if (along != null) {
            h.el("p", along);
        }
        h.raw("<div class=\"grid\">\n");
        int n = 0;
        for (String metric : drawn) {
            if (n == MAX_CHARTS) {
                break;
            }
            Map<String, List<ExperimentCharts.Point>> series = new LinkedHashMap<>();
            for (List<String> combo : combos) {
                String cell = label(paths, combo);
                double[] v = stats.getOrDefault(metric, Map.of()).get(cell);
                if (v == null || Double.isNaN(v[0])) {
                    continue;
                }
                int k = xs.indexOf(combo.get(0));
                int at = axis.indexOf(combo.get(0));
                String key = combo.size() == 1 ? "mean, 95% CI" : label(paths.subList(1, paths.size()), combo.subList(1, combo.size()));
                series.computeIfAbsent(key, z -> new ArrayList<>()).add(new ExperimentCharts.Point(allNumbers ? numeric[k] : at,
                        v[0], v[1], v[2]));
            }
            if (series.isEmpty()) {
                continue;
            }
            String title = metric + " against " + first;
            // on categories, points with error bars, not a trend with a band (a sweep analyst's review: the
            // caption spoke of a band and a trend under policy names and evenly spaced dates)
            boolean dates = categories != null && axis.stream().allMatch(v -> v.matches("\\d{4}-\\d{2}(-\\d{2})?"));
            String caption = categories == null ? "The trend of " + metric + " as " + first + " changes; the band is the 95% CI of"
                    + " the mean over the replications of each cell, a point marks each value run. The cells run on the same seeds, so bands"
                    + " that overlap do not mean the cells do not differ: the table of each cell against the first, below, pairs"
                    + " them over the seeds."
                    : metric + " for each value of " + first + " (" + (dates ? "dates in time order, evenly spaced: not to scale"
                    : "values as categories, not a scale") + "), each with the 95% CI of its mean over the replications as a bar."
                    + " The cells run on the same seeds, so bars that overlap do not mean the cells do not differ: the table of"
                    + " each cell against the first, below, pairs them over the seeds.";
            add(h, new Figure("sweep-" + Ids.of(metric), title, xLabel, metric + " " + Units.of(metric, modelUnits), caption,
                    ExperimentCharts.band(title, xLabel, metric + " " + Units.of(metric, modelUnits), series, categories), 640,
                    400 + ExperimentCharts.uprightRoom(categories)));
            n++;
        }
        h.raw("</div>\n");
        trends(h, trend, drawn.subList(0, Math.min(MAX_CHARTS, drawn.size())));
        pairedToFirst(h, drawn.subList(0, Math.min(MAX_CHARTS, drawn.size())), combos.stream().map(c -> label(paths, c)).toList());
        if (paths.size() > 1 && axis.size() > 1) {
            // the axis's ends: numbers are drawn at their values, whatever order they were listed in
            // (the last listed against the first gave 0.9 against 1 of 1, 0.5, 0.7, 0.9, the
            // smallest step, where the interaction did not show: a strategist's review)
            int lo = 0;
            int hi = axis.size() - 1;
            if (allNumbers) {
                hi = 0;
                for (int k = 1; k < numeric.length; k++) {
                    lo = numeric[k] < numeric[lo] ? k : lo;
                    hi = numeric[k] > numeric[hi] ? k : hi;
                }
            }
            withinLevels(h, drawn.subList(0, Math.min(MAX_CHARTS, drawn.size())), paths, combos, axis.get(lo), axis.get(hi));
        }
    }

    /**
     * The trend of each metric drawn along the first path and its highest and lowest cells
     * ({@link SweepTrends}): the page had each cell against the first, and no answer to "does it
     * rise with the budget?" or "which cell is highest, and is it told apart?" (a sweep analyst's review).
     */
    private void trends(Html h, SweepTrends t, List<String> metrics) {
        if (t == null || metrics.isEmpty()) {
            return;
        }
        h.raw("<h3 id=\"trend\">" + Html.esc(t.title()) + "</h3>\n");
        if (t.noTrend() != null) {
            h.el("p", "note", t.noTrend());
        }
        StringBuilder note = new StringBuilder();
        for (String line : t.note().split("\n")) {   // the terminal's lines as sentences
            String l = line.endsWith(";") ? line.substring(0, line.length() - 1) + "." : line;
            note.append(Character.toUpperCase(l.charAt(0))).append(l, 1, l.length()).append(' ');
        }
        h.el("p", "note", note + "The metrics drawn above.");
        h.raw("<div class=\"scroll\">");
        h.table("trend", t.header(), t.rows(metrics), t::numeric);
        h.raw("</div>\n");
    }

    /**
     * A grid of two paths or more: the first path's effect, its last value on the chart's axis
     * against its first, within each level of the others, paired over the same seeds. Every cell
     * compared with the grid's one corner mixed both paths' effects ("upTo=0.6 offersEmployed=2/year
     * against upTo=1 offersEmployed=0.5/year"), and a grid has no baseline to choose (a sweep
     * analyst's review). Intervals only, not tested: differences.csv's p are against the first cell.
     */
    private void withinLevels(Html h, List<String> metrics, List<String> paths, List<List<String>> combos, String low, String high) {
        List<List<String>> rest = new ArrayList<>();
        for (List<String> c : combos) {
            List<String> level = c.subList(1, c.size());
            if (!rest.contains(level)) {
                rest.add(level);
            }
        }
        List<String> others = paths.subList(1, paths.size());
        List<List<String>> rows = new ArrayList<>();
        for (String metric : metrics) {
            for (List<String> level : rest) {
                List<String> lo = new ArrayList<>(List.of(low));
                lo.addAll(level);
                List<String> hi = new ArrayList<>(List.of(high));
                hi.addAll(level);
                org.talentsim.experiment.Estimate e = d.paired(metric, label(paths, hi), label(paths, lo));
                if (e == null) {
                    continue;
                }
                String ci = Double.isNaN(e.ciLow()) ? "" : " [" + signed(e.ciLow()) + ", " + signed(e.ciHigh()) + "]";
                rows.add(List.of(metric, label(others, level), signed(e.mean()) + ci, Integer.toString(e.n())));
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        String first = paths.get(0);
        h.raw("<h3 id=\"within\">The effect of " + Html.esc(first) + " within each level of the others</h3>\n");
        h.el("p", "note", first + "=" + high + " against " + first + "=" + low + " at each value of " + String.join(" and ", others)
                + ", each run less the run of the same seed: its mean and 95% t interval (not adjusted for the many comparisons,"
                + " not tested: the p-values above are against the first cell). Where the differences change from level to level,"
                + " the effect of " + first + " depends on " + String.join(" and ", others) + ". The metrics drawn above.");
        h.raw("<div class=\"scroll\">");
        h.table("within", List.of("metric", "at", first + "=" + high + " against " + low + " [95% CI]", "pairs"), rows, k -> k >= 2);
        h.raw("</div>\n");
    }

    /**
     * A sweep's cells against its first, paired over the same seeds: the charts' bands are each
     * cell's own CI, and cells whose bands overlap were read as "can't tell apart" where the
     * paired difference was clear (Meta's headcount −10.7 [−13.7, −7.7] between bands of ±6; a
     * strategist's review).
     */
    /** The Holm-adjusted p of {@code cell}'s {@code metric} against the first cell ({@code differences.csv}), "\u2013" where none. */
    private String holm(String cell, String metric) {
        if (holm == null) {
            holm = new java.util.HashMap<>();
            Csv c = d.differences;
            if (c != null && c.has("p_holm") && c.has("cell")) {
                for (String[] r : c.rows()) {
                    holm.put(Csv.cell(r, c.col("cell")) + '\0' + Csv.cell(r, c.col("metric")), c.num(r, c.col("p_holm")));
                }
            }
        }
        double p = holm.getOrDefault(cell + '\0' + metric, Double.NaN);
        return Double.isNaN(p) ? "\u2013" : Fmt.p(p);
    }

    /** {@code differences.csv}'s p_holm by cell and metric, read once ({@link #holm}). */
    private Map<String, Double> holm;

    /**
     * Whether {@code cell}'s {@code metric} differs from the first cell's by the same amount in
     * every pair although the values vary (differences.csv's no_spread, and a cell's interval with
     * a width): marked "(no spread)" as compare's table marks it (a sweep's never was: a re-check).
     */
    private boolean noSpread(String cell, String metric, String first) {
        if (spread == null) {
            // by cell and metric, read once (a lookup per row scanned the file: quadratic in a large sweep)
            spread = new java.util.HashMap<>();
            Csv c = d.differences;
            if (c != null && c.has("no_spread") && c.has("cell")) {
                for (String[] r : c.rows()) {
                    spread.put(Csv.cell(r, c.col("cell")) + '\0' + Csv.cell(r, c.col("metric")), new boolean[] {
                        Csv.cell(r, c.col("no_spread")).equals("TRUE"), c.num(r, c.col("ci_low")) < c.num(r, c.col("ci_high"))});
                }
            }
        }
        boolean[] mine = spread.get(cell + '\0' + metric);
        boolean[] firsts = spread.get(first + '\0' + metric);
        return mine != null && mine[0] && (mine[1] || firsts != null && firsts[1]);
    }

    /** differences.csv's {no_spread, the interval has a width} by cell and metric, read once ({@link #noSpread}). */
    private Map<String, boolean[]> spread;

    private void pairedToFirst(Html h, List<String> metrics, List<String> cells) {
        if (cells.size() < 2 || metrics.isEmpty()) {
            return;
        }
        String first = cells.get(0);
        List<List<String>> rows = new ArrayList<>();
        boolean anyFlat = false;
        for (String metric : metrics) {
            for (String cell : cells.subList(1, cells.size())) {
                org.talentsim.experiment.Estimate e = d.paired(metric, cell, first);
                if (e == null) {
                    continue;
                }
                String ci = Double.isNaN(e.ciLow()) ? "" : " [" + signed(e.ciLow()) + ", " + signed(e.ciHigh()) + "]";
                boolean flat = noSpread(cell, metric, first);
                anyFlat |= flat;
                rows.add(List.of(metric, cell, signed(e.mean()) + ci + (flat ? Fmt.NO_SPREAD : ""), holm(cell, metric),
                        Integer.toString(e.n())));
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        h.raw("<h3 id=\"paired\">Each cell against " + Html.esc(first) + ", paired over the same seeds</h3>\n");
        h.el("p", "note", "The difference of each run from the run of the first cell with the same seed, its mean and 95% t"
                + " interval (not adjusted for the many comparisons): narrower than the charts' bands suggest, as the runs of"
                + " one seed share their chance. p (Holm): the paired t-test, Holm-adjusted over every cell and metric of"
                + " differences.csv (\u2013: the same in every pair, or no test). The metrics drawn above.");
        h.raw("<div class=\"scroll\">");
        h.table("paired", List.of("metric", "cell", "difference [95% CI]", "p (Holm)", "pairs"), rows, k -> k >= 2);
        h.raw("</div>\n");
        // the units under the first table of figures, as a comparison has them (a re-check: only under the summary)
        String units = MetricUnits.line(metrics, modelUnits);
        if (units != null) {
            h.el("p", "note", units);
        }
        if (anyFlat) {
            h.el("p", "note", Fmt.NO_SPREAD_NOTE);
        }
    }

    /**
     * The metrics of {@code shown} a sweep draws, the most responsive first: by the spread of the
     * cells' means (largest less smallest) over the mean half-width of their 95% CIs (a metric
     * whose cells differ while every CI has no width — the same value in every replication of a
     * cell — ranks first); ties keep the order of {@code shown}. Left out: metrics the same in
     * every run (every cell's mean equal, every CI without width) and those without a value.
     * {@code stats}: per metric, per cell, {mean, ci_low, ci_high}.
     */
    static List<String> byResponse(List<String> shown, Map<String, Map<String, double[]>> stats) {
        Map<String, Double> score = new LinkedHashMap<>();
        for (String m : shown) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            double width = 0;
            int cells = 0;
            for (double[] v : stats.getOrDefault(m, Map.of()).values()) {
                if (Double.isNaN(v[0])) {
                    continue;
                }
                lo = Math.min(lo, v[0]);
                hi = Math.max(hi, v[0]);
                if (!Double.isNaN(v[1]) && !Double.isNaN(v[2])) {
                    width += (v[2] - v[1]) / 2;
                }
                cells++;
            }
            if (cells == 0 || (hi == lo && width == 0)) {
                continue;
            }
            width /= cells;
            score.put(m, width > 0 ? (hi - lo) / width : Double.POSITIVE_INFINITY);
        }
        List<String> out = new ArrayList<>(score.keySet());
        out.sort((a, b) -> Double.compare(score.get(b), score.get(a)));   // stable
        return out;
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? " is" : "s are");
    }

    /**
     * Puts {@code values} (each with its unit) into one unit, in place, and returns it: as they
     * are when they share one; rates per week, month or year in the first value's unit; money
     * with the suffixes k, M and B in USD. Null when they cannot be put in one unit.
     */
    static String oneUnit(double[] values, String[] units) {
        if (java.util.Arrays.stream(units).distinct().count() == 1) {
            return units[0];
        }
        java.util.Map<String, Double> perYear = java.util.Map.of("/year", 1.0, "/month", org.talentsim.scenario.Rate.perMonth(1).perYear(),
                "/week", org.talentsim.scenario.Rate.perWeek(1).perYear());
        java.util.Map<String, Double> usd = java.util.Map.of("", 1.0, "k", 1e3, "M", 1e6, "B", 1e9);
        for (java.util.Map<String, Double> family : List.of(perYear, usd)) {
            if (java.util.Arrays.stream(units).allMatch(family::containsKey)) {
                String to = family == usd ? "" : units[0];
                for (int k = 0; k < values.length; k++) {
                    values[k] = values[k] * family.get(units[k]) / family.get(to);
                }
                return family == usd ? "USD" : to;
            }
        }
        return null;
    }

    /**
     * Amounts with {@code unlimited} (a budget's) among them, as categories in the order of their
     * value, {@code unlimited} last: "100M, unlimited, 50M, 1B" drew a zig-zag in the order
     * listed (a sweep analyst's review); {@code values} as they are when they are not such amounts.
     */
    static List<String> byAmount(List<String> values) {
        List<String> amounts = new ArrayList<>();
        for (String v : values) {
            String t = v.strip();
            if (!(t.equals("unlimited") || t.equals(".inf") || t.equals(".Inf") || t.equals(".INF"))) {
                amounts.add(v);
            }
        }
        if (amounts.isEmpty() || amounts.size() == values.size()) {
            return values;
        }
        double[] numeric = new double[amounts.size()];
        String[] units = new String[amounts.size()];
        for (int k = 0; k < amounts.size(); k++) {
            Matcher m = NUMBER.matcher(amounts.get(k));
            if (!m.matches()) {
                return values;
            }
            numeric[k] = Double.parseDouble(m.group(1));
            units[k] = m.group(2) == null ? "" : m.group(2).strip();
        }
        if (oneUnit(numeric, units) == null) {
            return values;
        }
        Map<String, Double> at = new java.util.HashMap<>();
        for (int k = 0; k < amounts.size(); k++) {
            at.put(amounts.get(k), numeric[k]);
        }
        return values.stream().sorted(java.util.Comparator.comparingDouble(v -> at.getOrDefault(v, Double.POSITIVE_INFINITY)))
                .toList();
    }

    /** A cell's label as the experiment writes it: {@code path=value} joined by spaces, commas as ';'. */
    private static String label(List<String> paths, List<String> values) {
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < paths.size(); k++) {
            parts.add(paths.get(k) + "=" + values.get(k));
        }
        return String.join(" ", parts).replace(',', ';').replace('"', '\'').replaceAll("\\p{Cntrl}", " ");
    }

    private void replicate(Html h, List<String> shown) {
        h.raw("<h2 id=\"spread\">Spread over the replications</h2>\n");
        if (d.paths != null) {
            eventList(h);
            fans(h);
        }
        h.el("p", "note", "Each box is one metric at the end of the runs (runs.csv) over the " + d.runs.rows().size()
                + " runs. For one run's path month by month, with its events, see the report of talentsim run.");
        Map<String, Map<String, String>> kinds = new LinkedHashMap<>();
        List<String> order = new ArrayList<>();
        // the kinds that tell a run's story first, for every lab (not only the labs the table shows)
        for (String k : SPREAD_FIRST) {
            for (String m : d.metrics) {
                if (m.endsWith("." + k) && !m.startsWith("market.flow.")) {
                    order.add(m);
                }
            }
        }
        shown.stream().filter(m -> !order.contains(m)).forEach(order::add);
        for (String m : order) {
            int dot = m.lastIndexOf('.');
            String owner = dot < 0 ? "" : m.substring(0, dot);
            String kind = dot < 0 ? m : m.substring(dot + 1);
            kinds.computeIfAbsent(kind, k -> new LinkedHashMap<>()).put(owner, m);
        }
        Csv r = d.runs;
        h.raw("<div class=\"grid\">\n");
        int n = 0;
        List<String> same = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> e : kinds.entrySet()) {
            if (n == MAX_CHARTS) {
                // kinds, each of every lab: the table holds only the metrics it names, and "has them all"
                // sent a reader to a table without them (a strategist's review)
                h.el("p", "note", "Charts for the first " + MAX_CHARTS + " kinds of metric, each of every lab; summary.csv has"
                        + " every metric's mean and interval, the table below those it names.");
                break;
            }
            Map<String, List<Double>> by = new LinkedHashMap<>();
            List<String> undefined = new ArrayList<>();
            for (Map.Entry<String, String> om : e.getValue().entrySet()) {
                if (!r.has(om.getValue())) {
                    continue;
                }
                List<Double> vs = new ArrayList<>();
                for (String[] row : r.rows()) {
                    double v = r.num(row, r.col(om.getValue()));
                    if (!Double.isNaN(v)) {
                        vs.add(v);
                    }
                }
                if (!vs.isEmpty()) {
                    by.put(om.getKey().isEmpty() ? e.getKey() : om.getKey(), vs);
                } else {
                    // said, not dropped unseen (AMI Labs' retention, a lab that starts empty: a strategist's review)
                    undefined.add(om.getKey().isEmpty() ? "the market" : om.getKey());
                }
            }
            boolean market = by.containsKey("market") || by.containsKey(e.getKey());
            String xLabel = market ? "lab (or the market)" : "lab";
            if (by.isEmpty()) {
                continue;
            }
            // at most 12 boxes: bm1's 50 labs gave a band of names no one could read (found by a
            // visual review); the largest by headcount at the end, over the runs, as the run's charts choose
            int all = by.size();
            if (all > MAX_BOXES) {
                by = largest(by, r);
            }
            if (by.values().stream().allMatch(vs -> vs.stream().distinct().count() == 1)) {
                same.add(e.getKey());   // no spread to show (a start that no seed changes)
                continue;
            }
            String title = e.getKey() + " over " + r.rows().size() + " runs";
            String y = e.getKey() + " " + Units.of(e.getKey(), modelUnits);
            // labs of very different sizes on one axis: boxes of a few people beside labs of thousands were
            // flat lines (a strategist's review); then each lab's runs less its own median, named with it
            Map<String, List<Double>> centred = centred(by);
            if (centred != null) {
                by = centred;
                y = e.getKey() + " \u2212 median " + Units.of(e.getKey(), modelUnits);
            }
            add(h, new Figure("spread-" + Ids.of(e.getKey()), title, xLabel, y, "How much " + e.getKey()
                    + " varies from seed to seed: a wide box needs more replications to tell a policy's effect apart."
                    + (centred == null ? "" : " Each box is a lab's runs less its own median (in its name): on one axis with"
                            + " the levels, the boxes of labs far apart in size were lines.")
                    + (all > by.size() ? " The " + by.size() + " largest of " + all + " (mean headcount at the end over the runs);"
                    + " runs.csv has every lab." : "")
                    + (undefined.isEmpty() ? "" : " No box for " + String.join(", ", undefined) + ": undefined in every run"
                    + " (docs/METRICS.md)."),
                    ExperimentCharts.boxes(title, xLabel, y, by), 640, 380));
            n++;
        }
        h.raw("</div>\n");
        if (!same.isEmpty()) {
            h.el("p", "note", count(same.size(), "metric") + " the same in every run, for every lab, not drawn: "
                    + String.join(", ", same) + " (in the table below).");
        }
    }

    /**
     * Each category's values less their median, named "Meta (median 2,862)", when the medians lie
     * so far apart that every box would be a line on their common axis (the largest interquartile
     * range, or range where that is 0, under a twentieth of the medians' spread); else null.
     */
    static Map<String, List<Double>> centred(Map<String, List<Double>> by) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double widest = 0;
        Map<String, Double> medians = new LinkedHashMap<>();
        for (Map.Entry<String, List<Double>> e : by.entrySet()) {
            double[] v = e.getValue().stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double median = ExperimentData.quantile(v, 0.5);
            double iqr = ExperimentData.quantile(v, 0.75) - ExperimentData.quantile(v, 0.25);
            widest = Math.max(widest, iqr > 0 ? iqr : v[v.length - 1] - v[0]);
            medians.put(e.getKey(), median);
            lo = Math.min(lo, median);
            hi = Math.max(hi, median);
        }
        if (!(widest * 20 < hi - lo)) {
            return null;
        }
        Map<String, List<Double>> out = new LinkedHashMap<>();
        by.forEach((k, vs) -> {
            double m = medians.get(k);
            out.put(k + " (median " + Fmt.num(m) + ")", vs.stream().map(v -> v - m).toList());
        });
        return out;
    }

    /**
     * A comparison's effect on headcount over time: per arm, each lab's headcount less the
     * baseline's over the same seeds, with its 95% CI (the fan charts of the arms' levels, on an
     * axis of thousands, could not show an effect of tens: found by a reviewer).
     */
    private void differences(Html h) {
        List<String> cells = d.pathCells();
        String baseline = d.baseline();
        List<String> arms = cells.stream().filter(c -> !c.equals(baseline)).toList();
        if (arms.size() > MAX_FANS) {
            arms = arms.subList(0, MAX_FANS);
            h.el("p", "note", "Differences of the first " + MAX_FANS + " arms; paths.csv has every run's paths.");
        }
        h.raw("<div class=\"grid\">\n");
        for (String arm : arms) {
            ExperimentData.Fan f = d.difference(arm, baseline);
            double[] x = f.periods().stream().mapToDouble(RunData::time).toArray();
            String title = "Headcount: arm " + arm + " \u2212 " + baseline;   // "arm tbd-pay-less less baseline" stumbled (a strategist)
            String y = "difference in researchers employed";
            if (f.quantiles().isEmpty()) {
                h.el("p", "note", "Arm " + arm + ": every lab's headcount is the baseline's in every month of every pair of runs.");
                continue;
            }
            // every lab moves a little by chance: eight overlapping bands that all crossed zero were a
            // tangle (found by a student's review); with a band, only the labs whose band is clear of
            // zero in a quarter of the months or more are drawn
            // and a lab whose band is clear of zero at the end: an effect that builds up late (4 of 24
            // months) was left out and called "within chance" beside a table giving its end
            // headcount beyond chance (a strategist's review)
            Map<String, double[][]> drawn = new LinkedHashMap<>();
            f.quantiles().forEach((lab, q) -> drawn.put(lab, f.runs() < 2 || clearOfZero(q) >= 0.25 || clearAtEnd(q) ? q : null));
            List<String> leftOut = drawn.entrySet().stream().filter(e -> e.getValue() == null).map(Map.Entry::getKey).toList();
            int left = leftOut.size();
            if (left == drawn.size()) {
                h.el("p", "note", "Arm " + arm + ": no lab's headcount differs from the baseline's beyond chance (a 95% CI clear of"
                        + " zero) in a quarter of the months or more, or at the end, so there is no chart of the differences;"
                        + " paths.csv has every run.");
                continue;
            }
            add(h, new Figure("difference-" + Ids.of(arm), title, "month", y, "Each lab's headcount in the arm less the"
                    + " baseline's over the same " + f.runs() + (f.runs() == 1 ? " seed" : " seeds") + ": the line is the mean difference, the band its 95% CI"
                    + (f.runs() < 2 ? " (one pair: no band)" : "") + "; a band clear of zero is an effect the runs tell apart"
                    + " from chance (month by month, not adjusted for the many months)."
                    + (left > 0 ? " Drawn: the labs whose band is clear of zero in a quarter of the months or more, or in the last;"
                    + " not drawn, " + (left <= 4 ? String.join(", ", leftOut) : "the other " + left + " labs") + ", clear of zero in"
                    + " fewer months and not at the end (paths.csv has " + (left == 1 ? "its" : "theirs") + ")." : "")
                    + " Labs the arm never moves are not drawn; a month"
                    + " counts only the pairs of runs in which the lab exists in both (a lab founded by an event exists from"
                    + " its founding).",
                    ExperimentCharts.fan(title, "month", y, x, drawn, marks(events().either(arm, baseline), x)), 640, 420));
        }
        h.raw("</div>\n");
    }

    /** Whether band {@code q}'s 95% CI lies wholly above or below zero in its last month with a value. */
    static boolean clearAtEnd(double[][] q) {
        for (int t = q[2].length - 1; t >= 0; t--) {
            if (!Double.isNaN(q[2][t])) {
                return q[0][t] > 0 || q[4][t] < 0;
            }
        }
        return false;
    }

    /** The share of the months (of those with a value) in which band {@code q}'s 95% CI lies wholly above or below zero. */
    static double clearOfZero(double[][] q) {
        int months = 0;
        int clear = 0;
        for (int t = 0; t < q[2].length; t++) {
            if (Double.isNaN(q[2][t])) {
                continue;
            }
            months++;
            clear += q[0][t] > 0 || q[4][t] < 0 ? 1 : 0;
        }
        return months == 0 ? 0 : (double) clear / months;
    }

    /** The most boxes a box plot draws. */
    static final int MAX_BOXES = 12;

    /**
     * The {@link #MAX_BOXES} entries of {@code by} whose lab has the largest mean {@code
     * LAB.headcount_end} over the runs (the market, an entry without a lab, first), in their order.
     */
    static Map<String, List<Double>> largest(Map<String, List<Double>> by, Csv runs) {
        Map<String, Double> size = new LinkedHashMap<>();
        for (String lab : by.keySet()) {
            String col = lab + ".headcount_end";
            double sum = 0;
            int n = 0;
            if (runs.has(col)) {
                for (String[] row : runs.rows()) {
                    double v = runs.num(row, runs.col(col));
                    if (!Double.isNaN(v)) {
                        sum += v;
                        n++;
                    }
                }
            }
            size.put(lab, n == 0 ? Double.POSITIVE_INFINITY : sum / n);   // no such column: the market's own entry
        }
        List<String> keep = size.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
                .limit(MAX_BOXES).map(Map.Entry::getKey).toList();
        Map<String, List<Double>> out = new LinkedHashMap<>();
        by.forEach((k, v) -> {
            if (keep.contains(k)) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** The most cells whose fan chart is drawn (more: the first and the last). */
    static final int MAX_FANS = 4;

    /** Fan charts of the headcount paths: one per cell (at most {@link #MAX_FANS}). */
    private void fans(Html h) {
        List<String> cells = d.pathCells();
        if (cells.size() > MAX_FANS) {
            cells = List.of(cells.get(0), cells.get(cells.size() - 1));
            h.el("p", "note", "Fan charts of the first and the last cell; paths.csv has every run's paths.");
        }
        // a lab's panels share one axis across the cells, so that the arms' fans of a lab compare
        // (each fitted its own: AMI Labs' median of 14 and of 17 stood at the same height; a strategist's review)
        Map<String, double[]> shared = new LinkedHashMap<>();
        if (cells.size() > 1) {
            for (String cell : cells) {
                d.fan(cell).quantiles().forEach((lab, q) -> {
                    if (anyRun(q)) {
                        double[] r = shared.computeIfAbsent(lab, k -> new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY});
                        for (int t = 0; t < q[0].length; t++) {
                            r[0] = Double.isNaN(q[0][t]) ? r[0] : Math.min(r[0], q[0][t]);
                            r[1] = Double.isNaN(q[4][t]) ? r[1] : Math.max(r[1], q[4][t]);
                        }
                    }
                });
            }
        }
        h.raw("<div class=\"grid\">\n");
        for (String cell : cells) {
            ExperimentData.Fan f = d.fan(cell);
            double[] x = f.periods().stream().mapToDouble(RunData::time).toArray();
            String title = "Headcount over " + f.runs() + " runs" + (d.kind == ExperimentData.Kind.REPLICATE ? ""
                    : (d.kind == ExperimentData.Kind.COMPARE ? ", arm " : ", cell ") + cell);
            Map<String, double[][]> largest = largestLabs(f.quantiles());
            long drawn = largest.values().stream().filter(java.util.Objects::nonNull).count();
            long labs = f.quantiles().values().stream().filter(ExperimentReport::anyRun).count();
            add(h, new Figure("fan-" + Ids.of(cell), title, "month", "researchers employed (headcount)",
                    "The line is the median run, the dark band the middle half of the runs and the light band 90% of them:"
                            + " where a lab's bands are wide, its path depends on chance, not only on the scenario. Each lab"
                            + " has a scale of its own (read its axis: a band that fills a panel may be a few people)"
                            + (cells.size() > 1 ? ", the same in every " + (d.kind == ExperimentData.Kind.COMPARE ? "arm" : "cell")
                                    + "'s chart" : "")
                            + (drawn < labs ? "; the " + drawn + " largest of the " + labs + " labs by their median headcount at"
                                    + " the end (paths.csv has every lab)" : "") + "."
                            + (d.kind == ExperimentData.Kind.REPLICATE ? "" : " The fans show the spread over the runs; "
                                    + (d.kind == ExperimentData.Kind.COMPARE ? "an arm's effect is its difference to the baseline"
                                    + " over the same seeds (above)." : "a cell's effect is its difference to the first cell over"
                                    + " the same seeds (the paired table above).")),
                    ExperimentCharts.fanPanels(title, "month", "researchers employed (headcount)", x, largest, shared,
                            marks(events().of(cell), x)), 640,
                    110 + ExperimentCharts.PANEL_HEIGHT * (int) drawn));
        }
        h.raw("</div>\n");
    }

    /** Whether a lab's fan has a run where it exists (a lab founded in no run has none). */
    static boolean anyRun(double[][] q) {
        return q != null && java.util.Arrays.stream(q[2]).anyMatch(v -> !Double.isNaN(v));
    }

    /**
     * The fans of the {@link #MAX_BOXES} labs of the largest median headcount at the end (their
     * last period with one), the others null (they keep their places, and so their colours).
     */
    static Map<String, double[][]> largestLabs(Map<String, double[][]> quantiles) {
        Map<String, Double> end = new LinkedHashMap<>();
        quantiles.forEach((lab, q) -> {
            if (anyRun(q)) {
                double last = Double.NaN;
                for (double v : q[2]) {
                    last = Double.isNaN(v) ? last : v;
                }
                end.put(lab, last);
            }
        });
        Set<String> keep = new java.util.HashSet<>(end.entrySet().stream()
                .sorted((a, b) -> Double.compare(b.getValue(), a.getValue())).limit(MAX_BOXES).map(Map.Entry::getKey).toList());
        Map<String, double[][]> out = new LinkedHashMap<>();
        quantiles.forEach((lab, q) -> out.put(lab, keep.contains(lab) ? q : null));
        return out;
    }

    /**
     * The ratios asked for ({@code ratios.csv}): per ratio and arm (cell), its ratio of means with
     * Fieller's interval and, against the baseline (the first cell), the differences in the two
     * metrics and their ratio, the incremental one (the extra A per extra B).
     */
    private void ratios(Html h) {
        Csv c = d.ratios;
        String unit = d.kind == ExperimentData.Kind.COMPARE ? "arm" : "cell";
        boolean compared = c.rows().stream().anyMatch(r -> !Csv.cell(r, c.col("vs")).isEmpty());
        String vs = d.kind == ExperimentData.Kind.COMPARE ? d.baseline() : "the first cell";
        int replications = d.spec.path("replications").asInt(0);
        h.raw("<h2 id=\"ratios\">Ratios</h2>\n");
        java.util.Map<String, List<String[]>> byRatio = new LinkedHashMap<>();
        for (String[] r : c.rows()) {
            byRatio.computeIfAbsent(Csv.cell(r, c.col("ratio")), k -> new ArrayList<>()).add(r);
        }
        List<List<String>> rows = new ArrayList<>();
        boolean[] marks = new boolean[4];   // unbounded, no ratio, one run, fewer runs
        for (Map.Entry<String, List<String[]>> g : byRatio.entrySet()) {
            boolean first = true;
            for (String[] r : g.getValue()) {
                List<String> row = new ArrayList<>(List.of(first ? g.getKey() : "", Csv.cell(r, c.col("cell")),
                        ratioCell(c, r, "ratio_of_means", "ci_low", "ci_high", false, marks), Csv.cell(r, c.col("n"))));
                if (compared) {
                    boolean has = !Csv.cell(r, c.col("vs")).isEmpty();
                    boolean none = has && Csv.cell(r, c.col("numerator_difference")).isEmpty();
                    row.add(!has ? "" : none ? "\u2013" : signed(c.num(r, c.col("numerator_difference"))) + " / "
                            + signed(c.num(r, c.col("denominator_difference"))));
                    row.add(has ? ratioCell(c, r, "incremental", "incremental_ci_low", "incremental_ci_high", true, marks) : "");
                    row.add(has ? Csv.cell(r, c.col("pairs")) : "");
                }
                for (String n : new String[] {"n", "pairs"}) {
                    int k = n.equals("pairs") && !compared ? 0 : Csv.cell(r, c.col(n)).isEmpty() ? 0 : c.whole(r, c.col(n), 0, Integer.MAX_VALUE);
                    marks[3] |= k > 0 && k < replications;
                }
                rows.add(row);
                first = false;
            }
        }
        h.el("p", "A per B is mean(A) / mean(B) over each " + unit + "'s runs where both have a value" + (compared ? "; the incremental"
                + " ratio is the " + unit + "'s mean difference to " + vs + " in A over its mean difference in B, paired over the same"
                + " seeds: the extra A per extra B, positive when A and B moved the same way (both up, or both down: less A for each B"
                + " fewer), negative when they moved opposite ways" : "") + ". The intervals are"
                + " Fieller's (95%), not symmetric around the ratio."
                + (marks[0] ? " 'unbounded': B" + (compared ? " (its difference)" : "") + " is not clearly away from 0, so no interval"
                        + " bounds the ratio (Fieller's set is the whole line, or the line less a middle range); more replications"
                        + " may bound it." : "")
                + (marks[3] ? " n (pairs) below the " + replications + " replications: A or B is undefined in some runs, and the ratio"
                        + " is over the others, so its means may differ from the metrics' own." : "")
                + (marks[2] ? " Over one run (pair) there is no interval." : "")
                + (marks[1] ? " \u2013: no ratio (B's mean or difference is 0, or no run has both values)." : ""));
        h.raw("<div class=\"scroll\">");
        h.table("experiment-ratios", compared ? List.of("ratio", unit, "of means [95% CI]", "n", "differences vs "
                + (d.kind == ExperimentData.Kind.COMPARE ? vs : "first cell"), "incremental [95% CI]", "pairs")
                : List.of("ratio", unit, "of means [95% CI]", "n"), rows, k -> k >= 2);
        h.raw("</div>\n");
        // each incremental ratio in words, which way each metric moved (a strategist read "+3.9M per
        // poached_out" of an arm that spent less and lost fewer as a price)
        List<String> read = new ArrayList<>();
        for (String[] r : c.rows()) {
            // only where an interval bounds it (unbounded, -Inf to Inf in the file, the ratio is no price to read)
            String low = Csv.cell(r, c.col("incremental_ci_low"));
            String high = Csv.cell(r, c.col("incremental_ci_high"));
            boolean bounded = !low.isEmpty() && !high.isEmpty() && !low.endsWith("Inf") && !high.endsWith("Inf");
            if (!Csv.cell(r, c.col("vs")).isEmpty() && !Csv.cell(r, c.col("numerator_difference")).isEmpty() && bounded) {
                String line = Fmt.ratioReading(Csv.cell(r, c.col("cell")), Csv.cell(r, c.col("numerator")),
                        Csv.cell(r, c.col("denominator")), c.num(r, c.col("numerator_difference")),
                        c.num(r, c.col("denominator_difference")), c.num(r, c.col("incremental")), c.num(r, c.col("incremental_ci_low")),
                        c.num(r, c.col("incremental_ci_high")));
                if (line != null) {
                    read.add(line);
                }
            }
        }
        if (!read.isEmpty()) {
            h.el("p", "note", "Read: " + String.join("; ", read) + ".");
        }
    }

    /**
     * A ratio and its interval from {@code ratios.csv}'s columns; "unbounded" for ±Inf, "–" where
     * there is no ratio, the bare ratio over one run; {@code marks} noted: unbounded, no ratio, one.
     * Below a thousandth in scientific notation throughout, as the command line's table.
     */
    private static String ratioCell(Csv c, String[] r, String value, String low, String high, boolean sign, boolean[] marks) {
        if (Csv.cell(r, c.col(value)).isEmpty()) {
            marks[1] = true;
            return "\u2013";
        }
        double v = c.num(r, c.col(value));
        String lo = Csv.cell(r, c.col(low));
        String hi = Csv.cell(r, c.col(high));
        boolean unbounded = lo.equals("-Inf") || hi.equals("Inf");
        double l = lo.isEmpty() || unbounded ? Double.NaN : c.num(r, c.col(low));
        double u = hi.isEmpty() || unbounded ? Double.NaN : c.num(r, c.col(high));
        boolean small = Fmt.smallRatio(v, l, u);
        java.util.function.DoubleFunction<String> f = x -> Fmt.ratio(x, small, sign);
        if (lo.isEmpty() || hi.isEmpty()) {
            marks[2] = true;
            return f.apply(v);   // one run: no interval
        }
        if (unbounded) {
            marks[0] = true;
            return f.apply(v) + " [unbounded]";
        }
        return f.apply(v) + " [" + f.apply(l) + ", " + f.apply(u) + "]";
    }

    private void summaryTable(Html h, Set<String> shown) {
        Csv s = d.summary;
        List<List<String>> rows = new ArrayList<>();
        List<String> below = new ArrayList<>();   // metrics with a mean at or above 0 whose interval reaches below it
        for (String[] r : s.rows()) {
            if (!shown.contains(Csv.cell(r, s.col("metric")))) {
                continue;
            }
            double mean = s.num(r, s.col("mean"));
            if (mean >= 0 && s.num(r, s.col("ci_low")) < 0 && !below.contains(Csv.cell(r, s.col("metric")))) {
                below.add(Csv.cell(r, s.col("metric")));
            }
            rows.add(List.of(Csv.cell(r, s.col("cell")), Csv.cell(r, s.col("metric")), Fmt.num(mean),
                    "[" + Fmt.num(s.num(r, s.col("ci_low"))) + ", " + Fmt.num(s.num(r, s.col("ci_high"))) + "]",
                    Fmt.num(s.num(r, s.col("sd"))), Csv.cell(r, s.col("n"))));
        }
        h.raw("<div class=\"scroll\">");
        h.table("experiment-summary", List.of(d.kind == ExperimentData.Kind.COMPARE ? "arm" : "cell", "metric", "mean",
                "95% CI", "sd", "n"), rows, k -> k >= 2);
        h.raw("</div>\n");
        String units = MetricUnits.line(shown, modelUnits);
        if (units != null) {
            h.el("p", "note", units);
        }
        if (!below.isEmpty()) {
            // a t interval of a count or an amount reaching below zero read as a negative count
            // (found by a student-style review): said, not clipped (the interval is the t interval)
            h.el("p", "note", "A 95% CI is the mean \u00b1 t \u00b7 sd / \u221an over the replications: with few of them,"
                    + " or values mostly 0, it can reach below zero even for an amount that cannot be negative ("
                    + (below.size() > 6 ? String.join(", ", below.subList(0, 6)) + " and " + (below.size() - 6) + " more"
                            : String.join(", ", below)) + "); more replications narrow it.");
        }
    }


    /** The most differences the headline names per arm. */
    static final int HEADLINE_MOST = 3;

    /**
     * The answer in a sentence, above the plot (it was only in the plot's edge labels, among dozens
     * of rows: a student's review): per arm, the differences to the baseline among the metrics
     * shown ({@code want}) whose p (Holm) is below 0.05, the largest against the baseline's mean
     * first (one from a baseline of 0 first of all: something switched on), at most {@link
     * #HEADLINE_MOST}; or that it has none. Null when no arm has a tested difference.
     */
    static String headline(Csv c, String baseline, Set<String> want) {
        List<String> parts = headlineParts(c, baseline, want);
        return parts == null ? null : HEADLINE_LEAD + " " + String.join("; ", parts) + ". " + HEADLINE_TAIL;
    }

    static final String HEADLINE_LEAD = "In short, of the metrics shown, the largest differences beyond chance (p (Holm) below"
            + " 0.05), as a share of the baseline's mean:";
    static final String HEADLINE_TAIL = "The plot and the table below give each with its 95% interval.";

    /** The headline on the page: its lead, one arm or cell to a line, its tail; nothing when {@code parts} is null. */
    private static void headlineList(Html h, String lead, List<String> parts, String tail) {
        if (parts == null) {
            return;
        }
        h.el("p", "lead", lead);
        h.raw("<ul class=\"lead\">\n");
        for (String part : parts) {
            h.raw("<li>").raw(Html.esc(part)).raw("</li>\n");
        }
        h.raw("</ul>\n");
        h.el("p", "lead", tail);
    }

    /**
     * What the figures below mean, in plain words, under the headline: p, Holm and the interval
     * were explained only in notes under tables of tens of rows, the metrics' names at the page's
     * end (a student's review of a comparison).
     */
    private static void howToRead(Html h, String what, String against) {
        h.raw("<p class=\"note\"><b>How to read it.</b> ").raw(Html.esc("Each " + what + " ran on the same seeds as " + against
                + ", so each of its runs has a twin there; a difference is a run less its twin, averaged over the pairs. The 95%"
                + " interval is made so that, were the experiment run again and again with new seeds, 95 intervals in 100 would"
                + " hold the average difference over endless seeds."
                + " \"Beyond chance\" means p (Holm) below 0.05: so large a difference would come from the runs' randomness alone"
                + " less than once in 20, counting that many metrics were tested at once (Holm's adjustment, which makes each"
                + " p larger); an interval is of its metric alone, so one that leaves out 0 may stand beside a p (Holm) above"
                + " 0.05, and the difference is then not shown beyond chance. These measure the randomness of the runs, not"
                + " whether the model is right. A metric is named"
                + " LAB.kind (Meta.poached_out: the researchers poached from Meta);")).raw(" <a href=\"#words\">what each kind"
                + " means</a>.</p>\n");
    }

    /** {@link #headline}'s sentence of each arm; null when no arm has a tested difference. */
    static List<String> headlineParts(Csv c, String baseline, Set<String> want) {
        return headlineParts(c, baseline, want, "arm", "the baseline", Set.of());
    }

    /**
     * A sweep's headline: each cell's largest differences to the first cell beyond chance, from
     * {@code differences.csv} (a sweep's page had no such answer, where a comparison's had: a
     * strategist's review); at most {@link #SWEEP_HEADLINE_CELLS} cells, then how many more.
     */
    static List<String> sweepHeadlineParts(Csv differences, String first, Set<String> want) {
        return sweepHeadlineParts(differences, first, want, Set.of());
    }

    /** {@link #sweepHeadlineParts(Csv, String, Set)}, the cells in {@code same} said to have given the first cell's runs. */
    static List<String> sweepHeadlineParts(Csv differences, String first, Set<String> want, Set<String> same) {
        List<String> parts = headlineParts(differences.renamed("cell", "arm"), first, want, "cell", "the first cell", same);
        if (parts == null || parts.size() <= SWEEP_HEADLINE_CELLS) {
            return parts;
        }
        // the cells with a difference beyond chance first, in the grid's order: the first eight cells of a
        // grid said "none" seven times while the cells that differed were left in "and 11 more" (a sweep
        // analyst's review)
        List<String> found = new ArrayList<>();
        List<String> none = new ArrayList<>();
        for (String part : parts) {
            (part.contains(" differs from the first cell in none of them beyond chance")
                    || part.contains(" gave the same runs as the first cell") ? none : found).add(part);
        }
        List<String> some = new ArrayList<>(found.subList(0, Math.min(found.size(), SWEEP_HEADLINE_CELLS)));
        int moreFound = found.size() - some.size();
        for (String part : none) {
            if (some.size() >= SWEEP_HEADLINE_CELLS) {
                break;
            }
            some.add(part);
        }
        int moreNone = parts.size() - some.size() - moreFound;
        some.add("and " + (parts.size() - some.size()) + " more cells (" + (moreFound > 0 && moreNone > 0 ? moreFound
                + " of them with a difference beyond chance" : moreFound > 0 ? "each with a difference beyond chance" : "none of"
                + " them with a difference beyond chance") + "; the table below has them all)");
        return some;
    }

    /** A difference beyond chance under this share of the baseline's mean is too small to headline. */
    static final double NEGLIGIBLE = 0.001;
    static final String NEGLIGIBLE_SAID = "0.1%";

    /** The most cells a sweep's headline names. */
    static final int SWEEP_HEADLINE_CELLS = 8;

    static final String SWEEP_HEADLINE_LEAD = "In short, of the metrics shown, each cell's largest differences to the first cell"
            + " beyond chance (p (Holm) below 0.05), as a share of the first cell's mean:";
    static final String SWEEP_HEADLINE_TAIL = "The charts and the paired table below give each with its 95% interval.";

    /**
     * The sentence of each arm (or cell, {@code what}) against {@code baseline}, called {@code
     * theBaseline} in words; null when none has a tested difference.
     */
    private static List<String> headlineParts(Csv c, String baseline, Set<String> want, String what, String theBaseline,
            Set<String> same) {
        Map<String, Double> base = new LinkedHashMap<>();
        java.util.Set<String> baseVaries = new java.util.HashSet<>();   // the baseline's values differ between runs
        Map<String, List<String[]>> byArm = new LinkedHashMap<>();
        for (String[] r : c.rows()) {
            String arm = Csv.cell(r, c.col("arm"));
            if (!want.contains(Csv.cell(r, c.col("metric")))) {
                continue;
            }
            if (arm.equals(baseline)) {
                base.putIfAbsent(Csv.cell(r, c.col("metric")), c.num(r, c.col("mean")));
                if (c.num(r, c.col("ci_low")) < c.num(r, c.col("ci_high"))) {
                    baseVaries.add(Csv.cell(r, c.col("metric")));
                }
            } else {
                byArm.computeIfAbsent(arm, k -> new ArrayList<>()).add(r);
            }
        }
        List<String> parts = new ArrayList<>();
        boolean tested = false;
        for (Map.Entry<String, List<String[]>> e : byArm.entrySet()) {
            if (same.contains(e.getKey())) {
                // the same runs, metric by metric: no difference, not one too small to tell from chance
                // ("differs in none of them beyond chance" of a budget that never bound: a strategist's review)
                parts.add(what + " " + e.getKey() + " gave the same runs as " + theBaseline + ", every metric in runs.csv replication"
                        + " by replication: what it changes made no difference here (a policy that never comes into play, a budget"
                        + " that never binds)");
                tested = true;
                continue;
            }
            List<String[]> clear = new ArrayList<>();
            List<String> tied = new ArrayList<>();   // p 0 from a chance tie over few pairs: not counted (see Fmt.chanceTie)
            for (String[] r : e.getValue()) {
                double p = Csv.cell(r, c.col("p_holm")).isEmpty() ? Double.NaN : c.num(r, c.col("p_holm"));
                tested |= !Double.isNaN(p);
                double b = base.getOrDefault(Csv.cell(r, c.col("metric")), Double.NaN);
                if (Double.isFinite(b) && Double.isFinite(c.num(r, c.col("difference")))) {
                    // a tie has no p_holm (out of Holm's family: PairedDifference.chanceTie), nor a p of 0 before
                    if (chanceTie(c, r, baseVaries.contains(Csv.cell(r, c.col("metric"))))) {
                        tied.add(Csv.cell(r, c.col("metric")) + " " + signed(c.num(r, c.col("difference"))) + " in each of the "
                                + Csv.cell(r, c.col("pairs")) + " pairs");
                    } else if (p < 0.05) {
                        clear.add(r);
                    }
                }
            }
            // a p of 0 that two runs' counts differing alike gave headlined the arm "beyond chance"
            // ("Keeper.quits -1 (-11%)" from 2 replications: a strategist's review); said apart
            String tiedNote = tied.isEmpty() ? "" : " (not counted: " + String.join(", ", tied) + ": the same difference in"
                    + " every pair, over too few pairs to tell from chance; run more replications)";
            // the share of the baseline's mean, as the forest plot draws it (of its size: a negative
            // mean kept the sign of a rise the wrong way); from a baseline of 0, first of all
            java.util.function.ToDoubleFunction<String[]> size = r -> {
                double b = base.get(Csv.cell(r, c.col("metric")));
                return b == 0 ? Double.POSITIVE_INFINITY : Math.abs(c.num(r, c.col("difference")) / b);
            };
            clear.sort(java.util.Comparator.comparingDouble(size).reversed());
            // a lab's counter-offers brought to 0 in every run (an arm that makes none) are the
            // policy itself, not a finding: said apart, after the rest ("countered -100%" led the
            // answer to "does countering pay?": a student's review). Any other metric at 0 in every
            // run is an outcome and stays among the differences (an equity arm that ended poaching,
            // poached_out -100%, was said apart as "what the arm sets": a strategist's review)
            List<String> off = new ArrayList<>();
            for (java.util.Iterator<String[]> it = clear.iterator(); it.hasNext();) {
                String[] r = it.next();
                if (kind(Csv.cell(r, c.col("metric"))).equals("countered") && zeroInEveryRun(c, r)) {
                    off.add(Csv.cell(r, c.col("metric")));
                    it.remove();
                }
            }
            // where the arm starts (a team's headcount it sets) is its input, not an outcome: said apart
            // ("Keeper.headcount_start +100 (+20%)" led the answer of an arm that set the headcount: a strategist's review)
            List<String> starts = new ArrayList<>();
            for (java.util.Iterator<String[]> it = clear.iterator(); it.hasNext();) {
                String[] r = it.next();
                if (kind(Csv.cell(r, c.col("metric"))).equals("headcount_start")) {
                    starts.add(said(c, r, base));
                    it.remove();
                }
            }
            String startsNote = starts.isEmpty() ? "" : " (" + String.join(", ", starts) + (starts.size() == 1 ? " is" : " are")
                    + " where " + e.getKey() + " starts, its own setting, not an outcome)";
            // beyond chance but too small to matter: under a thousandth of the baseline's mean (a
            // prestige changed by a millionth headlined "Keeper.mean_salary_end -0.09897 (-0.000016%)"
            // as the arm's largest difference: a strategist's review); counted apart, after the rest
            List<String[]> small = new ArrayList<>();
            for (java.util.Iterator<String[]> it = clear.iterator(); it.hasNext();) {
                String[] r = it.next();
                if (size.applyAsDouble(r) < NEGLIGIBLE) {
                    small.add(r);
                    it.remove();
                }
            }
            String smallNote = small.isEmpty() ? "" : (small.size() == 1 ? "1 difference" : small.size() + " differences")
                    + " beyond chance " + (small.size() == 1 ? "is" : "are") + " under " + NEGLIGIBLE_SAID + " of " + theBaseline
                    + "'s mean, too small to matter (the largest: " + said(c, small.get(0), base) + ")";
            if (clear.isEmpty() && off.isEmpty()) {
                parts.add(what + " " + e.getKey() + " differs from " + theBaseline + " in none of them beyond chance"
                        + (starts.isEmpty() ? "" : " but its start") + startsNote
                        + (small.isEmpty() ? "" : " by " + NEGLIGIBLE_SAID + " of its mean or more; " + smallNote) + tiedNote);
                continue;
            }
            List<String> said = new ArrayList<>();
            Set<String> named = new java.util.HashSet<>();
            for (String[] r : clear.subList(0, Math.min(HEADLINE_MOST, clear.size()))) {
                said.add(said(c, r, base));
                named.add(Csv.cell(r, c.col("metric")));
            }
            // and the size and cost of the labs those name, where beyond chance: the answer to "does
            // it pay?" (spend beside headcount) was only in the table (a student's review)
            Set<String> labs = new LinkedHashSet<>();
            for (String m : named) {
                int dot = m.lastIndexOf('.');
                if (dot > 0 && !m.startsWith("market.")) {
                    labs.add(m.substring(0, dot));
                }
            }
            List<String> sizeAndCost = new ArrayList<>();
            Set<String> aspects = new java.util.HashSet<>();   // "size", "spending", "capability": what the list holds
            int unclear = 0;   // of them, differences not beyond chance (what the lab committed)
            for (String lab : labs) {
                for (String kind : List.of("headcount_end", "spend", "committed", "capability_end")) {
                    for (String[] r : clear) {
                        if (Csv.cell(r, c.col("metric")).equals(lab + "." + kind) && !named.contains(lab + "." + kind)
                                && !(kind.equals("committed") && sameAsSpend(c, e.getKey(), lab))) {
                            sizeAndCost.add(said(c, r, base));
                            aspects.add(aspect(kind));
                        }
                    }
                    // spend beyond chance but what the lab committed not: said, so that a policy paying in
                    // equity does not read as a saving ("spend -163M" alone: a reviewer)
                    if (kind.equals("committed") && !sameAsSpend(c, e.getKey(), lab)
                            && clear.stream().anyMatch(r -> Csv.cell(r, c.col("metric")).equals(lab + ".spend"))
                            && clear.stream().noneMatch(r -> Csv.cell(r, c.col("metric")).equals(lab + ".committed"))) {
                        for (String[] r : e.getValue()) {
                            if (Csv.cell(r, c.col("metric")).equals(lab + ".committed") && base.containsKey(lab + ".committed")
                                    && !Csv.cell(r, c.col("difference")).isEmpty()) {
                                sizeAndCost.add(said(c, r, base) + " not beyond chance");
                                aspects.add("spending");
                                unclear++;
                            }
                        }
                    }
                }
            }
            int more = clear.size() - said.size() - (sizeAndCost.size() - unclear);
            parts.add(what + " " + e.getKey() + " against " + baseline + ": " + (said.isEmpty() ? "nothing else beyond chance"
                    : String.join(", ", said)) + (sizeAndCost.isEmpty() ? "" : "; " + aspects(aspects) + ": "
                    + String.join(", ", sizeAndCost))
                    + (more > 0 ? ", and " + more + " more beyond chance" : "")
                    + (off.isEmpty() ? "" : " (" + String.join(", ", off) + (off.size() == 1 ? " is" : " are") + " 0 in every run of "
                    + e.getKey() + ": no counter-offers)") + startsNote + (small.isEmpty() ? "" : "; " + smallNote) + tiedNote);
        }
        if (!tested) {
            return null;
        }
        return parts;
    }

    /** What a lab's metric of kind {@code kind} tells of it, in the headline's words: its size, cost or capability. */
    private static String aspect(String kind) {
        return kind.equals("headcount_end") ? "size" : kind.equals("capability_end") ? "capability" : "spending";
    }

    /**
     * The label of the headline's list of a lab's size, spending and capability, naming only what
     * the list holds ("its size and cost:" led a list of one headcount: a student's review), in
     * that order: "its size", "its spending", "its size and spending", "its size, spending and
     * capability" … ("spending", not "cost": "its cost: Keeper.spend -12.26M" called a saving a
     * cost, a strategist's review)
     */
    static String aspects(Set<String> present) {
        List<String> in = new ArrayList<>();
        for (String a : List.of("size", "spending", "capability")) {
            if (present.contains(a)) {
                in.add(a);
            }
        }
        String words = in.size() == 1 ? in.get(0)
                : String.join(", ", in.subList(0, in.size() - 1)) + " and " + in.get(in.size() - 1);
        return "its " + words;
    }

    /**
     * The mean over {@code arm}'s runs of the counter-offers of the lab whose retention {@code
     * override} sets (summary.csv's {@code LAB.countered}); null when the summary has none.
     */
    private Double counteredMean(String arm, String override) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("labs\\[([^\\]/]+)(/[^\\]]*)?\\]\\.retention.*").matcher(override.strip());
        if (d.summary == null || !m.matches()) {
            return null;
        }
        String metric = m.group(1) + ".countered";
        for (String[] r : d.summary.rows()) {
            if (Csv.cell(r, d.summary.col("cell")).equals(arm) && Csv.cell(r, d.summary.col("metric")).equals(metric)
                    && !Csv.cell(r, d.summary.col("mean")).isEmpty()) {
                return d.summary.num(r, d.summary.col("mean"));
            }
        }
        return null;
    }

    /**
     * A lab's counter-offer policy set by an override, in words ({@code labs[Meta].retention=none} →
     * "Meta makes no counter-offers"); null for any other override.
     */
    static String inWords(String override) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("labs\\[(.+)\\]\\.retention(\\.upTo)?=(.*)").matcher(override.strip());
        if (!m.matches()) {
            return null;
        }
        String lab = m.group(1);
        String v = m.group(3).strip();
        if (m.group(2) != null) {
            return lab + " counters outside offers up to " + v + " times a researcher's value to it";
        }
        return switch (v) {
            case "none" -> lab + " makes no counter-offers";
            case "match" -> lab + " counters outside offers up to a researcher's value to it";
            case "stars" -> lab + " counters outside offers for its well-known researchers only";
            default -> v.startsWith("{") ? lab + "'s counter-offer policy: " + v : null;
        };
    }

    /** The kinds of metric and what each means, in a line (docs/METRICS.md has them whole). */
    static final Map<String, String> METRIC_WORDS = Map.ofEntries(
            Map.entry("headcount_start", "researchers employed at the start"),
            Map.entry("headcount_end", "researchers employed at the end (those on notice not counted)"),
            Map.entry("hires", "researchers hired out of the pool (not poached)"),
            Map.entry("poached_in", "researchers hired away from other labs"),
            Map.entry("poached_out", "researchers lost to other labs' offers"),
            Map.entry("acquired_in", "researchers bought in acqui-hires"),
            Map.entry("acquired_out", "researchers sold in acqui-hires"),
            Map.entry("transfers_in", "researchers brought by a team moved in from another lab"),
            Map.entry("transfers_out", "researchers gone with a team moved to another lab"),
            Map.entry("founders_in", "founders of a lab founded in the run"),
            Map.entry("founders_out", "researchers who left to found a lab"),
            Map.entry("countered", "outside offers the lab countered, keeping the researcher"),
            Map.entry("quits", "researchers who quit into the pool"),
            Map.entry("layoffs", "researchers laid off (events, dismissals, budget cuts)"),
            Map.entry("exits", "researchers who retired from the lab"),
            Map.entry("payroll_end", "the year's pay bill at the end, those on notice included"),
            Map.entry("spend", "money spent over the run: pay, vested equity, sign-ons, severance, acqui-hires (not equity granted"
                    + " and not yet vested: see committed)"),
            Map.entry("committed", "what the run committed the lab to: its spend and the equity it granted that has not vested by"
                    + " the end (less what was unvested at the start); the same as spend for a lab paying in cash"),
            Map.entry("mean_salary_end", "mean pay of those employed at the end (a year's cash and vesting equity)"),
            Map.entry("mean_morale_end", "mean morale (0 to 1) of those employed at the end"),
            Map.entry("capability_end", "the capability index at the end"),
            Map.entry("output_end", "the team's output in the last month"),
            Map.entry("equity_vested", "equity that vested over the run"),
            Map.entry("sign_ons", "sign-ons and buy-outs paid"),
            Map.entry("clawed_back", "sign-ons repaid by those who left early"),
            Map.entry("unvested_end", "equity granted and not yet vested at the end"),
            Map.entry("leaving_unvested", "monthly leaving rate of staff holding unvested equity"),
            Map.entry("leaving_vested_out", "monthly leaving rate in the months right after a grant vested out"),
            Map.entry("retention", "share of the starting staff still there at the end, never having left (not the"
                    + " counter-offer policy of that name)"),
            Map.entry("retention_joined", "share of those who joined during the run still there at the end"),
            Map.entry("leaving_joined", "monthly rate at which those who joined during the run leave"),
            Map.entry("market.unemployment_end", "share of researchers without a job (on notice or looking) at the end"),
            Map.entry("market.mean_salary_end", "mean pay of everyone employed at the end"),
            Map.entry("market.moves_per_month", "moves between labs and the pool, a month"),
            Map.entry("market.poached_per_month", "researchers poached from one lab by another, a month"),
            Map.entry("market.visa_exits", "researchers on a visa who had to leave the market, their grace period over"),
            Map.entry("market.events_skipped", "parts of the scenario's events a run did not play"));

    /** The kind of {@code metric}: its name after the lab's ({@code Meta.retention} → {@code retention}); a market metric whole. */
    static String kind(String metric) {
        return metric.startsWith("market.") ? metric : metric.substring(metric.lastIndexOf('.') + 1);
    }

    /** What the kinds of metric shown mean, one to a line (a student met retention, leaving_joined and spend undefined). */
    private static void metricWords(Html h, List<String> shown) {
        Set<String> kinds = new LinkedHashSet<>();
        for (String m : shown) {
            if (METRIC_WORDS.containsKey(kind(m))) {
                kinds.add(kind(m));
            }
        }
        if (kinds.isEmpty()) {
            // (the anchor "How to read it" links to)
            h.raw("<p class=\"note\" id=\"words\">").raw(Html.esc("The metrics shown are of no standard kind (docs/METRICS.md has"
                    + " the standard ones).")).raw("</p>\n");
            return;
        }
        h.raw("<p class=\"note\" id=\"words\">").raw(Html.esc("What the metrics mean (LAB.kind; docs/METRICS.md has each whole):"))
                .raw("</p>\n");
        h.raw("<ul class=\"terms\">\n");
        for (String k : kinds) {
            h.raw("<li><b>").raw(Html.esc(k)).raw("</b>: ").raw(Html.esc(METRIC_WORDS.get(k))).raw("</li>\n");
        }
        h.raw("</ul>\n");
    }

    /** A metric's difference in the headline: {@code Meta.spend -235M (-4%)}, or {@code (from 0)}. */
    /**
     * Whether {@code arm}'s difference in {@code lab}'s committed is its difference in spend (a
     * lab paying in cash, or one whose unvested equity the arm leaves as it was): then the headline
     * says spend only.
     */
    private static boolean sameAsSpend(Csv c, String arm, String lab) {
        String spend = null;
        String committed = null;
        for (String[] r : c.rows()) {
            if (Csv.cell(r, c.col("arm")).equals(arm)) {
                String m = Csv.cell(r, c.col("metric"));
                if (m.equals(lab + ".spend")) {
                    spend = Csv.cell(r, c.col("difference"));
                } else if (m.equals(lab + ".committed")) {
                    committed = Csv.cell(r, c.col("difference"));
                }
            }
        }
        return spend != null && spend.equals(committed);
    }

    /** {@link Report#withBeyondChance} over the rows of {@code c}, a {@code comparison.csv}. */
    static Report.Shown withBeyondChance(Report.Shown shown, Csv c, String baseline) {
        if (!c.has("p_holm") || !c.has("metric") || !c.has("arm")) {
            return shown;
        }
        java.util.Set<String> in = new java.util.HashSet<>(shown.metrics());
        java.util.Set<String> baseVaries = new java.util.HashSet<>();
        Map<String, Double> base = new java.util.HashMap<>();
        for (String[] r : c.rows()) {
            if (Csv.cell(r, c.col("arm")).equals(baseline)) {
                base.put(Csv.cell(r, c.col("metric")), c.num(r, c.col("mean")));
                if (c.num(r, c.col("ci_low")) < c.num(r, c.col("ci_high"))) {
                    baseVaries.add(Csv.cell(r, c.col("metric")));
                }
            }
        }
        // each metric left out that some arm moves beyond chance, with its largest move as a share
        // of the baseline's mean (from a mean of 0, first of all)
        Map<String, Double> size = new LinkedHashMap<>();
        for (String[] r : c.rows()) {
            String m = Csv.cell(r, c.col("metric"));
            if (in.contains(m) || Csv.cell(r, c.col("arm")).equals(baseline) || Csv.cell(r, c.col("p_holm")).isEmpty()) {
                continue;
            }
            if (c.num(r, c.col("p_holm")) < 0.05 && !chanceTie(c, r, baseVaries.contains(m))) {
                double b = base.getOrDefault(m, Double.NaN);
                double d = Math.abs(c.num(r, c.col("difference")));
                double share = b == 0 ? Double.POSITIVE_INFINITY : Double.isFinite(b) ? d / Math.abs(b) : 0;
                size.merge(m, share, Math::max);
            }
        }
        if (size.isEmpty()) {
            return shown;
        }
        // the largest of them, a few: at 50 replications of the flagship 41 metrics of other labs
        // moved beyond chance, a table of 72 rows
        List<String> more = new ArrayList<>(size.keySet());
        more.sort((a, b) -> Double.compare(size.get(b), size.get(a)));
        List<String> taken = more.subList(0, Math.min(BEYOND_CHANCE_SHOWN, more.size()));
        List<String> all = new ArrayList<>(shown.metrics());
        all.addAll(taken);
        String names = taken.size() <= 4 ? String.join(", ", taken) : String.join(", ", taken.subList(0, 4)) + ", \u2026";
        return new Report.Shown(List.copyOf(all), shown.which() + "; and " + (more.size() == taken.size()
                ? (taken.size() == 1 ? "1 more" : taken.size() + " more") + " whose difference to " + baseline + " is beyond chance: "
                : "the " + taken.size() + " largest of the " + more.size() + " more whose difference to " + baseline
                        + " is beyond chance: ") + names);
    }

    /** The most metrics {@link #withBeyondChance} adds to those shown. */
    static final int BEYOND_CHANCE_SHOWN = 8;

    /**
     * Whether the row's p of 0 may be chance ({@link Fmt#chanceTie}): every pair differs by the
     * same non-zero amount ({@code no_spread}) although the values vary from run to run (the
     * arm's, or the baseline's: {@code baseVaries}), over too few pairs to tell that from a tie.
     * Where neither varies (600 laid off in every baseline run, 300 in every arm's) the difference
     * is exact, and counted: the headline said an arm halving a layoff changed nothing (a re-check).
     */
    static boolean chanceTie(Csv c, String[] r, boolean baseVaries) {
        boolean varies = baseVaries || c.num(r, c.col("ci_low")) < c.num(r, c.col("ci_high"));
        return varies && c.has("no_spread") && Csv.cell(r, c.col("no_spread")).equals("TRUE") && !Csv.cell(r, c.col("pairs")).isEmpty()
                && Fmt.chanceTie((int) c.num(r, c.col("pairs")));
    }

    /** Whether the arm's value of row {@code r} is 0 in every run (mean 0, interval [0, 0]). */
    private static boolean zeroInEveryRun(Csv c, String[] r) {
        return c.num(r, c.col("mean")) == 0 && Csv.cell(r, c.col("ci_low")).equals("0") && Csv.cell(r, c.col("ci_high")).equals("0");
    }

    private static String said(Csv c, String[] r, Map<String, Double> base) {
        String metric = Csv.cell(r, c.col("metric"));
        double b = base.get(metric);
        double diff = c.num(r, c.col("difference"));
        // a share's difference in points too: "Meta.retention -0.0999 (-16%)" was 10 points, read as 16 (a strategist's review)
        String points = Fmt.share(metric) ? Fmt.signedPercent(100 * diff).replace("%", "") + " points, " : "";
        return metric + " " + signed(diff) + " (" + points + (b == 0 ? "from 0" : Fmt.signedPercent(100 * diff / Math.abs(b))) + ")";
    }

    /** A difference with its sign: {@code +1.2k}, {@code -3}, {@code 0} (no sign when it rounds to 0, as the command line). */
    static String signed(double v) {
        String s = Fmt.num(v);
        return v > 0 && !s.equals("0") ? "+" + s : s; // as the command line: a difference that rounds to 0 is "0"
    }

}
