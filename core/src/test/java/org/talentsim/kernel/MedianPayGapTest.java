package org.talentsim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.talentsim.engine.Simulation;
import org.talentsim.io.ScenarioFiles;
import org.talentsim.metrics.History;
import org.talentsim.metrics.Metrics;
import org.talentsim.metrics.TeamRow;

/**
 * Someone paid his lab's median is not below it: the morale's disparity term, which switches on
 * for any pay gap above 0, is off for him whatever the pay. The census's median and a salary were
 * logged by two roundings (ln of the float median in double, the float of ln of the double pay),
 * so a whole team paid the median got a gap of ±4·10⁻⁷ whose sign followed the pay level: at 300k
 * its morale was 0.75, at 310k 0.52 (found by a model review).
 */
class MedianPayGapTest {
    @Test
    void aSalaryAndTheMedianItIsAreLoggedAlike() {
        SplittableRandom r = new SplittableRandom(7);
        for (int k = 0; k < 200_000; k++) {
            double pay = Math.exp(8 + 12 * r.nextDouble());   // ~3k to ~500M
            double median = (float) pay;   // as the census lays pay out, and selects
            float lnSalary = Population.lnPay(pay);
            double lnMedian = Population.lnPay(median);
            assertEquals(0.0, lnMedian - lnSalary, 0, "pay " + pay);
        }
    }

    private static final String SCENARIO = """
            version: 1
            name: at-the-median
            months: 3
            seed: SEED
            labs:
              - name: A
                teams:
                  - name: Base
                    focus: research
                    headcount: 50
                    members: {skill: constant(1), salary: constant(PAY), visibility: constant(0.2)}
                  - name: Elite
                    focus: research
                    headcount: 5
                    members: {skill: constant(1), salary: constant(TOP), visibility: constant(0.2)}
              - name: B
                teams:
                  - {name: T, focus: research, headcount: 50}
            """;

    /** A team paid its lab's median has the same morale at any pay level (a pay gap of 0, no disparity), over seeds. */
    @Test
    void aTeamPaidTheMedianIsNotBelowItAtAnyPay() {
        for (long seed = 1; seed <= 3; seed++) {
            Double first = null;
            for (String pay : List.of("300k", "310k", "400k", "123456.78", "2.5M", "77777.77", "1000003")) {
                double p = org.talentsim.io.ScenarioFiles.parse("version: 1\nname: x\nlabs: [{name: L, budget: " + pay
                        + ", teams: [{name: T, focus: research, headcount: 1}]}]\n", "x.yaml").labs().get(0).budget();
                String yaml = SCENARIO.replace("SEED", Long.toString(seed)).replace("TOP", Double.toString(10 * p))
                        .replace("PAY", pay);
                History h = new History();
                try (Simulation sim = Simulation.builder(ScenarioFiles.parse(yaml, "m.yaml")).observer(new Metrics(h)).build()) {
                    sim.run();
                }
                TeamRow base = h.teams().stream().filter(t -> t.tick() == 1 && t.team().equals("Base")).findFirst().orElseThrow();
                assertTrue(base.meanMorale() > 0.7, "pay " + pay + ", seed " + seed + ": no disparity at the median, "
                        + base.meanMorale());
                if (first == null) {
                    first = base.meanMorale();
                }
                assertEquals(first, base.meanMorale(), 1e-6, "pay " + pay + ", seed " + seed);
            }
        }
    }
}
