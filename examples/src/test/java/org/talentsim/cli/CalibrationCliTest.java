package org.talentsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentsim.io.ScenarioFiles;

/**
 * {@code calibrate} and {@code sensitivity} end to end on a small scenario: the files, the same
 * bytes for 1 and 2 threads and after an interrupted calibration is resumed, a fitted scenario
 * that {@code check} and {@code run} accept, and one line with exit 2 for a bad file.
 */
class CalibrationCliTest {
    static final Path SMALL = Path.of("../core/src/test/resources/calibration/small.yaml").toAbsolutePath().normalize();
    static final List<String> SAME = List.of("calibration.yaml", "evaluations.csv", "trace.csv", "estimates.csv",
            "moments.csv", "covariance.csv", "jacobian.csv", "summary.json", "fitted.yaml");

    /** The parameter lines of the calibrations below: the offer rate and the separation. */
    static final String OFFERS = "  - {name: offers, path: market.offersEmployed, lower: 0.3, upper: 2.0, start: 1.5, unit: /year}\n";
    static final String SEPARATION = "  - {name: separation, path: market.separation, lower: 0.02, upper: 0.3, start: 0.05, unit: /year}\n";

    /** A calibration file {@code name} of the small scenario with these parameter and target lines and the rest. */
    static Path calibration(Path dir, String name, String parameters, String targets, String rest) throws IOException {
        return Files.writeString(dir.resolve(name), "version: 1\nkind: calibration\nscenario: '" + SMALL + "'\n"
                + "parameters:\n" + parameters + "targets:\n" + targets + rest, StandardCharsets.UTF_8);
    }

    static Path file(Path dir) throws IOException {
        Path f = dir.resolve("cal.yaml");
        Files.writeString(f, "version: 1\nkind: calibration\nscenario: '" + SMALL + "'\noverrides: ['months=12']\n"
                + "parameters:\n"
                + "  - {name: offers, path: market.offersEmployed, lower: 0.3, upper: 2.5, start: 1.6, unit: /year}\n"
                + "  - {name: separation, path: market.separation, lower: 0.02, upper: 0.3, start: 0.05, unit: /year}\n"
                + "targets:\n"
                + "  - {metric: market.poached_per_month, observed: 5.2, se: 0.5}\n"
                + "  - {metric: Leaker.quits, observed: 22, weight: 0.05}\n"
                + "  - {name: quit_ratio, ratio: [Leaker.quits, Keeper.quits], observed: 0.8, weight: 10}\n"
                + "replications: 3\ncovariance_replications: 6\nseed: 4\nmax_evaluations: 10\n"
                + "sensitivity: {trajectories: 3, levels: 4, replications: 2}\n", StandardCharsets.UTF_8);
        return f;
    }

    /**
     * A calibration's folder moved away from its scenario file runs again from the copy of the
     * scenario it holds: its calibration.yaml named the scenario by the path it was given,
     * relative to the calibration file (found by a reproducibility review: `check` of the
     * folder's calibration.yaml said "cannot read the scenario").
     */
    @Test
    void aMovedCalibrationFolderRunsAgainFromItsCopyOfTheScenario(@TempDir Path dir) throws IOException {
        Files.copy(SMALL, dir.resolve("s.yaml"));
        Path f = file(dir);
        Files.writeString(f, Files.readString(f).replace("scenario: '" + SMALL + "'", "scenario: s.yaml"));
        Cli first = Cli.run("calibrate", f.toString(), "--out", dir.resolve("a").toString(), "-q", "--no-report");
        assertEquals(0, first.exit(), first.err());
        assertEquals(Files.readString(SMALL), Files.readString(dir.resolve("a/scenario-copy.yaml")));
        // the objective and J to 4 significant digits, p as the report writes it (it said "p = 0.000")
        // (1 or 2: a parameter whose linearised minimum lies beyond its range is held at its bound, estimates.csv)
        assertTrue(first.out().matches("(?s).*\nobjective [0-9.]+[kMB]?; J = [0-9.]+[kMB]? on (1 degree|2 degrees) of freedom,"
                + " p = (<0\\.001|0\\.\\d{3,8}|1\\.000)( \\(not to be relied on, [^\n]*\\))?\n.*"), first.out());
        Files.createDirectories(dir.resolve("archive/deep"));
        Files.move(dir.resolve("a"), dir.resolve("archive/deep/a"));
        Path moved = dir.resolve("archive/deep/a/calibration.yaml");
        Cli check = Cli.run("check", moved.toString());
        assertEquals(0, check.exit(), check.err());
        Cli again = Cli.run("calibrate", moved.toString(), "--out", dir.resolve("b").toString(), "-q", "--no-report");
        assertEquals(0, again.exit(), again.err());
        for (String name : List.of("estimates.csv", "moments.csv", "evaluations.csv", "scenario-copy.yaml")) {
            assertEquals(Files.readString(dir.resolve("archive/deep/a/" + name)), Files.readString(dir.resolve("b/" + name)), name);
        }
        // and its manifest names the build and the platform that made it (valid JSON)
        com.fasterxml.jackson.databind.JsonNode m = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(dir.resolve("b/manifest.json").toFile());
        assertEquals(org.talentsim.io.RunInfo.build(), m.get("build").asText());
        assertEquals(System.getProperty("java.vendor"), m.get("java_vendor").asText());
        // the folder run again into itself: the same calibration.yaml (its header was stacked, so the
        // folder always differed and could not be resumed; found by a review), every evaluation
        // from the journal
        String spec = Files.readString(moved);
        Cli resumed = Cli.run("calibrate", moved.toString(), "--out", dir.resolve("archive/deep/a").toString(), "--resume",
                "--no-report");
        assertEquals(0, resumed.exit(), resumed.err());
        assertTrue(resumed.out().matches("(?s).*: (\\d+) evaluations, \\1 from the journal.*"), resumed.out());
        assertEquals(spec, Files.readString(moved));
        // a copy that is not the scenario the folder records is not used in its place, and is named
        Files.writeString(dir.resolve("archive/deep/a/scenario-copy.yaml"), "# edited\n", java.nio.file.StandardOpenOption.APPEND);
        Cli edited = Cli.run("check", moved.toString());
        assertEquals(2, edited.exit());
        assertTrue(edited.err().contains("scenario: cannot read the scenario (relative to this file, "), edited.err());
        assertTrue(edited.err().contains("): no such file; scenario-copy.yaml beside this file is not the scenario this"
                + " calibration ran"), edited.err());
    }

    /**
     * A calibration folder's scenario file changed since: refused, naming the copy, as an
     * experiment's (it ran on the changed file without a word, the SHA-256 recorded in
     * calibration.yaml's first line unread; found by a review).
     */
    @Test
    void aChangedScenarioIsRefusedByTheFoldersCalibration(@TempDir Path dir) throws IOException {
        Path s = Files.copy(SMALL, dir.resolve("s.yaml"));
        Path f = file(dir);
        Files.writeString(f, Files.readString(f).replace("scenario: '" + SMALL + "'", "scenario: '" + s + "'"));
        Cli first = Cli.run("calibrate", f.toString(), "--out", dir.resolve("a").toString(), "-q", "--no-report");
        assertEquals(0, first.exit(), first.err());
        assertEquals(0, Cli.run("check", dir.resolve("a/calibration.yaml").toString()).exit(), "unchanged: runs");
        Files.writeString(s, Files.readString(s) + "\n# changed\n");
        for (String command : new String[] {"check", "calibrate"}) {
            Cli r = command.equals("check") ? Cli.run(command, dir.resolve("a/calibration.yaml").toString())
                    : Cli.run(command, dir.resolve("a/calibration.yaml").toString(), "--out", dir.resolve("b").toString(), "-q");
            assertEquals(2, r.exit(), command + ": " + r.out());
            assertTrue(r.err().strip().endsWith("scenario: the scenario file " + s + " is not the one this calibration ran (its"
                    + " SHA-256 differs from the one the first line records: changed since, or another file at that path); remove"
                    + " the first line to run it on that file, or write 'scenario: scenario-copy.yaml' to run the scenario as it"
                    + " was run (scenario-copy.yaml beside this file holds it)"), command + ": " + r.err());
        }
        assertFalse(Files.exists(dir.resolve("b")), "nothing run");
    }

    /**
     * The terminal's numbers are rounded as the report's, with k/M/B: an estimate of 900000500
     * was shown 900000000, a number that looked exact (found by a reviewer).
     */
    @Test
    void theTerminalShowsRoundedNumbersAsRounded() {
        assertEquals("900M", CalibrationCommands.Base.shown(900000500));
        assertEquals("12.35k", CalibrationCommands.Base.shown(12345.6));
        assertEquals("0.1235", CalibrationCommands.Base.shown(0.123456));
        assertEquals("-2.5", CalibrationCommands.Base.shown(-2.5));
        assertEquals("", CalibrationCommands.Base.shown(Double.NaN), "no se: an empty cell");
        assertEquals("inf", CalibrationCommands.Base.shown(Double.POSITIVE_INFINITY), "not the undefined mark");
    }

    /**
     * BOBYQA's first point is the file's start (Commons Math moves a start nearer a bound than its
     * first trust region inward: separation 0.05 in [0.02, 0.3] ran as 0.076, and 0.05 was never
     * evaluated); and one replication with weight-only targets calibrates (it was refused, with a
     * reason stale since the moments' covariance has its own sample of runs).
     */
    @Test
    void theFirstPointIsTheStartAndOneReplicationWorksWithWeights(@TempDir Path dir) throws IOException {
        Path f = file(dir);
        Files.writeString(f, Files.readString(f).replace("observed: 5.2, se: 0.5", "observed: 5.2, weight: 1")
                .replace("replications: 3\n", "replications: 1\n"));
        Cli r = Cli.run("calibrate", f.toString(), "--out", dir.resolve("a").toString(), "-q", "--no-report");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("R = 1"), r.out());
        List<String> trace = Files.readAllLines(dir.resolve("a/trace.csv"));
        assertTrue(trace.get(0).endsWith(",offers,separation"), trace.get(0));
        assertTrue(trace.get(1).endsWith(",1.6,0.05"), "the start first: " + trace.get(1));
        for (String m : Files.readAllLines(dir.resolve("a/moments.csv")).subList(1, 4)) {
            double se = Double.parseDouble(m.split(",")[3]);
            assertTrue(se > 0 && Double.isFinite(se), m);
        }
    }

    /**
     * A weight-only target the model cannot move (headcount at the start: always 120 here) has se 0:
     * the table says "miss" (it said t = Infinity) and why, and the report counts it among the
     * targets missed (it called it one "the fit could not use", though it was the whole objective).
     */
    @Test
    void aTargetTheModelCannotMoveIsMissedNotUnused(@TempDir Path dir) throws IOException {
        Path f = file(dir);
        Files.writeString(f, Files.readString(f).replace("targets:\n",
                "targets:\n  - {metric: Keeper.headcount_start, observed: 121, weight: 1}\n")
                .replace("covariance_replications: 6", "covariance_replications: 7"));   // K + 3
        Path out = dir.resolve("a");
        Cli r = Cli.run("calibrate", f.toString(), "--out", out.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        String row = r.out().lines().filter(l -> l.startsWith("Keeper.headcount_start")).findFirst().orElseThrow();
        assertTrue(row.trim().endsWith("miss") && !r.out().contains("Infinity"), r.out());
        assertTrue(r.out().contains("se 0: the simulated moment does not vary"), r.out());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("Keeper.headcount_start (se 0: the simulated moment does not vary"), "among the missed");
        assertTrue(!html.contains("could not use: Keeper.headcount_start"), "not among the unused");
    }

    /**
     * The terminal said "1 parameters" and "1 degrees of freedom", and left out what the report
     * says of a parameter whose se is wider than its whole range (its CI runs past both bounds):
     * not identified by these targets (found by a reviewer).
     */
    @Test
    void oneParameterIsSingularAndAnSeWiderThanTheRangeIsSaidNotIdentified(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("one.yaml");
        Files.writeString(f, "version: 1\nkind: calibration\nscenario: '" + SMALL + "'\noverrides: ['months=12']\n"
                + "parameters:\n"
                + "  - {name: separation, path: market.separation, lower: 0.05, upper: 0.06, start: 0.05, unit: /year}\n"
                + "targets:\n"
                + "  - {metric: market.poached_per_month, observed: 5.2, se: 0.5}\n"
                + "  - {metric: Leaker.quits, observed: 22, se: 3}\n"
                + "replications: 3\ncovariance_replications: 6\nseed: 1\nmax_evaluations: 10\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("o");
        Cli r = Cli.run("calibrate", f.toString(), "--out", out.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("small: 1 parameter, 2 targets, R = 3"), r.out());
        List<String> est = Files.readAllLines(out.resolve("estimates.csv"));
        // one degree of freedom, two when the step to the linearised minimum leaves the narrow range (held at its bound)
        assertTrue(est.get(1).endsWith(",/year,FALSE"), est.get(1));
        assertTrue(r.out().contains(est.get(1).endsWith(",TRUE,/year,FALSE") ? " on 2 degrees of freedom, p = " : " on 1 degree of freedom, p = "),
                r.out());
        String[] head = est.get(0).split(",");
        String[] row = est.get(1).split(",");
        double se = Double.parseDouble(row[List.of(head).indexOf("se")]);
        assertTrue(se > 0.01, "the se is wider than the range [0.05, 0.06]: " + se);
        assertTrue(r.out().contains("not identified by these targets (an se larger than the parameter's whole range): separation."),
                r.out());
        // with one start, a parameter the targets barely move stays near its start: said, with the remedy
        // (an economist's review found raise's estimates near its start over 20 data sets)
        assertTrue(r.out().contains("one start (starts: 1): a parameter the targets barely move tends to stay near where the"
                + " search began"), r.out());
        Files.writeString(f, Files.readString(f) + "starts: 2\n");
        Cli starts = Cli.run("calibrate", f.toString(), "--out", dir.resolve("s").toString(), "-q", "--no-report");
        assertEquals(0, starts.exit(), starts.err());
        assertFalse(starts.out().contains("one start"), starts.out());
        // the two-parameter file's parameters are identified: no such line
        Cli two = Cli.run("calibrate", file(dir).toString(), "--out", dir.resolve("t").toString(), "-q");
        assertTrue(!two.out().contains("not identified"), two.out());
        assertFalse(two.out().contains("one start"), two.out());
    }

    /**
     * The folder holds what the se's are made of: Σ (covariance.csv) and G (jacobian.csv), from
     * which, with the file's weights, the sandwich (G'WG)⁻¹ G'WΣWG (G'WG)⁻¹ gives estimates.csv's
     * se's (a review could audit them only by rerunning the covariance's replications).
     */
    @Test
    void theSesFollowFromTheCovarianceAndJacobianWritten(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("o");
        Cli r = Cli.run("calibrate", file(dir).toString(), "--out", out.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        List<String> targets = List.of("market.poached_per_month", "Leaker.quits", "quit_ratio");
        double[] w = {1 / 0.25, 0.05, 10};   // se 0.5, weight 0.05, weight 10
        List<String> params = List.of("offers", "separation");
        double[][] sigma = new double[3][3];
        double[][] g = new double[3][2];
        List<String> cov = Files.readAllLines(out.resolve("covariance.csv"));
        assertEquals("target,other,covariance", cov.get(0));
        assertEquals(1 + 9, cov.size());
        for (String line : cov.subList(1, cov.size())) {
            String[] c = line.split(",");
            sigma[targets.indexOf(c[0])][targets.indexOf(c[1])] = Double.parseDouble(c[2]);
        }
        List<String> jac = Files.readAllLines(out.resolve("jacobian.csv"));
        assertEquals("target,parameter,derivative,difference,step,nominal_share,undefined_other_side", jac.get(0));
        assertEquals(1 + 6, jac.size());
        for (String line : jac.subList(1, jac.size())) {
            String[] c = line.split(",");
            g[targets.indexOf(c[0])][params.indexOf(c[1])] = Double.parseDouble(c[2]);
        }
        assertEquals(sigma[0][1], sigma[1][0], "symmetric");
        // A = G'WG, B = G'WΣWG, V = A⁻¹BA⁻¹
        double[][] a = new double[2][2];
        double[][] b = new double[2][2];
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                for (int k = 0; k < 3; k++) {
                    a[i][j] += g[k][i] * w[k] * g[k][j];
                    for (int l = 0; l < 3; l++) {
                        b[i][j] += g[k][i] * w[k] * sigma[k][l] * w[l] * g[l][j];
                    }
                }
            }
        }
        double det = a[0][0] * a[1][1] - a[0][1] * a[1][0];
        double[][] inv = {{a[1][1] / det, -a[0][1] / det}, {-a[1][0] / det, a[0][0] / det}};
        List<String> est = Files.readAllLines(out.resolve("estimates.csv"));
        for (int i = 0; i < 2; i++) {
            double v = 0;
            for (int k = 0; k < 2; k++) {
                for (int l = 0; l < 2; l++) {
                    v += inv[i][k] * b[k][l] * inv[l][i];
                }
            }
            double se = Double.parseDouble(est.get(1 + i).split(",")[2]);
            assertEquals(se, Math.sqrt(v), 1e-6 * se, params.get(i));
        }
        // and each moment's se is the root of Σ's diagonal
        List<String> moments = Files.readAllLines(out.resolve("moments.csv"));
        for (int k = 0; k < 3; k++) {
            assertEquals(Double.parseDouble(moments.get(1 + k).split(",")[3]), Math.sqrt(sigma[k][k]), 1e-8 * Math.sqrt(sigma[k][k]));
        }
    }

    /**
     * An estimate at a bound is said to be there, on the terminal and the page, by name (only a
     * "hit" in the table said it, and a note in general on the page, found by a review); a
     * parameter with no se is written into fitted.yaml's header as such (it said "(se )"); a
     * calibration resumed whole makes no evaluation and says no rate ("0.0 per minute").
     */
    @Test
    void anEstimateAtABoundIsSaidByName(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bound.yaml");
        Files.writeString(f, "version: 1\nkind: calibration\nscenario: '" + SMALL + "'\noverrides: ['months=12']\n"
                + "parameters:\n"
                + "  - {name: offers, path: market.offersEmployed, lower: 0.3, upper: 0.6, start: 0.4, unit: /year}\n"
                + "  - {name: budget, path: 'labs[Keeper].budget', lower: 5000, upper: 10000, unit: M}\n"
                + "targets:\n"
                + "  - {metric: market.poached_per_month, observed: 30, se: 0.5}\n"
                + "  - {metric: Leaker.quits, observed: 200, se: 3}\n"
                + "replications: 3\nseed: 4\nmax_evaluations: 10\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("o");
        Cli r = Cli.run("calibrate", f.toString(), "--out", out.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\nat a bound of its range: offers (the se's assume an estimate inside the range: not to be"
                + " trusted there; widen the range, or fix the parameter).\n"), r.out());
        assertTrue(r.out().contains(" evaluations (") && r.out().contains(" per minute)"), r.out());
        String page = Files.readString(out.resolve("report.html"));
        assertTrue(page.contains("where the se is not to be trusted: offers (widen the range, or fix the parameter)."), "the page");
        String fitted = Files.readString(out.resolve("fitted.yaml"));
        assertTrue(fitted.contains("M   (no se: not identified)\n"), fitted);
        assertTrue(!fitted.contains("(se )"), fitted);
        Cli again = Cli.run("calibrate", f.toString(), "--out", out.toString(), "-q", "--resume");
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().matches("(?s)small: 2 parameters, 2 targets, R = 3, seed 4: (\\d+) evaluations, \\1 from the journal"
                + " \\([0-9.]+ s\\)\n.*"), again.out());
    }

    /**
     * A search that stops a step short of the minimum: observed − simulated of a heavily weighted
     * target is one grid step of its simulated moment, many times its fit se, which the parameters
     * could still remove. Its t is that of the miss at the linearised minimum, as J's: every |t| ≤ 2
     * beside J = 0.15, where the t of observed − simulated was 5.97 and the terminal and the page
     * called the target missed (found by a calibration review).
     */
    @Test
    void theTsOfASearchThatStoppedShortAreThoseOfJ(@TempDir Path dir) throws IOException {
        Path f = calibration(dir, "unid.yaml", OFFERS + SEPARATION
                + "  - {name: budget, path: \"labs[Raider].budget\", lower: 250, upper: 400, start: 300, unit: M}\n",
                "  - {metric: market.poached_per_month, observed: 5.7, se: 0.49}\n"
                + "  - {metric: Keeper.quits, observed: 66, se: 8}\n"
                + "  - {metric: Leaker.quits, observed: 51, se: 5}\n"
                + "  - {metric: Raider.hires, observed: 81, se: 6.5}\n",
                "replications: 4\nseed: 7\nmax_evaluations: 60\n");
        Path out = dir.resolve("out");
        Cli r = Cli.run("calibrate", f.toString(), "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> fits = Files.readAllLines(out.resolve("moments.csv"));
        String[] poached = fits.get(1).split(",");
        double gap = Double.parseDouble(poached[1]) - Double.parseDouble(poached[2]);
        double fitSe = Double.parseDouble(poached[4]);
        assertTrue(Math.abs(gap) / fitSe > 2, "the case: the gap is many fit se's: " + fits.get(1));
        for (String line : fits.subList(1, fits.size())) {
            String[] cells = line.split(",");
            assertTrue(Math.abs(Double.parseDouble(cells[5])) <= 2, "within 2: " + line);
        }
        double j = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve("summary.json").toFile()).path("j").asDouble();
        assertTrue(j < 1, "J: " + j);
        assertTrue(r.out().lines().anyMatch(l -> l.matches("target +observed +simulated +miss at min +se +fit se +t")), r.out());
        assertTrue(r.out().contains("here the search stopped a step short of the minimum"), r.out());
        // the t's formula is the one the numbers follow (moments.csv: t = linearised_miss / residual_se,
        // checked in the test above): it said (observed - simulated) / fit se here too (a calibration review)
        assertTrue(r.out().contains("t = miss at min / fit se"), r.out());
        assertFalse(r.out().contains("t = (observed - simulated) / fit se"), r.out());
        String page = Files.readString(out.resolve("report.html"));
        assertFalse(page.contains("Targets the model misses"), "no target called missed");
        assertTrue(page.contains(">miss at min</th>") && page.contains("here the search stopped a step short"), "said on the page");
        assertTrue(page.contains("t = miss at min / fit se") && !page.contains("t = (observed \u2212 simulated) / fit se"),
                "the page's formula");
    }

    /**
     * Targets below anything the model makes in the range: the search stops a few % of the range
     * from the lower bound (not "at" it by the 1% rule), and the linearised minimum lies beyond
     * it. J holds the parameter at its bound and rejects; it measured the fit at a separation of
     * −0.22 a year and said "fits the targets jointly" (p = 0.18; found by a calibration review).
     */
    @Test
    void jHoldsAParameterAtTheBoundItsLinearisedMinimumLiesBeyond(@TempDir Path dir) throws IOException {
        Path f = calibration(dir, "one-bound.yaml", SEPARATION,
                "  - {metric: Keeper.quits, observed: 10, se: 8}\n  - {metric: Leaker.quits, observed: 8, se: 5}\n",
                "replications: 4\nseed: 4\nmax_evaluations: 30\n");
        Path out = dir.resolve("out");
        Cli r = Cli.run("calibrate", f.toString(), "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> est = Files.readAllLines(out.resolve("estimates.csv"));
        String[] cells = est.get(1).split(",", -1);
        assertTrue(cells[0].equals("separation") && cells[5].equals("FALSE") && cells[9].equals("TRUE"), "not within 1% of the"
                + " bound, held at it: " + est.get(1));
        var summary = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(2, summary.path("df").asInt(), "the held parameter takes no degree of freedom");
        assertEquals("brent", summary.path("optimizer").asText(), "one parameter is searched by Brent's method (it said bobyqa)");
        assertTrue(summary.path("p_value").asDouble() < 0.001, summary.toString());
        assertTrue(r.out().contains("J and the t's hold separation at its bound"), r.out());
        String page = Files.readString(out.resolve("report.html"));
        assertTrue(page.contains("(rejected at 5%)") && page.contains("hold separation at its bound"), "said on the page");
    }

    /**
     * A ratio target whose denominator is 0 on one side of the Jacobian's step (no offers at the
     * lower bound, so no poaching): its derivative is the one-sided difference of the other side,
     * and the se's and J stand. The central difference was undefined, and every se and J were
     * dropped with "the targets do not identify the parameters together" (found by a calibration
     * review). It is said, in jacobian.csv, summary.json, on the terminal and on the page, and the
     * slope gap of an interior estimate is that of the moments defined on both sides (three of the
     * flagship's derivatives were one-sided without a word, and its interior quit_base had an empty
     * slope_gap that usable read as smooth: an economist's review).
     */
    @Test
    void aDerivativeOneSidedWhereTheMomentIsUndefinedIsSaid(@TempDir Path dir) throws IOException {
        Path f = calibration(dir, "one.yaml", "  - {name: offers, path: market.offersEmployed, lower: 0, upper: 2.0, start: 0.2,"
                + " unit: /year}\n", "  - {metric: market.poached_per_month, observed: 0.4, se: 0.1}\n"
                + "  - {name: qp, ratio: [Keeper.quits, market.poached_per_month], observed: 20, se: 10}\n",
                "overrides: ['months=6']\nreplications: 2\nseed: 5\nmax_evaluations: 20\n");
        Path out = dir.resolve("o");
        Cli r = Cli.run("calibrate", f.toString(), "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> jac = Files.readAllLines(out.resolve("jacobian.csv"));
        String[] est = Files.readAllLines(out.resolve("estimates.csv")).get(1).split(",", -1);
        double theta = Double.parseDouble(est[1]);
        double nominal = 0.1 * 2.0;   // the default step, 10% of the range
        assertTrue(theta > 0 && theta < nominal, "the case: the estimate within a step of the bound at 0: " + theta);
        // the ratio: forward over the whole step, as its moment is undefined at the step down (0 offers)
        String[] qp = jac.get(2).split(",", -1);
        assertEquals(List.of("qp", "offers", "forward", "TRUE"), List.of(qp[0], qp[1], qp[3], qp[6]), jac.get(2));
        assertEquals(nominal, Double.parseDouble(qp[4]), 1e-12);
        assertEquals(1.0, Double.parseDouble(qp[5]), 1e-12);
        // the poaching rate: central over the step down the bound cut (θ̂ to 0) and the step up
        String[] rate = jac.get(1).split(",", -1);
        assertEquals(List.of("central", "FALSE"), List.of(rate[3], rate[6]), jac.get(1));
        assertEquals(theta + nominal, Double.parseDouble(rate[4]), 1e-9);
        assertEquals((theta + nominal) / (2 * nominal), Double.parseDouble(rate[5]), 1e-9);
        // the se stands, and the slope gap is the poaching rate's (the ratio undefined below): not empty
        assertTrue(Double.parseDouble(est[2]) > 0, String.join(",", est));
        assertFalse(est[8].isEmpty(), "slope_gap: " + String.join(",", est));
        String said = "One-sided where the moment is undefined at the other step (a ratio over zero in every run there;"
                + " jacobian.csv's undefined_other_side): qp in offers (forward, over 100% of the step).";
        assertTrue(r.out().contains(said), r.out());
        assertTrue(ReportTest.unescape(Files.readString(out.resolve("report.html"))).contains(said), "on the page");
        assertTrue(Files.readString(out.resolve("summary.json")).contains("\"one_sided_derivatives\": [{\"target\": \"qp\","
                + " \"parameter\": \"offers\", \"difference\": \"forward\", \"nominal_share\": 1}]"), "summary.json");
        // a folder written before the field came says it cannot tell (a re-check of the day's fixes)
        Path summary = out.resolve("summary.json");
        Files.writeString(summary, Files.readString(summary).replaceAll("  \"one_sided_derivatives\": \\[[^\\]]*\\],\n", ""));
        assertFalse(Files.readString(summary).contains("one_sided"), "the case: an older summary.json");
        Cli redrawn = Cli.run("report", out.toString());
        assertEquals(0, redrawn.exit(), redrawn.err());
        String old = ReportTest.unescape(Files.readString(out.resolve("report.html")));
        assertTrue(old.contains("This folder was written before the derivatives taken one-sided where a moment is undefined were"
                + " recorded"), "an older folder's page");
        assertFalse(old.contains(said), "nothing read from the older summary");
        // a calibration with none says nothing
        Cli none = Cli.run("calibrate", file(dir).toString(), "--out", dir.resolve("n").toString(), "-q", "--no-report");
        assertEquals(0, none.exit(), none.err());
        assertFalse(none.out().contains("One-sided"), none.out());
        assertTrue(Files.readString(dir.resolve("n/summary.json")).contains("\"one_sided_derivatives\": [],"));
    }

    /**
     * A ratio over a monthly rate counts its events as the rate times the run's months, times the
     * runs: a ratio over 0.75 poachings a month in 2 runs of 2 months (3 events) went unremarked
     * (a re-check of the "few events" warning).
     */
    @Test
    void aRatioOverAMonthlyRateCountsItsEvents(@TempDir Path dir) throws IOException {
        Path f = calibration(dir, "rate.yaml", OFFERS + SEPARATION,
                "  - {name: mp_ratio, ratio: [market.moves_per_month, market.poached_per_month], observed: 10, se: 3}\n"
                + "  - {metric: Keeper.quits, observed: 3, se: 1}\n",
                "overrides: ['months=2']\nreplications: 2\nseed: 5\nmax_evaluations: 12\n");
        Cli r = Cli.run("calibrate", f.toString(), "--out", dir.resolve("o").toString(), "-q", "--no-report");
        assertEquals(0, r.exit(), r.err());
        String[] ratio = Files.readAllLines(dir.resolve("o/moments.csv")).get(1).split(",", -1);
        double mean = Double.parseDouble(ratio[10]);
        double events = Double.parseDouble(ratio[11]);
        assertEquals(mean * 2 * 2, events, 1e-9, "a rate per month, times 2 months, times 2 runs");
        assertEquals(events < 10, r.out().contains("few events: mp_ratio (its denominator, market.poached_per_month, adds up to "),
                r.out());
    }

    /**
     * A search stopped by its budget, or whose estimate moved to a better point of its Jacobian,
     * is said to have stopped short, on the terminal, in summary.json and on the page; a search
     * given room converges without a word. A budget of 8 was reported like a converged search
     * (an economist's review).
     */
    @Test
    void aSearchStoppedByItsBudgetSaysSo(@TempDir Path dir) throws IOException {
        String targets = "  - {metric: Keeper.quits, observed: 64.55, se: 1.8}\n"
                + "  - {name: leak_ratio, ratio: [Leaker.poached_out, Keeper.poached_out], observed: 2.5, se: 0.3}\n"
                + "  - {metric: market.poached_per_month, observed: 5.75, weight: 4}\n";
        String spent = "the search used its whole budget (max_evaluations: 8) without converging";
        Path small = calibration(dir, "b8.yaml", SEPARATION + OFFERS, targets, "replications: 6\nseed: 31\nmax_evaluations: 8\n");
        Cli r = Cli.run("calibrate", small.toString(), "--out", dir.resolve("b8").toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains(spent), r.out());
        String summary = Files.readString(dir.resolve("b8/summary.json"));
        assertTrue(summary.contains("\"budget_spent\": true,"), summary);
        assertTrue(Files.readString(dir.resolve("b8/report.html")).contains("Stopped short: the search used its whole budget"
                + " (max_evaluations: 8) without converging"), "the page says it too");

        Path roomy = calibration(dir, "b120.yaml", SEPARATION + OFFERS, targets, "replications: 6\nseed: 31\nmax_evaluations: 120\n");
        r = Cli.run("calibrate", roomy.toString(), "--out", dir.resolve("b120").toString(), "-q", "--no-report");
        assertEquals(0, r.exit(), r.err());
        summary = Files.readString(dir.resolve("b120/summary.json"));
        assertTrue(summary.contains("\"budget_spent\": false,"), summary);
        int evaluations = Integer.parseInt(summary.replaceAll("(?s).*\"evaluations\": ([0-9]+),.*", "$1"));
        assertTrue(evaluations < 120, "converged inside its budget: " + evaluations);
        assertFalse(r.out().contains("used its whole budget"), r.out());
        assertEquals(summary.contains("\"jacobian_moves\": 0,"), !r.out().contains("to a better point of its Jacobian"), r.out());
    }

    /**
     * An estimate at its upper bound whose one step (down) leaves a ratio undefined: the
     * derivative is undefined, there is no se and no J, and the page says why (it called the
     * parameter "not identified by these targets", though the other target moves it; the terminal
     * spoke of "both sides" of a step that has one: a re-check of the day's fixes).
     */
    @Test
    void aDerivativeUndefinedAtTheOneStepABoundLeavesIsSaid(@TempDir Path dir) throws IOException {
        Path f = calibration(dir, "b3.yaml", "  - {name: upto, path: 'labs[Keeper].retention.upTo', lower: 0.3, upper: 0.72,"
                + " start: 0.7, step: 0.25}\n", "  - {metric: Keeper.retention, observed: 1.0, se: 0.01}\n"
                + "  - {name: pc, ratio: ['Keeper.poached_out', 'Keeper.countered'], observed: 5, se: 100}\n",
                "replications: 2\nseed: 3\nmax_evaluations: 12\noverrides: ['months=2']\n");
        Path out = dir.resolve("o");
        Cli r = Cli.run("calibrate", f.toString(), "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> jac = Files.readAllLines(out.resolve("jacobian.csv"));
        assertTrue(jac.get(2).startsWith("pc,upto,,backward,"), "the case: the ratio undefined at the one step: " + jac);
        assertTrue(Double.isFinite(Double.parseDouble(jac.get(1).split(",")[2])), "retention moves it: " + jac.get(1));
        String why = "the derivative of pc in upto is undefined (the simulated moment is undefined, e.g. a ratio over zero, at the"
                + " estimate or at every point of the Jacobian's step: both sides, or the one a bound leaves";
        assertTrue(r.out().contains(why), r.out());
        String page = ReportTest.unescape(Files.readString(out.resolve("report.html")));
        assertTrue(page.contains("No se's and no J: " + why), page);
        assertFalse(page.contains("Not identified by these targets"), "not called unidentified");
        assertTrue(ReportTest.table(Files.readString(out.resolve("report.html")), "estimates").get(1).contains(
                "at a bound, no se: a derivative undefined"), "its status");
    }

    /** As the test above, with two parameters and a ratio of flows, one of them rare. */
    @Test
    void aMomentUndefinedOnOneSideOfTheStepTakesTheOtherSide(@TempDir Path dir) throws IOException {
        Path f = calibration(dir, "ratio0.yaml", OFFERS + SEPARATION,
                "  - {metric: market.poached_per_month, observed: 5.7, se: 0.49}\n"
                + "  - {metric: Keeper.quits, observed: 66, se: 8}\n"
                + "  - {name: lk_ratio, ratio: ['market.flow.Leaker>Keeper', 'market.flow.Keeper>Leaker'], observed: 10, se: 3}\n",
                "replications: 1\nseed: 7\nmax_evaluations: 40\n");
        Path out = dir.resolve("out");
        Cli r = Cli.run("calibrate", f.toString(), "--out", out.toString(), "--no-report");
        assertEquals(0, r.exit(), r.err());
        // the ratio over a handful of moves (one run each) is said to rest on them, on the terminal and the page
        // (the flagship's 8 : 8 was 8 moves over 1 in 20 runs, its fit se 0.018, without a word: an economist's review)
        String[] ratio = Files.readAllLines(out.resolve("moments.csv")).get(3).split(",", -1);
        double events = Double.parseDouble(ratio[11]);
        assertEquals(Double.parseDouble(ratio[10]), events, "one run: the denominator's mean is its count");
        assertTrue(events > 0 && events < 10, "the case: few moves Keeper>Leaker, " + events);
        assertTrue(r.out().contains("few events: lk_ratio (its denominator, market.flow.Keeper>Leaker, adds up to "
                + org.talentsim.internal.Num.format(events) + (events == 1 ? " event" : " events") + ") over the 1 runs at the"
                + " estimate, fewer than 10"), r.out());
        Cli page = Cli.run("report", out.toString());
        assertEquals(0, page.exit(), page.err());
        assertTrue(Files.readString(out.resolve("report.html")).contains("Few events: lk_ratio (its denominator,"
                + " market.flow.Keeper&gt;Leaker, adds up to "), "the page says it too");
        // the case: a point of the Jacobian where the ratio is undefined (its objective is written as 1e30)
        assertTrue(Files.readAllLines(out.resolve("trace.csv")).stream().anyMatch(l -> l.split(",")[1].equals("jacobian")
                && Double.parseDouble(l.split(",")[3]) >= 1e29), "a Jacobian point with the ratio undefined");
        List<String> jac = Files.readAllLines(out.resolve("jacobian.csv"));
        for (String line : jac.subList(1, 7)) {
            assertTrue(Double.isFinite(Double.parseDouble(line.split(",")[2])), line);
        }
        // and the one-sided derivatives are marked (an economist's review)
        assertTrue(jac.subList(1, 7).stream().anyMatch(l -> l.startsWith("lk_ratio,") && l.endsWith(",TRUE")), jac.toString());
        assertTrue(r.out().contains("One-sided where the moment is undefined at the other step"), r.out());
        for (String line : Files.readAllLines(out.resolve("estimates.csv")).subList(1, 3)) {
            assertFalse(line.split(",", -1)[2].isEmpty(), "an se: " + line);
        }
        assertFalse(r.out().contains("do not identify the parameters together"), r.out());
    }

    @Test
    void calibrateWritesTheSameFilesForAnyThreadCountAndAfterAResume(@TempDir Path dir) throws IOException {
        Path f = file(dir);
        // a seed at which no target is fitted exactly (each has a residual se to check below)
        Files.writeString(f, Files.readString(f).replace("\nseed: 4\n", "\nseed: 1\n"));
        Cli one = Cli.run("calibrate", f.toString(), "--out", dir.resolve("a").toString(), "--threads", "1", "-q");
        assertEquals(0, one.exit(), one.err());
        assertTrue(one.out().contains("small: 2 parameters, 3 targets, R = 3, seed 1"), one.out());
        // the parameters' units beside their estimates (250 read as $250 where the file said k: a review)
        assertTrue(one.out().lines().anyMatch(l -> l.matches("parameter +estimate +se +95% CI +unit +bound")), one.out());
        assertTrue(one.out().lines().anyMatch(l -> l.matches("offers +[0-9.]+ +[0-9.]+ +\\[[0-9., ]+\\] +/year *")), one.out());
        assertTrue(one.out().contains("quit_ratio"), one.out());
        assertTrue(one.out().contains("J = "), one.out());
        Cli two = Cli.run("calibrate", f.toString(), "--out", dir.resolve("b").toString(), "--threads", "2", "-q");
        assertEquals(0, two.exit(), two.err());
        for (String name : SAME) {
            assertEquals(Files.readString(dir.resolve("a").resolve(name)), Files.readString(dir.resolve("b").resolve(name)),
                    name);
        }
        List<String> estimates = Files.readAllLines(dir.resolve("a/estimates.csv"));
        assertEquals("parameter,estimate,se,ci_low,ci_high,bound_hit,identified,ci_beyond_range,slope_gap,held_at_bound,unit,usable",
                estimates.get(0));
        assertEquals(3, estimates.size());
        assertTrue(estimates.get(1).startsWith("offers,") && estimates.get(1).contains(",/year,"), estimates.get(1));
        // usable: every flag at once
        for (String line : estimates.subList(1, 3)) {
            String[] v = line.split(",", -1);
            boolean all = v[6].equals("TRUE") && v[7].equals("FALSE") && v[5].equals("FALSE") && v[9].equals("FALSE")
                    && (v[8].isEmpty() || Double.parseDouble(v[8]) <= 1);
            assertEquals(all ? "TRUE" : "FALSE", v[11], line);
        }
        List<String> fits = Files.readAllLines(dir.resolve("a/moments.csv"));
        assertEquals("target,observed,simulated,se,residual_se,t,linearised_miss,weight,observed_se,unit,denominator_mean,"
                + "denominator_events", fits.get(0));
        // each target's unit: poached per month, Leaker's quits (researchers), and a ratio of two counts
        assertEquals(List.of("researchers/month", "researchers", "ratio"),
                fits.subList(1, fits.size()).stream().map(l -> l.split(",", -1)[9]).toList());
        // the ratio's denominator per run at the estimate (three replications of a count here), none for the others
        assertEquals(List.of("", ""), fits.subList(1, 3).stream().map(l -> l.split(",", -1)[10]).toList());
        double events = 3 * Double.parseDouble(fits.get(3).split(",", -1)[10]);
        assertTrue(events > 0 && Math.abs(events - Math.rint(events)) < 1e-6, fits.get(3));
        assertEquals(events, Double.parseDouble(fits.get(3).split(",", -1)[11]), 1e-6, "the events behind the ratio, a count");
        assertEquals(List.of("", ""), fits.subList(1, 3).stream().map(l -> l.split(",", -1)[11]).toList());
        for (String line : fits.subList(1, fits.size())) {
            // t divides the miss at the linearised minimum by the residual's se at the estimate (it
            // divided observed - simulated by the moment's own se, then by the residual se)
            String[] cells = line.split(",");
            assertTrue(Double.parseDouble(cells[4]) > 0 && Double.parseDouble(cells[4]) != Double.parseDouble(cells[3]), line);
            assertEquals(Double.parseDouble(cells[6]) / Double.parseDouble(cells[4]), Double.parseDouble(cells[5]),
                    1e-8 * Math.abs(Double.parseDouble(cells[5])) + 1e-12, line);
            // the target's weight in W and its se as given: 1/se² (the weights were in calibration.yaml only)
            String[] all = line.split(",", -1);
            assertEquals(12, all.length, line);
            double w = Double.parseDouble(all[7]);
            assertTrue(w > 0, line);
            if (!all[8].isEmpty()) {
                double se = Double.parseDouble(all[8]);
                assertEquals(1 / (se * se), w, 1e-8 * w, line);
            }
        }

        // an interrupted calibration: the journal cut after a few evaluations, with a torn last line
        Path c = dir.resolve("c");
        Files.createDirectories(c);
        List<String> journal = Files.readAllLines(dir.resolve("a/evaluations.csv"));
        assertTrue(journal.size() > 8, "evaluations: " + journal.size());
        Files.writeString(c.resolve("calibration.yaml"), Files.readString(dir.resolve("a/calibration.yaml")));
        Files.writeString(c.resolve("evaluations.csv"), String.join("\n", journal.subList(0, 6)) + "\n"
                + journal.get(6).substring(0, 12));
        Cli resumed = Cli.run("calibrate", f.toString(), "--out", c.toString(), "--resume", "-q");
        assertEquals(0, resumed.exit(), resumed.err());
        assertTrue(resumed.out().contains("5 from the journal"), resumed.out());
        for (String name : SAME) {
            assertEquals(Files.readString(dir.resolve("a").resolve(name)), Files.readString(c.resolve(name)), name);
        }

        // a row changed by hand: one line naming the file, line and column, exit 2, the journal
        // left as it was (it was a NumberFormatException's stack trace, exit 1: found by a reviewer)
        for (String bad : List.of("abc", "", "1.0e", "0x1p3")) {
            Path d = dir.resolve("d" + bad.length());
            Files.createDirectories(d);
            Files.writeString(d.resolve("calibration.yaml"), Files.readString(dir.resolve("a/calibration.yaml")));
            List<String> rows = new java.util.ArrayList<>(journal.subList(0, 6));
            String[] cols = rows.get(3).split(",", -1);
            cols[cols.length - 1] = bad;
            rows.set(3, String.join(",", cols));
            String text = String.join("\n", rows) + "\n";
            Files.writeString(d.resolve("evaluations.csv"), text);
            Cli broken = Cli.run("calibrate", f.toString(), "--out", d.toString(), "--resume", "-q", "--no-report");
            assertEquals(2, broken.exit(), broken.err());
            assertEquals(d.resolve("evaluations.csv") + " line 4, column " + cols.length + ": '" + bad + "' is not a number as"
                    + " written: not a row this calibration writes (changed by hand?); delete that line to evaluate it again,"
                    + " or start afresh with --force (without --resume)", broken.err().strip());
            assertEquals(text, Files.readString(d.resolve("evaluations.csv")), "the journal as it was");
        }
        // a value no run gives, written as a number: a count of 2.5 or -5 (it moved every estimate
        // without a word: a re-check)
        List<String> header = List.of(journal.get(0).split(",", -1));
        int quits = -1;
        for (int k = 0; k < header.size() && quits < 0; k++) {
            quits = header.get(k).endsWith(".quits") ? k : -1;
        }
        assertTrue(quits > 0, header.toString());
        for (String bad : List.of("2.5", "-5.0")) {
            Path d = dir.resolve("q" + bad);
            Files.createDirectories(d);
            Files.writeString(d.resolve("calibration.yaml"), Files.readString(dir.resolve("a/calibration.yaml")));
            List<String> rows = new java.util.ArrayList<>(journal.subList(0, 6));
            String[] cols = rows.get(3).split(",", -1);
            cols[quits] = bad;
            rows.set(3, String.join(",", cols));
            Files.writeString(d.resolve("evaluations.csv"), String.join("\n", rows) + "\n");
            Cli broken = Cli.run("calibrate", f.toString(), "--out", d.toString(), "--resume", "-q", "--no-report");
            assertEquals(2, broken.exit(), broken.err());
            assertTrue(broken.err().startsWith(d.resolve("evaluations.csv") + " line 4, column " + (quits + 1) + " (" + header.get(quits)
                    .substring(header.get(quits).indexOf(':') + 1) + "): " + bad + " is not a count"), broken.err());
        }

        // the fitted scenario is a scenario file that check and run accept
        Path fitted = dir.resolve("a/fitted.yaml");
        assertTrue(Files.readString(fitted).startsWith("# Fitted by talentsim calibrate"));
        assertEquals(0, Cli.run("check", fitted.toString()).exit());
        assertEquals("small", ScenarioFiles.read(fitted).name());
        Cli run = Cli.run("run", fitted.toString(), "--out", dir.resolve("run").toString(), "--quiet");
        assertEquals(0, run.exit(), run.err());

        // another calibration in the same folder is refused
        Files.writeString(f, Files.readString(f).replace("seed: 1", "seed: 5"));
        Cli other = Cli.run("calibrate", f.toString(), "--out", dir.resolve("a").toString(), "-q");
        assertEquals(2, other.exit());
        assertTrue(other.err().strip().endsWith("--force replaces them, or choose another --out"), other.err());
    }

    @Test
    void sensitivityPrintsTheTableAndRanking(@TempDir Path dir) throws IOException {
        Path f = file(dir);
        Files.writeString(f, Files.readString(f).replace("replications: 2}", "replications: 2, sobol: 4}"));
        Cli s = Cli.run("sensitivity", f.toString(), "--out", dir.resolve("s").toString(), "-q");
        assertEquals(0, s.exit(), s.err());
        assertTrue(s.out().contains("Morris, 2 parameters, 3 trajectories, 4 levels; Sobol, N = 4, R = 2: 25 points"), s.out());
        assertTrue(s.out().lines().anyMatch(l -> l.matches("parameter +target +first order \\[95% CI\\] +total order \\[95% CI\\]")),
                s.out());
        assertEquals("parameter,target,first_order,total_order,n,first_ci_low,first_ci_high,total_ci_low,total_ci_high",
                Files.readAllLines(dir.resolve("s/sobol.csv")).get(0));
        assertEquals(1 + 2 * 3, Files.readAllLines(dir.resolve("s/sobol.csv")).size());
        assertTrue(s.out().contains("rank  parameter"), s.out());
        // one parameter reads as such (it read "1 parameters")
        Path one = file(Files.createDirectories(dir.resolve("one")));
        Files.writeString(one, Files.readString(one).replace("kind: calibration", "kind: sensitivity")
                .replaceAll("  - \\{name: separation[^\n]*\n", "").replace("trajectories: 3", "trajectories: 2"));
        Cli single = Cli.run("sensitivity", one.toString(), "--out", dir.resolve("s1").toString(), "-q", "--no-report");
        assertEquals(0, single.exit(), single.err());
        assertTrue(single.out().contains("Morris, 1 parameter, 2 trajectories, 4 levels, R = 2: 4 points"), single.out());
        assertTrue(s.out().lines().anyMatch(l -> l.startsWith("Results: ") && l.contains("sobol.csv")), s.out());
        // without Sobol's indices there is no sobol.csv, and the results line names none
        Cli morris = Cli.run("sensitivity", file(Files.createDirectories(dir.resolve("m"))).toString(), "--out",
                dir.resolve("sm").toString(), "-q", "--no-report");
        assertEquals(0, morris.exit(), morris.err());
        assertFalse(Files.exists(dir.resolve("sm/sobol.csv")));
        assertTrue(morris.out().lines().anyMatch(l -> l.startsWith("Results: ") && !l.contains("sobol.csv")), morris.out());
        List<String> csv = Files.readAllLines(dir.resolve("s/sensitivity.csv"));
        assertEquals("parameter,target,mu_star,mu,sigma,mu_star_per_se,r", csv.get(0));
        // the terminal's table has r too, and names the effects resting on fewer trajectories (an effect of one
        // ranked a parameter third, unsaid: a calibration review)
        assertTrue(s.out().lines().anyMatch(l -> l.matches("parameter +target +mu\\* +mu +sigma +mu\\*/se +r")), s.out());
        List<String> fewer = csv.subList(1, csv.size()).stream().map(l -> l.split(",", -1)).filter(c -> Integer.parseInt(c[6]) < 3)
                .map(c -> c[0] + " on " + c[1] + " (" + c[6] + ")").toList();
        assertEquals(!fewer.isEmpty(), s.out().contains("so less to rest on: "), s.out());
        fewer.forEach(x -> assertTrue(s.out().contains(x), x + ": " + s.out()));
        String page = Files.readString(dir.resolve("s/report.html"));
        assertEquals(!fewer.isEmpty(), page.contains("Fewer than the 3 trajectories where the target is undefined"), "and the page");
        fewer.forEach(x -> assertTrue(page.contains(x), x + " on the page"));
        assertEquals(1 + 2 * 3, csv.size());
        List<String> ranking = Files.readAllLines(dir.resolve("s/ranking.csv"));
        assertEquals(3, ranking.size());
        assertEquals("rank,parameter,sum_mu_star_per_se,targets_undefined", ranking.get(0));
        // each parameter's targets without a defined effect (r = 0), which its sum leaves out (an economist's review)
        for (String line : ranking.subList(1, 3)) {
            String[] cells = line.split(",", -1);
            long none = csv.subList(1, csv.size()).stream().map(l -> l.split(",", -1))
                    .filter(c -> c[0].equals(cells[1]) && c[6].equals("0")).count();
            assertEquals(none, Long.parseLong(cells[3]), line);
        }
        Cli check = Cli.run("check", f.toString());
        assertEquals(0, check.exit(), check.err());
        assertTrue(check.out().startsWith("OK: " + f + " (calibration of small: 2 parameters, 3 targets, R = 3)"), check.out());

        // kind: sensitivity screens more parameters than targets; calibrate refuses it at its kind:
        Files.writeString(f, Files.readString(f).replace("kind: calibration", "kind: sensitivity")
                .replace("targets:\n", "  - {name: premium, path: 'labs[Raider].offer.premium', lower: 0.05, upper: 0.6}\n"
                        + "  - {name: raise, path: market.annualRaise, lower: 0, upper: 0.08}\ntargets:\n"));
        Cli four = Cli.run("sensitivity", f.toString(), "--out", dir.resolve("s4").toString(), "-q");
        assertEquals(0, four.exit(), four.err());
        assertTrue(four.out().contains("Morris, 4 parameters, 3 trajectories"), four.out());
        assertTrue(Cli.run("check", f.toString()).out().contains("(sensitivity analysis of small: 4 parameters, 3 targets"));
        Cli refused = Cli.run("calibrate", f.toString(), "--out", dir.resolve("c4").toString(), "-q");
        assertEquals(2, refused.exit());
        assertEquals(f + ":2:7: kind: this file is for 'talentsim sensitivity'; a calibration needs 'kind: calibration' (and at"
                + " least as many targets as parameters)", refused.err().strip());
        assertFalse(Files.exists(dir.resolve("c4")));
    }

    /**
     * check of a calibration says the scenario's notes at the search's start and bounds: a budget's
     * range without its unit (10 to 900 for 10M to 900M) passed without a word, and calibrate laid
     * the lab off at every point (an adversarial review). With the unit, none.
     */
    @Test
    void checkSaysTheNotesAtTheSearchsBounds(@TempDir Path dir) throws IOException {
        Path f = file(dir);
        String unitless = Files.readString(f).replace("parameters:\n", "parameters:\n"
                + "  - {name: budget, path: 'labs[Raider].budget', lower: 10, upper: 900, start: 300}\n");
        Files.writeString(f, unitless);
        Cli r = Cli.run("check", f.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("note: labs[Raider].budget is $300 a year for 60 researchers"), "at the start: " + r.out());
        assertTrue(r.out().contains("note: at budget = 10 (its lower bound): labs[Raider].budget is $10 a year for 60 researchers"),
                r.out());
        assertTrue(r.out().contains("note: at budget = 900 (its upper bound): labs[Raider].budget is $900 a year"), r.out());
        Files.writeString(f, unitless.replace("lower: 10, upper: 900, start: 300}", "lower: 100, upper: 900, start: 300, unit: M}"));
        Cli fine = Cli.run("check", f.toString());
        assertEquals(0, fine.exit(), fine.err());
        assertFalse(fine.out().contains("under a tenth") || fine.out().contains("is over its budget"), fine.out());
        // a range under the lab's payroll: over its budget from the first month at the lower bound (a re-check)
        Files.writeString(f, unitless.replace("lower: 10, upper: 900, start: 300}", "lower: 10, upper: 500, start: 300, unit: M}"));
        Cli under = Cli.run("check", f.toString());
        assertEquals(0, under.exit(), under.err());
        assertTrue(under.out().contains("note: at budget = 10M (its lower bound): the payroll of Raider at the start, $"), under.out());
        assertFalse(under.out().contains("(its upper bound): the payroll"), under.out());
    }

    @Test
    void aBadFileIsOneLineWithExitTwo(@TempDir Path dir) throws IOException {
        Path f = file(dir);
        Files.writeString(f, Files.readString(f).replace("Leaker.quits, observed", "Leaker.quit, observed"));
        for (String command : List.of("calibrate", "sensitivity", "check")) {
            Cli r = Cli.run(command, f.toString(), "--out", dir.resolve("x").toString());
            if (command.equals("check")) {
                r = Cli.run(command, f.toString());
            }
            assertEquals(2, r.exit(), command + ": " + r.err());
            assertTrue(r.err().startsWith(f + ":10:14: targets[1].metric: unknown metric 'Leaker.quit'"), r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertEquals("", r.out());
        }
        assertFalse(Files.exists(dir.resolve("x")), "nothing written");
    }

    /**
     * Values that only a run met (a grant's cliff beyond its years, at a corner of the screening
     * grid, one parameter at its lower bound and the other at its upper) stopped the screening
     * part-way; `check` now tries every pair of parameters at the corners of their bounds, so
     * `check`, `sensitivity` and `calibrate` refuse the file alike: one line naming both
     * parameters, exit 2, nothing run.
     */
    @Test
    void badValuesAtAMixedCornerAreRefusedBeforeAnyRun(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("s.yaml");
        Files.writeString(f, "version: 1\nkind: sensitivity\nscenario: '" + SMALL + "'\n"
                + "overrides: ['months=6', 'labs[Keeper].pay={name: equity, equity: 0.5}']\nparameters:\n"
                + "  - {name: years, path: 'labs[Keeper].pay.years', lower: 0.5, upper: 4, start: 2}\n"
                + "  - {name: cliff, path: 'labs[Keeper].pay.cliffMonths', lower: 1, upper: 20, start: 5}\n"
                + "targets:\n  - {metric: market.poached_per_month, observed: 5, se: 0.5}\n"
                + "  - {metric: Leaker.quits, observed: 45, se: 5}\nreplications: 2\n"
                + "sensitivity: {trajectories: 4, levels: 4, replications: 1}\n", StandardCharsets.UTF_8);
        for (String command : List.of("check", "sensitivity")) {
            Cli r = command.equals("check") ? Cli.run("check", f.toString())
                    : Cli.run(command, f.toString(), "--out", dir.resolve("o").toString(), "-q");
            assertEquals(2, r.exit(), command + ": " + r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().startsWith(f + ":7:") && r.err().contains("with years at its lower bound 0.5 and cliff at its"
                    + " upper bound 20") && r.err().contains("cliffMonths must be at most 12 × years"), r.err());
        }
        assertFalse(Files.exists(dir.resolve("o")), "nothing run or written");
    }

    /**
     * What the targets do not pin down is marked in the files, not only on the terminal (found by
     * a reviewer): a parameter no target moves has identified = false in estimates.csv, null in
     * summary.json's standard_errors and no "[, ]" for an interval; one whose 95% CI reaches past
     * the range it was searched in is said to be weakly identified, on the terminal and the page.
     */
    @Test
    void unidentifiedAndWeaklyIdentifiedParametersAreMarked(@TempDir Path dir) throws IOException {
        Path f = file(dir);
        Files.writeString(f, Files.readString(f).replace("lower: 0.3, upper: 2.5", "lower: 0.8, upper: 2.5")
                .replace("targets:\n", "  - {name: budget, path: 'labs[Keeper].budget', lower: 5000, upper: 6000, unit: M}\n"
                        + "targets:\n"));
        Cli r = Cli.run("calibrate", f.toString(), "--out", dir.resolve("a").toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        String budget = r.out().lines().filter(l -> l.startsWith("budget ")).findFirst().orElseThrow();
        assertFalse(budget.contains("["), "no interval without an se: " + budget);
        assertTrue(r.out().contains("no se for budget: no target moves it"), r.out());
        List<String> estimates = Files.readAllLines(dir.resolve("a/estimates.csv"));
        assertTrue(estimates.get(3).startsWith("budget,") && estimates.get(3).endsWith(",,,,FALSE,FALSE,FALSE,0,FALSE,M,FALSE"), estimates.get(3));
        assertTrue(estimates.get(1).startsWith("offers,") && estimates.get(1).contains(",FALSE,TRUE,TRUE,"), estimates.get(1));
        String[] offers = estimates.get(1).split(",");
        assertTrue(Double.parseDouble(offers[3]) < 0.8, "the interval reaches below the range's 0.8: " + estimates.get(1));
        assertTrue(r.out().contains("weakly identified, the 95% CI reaching beyond the range searched: offers ["), r.out());
        String summary = Files.readString(dir.resolve("a/summary.json"));
        assertTrue(summary.contains("\"standard_errors\": {\n    \"offers\": 0."), summary);
        assertTrue(summary.contains("\"budget\": null"), summary);
        String html = Files.readString(dir.resolve("a/report.html"));
        assertTrue(html.contains("Not identified by these targets (an se larger than the whole range, or undefined): budget."), html);
        assertTrue(html.contains("Weakly identified, the 95% CI reaching beyond the range searched (the interval is not cut at the"
                + " bounds): offers"), html);
    }
}
