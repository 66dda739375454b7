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
                "--set", "market.separation=0.02/month").exit());
        assertTrue(Files.readString(out.resolve("manifest.json")).contains("\"overrides\" : [ \"market.separation=0.02/month\" ]"),
                Files.readString(out.resolve("manifest.json")));
        Cli plain = Cli.run("run", BM1.toString(), "--months", "1", "--out", out.toString());
        assertEquals(2, plain.exit(), plain.err());
        assertEquals("--out: " + out + " holds the results of scenario 'bm1' with --set market.separation=0.02/month, not without;"
                + " --force replaces them, or choose another --out\n", plain.err());
        assertEquals(0, Cli.run("run", BM1.toString(), "--months", "1", "--out", out.toString(),
                "--set", "market.separation=0.02/month").exit(), "the same spec again");
        // another seed or length reruns the same scenario, given as --seed or as --set seed=…
        // alike (the second was refused, the first not)
        assertEquals(0, Cli.run("run", BM1.toString(), "--months", "1", "--out", out.toString(), "--seed", "9",
                "--set", "market.separation=0.02/month").exit());
        Cli set = Cli.run("run", BM1.toString(), "--out", out.toString(), "--set", "seed=9", "--set", "months=1",
                "--set", "market.separation=0.02/month");
        assertEquals(0, set.exit(), set.err());
    }
}
