package org.talentsim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.talentsim.calibration.Calibration;
import org.talentsim.experiment.Overrides;
import org.talentsim.io.CalibrationFiles;
import picocli.CommandLine;
import org.talentsim.io.ScenarioFiles;
import org.talentsim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code talentsim check SCENARIO [--set PATH=VALUE]... [--seed N] [--months N] [--threads N]}:
 * validates a scenario file, with the overrides and options {@code run} would apply, without
 * running it.
 */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        header = "Check a scenario, experiment or calibration file without running it: OK, or its first error.",
        description = {"Validate a scenario file only (with the overrides given, as 'run' applies them): prints OK with",
            "its size, or the first error (file:line:column: field: problem, or --set PATH=VALUE: problem).",
            "A calibration file (kind: calibration or sensitivity) is checked as 'calibrate' and 'sensitivity' read it."})
final class CheckCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "the scenario file (YAML, version 1), or a calibration or experiment file")
    private String file;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = {"change a value of the scenario by path, e.g.",
        "--set 'labs[Meta].retention=none' --set market.separation=0.2/year;",
        "repeatable, applied in order (docs/SCENARIO_FORMAT.md, Overrides)"})
    private List<String> overrides = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "N", description = "master seed, as 'run' takes it")
    private Long seed;

    @Option(names = "--months", paramLabel = "N", description = "months to simulate, as 'run' takes them")
    private Integer months;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads, as 'run' takes them (checked, not used)")
    private int threads = 1;

    @Option(names = "--strict", description = {"take the notes as errors: exit 2 when there is any (an event after the end,",
        "a layoff larger than its teams, a budget without its unit ...), for a script that must not pass them"})
    private boolean strict;

    /**
     * Says the file is OK ({@code ok}, a line) and its notes, or, under {@code --strict} with notes,
     * the notes as errors on standard error and exit 2: a typo of one zero too many in a layoff
     * passed a script's check as "OK" with a note (a student's review).
     */
    /**
     * The scenario notes of a calibration's search: at its start, and with each parameter at its
     * lower and at its upper bound (the others at their start), each note said once, with where it
     * holds when not at the start. A budget's range written without its unit (10 to 900 for 10M to
     * 900M) passed check without a word and laid the lab off at every point of the search (an
     * adversarial review).
     */
    static List<String> boundNotes(Calibration c) {
        java.util.Map<String, List<String>> where = new java.util.LinkedHashMap<>();
        java.util.Set<String> atStart = new java.util.HashSet<>();
        double[] start = c.start();
        List<double[]> points = new ArrayList<>();
        List<String> names = new ArrayList<>();
        points.add(start);
        names.add(null);
        for (int j = 0; j < start.length; j++) {
            Calibration.Parameter p = c.parameters().get(j);
            for (boolean upper : new boolean[] {false, true}) {
                double[] theta = start.clone();
                theta[j] = upper ? p.upper() : p.lower();
                points.add(theta);
                names.add(p.name() + " = " + org.talentsim.internal.Num.format(theta[j]) + p.unit() + " (its " + (upper ? "upper"
                        : "lower") + " bound)");
            }
        }
        for (int k = 0; k < points.size(); k++) {
            List<String> notes;
            try {
                Scenario s = c.scenarioAt(points.get(k));
                notes = new ArrayList<>(ScenarioNotes.of(s));
                // a payroll over its budget from the first month, at the start and at a budget's
                // bounds (a range of 10M to 50M under an $84M payroll laid the lab off at every point
                // unsaid: a re-check); it builds the market, so not at every parameter's bounds
                int j = (k - 1) / 2;
                if (k == 0 || c.parameters().get(j).path().endsWith(".budget")) {
                    notes.addAll(overBudgetNotes(s));
                }
            } catch (RuntimeException e) {
                continue;   // a point the scenario refuses: the calibration's own checks say so
            }
            for (String n : notes) {
                if (names.get(k) == null) {
                    atStart.add(n);
                }
                where.computeIfAbsent(n, x -> new ArrayList<>());
                if (names.get(k) != null) {
                    where.get(n).add(names.get(k));
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (java.util.Map.Entry<String, List<String>> e : where.entrySet()) {
            out.add(atStart.contains(e.getKey()) ? e.getKey() : "at " + String.join(" and at ", e.getValue()) + ": " + e.getKey());
        }
        return out;
    }

    private int verdict(String ok, List<String> notes) {
        if (strict && !notes.isEmpty()) {
            java.io.PrintWriter err = spec.commandLine().getErr();
            for (String note : notes) {
                err.println(file + ": note: " + note);
            }
            err.println(file + ": not OK under --strict: " + ExperimentCommands.count(notes.size(), "note") + " (above)");
            err.flush();
            return 2;
        }
        java.io.PrintWriter out = spec.commandLine().getOut();
        out.println(ok);
        for (String note : notes) {
            out.println(file + ": note: " + note);
        }
        out.flush();
        return 0;
    }

    /**
     * A note when one run of {@code largest} needs more memory than this JVM may use: the file is
     * valid, but {@code command} refuses it here (check said a plain OK to 40 million researchers
     * that run then refused, and to an experiment's and a calibration's: reviews). An experiment
     * runs several at once, which its own check counts before the runs.
     */
    private static List<String> memoryNotes(Scenario largest, String command) {
        try {
            org.talentsim.engine.Simulation.requireMemory(largest);
            return List.of();
        } catch (IllegalArgumentException tooBig) {
            return List.of(command + " refuses it with this JVM's memory: " + tooBig.getMessage());
        }
    }

    /** The most researchers whose market check builds to read its labs' starting payrolls (~0.3 s at this size). */
    static final long BUILD_AT_MOST = 1_000_000;

    /**
     * A note for each lab whose payroll at the start, before any event, is over its budget: the
     * pay is drawn from the pay scale, so the file does not show it, and run lays people off in the
     * first month for it ("check --strict" passed a file that run then cut by 25 people in its
     * first month without an event: a scenario author's review). The market is built to read it,
     * as run builds it (not for more than {@link #BUILD_AT_MOST} researchers, nor where memory
     * would not hold it: run's own warning says it then).
     */
    private static List<String> overBudgetNotes(Scenario s) {
        if (s.population() > BUILD_AT_MOST || s.labs().stream().allMatch(l -> Double.isInfinite(l.budget()))) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        try {
            List<String> names = new ArrayList<>();
            double[][] first = payrolls(s, names);   // {payroll, budget} per lab, at the file's seed
            boolean dollars = s.market().payScale().base() > 300;
            // the pay is drawn: a payroll near its budget at the file's seed may be over it at the
            // seeds replicate and compare run (23 of 30 replications laid off most of a squad in their
            // first month, where check, on the file's seed, said nothing: a scenario author's review)
            // (only where another draw could plausibly cross the budget: within 3 + 6/√n sd of the
            // payroll, the sd of a sum of the lab's n drawn salaries, more for a small lab, whose sum
            // of a few skewed draws is skewed too: a squad of 26 went over at 3.9 sd; a lab of
            // thousands varies little, and the flagship's check builds no more markets)
            boolean near = false;
            for (double[] pb : first) {
                // (over it at the file's seed too, where another draw could be under it: how many seeds
                // start over is said beside it, a re-check; a payroll twice its budget is over at every seed)
                near |= Double.isFinite(pb[1]) && Math.abs(pb[0] - pb[1]) < (3 + 6 / Math.sqrt(Math.max(1, pb[3]))) * pb[2];
            }
            int[] over = new int[first.length];
            int seeds = 0;
            if (near) {
                int most = (int) Math.min(SEEDS, Math.max(1, SEEDS_BUILT / Math.max(1, s.population())));
                // (built side by side: each seed's market is its own, and the counts do not depend on the order)
                List<double[][]> built = java.util.stream.IntStream.range(0, most).parallel()
                        .mapToObj(r -> payrolls(s.withSeed(org.talentsim.Talentsim.replicationSeed(s.seed(), r)), null)).toList();
                for (double[][] at : built) {
                    for (int l = 0; l < at.length; l++) {
                        over[l] += Double.isFinite(at[l][1]) && at[l][0] > at[l][1] ? 1 : 0;
                    }
                    seeds++;
                }
            }
            for (int l = 0; l < first.length; l++) {
                double payroll = first[l][0];
                double budget = first[l][1];
                if (!Double.isFinite(budget)) {
                    continue;
                }
                String money = dollars ? "$" : "";
                String ofSeeds = seeds == 0 ? "" : " (and in " + over[l] + " of the " + seeds + " seeds replicate and compare run first)";
                if (payroll > budget) {
                    out.add(String.format(java.util.Locale.ROOT, "the payroll of %s at the start, %s%s a year as the run draws its"
                            + " staff's pay, is over its budget of %s%s%s: run lays off researchers in its first month to meet it (no"
                            + " event asks for it; a budget at or above the payroll, or lower pay, avoids it)", names.get(l), money,
                            org.talentsim.report.Fmt.num(payroll), money, org.talentsim.report.Fmt.num(budget), ofSeeds));
                } else if (over[l] > 0) {
                    out.add(String.format(java.util.Locale.ROOT, "the payroll of %s at the start, %s%s a year at the file's seed, is"
                            + " within its budget of %s%s, but over it in %d of the %d seeds replicate and compare run first (the pay"
                            + " is drawn, with its spread): a run that starts over its budget lays off researchers in its first month"
                            + " to meet it, unless people leaving bring the payroll under it first (no event asks for it; a budget with"
                            + " room above the payroll, or lower pay, avoids it)", names.get(l), money,
                            org.talentsim.report.Fmt.num(payroll), money, org.talentsim.report.Fmt.num(budget), over[l], seeds));
                }
            }
        } catch (RuntimeException e) {
            // not built (a memory the run would refuse, said above): the run says it
        }
        return out;
    }

    /** The most seeds built for that. */
    static final int SEEDS = 12;
    /** The most researchers built over those seeds together. */
    static final long SEEDS_BUILT = 2_000_000;

    /**
     * Per lab of {@code s}'s market as built: {payroll at the start, budget, √n · the sd of its
     * members' pay (the spread of a sum of n such draws), n}; their names into {@code names} (unless null).
     */
    private static double[][] payrolls(Scenario s, List<String> names) {
        try (org.talentsim.engine.Simulation sim = org.talentsim.engine.Simulation.builder(s).threads(1).build()) {
            org.talentsim.model.WorldView w = sim.world();
            double[][] out = new double[w.labCount()][];
            double[] n = new double[w.labCount()];
            double[] sum = new double[w.labCount()];
            double[] squares = new double[w.labCount()];
            org.talentsim.model.PopulationView pop = w.population();
            for (int i = 0; i < pop.size(); i++) {
                int team = pop.team(i);
                if (team >= 0) {
                    int l = w.team(team).lab();
                    double pay = pop.salary(i);
                    n[l]++;
                    sum[l] += pay;
                    squares[l] += pay * pay;
                }
            }
            for (int l = 0; l < w.labCount(); l++) {
                org.talentsim.model.LabView lab = w.lab(l);
                double mean = n[l] == 0 ? 0 : sum[l] / n[l];
                double sd = n[l] < 2 ? 0 : Math.sqrt(Math.max(0, (squares[l] - n[l] * mean * mean) / (n[l] - 1)));
                out[l] = new double[] {lab.payroll(), lab.budget(), Math.sqrt(n[l]) * sd, n[l]};
                if (names != null) {
                    names.add(lab.name());
                }
            }
            return out;
        }
    }

    @Override
    public Integer call() {
        // the options of the run to check: the same command line with 'check' for 'run' says
        // whether that run can go (found by a reviewer: --months 1201 was "Unknown option")
        RunCommand.checkCounts(spec.commandLine(), months, threads);
        byte[] bytes = ScenarioFiles.bytes(Path.of(file));
        org.talentsim.io.ScenarioException unknownKind = CalibrationFiles.unknownKind(new String(bytes,
                java.nio.charset.StandardCharsets.UTF_8), file);
        if (unknownKind != null) {
            throw unknownKind;   // before --set or --seed are refused for "a calibration file"
        }
        String kind = CalibrationFiles.isCalibration(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)) ? "a calibration"
                : org.talentsim.io.ExperimentFiles.isExperiment(new String(bytes, java.nio.charset.StandardCharsets.UTF_8))
                        ? "an experiment" : null;
        if (kind != null && (seed != null || months != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), (seed != null ? "--seed" : "--months")
                    + " applies to scenario files; " + file + " is " + kind + " file (give it in the file)");
        }
        if (CalibrationFiles.isCalibration(new String(bytes, java.nio.charset.StandardCharsets.UTF_8))) {
            if (!overrides.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--set applies to scenario files; " + file + " is a calibration file (give overrides: in it)");
            }
            Calibration c = Calibration.read(Path.of(file));
            String ok = String.format(java.util.Locale.ROOT, "OK: %s (%s of %s: %s, %s, R = %d)", file,
                    c.kind().equals("calibration") ? "calibration" : "sensitivity analysis", c.scenarioName(),
                    ExperimentCommands.count(c.parameters().size(), "parameter"), ExperimentCommands.count(c.targets().size(), "target"),
                    c.replications());
            List<String> notes = new ArrayList<>(boundNotes(c));
            notes.addAll(memoryNotes(c.largestScenario(), c.kind().equals("calibration") ? "calibrate" : "sensitivity"));
            return verdict(ok, notes);
        }
        if (org.talentsim.io.ExperimentFiles.isExperiment(new String(bytes, java.nio.charset.StandardCharsets.UTF_8))) {
            if (!overrides.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--set applies to scenario files; " + file + " is an experiment file (give overrides: in it)");
            }
            org.talentsim.experiment.Experiment e = org.talentsim.experiment.Experiment.read(Path.of(file));
            // the arm the others are compared with, said: a file's baseline: (or its first arm) was not
            String against = e.isComparison() ? ", each arm against " + org.talentsim.internal.Names.escape(
                    e.cells().get(e.baselineIndex()).label()) : "";
            if (!e.ratios().isEmpty()) {
                against += ", " + ExperimentCommands.count(e.ratios().size(), "ratio");
            }
            String ok = String.format(java.util.Locale.ROOT, "OK: %s (experiment of %s: %d %s x %s = %s%s; run it with"
                    + " talentsim experiment)", file, e.scenarioName(), e.cells().size(), (e.arms().isEmpty() ? "cell" : "arm") + (e.cells().size() == 1 ? "" : "s"),
                    ExperimentCommands.count(e.replications(), "replication"), ExperimentCommands.count(e.size(), "run"), against);
            List<String> notes = new ArrayList<>(ScenarioNotes.of(e));
            if (e.arms().size() == 1) {
                // said only by the run before (a strategist's review): an experiment file adds no baseline
                notes.add(ExperimentCommands.oneArm(e));
            }
            if (ExperimentCommands.oneReplication(e) != null) {
                notes.add(ExperimentCommands.oneReplication(e));
            }
            notes.addAll(memoryNotes(e.largest(), "experiment"));
            return verdict(ok, notes);
        }
        Scenario s = RunCommand.scenario(spec.commandLine(), bytes, file, overrides, seed, months);
        String ok = String.format(java.util.Locale.ROOT, "OK: %s (%s, %s, %s)", file,
                ExperimentCommands.count(s.labs().size(), "lab"), ExperimentCommands.count(s.events().size(), "event"),
                ExperimentCommands.count(s.months(), "month"));
        // accepted, but a student who dates an event past the end expects it to happen, and a
        // budget of 2.1 (for 2.1B) lays everyone off: say so
        List<String> notes = new ArrayList<>(ScenarioNotes.of(s, bytes, file, overrides));
        // the file is valid whatever the machine, but a run that this JVM's memory refuses is said
        // (check said "OK" to 40 million researchers that run then refused: a reviewer)
        notes.addAll(memoryNotes(s, "run"));
        notes.addAll(overBudgetNotes(s));
        return verdict(ok, notes);
    }
}
