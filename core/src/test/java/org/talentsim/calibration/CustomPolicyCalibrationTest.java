package org.talentsim.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentsim.experiment.LocalExecutor;
import org.talentsim.experiment.Outcomes;
import org.talentsim.io.ScenarioException;
import org.talentsim.io.ScenarioFiles;
import org.talentsim.policy.PolicyRegistry;

/**
 * A calibration of a parameter of one's own policy: the scenario names a policy registered in
 * code, and the parameter is one of its own (found by an economist's review: estimating one's
 * own mechanism is the reason to embed the library, and Calibration took the built-in policies
 * only, while Experiment.Builder took a registry).
 */
class CustomPolicyCalibrationTest {
    /** A quit hazard that is one number a month: {@code rate}. */
    static final PolicyRegistry REGISTRY = PolicyRegistry.defaults().register(PolicyRegistry.QUITS, "flat", Set.of("rate"), spec -> {
        double rate = spec.param("rate", 0.01);
        return (morale, gap) -> rate;
    });

    static final String CALIBRATION = "version: 1\nkind: calibration\nscenario: custom.yaml\nparameters:\n"
            + "  - {path: policies.quits.rate, lower: 0.002, upper: 0.06, start: 0.01}\ntargets:\n"
            + "  - {metric: Keeper.quits, observed: OBSERVED, se: SE}\n  - {metric: Leaker.quits, observed: OBSERVED2, se: SE2}\n"
            + "replications: 4\nseed: 5\n";

    @Test
    void aParameterOfOnesOwnPolicyIsEstimated(@TempDir Path dir) throws Exception {
        String small = Files.readString(Path.of("src/test/resources/calibration/small.yaml"));
        Files.writeString(dir.resolve("custom.yaml"), small + "\npolicies:\n  quits: {name: flat, rate: 0.01}\n");
        // the data: the mean over 20 seeds at a true rate of 0.025, and its standard error
        double truth = 0.025;
        String[] metric = {"Keeper.quits", "Leaker.quits"};
        double[][] v = new double[2][20];
        for (int r = 0; r < 20; r++) {
            var s = ScenarioFiles.parse(Files.readString(dir.resolve("custom.yaml")).replace("rate: 0.01", "rate: " + truth),
                    "custom.yaml", REGISTRY).withSeed(1000 + r);
            var o = Outcomes.run(s, REGISTRY, List.of());
            for (int k = 0; k < 2; k++) {
                v[k][r] = o.value(metric[k]);
            }
        }
        String text = CALIBRATION;
        for (int k = 0; k < 2; k++) {
            var e = org.talentsim.experiment.Estimate.of(v[k]);
            String suffix = k == 0 ? "" : "2";
            text = text.replace("OBSERVED" + suffix + ",", e.mean() + ",").replace("SE" + suffix + "}", e.sd() / Math.sqrt(e.n()) + "}");
        }
        String finalText = text;
        // without the registry the policy is unknown, at the scenario's line
        ScenarioException unknown = assertThrows(ScenarioException.class, () -> Calibration.parse(finalText, "cal.yaml", dir));
        assertTrue(unknown.getMessage().contains("unknown quits policy 'flat'"), unknown.getMessage());

        Calibration c = Calibration.parse(text, "cal.yaml", dir, REGISTRY);
        assertFalse(c.portable(), "a registry given in code runs on this machine only");
        assertTrue(Calibration.parse("version: 1\nkind: calibration\nscenario: small.yaml\nparameters:\n"
                + "  - {path: market.separation, lower: 0.02, upper: 0.3, start: 0.05, unit: /year}\ntargets:\n"
                + "  - {metric: market.poached_per_month, observed: 5, se: 0.5}\nreplications: 2\n", "plain.yaml",
                Path.of("src/test/resources/calibration")).portable());
        assertEquals(0.03, c.scenarioAt(new double[] {0.03}).quits().param("rate", Double.NaN), 0,
                "the scenario at a point, read with the registry");
        try (LocalExecutor ex = new LocalExecutor(2)) {
            Calibrator.Result r = Calibrator.estimate(c, ex, (n, budget, best) -> { });
            var p = r.estimates().get(0);
            assertTrue(Math.abs(p.estimate() - truth) < 3 * p.se() + 1e-3,
                    "estimate " + p.estimate() + " (se " + p.se() + ") against the truth " + truth);
            assertTrue(p.se() > 0 && p.se() < 0.01, "a standard error: " + p.se());
            // the same numbers on one thread (a registry's runs are as deterministic as the built-in ones')
            try (LocalExecutor one = new LocalExecutor(1)) {
                assertEquals(p.estimate(), Calibrator.estimate(c, one, (n, budget, best) -> { }).estimates().get(0).estimate(), 0);
            }
        }
    }
}
