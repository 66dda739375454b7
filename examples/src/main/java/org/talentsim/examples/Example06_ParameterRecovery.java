package org.talentsim.examples;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.talentsim.calibration.Calibration;
import org.talentsim.calibration.Calibrator;
import org.talentsim.experiment.LocalExecutor;
import org.talentsim.experiment.Outcome;
import org.talentsim.experiment.Outcomes;
import org.talentsim.experiment.Overrides;
import org.talentsim.io.ScenarioFiles;
import org.talentsim.policy.PolicyRegistry;
import org.talentsim.rng.Streams;
import org.talentsim.scenario.Scenario;

/**
 * Example 6 — does the calibration recover what it should? A coverage study.
 *
 * <p>What it teaches: a calibration's standard errors are a claim — "the truth is within 1.96 se
 * of the estimate 95% of the time" — that can be checked. Simulate {@code retention.yaml} at
 * known values of five parameters on a seed the calibration does not use, treat that one run's
 * nine moments as the data, calibrate ({@code examples/calibration/retention-recovery.yaml} is
 * the first of these data sets), and count how often each 95% interval holds the truth. The
 * weights are 1/variance of each moment at the truth, from a pilot of 20 runs.
 */
public final class Example06_ParameterRecovery {
    private Example06_ParameterRecovery() {}

    static final double[] TRUTH = {1.0, 0.04, 0.3, 3.0, 0.03};
    static final List<String> AT_TRUTH = List.of("market.offersEmployed=1/year", "market.separation=0.04/year",
            "labs[Raider].offer.premium=0.3", "market.offersSeeking=3/year", "market.annualRaise=0.03");
    static final String PARAMETERS = """
            parameters:
              - {name: offers, path: market.offersEmployed, lower: 0.4, upper: 2.0, start: 1.5, unit: /year}
              - {name: separation, path: market.separation, lower: 0.01, upper: 0.2, start: 0.1, unit: /year}
              - {name: premium, path: 'labs[Raider].offer.premium', lower: 0.05, upper: 0.6, start: 0.15}
              - {name: seeking, path: market.offersSeeking, lower: 1, upper: 6, start: 4.5, unit: /year}
              - {name: raise, path: market.annualRaise, lower: 0, upper: 0.08, start: 0.05}
            """;
    static final List<String> METRICS = List.of("market.poached_per_month", "Keeper.quits", "Leaker.quits",
            "Keeper.countered", "Raider.hires", "market.unemployment_end", "market.mean_salary_end", "Leaker.poached_out",
            "Keeper.poached_out");

    /** The calibration file of data set {@code d}: one run at the truth on seed mix(9999, d) as the targets. */
    static String file(Path scenario, int d, double[] weights) {
        Scenario truth = Overrides.parse(AT_TRUTH).applyTo(ScenarioFiles.read(scenario));
        Outcome data = Outcomes.run(truth.withSeed(Streams.mix(9999, d)), PolicyRegistry.defaults(), List.of());
        StringBuilder f = new StringBuilder("version: 1\nkind: calibration\nscenario: '" + scenario.toAbsolutePath()
                + "'\n" + PARAMETERS + "targets:\n");
        for (int k = 0; k < METRICS.size(); k++) {
            f.append(String.format(Locale.ROOT, "  - {metric: %s, observed: %s, weight: %.6g}%n", METRICS.get(k),
                    data.value(METRICS.get(k)), weights[k]));
        }
        return f.append("replications: 8\nseed: 2025\nmax_evaluations: 300\n").toString();
    }

    /** 1 / the variance of each moment over 20 runs at the truth (seeds mix(777, r)). */
    static double[] weights(Path scenario) {
        Scenario truth = Overrides.parse(AT_TRUTH).applyTo(ScenarioFiles.read(scenario));
        double[][] v = new double[20][METRICS.size()];
        for (int r = 0; r < 20; r++) {
            Outcome o = Outcomes.run(truth.withSeed(Streams.mix(777, r)), PolicyRegistry.defaults(), List.of());
            for (int k = 0; k < METRICS.size(); k++) {
                v[r][k] = o.value(METRICS.get(k));
            }
        }
        double[] w = new double[METRICS.size()];
        for (int k = 0; k < w.length; k++) {
            double m = 0;
            for (double[] row : v) {
                m += row[k];
            }
            m /= v.length;
            double s = 0;
            for (double[] row : v) {
                s += (row[k] - m) * (row[k] - m);
            }
            w[k] = (v.length - 1) / s;
        }
        return w;
    }

    public static void main(String[] args) {
        Path scenario = Path.of(args.length > 0 ? args[0] : "examples/scenarios/retention.yaml");
        int sets = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        double[] w = weights(scenario);
        int[] covered = new int[TRUTH.length];
        double[][] estimates = new double[TRUTH.length][sets];
        double[][] ses = new double[TRUTH.length][sets];
        long start = System.nanoTime();
        int evaluations = 0;
        try (LocalExecutor ex = LocalExecutor.allCores()) {
            for (int d = 1; d <= sets; d++) {
                Calibration c = Calibration.parse(file(scenario, d, w), "recovery-" + d + ".yaml", Path.of("."));
                Calibrator.Result r = Calibrator.estimate(c, ex, (n, budget, best) -> { });
                evaluations += r.evaluations();
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "data %2d  J %5.2f p %.3f ", d, r.j(), r.p()));
                for (int j = 0; j < TRUTH.length; j++) {
                    Calibrator.ParameterEstimate e = r.estimates().get(j);
                    boolean in = e.ciLow() <= TRUTH[j] && TRUTH[j] <= e.ciHigh();
                    covered[j] += in ? 1 : 0;
                    estimates[j][d - 1] = e.estimate();
                    ses[j][d - 1] = e.se();
                    line.append(String.format(Locale.ROOT, " %s %.4g±%.2g%s", e.parameter(), e.estimate(), e.se(), in ? "" : "*"));
                }
                System.out.println(line);
            }
        }
        double minutes = (System.nanoTime() - start) / 6e10;
        // coverage alone hides two faults (an economist's review): se's wider than the estimates'
        // spread (coverage above 95% for the wrong reason) and estimates off the truth on one side
        // (a weakly identified parameter staying near the search's start); so each parameter's mean
        // estimate, its bias in standard errors of that mean, and the mean se over the spread
        System.out.println("(* after an estimate: its 95% interval misses the truth)");
        System.out.println("parameter  truth  covered  mean estimate        bias  bias / se of mean  above truth  sd of estimates  mean se  se / sd");
        for (int j = 0; j < TRUTH.length; j++) {
            double mean = 0;
            double meanSe = 0;
            int above = 0;
            for (int d = 0; d < sets; d++) {
                mean += estimates[j][d] / sets;
                meanSe += ses[j][d] / sets;
                above += estimates[j][d] > TRUTH[j] ? 1 : 0;
            }
            double ss = 0;
            for (int d = 0; d < sets; d++) {
                ss += (estimates[j][d] - mean) * (estimates[j][d] - mean);
            }
            double sd = sets > 1 ? Math.sqrt(ss / (sets - 1)) : Double.NaN;
            System.out.printf(Locale.ROOT, "%-10s %-6s %3d/%-3d  %13.4g  %+10.3g  %17.2f  %6d/%-4d  %15.3g  %7.3g  %7.2f%n",
                    List.of("offers", "separation", "premium", "seeking", "raise").get(j), TRUTH[j], covered[j], sets, mean,
                    mean - TRUTH[j], (mean - TRUTH[j]) / (sd / Math.sqrt(sets)), above, sets, sd, meanSe, meanSe / sd);
        }
        System.out.printf(Locale.ROOT, "%d evaluations (8 runs each) in %.1f minutes%n", evaluations, minutes);
    }
}
// Run: java -cp examples/target/talentsim.jar org.talentsim.examples.Example06_ParameterRecovery [SCENARIO [SETS]]
// Expect (measured on 2 cores, 20 data sets, 2026-12-06, docs/CALIBRATION.md "Coverage"): the 95%
// intervals hold the truth in 97 of the 100 parameter-data pairs (offers 19, separation 20,
// premium 20, seeking 18, raise 20 of 20), but not all for the right reason: the se's of
// separation and premium are ~1.5 times the estimates' spread and raise's ~2 times, and raise's
// estimates sit above its truth (0.049 on average against 0.03, 17 of 20 above: weakly identified,
// it stays near the search's start, 0.05); J's p below 0.05 in about 1 of 20; ~4,000 evaluations,
// 1-2 minutes in all.
