package org.talentsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --set PATH=VALUE} on {@code check} and {@code run}: applied in order; errors are one line, exit 2. */
class OverrideCliTest {
    static final String META = "scenarios/meta-2025.yaml";

    @Test
    void checkAcceptsWhatRunAccepts() {
        Cli ok = Cli.run("check", META, "--set", "labs[Meta].retention=none", "--set", "labs[Meta].teams[TBD Lab].payLevel=3",
                "--set", "months=12");
        assertEquals(0, ok.exit(), ok.err());
        assertEquals("OK: " + META + " (7 labs, 16 events, 12 months)", ok.out().strip().lines().findFirst().orElse(""));
        // (and a note: the June spree sets TBD Lab's pay level again)
        assertTrue(ok.out().contains("note: labs[Meta].teams[TBD Lab].payLevel is 3 here"), ok.out());
        Cli later = Cli.run("check", META, "--set", "months=12", "--set", "months=6");
        assertTrue(later.out().contains("6 months"), later.out());
    }

    @Test
    void badOverridesAreOneLineWithExitTwo(@TempDir Path dir) {
        String[][] cases = {
            {"labs[Meta].teams[TBD].payLevel=3", "--set labs[Meta].teams[TBD].payLevel=3: labs[Meta] has no team 'TBD'"
                + " (did you mean 'TBD Lab'?); its teams: FAIR, Infra, Products, TBD Lab"},
            {"market.seperation=0.02", "--set market.seperation=0.02: unknown key 'seperation' (did you mean 'separation'?)"},
            {"labs[Meta].budget=lots", "--set labs[Meta].budget=lots: expected an amount in USD like 450000, 450k, 2.5M or"
                + " 14.3B, was 'lots'"},
            {"labs[Meta].offer=posted", "--set labs[Meta].offer=posted: policy 'posted' needs the lab's postedWage"},
            {"months", "--set months: expected PATH=VALUE, like market.separation=0.2/year"},
        };
        for (String[] c : cases) {
            for (String cmd : new String[] {"check", "run"}) {
                Path out = dir.resolve("out");
                Cli r = cmd.equals("check") ? Cli.run(cmd, META, "--set", c[0])
                        : Cli.run(cmd, META, "--set", c[0], "--out", out.toString(), "--quiet");
                assertEquals(2, r.exit(), cmd + " " + c[0] + ": " + r.err());
                assertEquals(c[1], r.err().strip(), cmd);
                assertEquals("", r.out());
                assertFalse(Files.exists(out), "nothing written");
            }
        }
    }

    @Test
    void runAppliesTheOverrides(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("o");
        Cli r = Cli.run("run", META, "--set", "months=2", "--set", "labs[Meta].retention=none", "--out", out.toString(), "--quiet");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("meta-2025: 2 months from 2025-01"), r.out());
        assertTrue(Files.readString(out.resolve("labs.csv")).lines().noneMatch(l -> l.startsWith("3,")));
    }

    /**
     * A folder written by the library for a scenario loaded and overridden through the API holds
     * the manifest the command line writes for the same file and {@code --set}s: the command
     * line runs into it again without {@code --force} (it was refused as another scenario's), and
     * both manifests differ only in the wall time.
     */
    @Test
    void theLibrarysFolderForALoadedScenarioIsTheCommandLinesToo(@TempDir Path dir) throws Exception {
        String tiny = CliTest.TINY.toString();
        org.talentsim.Talentsim ts = org.talentsim.Talentsim.defaults();
        org.talentsim.scenario.Scenario s = ts.override(ts.load(Path.of(tiny)), "market.separation=0.2/year");
        Path api = dir.resolve("api");
        ts.run(s, api);
        Cli again = Cli.run("run", tiny, "--set", "market.separation=0.2/year", "--out", api.toString(), "-q", "--no-report");
        assertEquals(0, again.exit(), again.err());
        Cli other = Cli.run("run", tiny, "--out", api.toString(), "-q", "--no-report");
        assertEquals(2, other.exit(), "without the override it is another scenario's folder");
        Path cli = dir.resolve("cli");
        assertEquals(0, Cli.run("run", tiny, "--set", "market.separation=0.2/year", "--out", cli.toString(), "-q", "--no-report",
                "--threads", "1").exit(), "the library runs on one thread by default");
        ts.run(s, api);
        assertEquals(manifestWithoutTime(cli), manifestWithoutTime(api));
        for (String f : new String[] {"labs.csv", "teams.csv", "moves.csv", "flows.csv", "summary.json"}) {
            assertEquals(Files.readString(cli.resolve(f)), Files.readString(api.resolve(f)), f);
        }
    }

    private static String manifestWithoutTime(Path dir) throws java.io.IOException {
        return Files.readString(dir.resolve("manifest.json")).replaceAll("\"wall_time_seconds\" *: *[0-9.eE-]+", "");
    }
}
