package org.talentsim.calibration;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.talentsim.io.ScenarioException;

/**
 * An observed value no run can give is refused where it is written: a share outside [0, 1] (80
 * written for 80%), a negative count, a negative ratio of two counts. check accepted them, and the
 * calibration then ran into a bound (an economist's review). Values a run can give, 0 and 1 for a
 * share among them, and a negative value of a metric that may be negative, are accepted.
 */
class PossibleTargetTest {
    static final Path DIR = DefinableTargetTest.DIR;

    static String file(String target) {
        return "version: 1\nkind: calibration\nscenario: small.yaml\noverrides: ['months=6']\nparameters:\n"
                + "  - {name: offers, path: market.offersEmployed, lower: 0.3, upper: 2.5, unit: /year}\n"
                + "targets:\n  - {metric: market.poached_per_month, observed: 5, se: 0.5}\n" + "  - " + target + "\n";
    }

    static String refused(String target) {
        return assertThrows(ScenarioException.class, () -> Calibration.parse(file(target), "c.yaml", DIR)).getMessage();
    }

    @Test
    void anObservedValueNoRunCanGiveIsRefused() {
        assertEquals("c.yaml:9:5: targets[1].observed: Keeper.retention is a share, from 0 to 1 (80% is 0.8), was 80",
                refused("{metric: Keeper.retention, observed: 80, se: 3}"));
        // in powers of ten, not 301 digits (an adversarial review)
        assertEquals("c.yaml:9:5: targets[1].observed: Keeper.retention is a share, from 0 to 1 (80% is 0.8), was 1E+17",
                refused("{metric: Keeper.retention, observed: 1e17, se: 3}"));
        assertEquals("c.yaml:9:5: targets[1].observed: market.unemployment_end is a share, from 0 to 1 (80% is 0.8), was -0.1",
                refused("{metric: market.unemployment_end, observed: -0.1, se: 0.01}"));
        assertEquals("c.yaml:9:5: targets[1].observed: Keeper.quits counts researchers: it cannot be negative, was -3",
                refused("{metric: Keeper.quits, observed: -3, se: 1}"));
        assertEquals("c.yaml:9:5: targets[1].observed: market.moves_per_month counts researchers/month: it cannot be negative,"
                + " was -0.5", refused("{metric: market.moves_per_month, observed: -0.5, weight: 1}"));
        assertEquals("c.yaml:9:5: targets[1].observed: a ratio of two counts (Keeper.quits over Leaker.quits) cannot be negative,"
                + " was -1", refused("{ratio: [Keeper.quits, Leaker.quits], observed: -1, se: 0.3}"));
        assertEquals("c.yaml:9:5: targets[1].observed: market.mean_salary_end (USD/year) cannot be negative, was -5",
                refused("{metric: market.mean_salary_end, observed: -5, se: 1}"));
        assertEquals("c.yaml:9:5: targets[1].observed: Keeper.capability_end (index) cannot be negative, was -1",
                refused("{metric: Keeper.capability_end, observed: -1, se: 1}"));
        for (String fine : new String[] {"{metric: Keeper.retention, observed: 1, se: 0.03}",
            "{metric: Keeper.retention, observed: 0, se: 0.03}", "{metric: Keeper.quits, observed: 0, se: 1}",
            "{ratio: [Keeper.quits, Leaker.quits], observed: 0, se: 0.3}", "{metric: Keeper.committed, observed: -1000, se: 500}"}) {
            assertDoesNotThrow(() -> Calibration.parse(file(fine), "c.yaml", DIR), fine);
        }
    }
}
