package org.talentsim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An experiment file's records hold their own lists, as a calibration file's do: a caller's list
 * changed after the record was made changed the record (an API review).
 */
class ExperimentFileRecordTest {
    @Test
    void theRecordsCopyTheListsTheyAreGiven() {
        ExperimentFiles.ExperimentFile f = ExperimentFiles.parse("version: 1\nscenario: s.yaml\noverrides: ['months=3']\n"
                + "arms:\n  a: ['seed=2']\nmetrics: [market.moves_per_month]\n", "e.yaml", Path.of("."));
        List<ExperimentFiles.Item> overrides = new ArrayList<>(f.overrides());
        List<ExperimentFiles.Item> items = new ArrayList<>(f.arms().get(0).items());
        ExperimentFiles.Group arm = new ExperimentFiles.Group(f.arms().get(0).name(), items);
        ExperimentFiles.ExperimentFile copy = new ExperimentFiles.ExperimentFile(f.file(), f.dir(), f.scenario(), f.scenarioSha256(),
                overrides, List.of(arm), f.baseline(), f.vary(), f.replications(), f.seed(), f.metrics(), f.ratios(), f.root());
        overrides.clear();
        items.clear();
        assertEquals(1, copy.overrides().size(), "the overrides kept");
        assertEquals(1, arm.items().size(), "the arm's items kept");
        assertThrows(UnsupportedOperationException.class, () -> copy.metrics().clear());
        assertThrows(UnsupportedOperationException.class, () -> copy.arms().get(0).items().clear());
    }
}
