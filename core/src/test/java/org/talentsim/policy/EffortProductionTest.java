package org.talentsim.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.talentsim.model.Focus;
import org.talentsim.scenario.PolicySpec;

/**
 * The effort rule leaves out the power {@code relCompute^θ} when a team has its even share of
 * the lab's compute (relCompute = 1): its output must be the bits of the formula with the power,
 * for every focus and exponent, and teams with another share must still pay it.
 */
class EffortProductionTest {
    @Test
    void anEvenComputeShareGivesTheBitsOfThePower() {
        double[] exponents = {0, 0.1, 0.3, 0.5, 0.7, 1, 1.5, 2, 3.7, 10};
        for (double theta : exponents) {
            ProductionPolicy p = PolicyRegistry.defaults().create(PolicyRegistry.PRODUCTION, PolicySpec.of("effort",
                    "computeResearch", theta, "computeProduct", theta, "computeInfra", theta, "effortFloor", 0.3));
            // enough calls for the JIT to compile both the rule and Math.pow (and their answers to agree)
            for (int k = 0; k < 20_000; k++) {
                int teams = 1 + k % 9;
                double skill = 1 + (k % 101) * 0.37;
                double skillMorale = skill * (0.2 + (k % 7) * 0.1);
                for (Focus f : Focus.values()) {
                    for (double share : new double[] {1.0 / teams, 0.5 / teams, 2.0 / teams}) {
                        double rel = Math.max(0.01, share * teams);
                        double expected = 0.7 * Math.pow(rel, theta) * (0.3 * skill + 0.7 * skillMorale);
                        double got = p.output(new ProductionPolicy.Inputs(f, 3, skill, skillMorale, 0.7, share, teams));
                        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(got),
                                "theta " + theta + ", share " + share + ", teams " + teams);
                    }
                }
            }
        }
    }
}
