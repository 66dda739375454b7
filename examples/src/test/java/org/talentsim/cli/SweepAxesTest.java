package org.talentsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep's x axis as its values are spaced (a sweep analyst's review): values over more than a
 * factor of 20 on a log axis (budgets of 10M to 3B had the change in the first 3% of the plot),
 * evenly spread ones on a linear axis, and amounts with "unlimited" among them in the order of
 * their value, "unlimited" last (listed as given, they drew a zig-zag).
 */
class SweepAxesTest {
    /** The sweep's chart of Raider.headcount_end. */
    static ReportTest.Fig sweep(Path dir, String vary) throws Exception {
        Cli r = Cli.run("sweep", "scenarios/retention.yaml", "--months", "3", "-r", "2", "--vary", vary, "--metrics",
                "Raider.headcount_end", "--out", dir.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        Map<String, ReportTest.Fig> figs = ReportTest.figures(Files.readString(dir.resolve("report.html")));
        return figs.entrySet().stream().filter(e -> e.getKey().startsWith("sweep-raider-headcount-end")).map(Map.Entry::getValue)
                .findFirst().orElseThrow(() -> new AssertionError(figs.keySet().toString()));
    }

    @Test
    void aWideGridIsDrawnOnALogAxis(@TempDir Path dir) throws Exception {
        ReportTest.Fig log = sweep(dir.resolve("log"), "labs[Raider].budget=10M,100M,1B");
        assertTrue(log.texts().contains("labs[Raider].budget (USD) (log scale)"), log.texts().toString());
        ReportTest.Fig linear = sweep(dir.resolve("lin"), "labs[Raider].budget=100M,200M,300M");
        assertTrue(linear.texts().contains("labs[Raider].budget (M)"), linear.texts().toString());
    }

    @Test
    void amountsWithUnlimitedAreInTheOrderOfTheirValue(@TempDir Path dir) throws Exception {
        ReportTest.Fig f = sweep(dir.resolve("u"), "labs[Raider].budget=100M,unlimited,50M,1B");
        List<String> ticks = f.texts().stream().filter(t -> List.of("50M", "100M", "1B", "unlimited").contains(t)).toList();
        assertEquals(List.of("50M", "100M", "1B", "unlimited"), ticks);
        assertFalse(f.texts().stream().anyMatch(t -> t.contains("log scale")));
        // categories: points with bars, said so (the caption spoke of a trend and a band)
        assertTrue(f.caption().contains("(values as categories, not a scale), each with the 95% CI of its mean over the replications"
                + " as a bar"), f.caption());
    }

    /** A sweep of months has no headcount paths, and says why (the section was missing without a word). */
    @Test
    void aSweepOfPeriodsSaysWhyItHasNoPaths(@TempDir Path dir) throws Exception {
        Cli r = Cli.run("sweep", "scenarios/retention.yaml", "-r", "2", "--vary", "months=3,6", "--metrics", "Keeper.quits", "--out",
                dir.resolve("m").toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        assertFalse(Files.exists(dir.resolve("m/paths.csv")));
        assertTrue(Files.readString(dir.resolve("m/report.html")).contains("No charts of headcount over time: paths.csv, which they"
                + " are drawn from, is not written when the cells run for different periods"));
    }
}
