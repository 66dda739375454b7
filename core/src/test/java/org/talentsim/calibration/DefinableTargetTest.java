package org.talentsim.calibration;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.talentsim.io.ScenarioException;

/**
 * A target no run can define (the leaving rates around vesting of a lab that grants no equity)
 * is refused when the file is read, so by check too: the calibration stopped after its first
 * vectors with no estimate, though check had passed the file (a reliability review). Where the
 * lab's pay grants equity, or a parameter varies a pay, the file is accepted.
 */
class DefinableTargetTest {
    static final Path DIR = Path.of("src/test/resources/calibration");

    static String file(String overrides, String parameter) {
        return "version: 1\nkind: calibration\nscenario: small.yaml\noverrides: [" + overrides + "]\nparameters:\n"
                + "  - {name: offers, path: market.offersEmployed, lower: 0.3, upper: 2.5, unit: /year}\n" + parameter
                + "targets:\n  - {metric: market.poached_per_month, observed: 5, se: 0.5}\n"
                + "  - {metric: Keeper.leaving_vested_out, observed: 0.01, se: 0.005}\n  - {metric: Keeper.quits, observed: 20, se: 5}\n";
    }

    @Test
    void aLeavingRateOfALabWithoutEquityIsRefusedAndOfOneWithEquityAccepted() {
        ScenarioException cash = assertThrows(ScenarioException.class, () -> Calibration.parse(file("'months=6'", ""), "c.yaml", DIR));
        assertTrue(cash.getMessage().contains("targets[1].metric: is never defined: 'Keeper' grants no equity"), cash.getMessage());
        assertDoesNotThrow(() -> Calibration.parse(file("'months=6', 'labs[Keeper].pay={name: equity, equity: 0.5}'", ""), "c.yaml", DIR));
        assertThrows(ScenarioException.class, () -> Calibration.parse(file("'months=6', 'labs[Keeper].pay={name: equity, equity: 0}'", ""),
                "c.yaml", DIR), "equity 0 grants nothing");
        assertDoesNotThrow(() -> Calibration.parse(file("'months=6', 'labs[Keeper].pay={name: equity, equity: 0.5}'",
                "  - {name: share, path: 'labs[Keeper].pay.equity', lower: 0, upper: 0.8, start: 0.4}\n"), "c.yaml", DIR),
                "a parameter varies the pay: the search may reach equity");
    }
}
