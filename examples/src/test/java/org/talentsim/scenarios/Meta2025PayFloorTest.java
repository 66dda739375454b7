package org.talentsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentsim.Talentsim;
import org.talentsim.io.ScenarioFiles;
import org.talentsim.metrics.History;
import org.talentsim.metrics.MoveRow;
import org.talentsim.model.MoveReason;
import org.talentsim.scenario.Scenario;

/**
 * meta-2025's pay floor ({@code payScale.floor: 150k}, docs/MODEL.md): a student's review found
 * researchers leaving frontier labs on $12–14k a year, the bottom of the log-normal skill
 * distribution on the convex pay scale. Over ten seeds, no one who moves out of a lab or is paid
 * by a new one earns under $75k, and 99% earn at least $110k, but at DeepSeek, which pays half the
 * market (pay level 0.5: no one under $45k there); the same file without its floor pays its lowest
 * leavers under $30k on every seed (so these checks see the floor, not luck).
 */
class Meta2025PayFloorTest {
    static final List<MoveReason> OUT = List.of(MoveReason.QUIT, MoveReason.LAID_OFF, MoveReason.VISA_EXIT,
            MoveReason.EXITED, MoveReason.POACHED);

    /**
     * The pay of everyone who left a lab (their old pay) or was hired (their new pay), sorted: at
     * DeepSeek ({@code deepSeek} true) or at the other labs.
     */
    static double[] pay(History h, boolean deepSeek) {
        List<Double> pay = new ArrayList<>();
        for (MoveRow m : h.moves()) {
            if (OUT.contains(m.reason()) && !m.fromLab().isEmpty() && m.fromLab().equals("DeepSeek") == deepSeek) {
                pay.add(m.oldSalary());
            }
            if ((m.reason() == MoveReason.HIRED || m.reason() == MoveReason.POACHED) && m.toLab().equals("DeepSeek") == deepSeek) {
                pay.add(m.newSalary());
            }
        }
        return pay.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    @Test
    void noOneLeavesOrJoinsOnPayNoFrontierLabWouldOffer() {
        Scenario meta = ScenarioFiles.read(Runs.DIR.resolve("meta-2025.yaml"));
        assertEquals(150_000, meta.market().payScale().floor(), "the file's floor");
        for (long seed = 1; seed <= 10; seed++) {
            History h = Runs.run(meta.withSeed(seed), 2);
            double[] pay = pay(h, false);
            assertTrue(pay.length > 5_000, "seed " + seed + ": " + pay.length + " moves");
            assertTrue(pay[0] >= 75_000, "seed " + seed + ": the lowest pay " + pay[0]);
            assertTrue(pay[pay.length / 100] >= 110_000, "seed " + seed + ": 1% below " + pay[pay.length / 100]);
            double[] deepSeek = pay(h, true);
            assertTrue(deepSeek.length > 50 && deepSeek[0] >= 45_000, "seed " + seed + ": DeepSeek's lowest pay " + deepSeek[0]);
        }
        Scenario noFloor = Talentsim.defaults().override(meta, "market.payScale.floor=0");
        assertEquals(0, noFloor.market().payScale().floor());
        for (long seed = 1; seed <= 3; seed++) {
            double[] pay = pay(Runs.run(noFloor.withSeed(seed), 2), false);
            assertTrue(pay[0] < 30_000, "without the floor, seed " + seed + ": the lowest pay " + pay[0]);
        }
    }
}
