package org.talentsim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.talentsim.io.ScenarioException;
import org.talentsim.io.ScenarioFiles;
import org.talentsim.model.PayScale;
import org.talentsim.rng.Streams;
import org.talentsim.scenario.Scenario;

/**
 * The pay scale's floor, {@code w*(s) = max(floor, base · s^elasticity)} (docs/MODEL.md): the
 * curve itself, the file's field with its errors, the scenario written back, and the pay a team
 * is drawn at.
 */
class PayFloorTest {
    @Test
    void theFloorRaisesOnlyThePayBelowIt() {
        PayScale plain = new PayScale(300_000, 1.8);
        PayScale floored = new PayScale(300_000, 1.8, 150_000);
        assertEquals(0, plain.floor());
        for (double s = 0.01; s < 20; s *= 1.07) {
            double w = plain.wage(s);
            assertEquals(Math.max(150_000, w), floored.wage(s), "s = " + s);
            assertEquals(Double.doubleToLongBits(w), Double.doubleToLongBits(new PayScale(300_000, 1.8, 0).wage(s)),
                    "no floor is the curve itself, bit for bit");
        }
        // the kink: 300k · s^1.8 = 150k at s = 0.5^(1/1.8) ≈ 0.68
        double kink = Math.pow(0.5, 1 / 1.8);
        assertEquals(150_000, floored.wage(kink * 0.999));
        assertTrue(floored.wage(kink * 1.001) > 150_000);
        assertEquals(150_000, new PayScale(1, 1, 0.5).wage(0.2) * 300_000, 1e-9);
        assertTrue(!floored.equals(plain) && floored.equals(new PayScale(300_000, 1.8, 150_000))
                && floored.hashCode() == new PayScale(300_000, 1.8, 150_000).hashCode());
    }

    @Test
    void aFloorOutsideThePayRangeIsRefused() {
        for (double bad : new double[] {-1, Double.NaN, 1.5e9, Double.POSITIVE_INFINITY}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new PayScale(300_000, 1.8, bad));
            assertTrue(e.getMessage().startsWith("payScale.floor must be in [0, 1000000000]"), e.getMessage());
        }
        // at or above the base: a scale flat up to the skill where the curve reaches the floor (a sweep of
        // the base under the flagship's floor was refused: a reviewer)
        PayScale flat = new PayScale(100_000, 1.8, 150_000);
        assertEquals(150_000, flat.wage(1));
        assertEquals(150_000, flat.wage(Math.pow(1.5, 1 / 1.8) * 0.999));
        assertTrue(flat.wage(Math.pow(1.5, 1 / 1.8) * 1.001) > 150_000);
        assertEquals(1e9, new PayScale(300_000, 1.8, 1e9).wage(2));
    }

    static final String HEAD = "version: 1\nname: minpay\nmonths: 2\nmarket:\n  payScale: {base: 300k, elasticity: 1.8, floor: ";
    static final String LABS = "}\nlabs:\n  - name: A\n    teams:\n      - name: R\n        focus: research\n        headcount: 400\n"
            + "        payLevel: 0.9\n        members: {skill: \"lognormal(0.7, 0.6)\", salaryNoise: 0}\n";

    @Test
    void theFileNamesTheFloorsLineAndField() {
        String[][] cases = {
            {"2B", "market.payScale.floor: must be at most 1000000000"},
            {"-5", "market.payScale.floor: must be >= 0"},
            {"cheap", "market.payScale.floor"},
        };
        for (String[] c : cases) {
            ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioFiles.parse(HEAD + c[0] + LABS, "floor.yaml"));
            assertTrue(e.getMessage().contains(c[1]) && e.line() == 5, e.getMessage() + " at line " + e.line());
        }
        Scenario s = ScenarioFiles.parse(HEAD + "150k" + LABS, "floor.yaml");
        assertEquals(new PayScale(300_000, 1.8, 150_000), s.market().payScale());
        String written = ScenarioFiles.write(s);
        assertTrue(written.contains("floor: 150k") || written.contains("floor: 150000"), written);
        assertEquals(s.market(), ScenarioFiles.parse(written, "again.yaml").market(), "written and read back");
        assertEquals(400_000, ScenarioFiles.parse(HEAD + "400k" + LABS, "floor.yaml").market().payScale().floor(), "above the base");
        // no floor, no field: files written before it read the same
        assertTrue(!ScenarioFiles.write(ScenarioFiles.parse(HEAD.replace(", floor: ", "") + LABS, "f.yaml")).contains("floor"));
    }

    @Test
    void aTeamIsDrawnAtItsPayLevelTimesTheFlooredCurve() {
        Scenario s = ScenarioFiles.parse(HEAD + "150k" + LABS, "floor.yaml");
        World w = WorldFactory.build(s, Streams.of(Streams.DEFAULT_ALGORITHM, s.seed()), 1);
        Population p = w.population();
        PayScale plain = new PayScale(300_000, 1.8);
        int floored = 0;
        for (int i = 0; i < p.size(); i++) {
            if (p.team(i) < 0) {
                continue;
            }
            double expected = 0.9 * Math.max(150_000, plain.wage(p.skillArray()[i]));
            assertEquals(expected, p.salary(i), expected * 1e-9, "researcher " + i);
            floored += plain.wage(p.skillArray()[i]) < 150_000 ? 1 : 0;
        }
        // skill median 0.7, sigma 0.6: about half the team is below the kink at 0.68
        assertTrue(floored > 100 && floored < 300, floored + " of 400 at the floor");
    }

    /**
     * A floor is a pay the file names: the money unit holds it. A scale of base 1 counts money in
     * thousandths of a cent, whose pay cap is 10⁶; a floor of 5M there was drawn as the cap.
     */
    @Test
    void theMoneyUnitHoldsTheFloor() {
        String yaml = "version: 1\nname: units\nmonths: 1\nmarket:\n  payScale: {base: 1, elasticity: 1, floor: 5M}\n"
                + "labs:\n  - name: A\n    teams:\n      - name: R\n        focus: research\n        headcount: 50\n"
                + "        members: {salaryNoise: 0}\n";
        Scenario s = ScenarioFiles.parse(yaml, "units.yaml");
        World w = WorldFactory.build(s, Streams.of(Streams.DEFAULT_ALGORITHM, s.seed()), 1);
        for (int i = 0; i < w.population().size(); i++) {
            if (w.population().team(i) >= 0) {
                assertEquals(5e6, w.population().salary(i), 1e-6, "researcher " + i);
            }
        }
    }
}
