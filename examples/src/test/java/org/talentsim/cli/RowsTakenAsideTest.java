package org.talentsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run} collects the rows its report draws on a thread of its own, tick by tick, while the
 * run goes on; {@code report DIR} reads them from the files. The two pages are the same bytes,
 * for scenarios with layoffs, acqui-hires, vesting, a bidding war and pay disparity (the
 * flagship's is ReportTest's).
 */
class RowsTakenAsideTest {
    @Test
    void runDrawsThePageReportDirDrawsFromTheFiles(@TempDir Path tmp) throws IOException {
        for (String name : List.of("mass-layoff", "acqui-hire", "vesting", "bidding-war", "pay-disparity")) {
            Path out = tmp.resolve(name);
            Cli ran = Cli.run("run", "scenarios/" + name + ".yaml", "--out", out.toString(), "--quiet");
            assertEquals(0, ran.exit(), ran.err());
            Path copy = tmp.resolve(name + "-redrawn");
            Files.createDirectories(copy);
            try (var files = Files.list(out)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".csv") || f.toString().endsWith(".json")).toList()) {
                    Files.copy(f, copy.resolve(f.getFileName()));
                }
            }
            Cli again = Cli.run("report", copy.toString());
            assertEquals(0, again.exit(), again.err());
            assertEquals(Files.readString(out.resolve("report.html")), Files.readString(copy.resolve("report.html")), name);
        }
    }
}
