package org.talentsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A result folder of one scenario is not overwritten by another scenario's run without --force; copies get their own folder. */
class ResultOwnerTest {
    static final Path BM1 = Path.of("scenarios/bm1.yaml");
    static final Path PVR1 = Path.of("scenarios/pvr1.yaml");

    @Test
    void anotherScenarioIsRefusedUnlessForced(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("res");
        assertEquals(0, Cli.run("run", BM1.toString(), "--months", "1", "--out", out.toString()).exit());
        String before = Files.readString(out.resolve("manifest.json"));
        Cli other = Cli.run("run", PVR1.toString(), "--months", "1", "--out", out.toString());
        assertEquals(2, other.exit(), other.err());
        assertEquals("--out: " + out + " holds the results of scenario 'bm1' (" + BM1 + "), not of 'pvr1' (" + PVR1
                + "); --force replaces them, or choose another --out\n", other.err());
        assertEquals(before, Files.readString(out.resolve("manifest.json")), "nothing replaced");
        assertEquals(0, Cli.run("run", BM1.toString(), "--months", "1", "--seed", "9", "--out", out.toString()).exit(),
                "the same scenario again replaces its own results");
        Cli forced = Cli.run("run", PVR1.toString(), "--months", "1", "--out", out.toString(), "--force");
        assertEquals(0, forced.exit(), forced.err());
        assertTrue(Files.readString(out.resolve("manifest.json")).contains("\"scenario\" : \"pvr1\""));
    }

    /**
     * A folder that never held talentsim's results keeps the user's files: its chart-named files
     * were deleted by a run with --no-report, and a file of a result's name (labs.csv) was
     * replaced without a word; now that one is refused unless --force (a reliability review).
     */
    @Test
    void aFolderOfTheUsersKeepsItsFiles(@TempDir Path dir) throws Exception {
        Path paper = dir.resolve("paper");
        Files.createDirectories(paper.resolve("charts"));
        Files.writeString(paper.resolve("charts/figure-1.svg"), "my figure");
        Files.writeString(paper.resolve("charts/events.txt"), "key");
        Files.writeString(paper.resolve("draft.md"), "draft");
        for (String cmd : new String[] {"run", "replicate"}) {
            Path out = dir.resolve(cmd);
            Files.createDirectories(out.resolve("charts"));
            for (String f : new String[] {"charts/figure-1.svg", "charts/events.txt", "draft.md"}) {
                Files.copy(paper.resolve(f), out.resolve(f));
            }
            Cli c = cmd.equals("run") ? Cli.run("run", BM1.toString(), "--months", "1", "--out", out.toString(), "--no-report")
                    : Cli.run("replicate", BM1.toString(), "--months", "1", "-r", "2", "--out", out.toString(), "--no-report");
            assertEquals(0, c.exit(), c.err());
            assertEquals("my figure", Files.readString(out.resolve("charts/figure-1.svg")), cmd);
            assertEquals("key", Files.readString(out.resolve("charts/events.txt")), cmd);
            assertEquals("draft", Files.readString(out.resolve("draft.md")), cmd);
        }
        Path mine = dir.resolve("mine");
        Files.createDirectories(mine);
        Files.writeString(mine.resolve("labs.csv"), "my own table\n");
        Cli refused = Cli.run("run", BM1.toString(), "--months", "1", "--out", mine.toString());
        assertEquals(2, refused.exit(), refused.err());
        assertEquals("--out: " + mine + " holds a file labs.csv but no manifest.json: not the results of a run, and the run would"
                + " replace it; --force does, or choose another --out\n", refused.err());
        assertEquals("my own table\n", Files.readString(mine.resolve("labs.csv")));
        Cli exp = Cli.run("replicate", BM1.toString(), "--months", "1", "-r", "2", "--out", mine.toString());
        assertEquals(2, exp.exit(), exp.err());
        assertEquals(mine + " holds a file labs.csv but no manifest.json: not the results of a run, and this experiment would"
                + " replace it; --force does, or choose another --out\n", exp.err());
        Files.writeString(dir.resolve("summary.csv"), "my own summary\n");
        Files.createDirectories(dir.resolve("sums"));
        Files.move(dir.resolve("summary.csv"), dir.resolve("sums/summary.csv"));
        Cli sums = Cli.run("replicate", BM1.toString(), "--months", "1", "-r", "2", "--out", dir.resolve("sums").toString());
        assertEquals(2, sums.exit(), sums.err());
        assertEquals(dir.resolve("sums") + " holds results that are not this experiment's (summary.csv, without experiment.yaml);"
                + " --force replaces them, or choose another --out\n", sums.err());
        assertEquals("my own summary\n", Files.readString(dir.resolve("sums/summary.csv")));
        assertEquals(0, Cli.run("run", BM1.toString(), "--months", "1", "--out", mine.toString(), "--force").exit());
        assertTrue(Files.readString(mine.resolve("labs.csv")).startsWith("tick,"));
    }

    /**
     * The same overrides in another spelling or order make the same scenario, which replaces its
     * own results: they were refused as another scenario's (a reliability review); another value
     * still is.
     */
    @Test
    void theSameOverridesSpelledOtherwiseReplaceTheirOwnResults(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("res");
        assertEquals(0, Cli.run("run", BM1.toString(), "--months", "1", "--out", out.toString(),
                "--set", "labs[0].prestige=0.40", "--set", "market.separation=0.03/month").exit());
        Cli same = Cli.run("run", BM1.toString(), "--months", "1", "--seed", "5", "--out", out.toString(),
                "--set", "market.separation=0.03/month", "--set", "labs[L01].prestige=0.4");
        assertEquals(0, same.exit(), same.err());
        assertTrue(Files.readString(out.resolve("manifest.json")).contains("\"seed\" : 5"));
        Cli other = Cli.run("run", BM1.toString(), "--months", "1", "--out", out.toString(),
                "--set", "market.separation=0.03/month", "--set", "labs[L01].prestige=0.5");
        assertEquals(2, other.exit(), other.err());
        assertTrue(other.err().contains("holds the results of scenario 'bm1' with --set market.separation=0.03/month --set"
                + " labs[L01].prestige=0.4"), other.err());
        // an override that sets what the file says already changes nothing: the plain run is the same scenario
        Path again = dir.resolve("again");
        assertEquals(0, Cli.run("run", BM1.toString(), "--months", "1", "--out", again.toString(),
                "--set", "market.separation=0.02/month").exit());
        assertEquals(0, Cli.run("run", BM1.toString(), "--months", "1", "--out", again.toString()).exit(), "bm1's own separation");
    }

    @Test
    void aCopyKeepingTheNameWritesToAFolderNamedAfterItsFile(@TempDir Path dir) throws Exception {
        Path copy = Files.copy(BM1, dir.resolve("my-bm1.yaml"));
        assertEquals("my-bm1", RunCommand.defaultFolder(copy.toString()));
        assertEquals("bm1", RunCommand.defaultFolder(BM1.toString()));
        assertEquals("x", RunCommand.defaultFolder("a/x.YML"));
    }

    @Test
    void overridesAreRecordedAndAnotherSetIsAnotherSpec(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("res");
        assertEquals(0, Cli.run("run", BM1.toString(), "--months", "1", "--out", out.toString(),
                "--set", "market.separation=0.03/month").exit());
        assertTrue(Files.readString(out.resolve("manifest.json")).contains("\"overrides\" : [ \"market.separation=0.03/month\" ]"),
                Files.readString(out.resolve("manifest.json")));
        Cli plain = Cli.run("run", BM1.toString(), "--months", "1", "--out", out.toString());
        assertEquals(2, plain.exit(), plain.err());
        assertEquals("--out: " + out + " holds the results of scenario 'bm1' with --set market.separation=0.03/month, not without;"
                + " --force replaces them, or choose another --out\n", plain.err());
        assertEquals(0, Cli.run("run", BM1.toString(), "--months", "1", "--out", out.toString(),
                "--set", "market.separation=0.03/month").exit(), "the same spec again");
        // another seed or length reruns the same scenario, given as --seed or as --set seed=…
        // alike (the second was refused, the first not)
        assertEquals(0, Cli.run("run", BM1.toString(), "--months", "1", "--out", out.toString(), "--seed", "9",
                "--set", "market.separation=0.03/month").exit());
        Cli set = Cli.run("run", BM1.toString(), "--out", out.toString(), "--set", "seed=9", "--set", "months=1",
                "--set", "market.separation=0.03/month");
        assertEquals(0, set.exit(), set.err());
    }
}
