package org.talentsim.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentsim.RunResult;
import org.talentsim.Talentsim;
import org.talentsim.metrics.LabRow;

/** The "Expect" comments of the example programs hold on seeds 1-5 (issue 18). */
class ExampleProgramsTest {
    @Test
    void example01AlphaGrowsTowardItsTargetAndBetaFeedsIt() {
        for (long seed = 1; seed <= 5; seed++) {
            String at = "seed " + seed + ": ";
            RunResult r = Talentsim.defaults().run(Example01_MinimalMarket.market(seed));
            List<LabRow> alpha = r.labRows("Alpha");
            List<LabRow> beta = r.labRows("Beta");
            int dips = 0;
            int before = 100;
            for (int t = 0; t < alpha.size(); t++) {
                int h = alpha.get(t).headcount();
                dips += h < before ? 1 : 0;
                assertTrue(h <= 160, at + "Alpha above its target: " + h);
                assertEquals(alpha.get(t).poachedIn(), beta.get(t).poachedOut(), at + "month " + (t + 1));
                before = h;
            }
            assertTrue(dips <= 3, at + "months Alpha shrank: " + dips);
            assertTrue(alpha.get(alpha.size() - 1).headcount() > 140, at + "Alpha ends at " + alpha.get(alpha.size() - 1).headcount());
            assertTrue(beta.get(beta.size() - 1).headcount() < 200, at);
            assertTrue(r.moves().stream().filter(m -> m.reason() == org.talentsim.model.MoveReason.POACHED)
                    .allMatch(m -> m.fromLab().equals("Beta") && m.toLab().equals("Alpha")), at);
        }
    }
}
