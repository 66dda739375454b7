package org.talentsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compare}, {@code sweep}, {@code replicate} and {@code experiment} end to end; bad input exits 2 with one line. */
class ExperimentCliTest {
    static final String RETENTION = "scenarios/retention.yaml";

    @Test
    void compareWritesTheFilesAndPrintsTheTable(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("c");
        Cli r = Cli.run("compare", RETENTION, "--arm", "none:labs[Keeper].retention=none", "--arm",
                "rich:labs[Raider].budget=2B,labs[Keeper].prestige=0.7", "-r", "3", "--months", "3", "--out", out.toString(),
                "--threads", "2", "-q");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("retention: 3 arms x 3 replications = 9 runs, seed 3"), r.out());
        assertTrue(r.out().contains("vs baseline [95% CI]"), r.out());
        assertTrue(r.out().contains("Keeper.poached_out"), r.out());
        assertFalse(r.out().contains("Leaker.poached_out"), "only the labs the arms name, and the market");
        for (String f : List.of("experiment.yaml", "runs.csv", "summary.csv", "comparison.csv", "manifest.json")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        assertEquals(10, Files.readAllLines(out.resolve("runs.csv")).size());
        assertTrue(Files.readString(out.resolve("experiment.yaml")).contains("'rich': ['labs[Raider].budget=2B', 'labs[Keeper].prestige=0.7']"));

        Cli same = Cli.run("compare", RETENTION, "--arm", "none:labs[Keeper].retention=none", "-r", "4", "--months", "3",
                "--out", out.toString(), "-q");
        assertEquals(2, same.exit());
        assertTrue(same.err().strip().endsWith("--force replaces them, or choose another --out"), same.err());
    }

    /**
     * Policy A against policy B (a strategist could compare each only with the scenario as it is):
     * --baseline names the arm the others are compared with, adds no arm of its own, and a finished
     * folder is compared again under another with --resume, nothing run; the report names it.
     */
    @Test
    void compareAgainstAChosenArmAndAgainUnderAnother(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("ab");
        Cli r = Cli.run("compare", RETENTION, "--arm", "half:labs[Keeper].retention.upTo=0.5", "--arm",
                "most:labs[Keeper].retention.upTo=0.9", "--baseline", "half", "-r", "4", "--months", "4", "--metrics",
                "Keeper.retention,Keeper.spend", "--out", out.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("retention: 2 arms x 4 replications = 8 runs"), "no arm added: " + r.out());
        assertTrue(r.out().contains("vs half [95% CI]"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("most  Keeper.retention")), r.out());
        assertTrue(Files.readString(out.resolve("experiment.yaml")).contains("\nbaseline: 'half'\n"));
        assertTrue(Files.readString(out.resolve("report.html")).contains("Each arm against the baseline, arm half</h2>"));
        Cli checked = Cli.run("check", out.resolve("experiment.yaml").toString());
        assertTrue(checked.out().contains(": 2 arms x 4 replications = 8 runs, each arm against half; run it with"), checked.out());
        String mostRow = Files.readAllLines(out.resolve("comparison.csv")).stream().filter(l -> l.startsWith("most,Keeper.retention,"))
                .findFirst().orElseThrow();

        Cli again = Cli.run("experiment", out.resolve("experiment.yaml").toString(), "--baseline", "most", "--resume", "--out",
                out.toString(), "-q");
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("8 runs, seed 3, 8 resumed"), again.out());
        assertTrue(again.out().contains("vs most [95% CI]"), again.out());
        String halfRow = Files.readAllLines(out.resolve("comparison.csv")).stream().filter(l -> l.startsWith("half,Keeper.retention,"))
                .findFirst().orElseThrow();
        // the same pairs the other way round: the difference's sign turned
        String[] m = mostRow.split(",");
        String[] h = halfRow.split(",");
        assertEquals(-Double.parseDouble(m[5]), Double.parseDouble(h[5]), 1e-12, mostRow + " / " + halfRow);
        assertTrue(Files.readString(out.resolve("report.html")).contains("Each arm against the baseline, arm most</h2>"));

        // topped up from 4 to 6 replications: only the 4 new runs run
        Cli more = Cli.run("compare", RETENTION, "--arm", "half:labs[Keeper].retention.upTo=0.5", "--arm",
                "most:labs[Keeper].retention.upTo=0.9", "--baseline", "half", "-r", "6", "--months", "4", "--metrics",
                "Keeper.retention", "--out", out.toString(), "-q", "--resume");
        assertEquals(0, more.exit(), more.err());
        assertTrue(more.out().startsWith("retention: 2 arms x 6 replications = 12 runs, seed 3, 8 resumed"), more.out());

        Cli unknown = Cli.run("compare", RETENTION, "--arm", "half:labs[Keeper].retention.upTo=0.5", "--baseline", "halve", "-r", "2",
                "--out", dir.resolve("u").toString(), "-q");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().startsWith("--baseline halve: no --arm is named halve; the arms: half\n"), unknown.err());
        assertFalse(Files.exists(dir.resolve("u")), "nothing written");
        // one arm and --baseline: nothing to compare; --baseline baseline keeps the arm compare adds
        Cli alone = Cli.run("compare", RETENTION, "--arm", "half:labs[Keeper].retention.upTo=0.5", "--baseline", "half", "-r", "2",
                "--out", dir.resolve("a").toString(), "-q");
        assertEquals(2, alone.exit());
        assertTrue(alone.err().startsWith("--baseline half compares the other arms with it, and there is no other"), alone.err());
        // an arm named baseline alone: nothing to compare either (it ran one arm, exit 0)
        Cli own = Cli.run("compare", RETENTION, "--arm", "baseline:labs[Keeper].retention=none", "-r", "2",
                "--out", dir.resolve("o").toString(), "-q");
        assertEquals(2, own.exit());
        assertTrue(own.err().startsWith("--arm baseline:... replaces the scenario as it is as the baseline, and there is no other arm"),
                own.err());
        assertFalse(Files.exists(dir.resolve("o")), "nothing written");
        Cli kept = Cli.run("compare", RETENTION, "--arm", "half:labs[Keeper].retention.upTo=0.5", "--baseline", "baseline", "-r", "2",
                "--months", "2", "--out", dir.resolve("k").toString(), "-q", "--no-report");
        assertEquals(0, kept.exit(), kept.err());
        assertTrue(kept.out().contains("vs baseline [95% CI]"), kept.out());
        Cli notAnArm = Cli.run("experiment", out.resolve("experiment.yaml").toString(), "--baseline", "baseline", "--resume", "--out",
                out.toString(), "-q");
        assertEquals(2, notAnArm.exit());
        assertEquals("--baseline baseline: no arm of " + out.resolve("experiment.yaml") + " is named so; its arms: half, most",
                notAnArm.err().strip());
    }

    /**
     * The footer of a table that shows some of the metrics says how to choose them: --metrics for
     * compare, the file's metrics key for experiment, which takes no --metrics (it sent a reader to
     * an option the command then refused: a strategist's review).
     */
    @Test
    void theFooterNamesAWayToChooseTheMetricsThatTheCommandTakes(@TempDir Path dir) {
        Path out = dir.resolve("ab");
        Cli r = Cli.run("compare", RETENTION, "--arm", "none:labs[Keeper].retention=none", "-r", "2", "--months", "2", "--out",
                out.toString(), "-q", "--no-report");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("Shown: ") && l.contains("; choose with --metrics")), r.out());
        Cli again = Cli.run("experiment", out.resolve("experiment.yaml").toString(), "--resume", "--out", out.toString(), "-q",
                "--no-report");
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().lines().anyMatch(l -> l.startsWith("Shown: ")
                && l.contains("; choose with the experiment file's metrics: key")), again.out());
        assertFalse(again.out().contains("--metrics"), again.out());
        assertEquals(2, Cli.run("experiment", out.resolve("experiment.yaml").toString(), "--metrics", "Keeper.quits", "--resume",
                "--out", out.toString(), "-q").exit());
    }

    /**
     * An empty --metrics (an unset shell variable) or an empty name among them is refused, as a
     * file's "metrics: []" is: the first ran the default metrics, the second dropped the name
     * (an adversarial review).
     */
    @Test
    void anEmptyMetricIsRefused(@TempDir Path dir) {
        Cli none = Cli.run("compare", RETENTION, "--arm", "x:labs[Keeper].retention=none", "-r", "2", "--metrics", "", "--out",
                dir.resolve("a").toString());
        assertEquals(2, none.exit());
        assertTrue(none.err().startsWith("--metrics '': no metric given; leave --metrics out for the default ones"), none.err());
        // commas alone ran the default metrics, and an empty name at an end was dropped (a re-check)
        for (String given : List.of(",", ",,", " , ")) {
            Cli commas = Cli.run("compare", RETENTION, "--arm", "x:labs[Keeper].retention=none", "-r", "2", "--metrics", given,
                    "--out", dir.resolve("c").toString());
            assertEquals(2, commas.exit(), given);
            assertTrue(commas.err().startsWith("--metrics '" + given + "': no metric given"), commas.err());
        }
        for (String given : List.of("Keeper.quits,,Keeper.hires", ",Keeper.quits", "Keeper.quits,,,Keeper.hires,")) {
            Cli gap = Cli.run("compare", RETENTION, "--arm", "x:labs[Keeper].retention=none", "-r", "2", "--metrics", given,
                    "--out", dir.resolve("b").toString());
            assertEquals(2, gap.exit(), given);
            assertTrue(gap.err().startsWith("--metrics '" + given + "': an empty name (two commas in a row, or one at the start)"),
                    gap.err());
        }
        org.junit.jupiter.api.Assertions.assertFalse(Files.exists(dir.resolve("a")) || Files.exists(dir.resolve("b"))
                || Files.exists(dir.resolve("c")));
        // names given apart or together, spaces around them, are read alike
        Cli two = Cli.run("compare", RETENTION, "--arm", "x:labs[Keeper].retention=none", "-r", "2", "--months", "2", "--metrics",
                "Keeper.quits", "--metrics", " Keeper.hires ,Leaker.quits", "--out", dir.resolve("d").toString(), "--no-report");
        assertEquals(0, two.exit(), two.err());
        assertTrue(two.out().contains("Keeper.hires") && two.out().contains("Leaker.quits") && two.out().contains("Keeper.quits"),
                two.out());
    }

    /**
     * An arm the same as the baseline in every run has no row on the forest plot, and no entry in
     * its legend: "■ none ● up1" named an arm no point stood for (a strategist's review).
     */
    @Test
    void theForestPlotsLegendNamesOnlyArmsItDraws(@TempDir Path dir) throws java.io.IOException {
        Path out = dir.resolve("f");
        Cli r = Cli.run("compare", RETENTION, "--arm", "none:labs[Keeper].retention=none", "--arm",
                "up1:labs[Keeper].retention={name: match, upTo: 1}", "-r", "6", "--months", "6", "--out", out.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        String html = Files.readString(out.resolve("report.html"));
        // a metric undefined in both arms has no difference: a dash, not "– [–, –]" (a strategist's review)
        assertTrue(html.contains("<td>none</td><td>Keeper.leaving_unvested</td><td class=\"n\">\u2013</td><td class=\"n\">\u2013</td>"
                + "<td class=\"n\">\u2013</td>"), "an undefined row");
        assertFalse(html.contains("\u2013 [\u2013, \u2013]"));
        ReportTest.Fig forest = ReportTest.figures(html).get("forest");
        org.junit.jupiter.api.Assertions.assertNotNull(forest);
        assertTrue(forest.texts().stream().anyMatch(t -> t.equals("none")), forest.texts().toString());
        assertFalse(forest.texts().stream().anyMatch(t -> t.contains("up1")), forest.texts().toString());
    }

    /** sweep --arm said only "Missing required option: '--vary'" (a strategist's review): the option's command is named. */
    @Test
    void anotherExperimentCommandsOptionNamesItsCommand() {
        Cli sweep = Cli.run("sweep", RETENTION, "--arm", "x:labs[Keeper].retention=none", "-r", "2");
        assertEquals(2, sweep.exit());
        assertTrue(sweep.err().startsWith("--arm is an option of talentsim compare (arms), not of sweep: run talentsim compare with it,"
                + " or write an experiment file (talentsim experiment FILE)\n"), sweep.err());
        Cli compare = Cli.run("compare", RETENTION, "--arm", "x:labs[Keeper].retention=none", "--vary", "months=2,3", "-r", "2");
        assertEquals(2, compare.exit());
        assertTrue(compare.err().startsWith("--vary is an option of talentsim sweep (a grid of values), not of compare"), compare.err());
        Cli missing = Cli.run("sweep", RETENTION, "-r", "2");
        assertTrue(missing.err().startsWith("Missing required option: '--vary"), missing.err());
    }

    /** A sweep's cell the same as the first in every pair says "same", as compare's table does (it printed '-' beside 0 [0, 0]). */
    @Test
    void aSweepCellTheSameAsTheFirstSaysSame(@TempDir Path dir) {
        // 45 and 60 days of grace are both two months: the same runs
        Cli s = Cli.run("sweep", RETENTION, "--vary", "market.visaGraceDays=60,45", "-r", "2", "--months", "2", "--metrics",
                "Keeper.quits", "--out", dir.resolve("s").toString(), "-q", "--no-report");
        assertEquals(0, s.exit(), s.err());
        String row = s.out().lines().filter(l -> l.startsWith("market.visaGraceDays=45")).findFirst().orElseThrow();
        assertTrue(row.contains("0 [0, 0]") && row.contains("same"), row);
        assertTrue(s.out().contains("the same in every pair: no test, 'same'"), s.out());
    }

    /** --png with --no-report wrote neither, without a word (a strategist's review): refused, nothing written. */
    @Test
    void pngWithNoReportIsRefused(@TempDir Path dir) {
        String[][] commands = {
            {"run", RETENTION},
            {"replicate", RETENTION, "-r", "2"},
            {"calibrate", "calibration/retention-recovery.yaml"},
        };
        for (String[] c : commands) {
            List<String> args = new java.util.ArrayList<>(List.of(c));
            args.addAll(List.of("--png", "--no-report", "--out", dir.resolve(c[0]).toString(), "-q"));
            Cli r = Cli.run(args.toArray(new String[0]));
            assertEquals(2, r.exit(), c[0] + ": " + r.err());
            assertTrue(r.err().startsWith("--png writes the report's charts, --no-report draws no report: give one of them\n"),
                    r.err());
            assertFalse(Files.exists(dir.resolve(c[0])), "nothing written");
        }
    }

    @Test
    void sweepAndReplicateAndMetrics(@TempDir Path dir) throws Exception {
        Cli s = Cli.run("sweep", RETENTION, "--vary", "market.separation=0.01/month,0.03/month", "-r", "2", "--months", "2",
                "--metrics", "Keeper.headcount_end,market.unemployment_end", "--out", dir.resolve("s").toString(), "-q");
        assertEquals(0, s.exit(), s.err());
        assertTrue(s.out().contains("market.separation=0.01/month  Keeper.headcount_end"), s.out());
        assertEquals(5, Files.readAllLines(dir.resolve("s/summary.csv")).size());
        // each cell against the first, paired: a column of the table, the note under it, and differences.csv
        assertTrue(s.out().contains("vs first cell [95% CI]"), s.out());
        assertTrue(s.out().contains("vs first cell: the difference to market.separation=0.01/month over the same seeds, paired"), s.out());
        List<String> diffs = Files.readAllLines(dir.resolve("s/differences.csv"));
        assertEquals(5, diffs.size());
        String[] second = diffs.stream().filter(l -> l.startsWith("market.separation=0.03/month,Keeper.headcount_end,")).findFirst()
                .orElseThrow().split(",", -1);
        String shown = s.out().lines().filter(l -> l.contains("market.separation=0.03/month  Keeper.headcount_end")).findFirst().orElseThrow();
        assertTrue(shown.contains(ExperimentTables.signed(Double.parseDouble(second[5])) + " ["), shown + " vs " + String.join(",", second));
        assertTrue(s.out().contains("differences.csv"), s.out());
        // values with commas inside (a mapping, a distribution) are one value each: the commas
        // between values are those outside brackets (they were all split, and the sweep refused)
        Cli m = Cli.run("sweep", RETENTION, "--vary", "labs[Keeper].retention={name: match, upTo: 0.5},none", "-r", "2",
                "--months", "2", "--metrics", "Keeper.countered", "--out", dir.resolve("m").toString(), "-q");
        assertEquals(0, m.exit(), m.err());
        assertEquals(3, Files.readAllLines(dir.resolve("m/summary.csv")).size(), "two cells");
        assertEquals(List.of("1", "lognormal(1, 0.5)", "{name: match, upTo: 0.5}", "'a,b'", ""),
                ExperimentCommands.SweepCommand.splitValues("1,lognormal(1, 0.5),{name: match, upTo: 0.5},'a,b',"));
        Cli r = Cli.run("replicate", RETENTION, "-r", "2", "--months", "2", "--seed", "9", "--out", dir.resolve("r").toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("seed 9"), r.out());
    }

    /** run and replicate into one folder: each refuses the other's results unless --force, which replaces them. */
    /**
     * Too many runs, or runs too large to hold at once: one line, exit 2, nothing written, and
     * `check` says the same of a file (the run count wrapped around in an int and `check` said
     * "= 2 runs"; a run that did not fit failed after others had run, with a stack trace).
     */
    @Test
    void reportOnAnExperimentWithABrokenSpecSaysSoInOneLine(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("r");
        Cli rep = Cli.run("replicate", RETENTION, "-r", "2", "--months", "2", "--out", out.toString(), "-q", "--no-report");
        assertEquals(0, rep.exit(), rep.err());
        Path spec = out.resolve("experiment.yaml");
        java.nio.file.Files.writeString(spec, "garbage: [\n");
        Cli bad = Cli.run("report", out.toString());
        assertEquals(Main.BAD_INPUT, bad.exit(), bad.err());
        assertEquals(1, bad.err().lines().count(), bad.err());
        assertTrue(bad.err().contains(spec + ": not YAML (line "), bad.err());
        java.nio.file.Files.write(spec, new byte[] {(byte) 0xff, (byte) 0xfe, ' ', 'b', 'a', 'd'});
        Cli bytes = Cli.run("report", out.toString());
        assertEquals(Main.BAD_INPUT, bytes.exit(), bytes.err());
        assertEquals(1, bytes.err().lines().count(), bytes.err());
        assertTrue(bytes.err().contains(spec.toString()), bytes.err());
        assertTrue(!bytes.err().contains("Exception"), bytes.err());
    }

    @Test
    void tooManyRunsOrTooLargeOnesAreBadInputBeforeAnythingIsWritten(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("big");
        Cli many = Cli.run("compare", RETENTION, "--arm", "leak:labs[Keeper].retention=none", "-r", "1500000000",
                "--out", out.toString(), "-q", "--no-report");
        assertEquals(2, many.exit(), many.err());
        assertEquals("replications must be at most 1000000 (the most runs an experiment may have), was 1500000000",
                many.err().strip());
        assertFalse(Files.exists(out), "nothing written");
        // 8 runs at once of 50 million researchers each (~29 GB): more than a test JVM may use
        Cli large = Cli.run("compare", RETENTION, "--months", "1", "--arm",
                "big:labs[Keeper].teams[Research].headcount=49000000", "-r", "4", "--threads", "8", "--out", out.toString(),
                "-q", "--no-report");
        assertEquals(2, large.exit(), large.err());
        assertTrue(large.err().strip().startsWith("the largest run (49000"), large.err());
        assertTrue(large.err().contains("8 at once ~"), large.err());
        assertFalse(large.err().contains("\tat "), "no stack trace");
        assertFalse(Files.exists(out), "nothing written");

        Path file = Files.writeString(dir.resolve("e.yaml"), "version: 1\nscenario: " + Path.of(RETENTION).toAbsolutePath()
                + "\narms:\n  baseline: []\n  leak: ['labs[Keeper].retention=none']\n  rich: ['labs[Raider].budget=2B']\n"
                + "replications: 1431655766\n");
        Cli check = Cli.run("check", file.toString());
        assertEquals(2, check.exit(), check.out() + check.err());
        assertTrue(check.err().contains("e.yaml:7:") && check.err().contains("= 4294967298 runs, more than the 1000000"),
                check.err());
    }

    /** `run` on an experiment's or a calibration's file said "scenario: unknown key"; it names the command to use. */
    @Test
    void runOnAnExperimentOrCalibrationFileNamesTheCommandThatRunsIt(@TempDir Path dir) throws Exception {
        Cli e = Cli.run("run", "experiments/bm1-offer-rate.yaml", "--out", dir.resolve("e").toString(), "-q");
        assertEquals(2, e.exit(), e.err());
        assertEquals("experiments/bm1-offer-rate.yaml is an experiment file, not a scenario: run it with talentsim experiment"
                + " experiments/bm1-offer-rate.yaml", e.err().strip());
        Cli c = Cli.run("run", "calibration/retention-recovery.yaml", "--out", dir.resolve("c").toString(), "-q");
        assertEquals(2, c.exit(), c.err());
        assertTrue(c.err().contains("is a calibration file (kind: calibration or sensitivity), not a scenario: run it with"
                + " talentsim calibrate calibration/retention-recovery.yaml"), c.err());
        assertFalse(Files.exists(dir.resolve("e")) || Files.exists(dir.resolve("c")), "nothing written");
    }

    /**
     * `experiment` on a scenario said "name: unknown key", `compare` (and `replicate`, `sweep`) on
     * an experiment file "scenario: unknown key", `calibrate` on either the same: each now says
     * what the file is and which command runs it, and writes nothing.
     */
    @Test
    void eachCommandGivenAFileOfAnotherKindNamesTheCommandThatRunsIt(@TempDir Path dir) throws Exception {
        String scenario = "scenarios/retention.yaml";
        String experiment = "experiments/bm1-offer-rate.yaml";
        String calibration = "calibration/retention-recovery.yaml";
        String[][] cases = {
            {"experiment", scenario, scenario + " is a scenario file, not an experiment file: run it with talentsim run " + scenario
                + ", or replicate, compare or sweep it (e.g. talentsim replicate " + scenario + " -r 10); an experiment file"
                + " names its scenario (docs/EXPERIMENTS.md)"},
            {"experiment", calibration, calibration + " is a calibration file (kind: calibration or sensitivity), not an"
                + " experiment file: run it with talentsim calibrate " + calibration + " (or talentsim sensitivity)"},
            {"compare", experiment, experiment + " is an experiment file, not a scenario: run it with talentsim experiment " + experiment},
            {"replicate", experiment, experiment + " is an experiment file, not a scenario: run it with talentsim experiment " + experiment},
            {"sweep", calibration, calibration + " is a calibration file (kind: calibration or sensitivity), not a scenario: run it"
                + " with talentsim calibrate " + calibration + " (or talentsim sensitivity)"},
            {"calibrate", scenario, scenario + " is a scenario file, not a calibration file: run it with talentsim run " + scenario
                + ", or replicate, compare or sweep it (e.g. talentsim replicate " + scenario + " -r 10); a calibration file names"
                + " its scenario, parameters and targets (docs/CALIBRATION.md)"},
            {"sensitivity", experiment, experiment + " is an experiment file, not a calibration file: run it with talentsim"
                + " experiment " + experiment},
        };
        int k = 0;
        for (String[] c : cases) {
            Path out = dir.resolve("o" + k++);
            Cli r = c[0].equals("sweep") ? Cli.run(c[0], c[1], "--vary", "months=2,3", "--out", out.toString(), "-q")
                    : c[0].equals("compare") ? Cli.run(c[0], c[1], "--arm", "a:months=2", "--out", out.toString(), "-q")
                    : Cli.run(c[0], c[1], "--out", out.toString(), "-q");
            assertEquals(2, r.exit(), String.join(" ", c) + ": " + r.out() + r.err());
            assertEquals(c[2], r.err().strip(), c[0] + " " + c[1]);
            assertFalse(Files.exists(out), "nothing written by " + c[0]);
        }
        // a calibration file without its kind was called an experiment file, and talentsim
        // experiment then refused its parameters: the kind is said to be missing (found by a reviewer)
        Path noKind = dir.resolve("no-kind.yaml");
        Files.writeString(noKind, Files.readString(Path.of(calibration)).replaceAll("(?m)^kind: calibration\n", "")
                .replace("scenario: ../scenarios/", "scenario: " + Path.of("scenarios").toAbsolutePath() + "/"));
        for (String command : new String[] {"calibrate", "check"}) {
            Cli r = Cli.run(command, noKind.toString(), "--out", dir.resolve("nk").toString(), "-q");
            if (command.equals("check")) {
                r = Cli.run(command, noKind.toString());
            }
            assertEquals(2, r.exit(), r.err());
            assertTrue(r.err().strip().matches(java.util.regex.Pattern.quote(noKind.toString()) + ":\\d+:1: kind: is required; write"
                    + " 'kind: calibration'"), command + ": " + r.err());
        }
        Cli e = Cli.run("experiment", noKind.toString(), "--out", dir.resolve("nk").toString(), "-q");
        assertEquals(2, e.exit());
        assertTrue(e.err().startsWith(noKind + " is a calibration file"), e.err());
        assertFalse(Files.exists(dir.resolve("nk")));
    }

    /**
     * A misspelt kind (or a scenario given a kind): `run`, `experiment` and the others called the
     * file a calibration file and sent it to `calibrate`, which then refused its kind; every
     * command now says what is wrong with the kind, at its line.
     */
    @Test
    void aMisspeltKindIsSaidByEveryCommand(@TempDir Path dir) throws Exception {
        Path misspelt = dir.resolve("misspelt.yaml");
        Files.writeString(misspelt, Files.readString(Path.of("calibration/retention-recovery.yaml"))
                .replace("kind: calibration\n", "kind: calibraton\n"));
        Path scenario = dir.resolve("scenario.yaml");
        Files.writeString(scenario, "kind: scenario\n" + Files.readString(Path.of("scenarios/retention.yaml")));
        Path experiment = dir.resolve("experiment.yaml");
        Files.writeString(experiment, "kind: experiment\n" + Files.readString(Path.of("experiments/bm1-offer-rate.yaml"))
                .replace("scenario: ../scenarios/", "scenario: " + Path.of("scenarios").toAbsolutePath() + "/"));
        String rule = " kind: must be 'calibration' or 'sensitivity' (a scenario or an experiment file has no kind), was ";
        // (check, calibrate and sensitivity said "name: unknown key" of a scenario with a kind, and
        // check --set "is a calibration file"; found by a review)
        for (String[] c : new String[][] {{"run", misspelt.toString()}, {"experiment", misspelt.toString()},
                {"replicate", misspelt.toString()}, {"calibrate", misspelt.toString()}, {"check", misspelt.toString()},
                {"check", misspelt.toString(), "--set", "months=3"}, {"sensitivity", misspelt.toString()},
                {"run", scenario.toString()}, {"replicate", scenario.toString()}, {"check", scenario.toString()},
                {"calibrate", scenario.toString()}, {"sensitivity", scenario.toString()},
                {"experiment", experiment.toString()}, {"check", experiment.toString()}, {"calibrate", experiment.toString()}}) {
            Path out = dir.resolve("o-" + c[0]);
            List<String> args = new java.util.ArrayList<>(List.of(c));
            if (!c[0].equals("check")) {
                args.addAll(List.of("--out", out.toString(), "-q"));
            }
            Cli r = Cli.run(args.toArray(String[]::new));
            assertEquals(2, r.exit(), String.join(" ", c) + ": " + r.err());
            String word = c[1].equals(scenario.toString()) ? "scenario" : c[1].equals(experiment.toString()) ? "experiment" : "calibraton";
            assertTrue(r.err().strip().matches(java.util.regex.Pattern.quote(c[1]) + ":\\d+:7:" + java.util.regex.Pattern.quote(rule)
                    + "'?" + word + "'?"), String.join(" ", c) + ": " + r.err());
            assertFalse(Files.exists(out), "nothing written by " + c[0]);
        }
    }

    /**
     * `--seed` and `--set seed=…`, or `--months` and `--set months=…`, given different values: one
     * was dropped without a word (`replicate --seed 99 --set seed=5` ran seed 99). Refused now;
     * the same value twice is fine.
     */
    @Test
    void aSeedOrMonthsGivenTwiceDifferentlyIsRefused(@TempDir Path dir) throws Exception {
        String f = "scenarios/retention.yaml";
        String[][] refused = {
            {"run", f, "--seed", "4", "--set", "seed=5"},
            {"run", f, "--months", "4", "--set", "months=5"},
            {"replicate", f, "--seed", "99", "--set", "seed=5", "-r", "2"},
            {"replicate", f, "--months", "4", "--set", "months=5", "-r", "2"},
            {"compare", f, "--seed", "11", "--arm", "x:seed=3", "-r", "2"},
        };
        String[] expected = {
            "--seed 4 and --set seed=5 set the seed twice; give it once",
            "--months 4 and --set months=5 set the months twice; give them once",
            "the master seed is given twice, 99 and the override seed=5 of every run; give it once",
            "--months 4 and --set months=5 set the months twice; give them once",
            "cell 'x' sets the seed (seed=3): every cell runs replication r on the seed replication(S, r) of the master seed S (here 11)",
        };
        for (int k = 0; k < refused.length; k++) {
            Path out = dir.resolve("r" + k);
            List<String> args = new java.util.ArrayList<>(List.of(refused[k]));
            args.addAll(List.of("--out", out.toString(), "-q", "--no-report"));
            Cli r = Cli.run(args.toArray(String[]::new));
            assertEquals(2, r.exit(), args + ": " + r.out() + r.err());
            assertTrue(r.err().contains(expected[k]), args + ": " + r.err());
            assertFalse(Files.exists(out), "nothing written: " + args);
        }
        Cli same = Cli.run("replicate", f, "--seed", "5", "--set", "seed=5", "--months", "3", "--set", "months=3", "-r", "2",
                "--out", dir.resolve("same").toString(), "-q", "--no-report");
        assertEquals(0, same.exit(), same.err());
        assertTrue(same.out().contains("2 runs, seed 5"), same.out());
    }

    @Test
    void aRunAndAnExperimentNeverShareAFolder(@TempDir Path dir) throws Exception {
        String out = dir.resolve("x").toString();
        Cli rep = Cli.run("replicate", RETENTION, "-r", "2", "--months", "2", "--out", out, "-q", "--no-report");
        assertEquals(0, rep.exit(), rep.err());
        Cli run = Cli.run("run", RETENTION, "--months", "2", "--out", out, "-q", "--no-report");
        assertEquals(2, run.exit());
        assertEquals("--out: " + out + " holds the results of an experiment (experiment.yaml), not a run's; --force replaces"
                + " them, or choose another --out", run.err().strip());
        Cli forced = Cli.run("run", RETENTION, "--months", "2", "--out", out, "-q", "--no-report", "--force");
        assertEquals(0, forced.exit(), forced.err());
        assertFalse(Files.exists(dir.resolve("x/experiment.yaml")) || Files.exists(dir.resolve("x/runs.csv")));
        Cli again = Cli.run("replicate", RETENTION, "-r", "2", "--months", "2", "--out", out, "-q", "--no-report");
        assertEquals(2, again.exit());
        assertTrue(again.err().contains("holds results that are not this experiment's"), again.err());
    }

    @Test
    void badInputIsOneLineWithExitTwo(@TempDir Path dir) throws Exception {
        String out = dir.resolve("o").toString();
        Cli a = Cli.run("compare", RETENTION, "--arm", "none:labs[Nobody].retention=none", "-r", "2", "--out", out, "-q");
        assertEquals(2, a.exit());
        // an arm's override is named with its --arm option and arm (it read "--set ...", an option not given)
        assertTrue(a.err().startsWith("--arm none:labs[Nobody].retention=none: arm none, labs[Nobody].retention=none: "), a.err());
        assertEquals(1, a.err().strip().lines().count(), a.err());
        Cli v = Cli.run("sweep", RETENTION, "--vary", "labs[Keeper].prestige=0.5,2", "-r", "2", "--out", out, "-q");
        assertEquals(2, v.exit());
        assertEquals("--vary labs[Keeper].prestige=0.5,2: the value 2: must be in [0,1], was 2", v.err().strip());
        Cli set = Cli.run("sweep", RETENTION, "--set", "labs[Keeper].prestige=3", "--vary", "labs[Keeper].budget=1M,2M", "-r", "2",
                "--out", out, "-q");
        assertEquals(2, set.exit());
        assertTrue(set.err().startsWith("--set labs[Keeper].prestige=3: "), "a --set is still a --set: " + set.err());
        // a value given twice would make two cells of the same name
        Cli twice = Cli.run("sweep", RETENTION, "--vary", "labs[Keeper].prestige=0.5,0.5", "-r", "2", "--out", out, "-q");
        assertEquals(2, twice.exit());
        assertTrue(twice.err().contains("the value 0.5 is given twice"), twice.err());
        Cli b = Cli.run("compare", RETENTION, "--arm", "labs[Keeper].retention=none", "-r", "2", "--out", out, "-q");
        assertEquals(2, b.exit());
        assertTrue(b.err().startsWith("--arm labs[Keeper].retention=none: expected NAME:PATH=VALUE"), b.err());
        Cli c = Cli.run("replicate", RETENTION, "-r", "2", "--metrics", "Keeper.poached", "--out", out, "-q");
        assertEquals(2, c.exit());
        assertTrue(c.err().startsWith("unknown metric 'Keeper.poached'"), c.err());
        // a typo is answered with the metric meant (it listed the first six of the lab's; found by a reviewer)
        Cli typo = Cli.run("replicate", RETENTION, "-r", "2", "--metrics", "Keeper.poached_ot", "--out", out, "-q");
        assertEquals(2, typo.exit());
        assertEquals("unknown metric 'Keeper.poached_ot' (did you mean 'Keeper.poached_out'?; docs/METRICS.md)", typo.err().strip());
        // a path wrong whatever the value is the path's, not the first value's ("the value 0.1: unknown key 'ofer'")
        Cli key = Cli.run("sweep", RETENTION, "--vary", "labs[Raider].ofer.premium=0.1,0.2", "-r", "2", "--out", out, "-q");
        assertEquals(2, key.exit());
        assertEquals("--vary labs[Raider].ofer.premium=0.1,0.2: unknown key 'ofer' (did you mean 'offer'?)", key.err().strip());
        Cli one = Cli.run("sweep", RETENTION, "--vary", "markt.offersSeeking=0.1/month", "-r", "2", "--out", out, "-q");
        assertEquals(2, one.exit());
        assertTrue(one.err().startsWith("--vary markt.offersSeeking=0.1/month: unknown key 'markt'"), "one value too: " + one.err());
        Cli team = Cli.run("sweep", RETENTION, "--vary", "labs[Keeper].teams[Reserch].leaderFit=0.5", "-r", "2", "--out", out, "-q");
        assertEquals(2, team.exit());
        assertFalse(team.err().contains("the value 0.5"), team.err());
        Cli value = Cli.run("sweep", RETENTION, "--vary", "labs[Raider].offer.premium=abc,0.2", "-r", "2", "--out", out, "-q");
        assertEquals(2, value.exit());
        assertEquals("--vary labs[Raider].offer.premium=abc,0.2: the value abc: expected a number, was 'abc'", value.err().strip());
        assertFalse(Files.exists(dir.resolve("o")), "nothing written");

        Path file = dir.resolve("e.yaml");
        Files.copy(Path.of(RETENTION), dir.resolve("s.yaml"));
        Files.writeString(file, "version: 1\nscenario: s.yaml\narms:\n  base: []\n  x: ['labs[Keeper].budget=lots']\n");
        Cli e = Cli.run("experiment", file.toString(), "--out", out, "-q");
        assertEquals(2, e.exit());
        assertTrue(e.err().startsWith(file + ":5:7: arms.x[0]: "), e.err());
        // check accepts exactly what experiment can run: it said "scenario: unknown key" of any experiment file
        Cli checked = Cli.run("check", file.toString());
        assertEquals(2, checked.exit());
        assertEquals(e.err(), checked.err(), "the same problem, at the same place");
        Files.writeString(file, "version: 1\nscenario: s.yaml\nvary:\n  labs[Keeper].prestige: [0.5, 0.7, 0.5]\n");
        Cli dup = Cli.run("experiment", file.toString(), "--out", out, "-q");
        assertEquals(2, dup.exit());
        assertTrue(dup.err().startsWith(file + ":4:37: vary.labs[Keeper].prestige[2]: ") && dup.err().contains("the value 0.5 is given twice"), dup.err());
        assertEquals(dup.err(), Cli.run("check", file.toString()).err());
        // a key written with no value is not the key left out; one value written two ways is one cell;
        // a metric listed twice is reported at its second mention
        for (String[] bad : new String[][] {
            {"metrics:\n", "3:1: metrics: has no value"}, {"vary:\nreplications: 2\n", "3:1: vary: has no value"},
            {"arms:\n", "3:1: arms: has no value"},
            {"vary:\n  labs[Keeper].budget: [1B, 1000M]\n", "4:29: vary.labs[Keeper].budget[1]: cells 'labs[Keeper].budget=1B'"
                    + " and 'labs[Keeper].budget=1000M' run the same scenario"},
            {"metrics: [Keeper.hires, Keeper.hires]\n", "3:25: metrics[1]: metric 'Keeper.hires' is listed twice"}}) {
            Files.writeString(file, "version: 1\nscenario: s.yaml\n" + bad[0]);
            Cli no = Cli.run("experiment", file.toString(), "--out", out, "-q");
            assertEquals(2, no.exit(), bad[0]);
            assertTrue(no.err().startsWith(file + ":" + bad[1]), no.err());
            assertEquals(no.err(), Cli.run("check", file.toString()).err());
        }
        Cli sameTwice = Cli.run("sweep", RETENTION, "--vary", "market.separation=0.1/year,0.10/year", "-r", "1", "--out", out, "-q");
        assertEquals(2, sameTwice.exit());
        assertTrue(sameTwice.err().contains("run the same scenario: a varied value is given twice, written two ways"),
                sameTwice.err());
        Files.writeString(file, "version: 1\nscenario: s.yaml\nmetrics: []\n");
        Cli none = Cli.run("experiment", file.toString(), "--out", out, "-q");
        assertEquals(2, none.exit());
        assertTrue(none.err().startsWith(file + ":3:") && none.err().contains("metrics: expected at least one metric"), none.err());
        Files.writeString(file, "version: 1\nscenario: s.yaml\nvary: {}\n");
        Cli empty = Cli.run("experiment", file.toString(), "--out", out, "-q");
        assertEquals(2, empty.exit());
        assertTrue(empty.err().startsWith(file + ":3:") && empty.err().contains("vary: expected at least one path"), empty.err());
        Files.writeString(file, "version: 1\nscenario: s.yaml\nreplications: 3\narms:\n  base: []\n  x: ['labs[Keeper].budget=2B']\n");
        Cli ok = Cli.run("check", file.toString());
        assertEquals(0, ok.exit(), ok.err());
        assertTrue(ok.out().startsWith("OK: " + file + " (experiment of "), ok.out());
        assertTrue(ok.out().contains("2 arms x 3 replications = 6 runs"), ok.out());
        Files.writeString(file, "version: 1\nscenario: s.yaml\nreplications: 3\n");
        Cli single = Cli.run("check", file.toString());
        assertTrue(single.out().contains("1 cell x 3 replications = 3 runs"), single.out());   // was "1 cells"

        // executors: spark is not on this module's class path; --master is for it only
        Cli f = Cli.run("replicate", RETENTION, "-r", "2", "--executor", "spark", "--out", out, "-q");
        assertEquals(2, f.exit());
        assertTrue(f.err().startsWith("--executor spark: not on the class path (./talentsim adds the spark module"), f.err());
        Cli g = Cli.run("replicate", RETENTION, "-r", "2", "--executor", "cluster", "--out", out, "-q");
        assertEquals(2, g.exit());
        assertTrue(g.err().startsWith("--executor cluster: unknown executor (known: local, spark)\n"), g.err());
        Cli misspelt = Cli.run("replicate", RETENTION, "-r", "2", "--executor", "sparkk", "--out", out, "-q");
        assertEquals(2, misspelt.exit());   // was "not on the class path", as if a spark module were missing
        assertTrue(misspelt.err().startsWith("--executor sparkk: unknown executor (known: local, spark); did you mean 'spark'?"),
                misspelt.err());
        Cli h = Cli.run("replicate", RETENTION, "-r", "2", "--master", "local[2]", "--out", out, "-q");
        assertEquals(2, h.exit());
        assertTrue(h.err().startsWith("--master needs --executor spark"), h.err());
        assertFalse(Files.exists(dir.resolve("o")), "nothing written");
    }

    @Test
    void anExperimentFileRunsAndResumes(@TempDir Path dir) throws Exception {
        Files.copy(Path.of(RETENTION), dir.resolve("s.yaml"));
        Path file = dir.resolve("e.yaml");
        Files.writeString(file, "version: 1\nscenario: s.yaml\noverrides: [months=2]\nreplications: 3\nmetrics: [Keeper.hires]\n");
        Path out = dir.resolve("o");
        Cli r = Cli.run("experiment", file.toString(), "--out", out.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        String runs = Files.readString(out.resolve("runs.csv"));
        Cli again = Cli.run("experiment", file.toString(), "--out", out.toString(), "-q", "--resume");
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("3 resumed"), again.out());
        assertEquals(runs, Files.readString(out.resolve("runs.csv")));
    }

    /** {@code -r} replaces the file's replications (a quick look); a bad count is one line with exit 2. */
    @Test
    void anExperimentFileWithFewerReplications(@TempDir Path dir) throws Exception {
        Files.copy(Path.of(RETENTION), dir.resolve("s.yaml"));
        Path file = dir.resolve("e.yaml");
        Files.writeString(file, "version: 1\nscenario: s.yaml\noverrides: [months=2]\nreplications: 30\nmetrics: [Keeper.hires]\n");
        Path out = dir.resolve("o");
        Cli r = Cli.run("experiment", file.toString(), "-r", "2", "--out", out.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("retention: 1 cell x 2 replications = 2 runs"), r.out());
        assertEquals(3, Files.readAllLines(out.resolve("runs.csv")).size());
        Cli bad = Cli.run("experiment", file.toString(), "-r", "0", "--out", dir.resolve("p").toString(), "-q");
        assertEquals(2, bad.exit());
        assertEquals("-r must be at least 1, was 0", bad.err().strip().lines().findFirst().orElse(""), bad.err());
    }

    /** An experiment file with a single arm has no comparison: the table says why and what to add. */
    @Test
    void aSingleArmSaysThereIsNothingToCompare(@TempDir Path dir) throws Exception {
        Files.copy(Path.of(RETENTION), dir.resolve("s.yaml"));
        Path file = Files.writeString(dir.resolve("one.yaml"), "version: 1\nscenario: s.yaml\noverrides: ['months=3']\n"
                + "arms:\n  none: ['labs[Keeper].retention=none']\nreplications: 2\n");
        Cli one = Cli.run("experiment", file.toString(), "--out", dir.resolve("o").toString(), "-q", "--no-report");
        assertEquals(0, one.exit(), one.err());
        assertTrue(one.out().contains("One arm: nothing to compare it with. Add a baseline arm (under arms:, 'baseline: []' runs"
                + " the scenario as it is)"), one.out());
        Files.writeString(file, Files.readString(file).replace("arms:\n", "arms:\n  baseline: []\n"));
        Cli two = Cli.run("experiment", file.toString(), "--out", dir.resolve("t").toString(), "-q", "--no-report");
        assertEquals(0, two.exit(), two.err());
        assertFalse(two.out().contains("One arm"), two.out());
        Files.writeString(file, Files.readString(file).replace("  none: ['labs[Keeper].retention=none']\n", ""));
        Cli base = Cli.run("experiment", file.toString(), "--out", dir.resolve("b").toString(), "-q", "--no-report");
        assertEquals(0, base.exit(), base.err());
        assertTrue(base.out().contains("One arm: nothing to compare the baseline with. Add an arm"), base.out());
        // an arm that changes nothing: no "Holm-adjusted over the 0 tests"
        Cli same = Cli.run("compare", RETENTION, "--months", "3", "--arm", "same:market.visaGraceDays=45", "-r", "2", "--out", dir.resolve("s").toString(),
                "-q", "--no-report");
        assertEquals(0, same.exit(), same.err());
        assertTrue(same.out().contains("Every metric is the same as the baseline's in every replication: nothing to test"), same.out());
        assertFalse(same.out().contains("over the 0 tests"), same.out());
    }

    /**
     * One replication: the arms' values differ, but no difference can be tested; the footer and
     * the report said every metric was the baseline's (found by a reviewer).
     */
    @Test
    void oneReplicationSaysTooFewToTestNotTheSame(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("c");
        Cli one = Cli.run("compare", RETENTION, "--months", "6", "--arm", "none:labs[Keeper].retention=none", "-r", "1",
                "--metrics", "Keeper.retention", "--out", out.toString(), "-q");
        assertEquals(0, one.exit(), one.err());
        // said once (it was said twice, with notes on p and the share higher that no row had: a re-check)
        assertTrue(one.out().contains("One replication: no difference can be tested"), one.out());
        assertFalse(one.out().contains("Too few replications to test a difference"), one.out());
        assertFalse(one.out().contains("higher = share") || one.out().contains("intervals and p measure"), one.out());
        assertFalse(one.out().contains("the same as the baseline's in every replication: nothing to test"), one.out());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("Too few replications to test a difference"), html);
        assertFalse(html.contains("nothing to test"), html);
        // two replications: tested as before
        Cli two = Cli.run("compare", RETENTION, "--months", "6", "--arm", "none:labs[Keeper].retention=none", "-r", "2",
                "--metrics", "Keeper.retention", "--out", dir.resolve("d").toString(), "-q", "--no-report");
        assertEquals(0, two.exit(), two.err());
        assertFalse(two.out().contains("Too few"), two.out());
        assertTrue(two.out().contains("Holm-adjusted over the"), two.out());
    }

    /**
     * bm1 pays in its own units (a mean salary of 0.82): the units line under the table said "USD a
     * year", in the terminal and in the report, under a chart whose axis said the scenario's units
     * (a student's review). Both now say the scenario's units; a scenario in dollars keeps USD.
     */
    @Test
    void theUnitsLineSaysTheScenariosUnitsWherePayIsNotInDollars(@TempDir Path dir) throws Exception {
        Cli own = Cli.run("replicate", "scenarios/bm1.yaml", "-r", "2", "--set", "months=4", "--metrics",
                "market.mean_salary_end,L01.payroll_end,L01.spend", "--out", dir.resolve("own").toString(), "--seed", "3");
        assertEquals(0, own.exit(), own.err());
        String line = "Units: the scenario's units a year, at the run's end: market.mean_salary_end, payroll_end;"
                + " the scenario's units summed over the run: spend.";
        assertTrue(own.out().contains("\n" + line + "\n"), own.out());
        String html = Files.readString(dir.resolve("own").resolve("report.html"));
        assertTrue(html.contains(line.replace("'", "&#39;")), html);
        assertFalse(html.contains("USD"), "no dollars on bm1's page");
        Cli usd = Cli.run("replicate", "scenarios/retention.yaml", "-r", "2", "--set", "months=2", "--metrics",
                "market.mean_salary_end", "--out", dir.resolve("usd").toString(), "--seed", "3");
        assertEquals(0, usd.exit(), usd.err());
        assertTrue(usd.out().contains("\nUnits: USD a year, at the run's end: market.mean_salary_end.\n"), usd.out());
        // a scale of 300 (pay in thousands) with a lab paid over 1,000 of them: the page decided by
        // the pay and said USD, the terminal by the scale (a re-check); both by the scale now
        Cli thousands = Cli.run("replicate", "scenarios/retention.yaml", "-r", "2", "--set", "months=2", "--set",
                "market.payScale.base=300", "--set", "labs[Keeper].teams[Research].payLevel=6", "--metrics", "Keeper.mean_salary_end",
                "--out", dir.resolve("k").toString(), "--seed", "3");
        assertEquals(0, thousands.exit(), thousands.err());
        String k = "Units: the scenario's units a year, at the run's end: mean_salary_end.";
        assertTrue(thousands.out().contains("\n" + k + "\n"), thousands.out());
        assertTrue(Files.readString(dir.resolve("k").resolve("report.html")).contains(k.replace("'", "&#39;")), "the page says so too");
    }
}
