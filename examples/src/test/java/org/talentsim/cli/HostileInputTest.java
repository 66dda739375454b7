package org.talentsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} and {@code run} on hostile input: one line, exit 2, at once. */
class HostileInputTest {
    static final Duration FAST = Duration.ofSeconds(20);

    static Cli run(String... args) {
        return assertTimeoutPreemptively(FAST, () -> Cli.run(args));
    }

    static void oneLine(Cli r, String expected) {
        assertEquals(2, r.exit(), r.err());
        assertEquals(expected + "\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void aFifoIsRefusedAtOnce(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe.yaml");
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor() == 0;
        } catch (IOException e) {
            made = false;
        }
        if (!made) {
            System.out.println("HostileInputTest: skipped the FIFO case: mkfifo is not available here");
        }
        Assumptions.assumeTrue(made, "mkfifo is not available");
        oneLine(run("check", fifo.toString()), fifo + ": expected a scenario file, was a FIFO (named pipe)");
        oneLine(run("run", fifo.toString(), "--out", dir.resolve("o").toString()),
                fifo + ": expected a scenario file, was a FIFO (named pipe)");
    }

    @Test
    void devicesAndFoldersAreRefusedAtOnce(@TempDir Path dir) {
        if (Files.exists(Path.of("/dev/zero"))) {
            oneLine(run("check", "/dev/zero"), "/dev/zero: expected a scenario file, was a character device");
        } else {
            System.out.println("HostileInputTest: skipped the /dev/zero case: no /dev/zero here");
        }
        oneLine(run("check", dir.toString()), dir + ": expected a scenario file, was a directory");
        // an empty path named no file (": expected a scenario file, was a directory": an adversarial review)
        oneLine(run("run", ""), "\"\": an empty path: expected a scenario file");
    }

    /**
     * An experiment file without its scenario: line was read as a scenario and refused for its
     * overrides ("overrides: unknown key"); it is read as the experiment file it is, which names
     * the key it lacks (an adversarial review).
     */
    @Test
    void anExperimentFileWithoutItsScenarioIsToldSo(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("exp.yaml"), "version: 1\noverrides: ['months=6']\nreplications: 3\n");
        for (String command : new String[] {"check", "experiment"}) {
            Cli r = run(command, f.toString());
            assertEquals(2, r.exit(), r.err());
            assertTrue(r.err().contains("scenario") && !r.err().contains("unknown key"), r.err());
        }
    }

    /** A link whose target is gone is said as such, not "no such file" with a sibling's name suggested (a reviewer). */
    @Test
    void aDanglingLinkIsNamed(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("y_longline.yaml"), "version: 1\n");
        Path link = dir.resolve("y_dangling.yaml");
        try {
            Files.createSymbolicLink(link, dir.resolve("gone.yaml"));
        } catch (UnsupportedOperationException | java.io.IOException e) {
            Assumptions.abort("no symbolic links here: " + e);
        }
        oneLine(run("check", link.toString()), link + ": a link to a file that is not there (" + dir.resolve("gone.yaml") + ")");
    }

    @Test
    void utf16IsNamed(@TempDir Path dir) throws Exception {
        Path f = Files.write(dir.resolve("wide.yaml"),
                Files.readString(CliTest.TINY).getBytes(StandardCharsets.UTF_16));
        oneLine(run("check", f.toString()), f + ":1:1: the file is UTF-16; save it as UTF-8");
    }

    @Test
    void aHugeNumberIsRefusedQuickly(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("digits.yaml"),
                "version: 1\nname: t\nmonths: \"" + "7".repeat(5_000_000) + "\"\nlabs: []\n");
        oneLine(run("check", f.toString()), f + ":3:100001: the line is longer than the limit of 100000 characters");
    }

    @Test
    void aRunThatCannotFitIsRefusedBeforeBuilding(@TempDir Path dir) throws Exception {
        // 5 million researchers need ~0.4 GB: refused by a command line given a 256 MB heap
        Path f = Files.writeString(dir.resolve("huge.yaml"), "version: 1\nname: huge\nlabs:\n  - name: Meta\n    teams:\n"
                + "      - {name: FAIR, focus: research, headcount: 10}\npool:\n  size: 5000000\n");
        String[] ok = cli256m(dir, "check", f.toString());
        assertEquals("0", ok[0], "check validates the file; memory is the machine's: " + ok[1]);
        // and notes what run will refuse (it said a plain "OK": a reviewer)
        assertTrue(ok[2].startsWith("OK: " + f) && ok[2].contains(f + ": note: run refuses it with this JVM's memory: the run of 5000010"
                + " researchers needs ~"), ok[2]);
        assertEquals("2", cli256m(dir, "check", f.toString(), "--strict")[0], "a note is an error under --strict");
        Path out = dir.resolve("o");
        String[] r = cli256m(dir, "run", f.toString(), "--out", out.toString(), "--quiet");
        assertEquals("2", r[0], r[1]);
        assertTrue(r[1].startsWith(f + ": the run of 5000010 researchers needs ~"), r[1]);
        assertTrue(r[1].matches("(?s).* MB, the JVM may use [0-9.]+ MB; raise -Xmx \\(e\\.g\\. JAVA_OPTS=-Xmx.*"), r[1]);
        assertEquals(1, r[1].lines().count(), r[1]);
        assertFalse(Files.exists(out));
        // a calibration and an experiment of it: check notes it, and calibrate refuses it before
        // writing anything, in one line (its first run failed with a stack trace: a re-check)
        Path cal = Files.writeString(dir.resolve("cal.yaml"), "version: 1\nkind: calibration\nscenario: huge.yaml\nparameters:\n"
                + "  - {name: offers, path: market.offersEmployed, lower: 0.4, upper: 2.0, start: 1.5, unit: /year}\ntargets:\n"
                + "  - {metric: Meta.quits, observed: 2, se: 1}\nreplications: 2\nseed: 1\nmax_evaluations: 4\n");
        Path exp = Files.writeString(dir.resolve("exp.yaml"), "version: 1\nscenario: huge.yaml\nreplications: 2\n");
        for (Path p : List.of(cal, exp)) {
            String[] c = cli256m(dir, "check", p.toString());
            assertEquals("0", c[0], c[1]);
            assertTrue(c[2].contains(p + ": note: " + (p == cal ? "calibrate" : "experiment") + " refuses it with this JVM's memory:"
                    + " the run of 5000010 researchers needs ~"), c[2]);
        }
        Path calOut = dir.resolve("co");
        String[] c = cli256m(dir, "calibrate", cal.toString(), "--out", calOut.toString());
        assertEquals("2", c[0], c[1]);
        assertTrue(c[1].startsWith("the largest run (5000010 researchers) needs ~") && c[1].contains(" MB, the JVM may use "), c[1]);
        assertEquals(1, c[1].lines().count(), c[1]);
        assertFalse(Files.exists(calOut), "nothing written");
    }

    /** The command line in a JVM of its own with a 256 MB heap: {exit code, standard error, standard output}. */
    private static String[] cli256m(Path dir, String... args) throws Exception {
        java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(java.util.List.of(args));
        Path stdout = Files.createTempFile(dir, "stdout", ".txt");
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectOutput(stdout.toFile()).start();
        String err = new String(p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        int exit = p.waitFor();
        return new String[] {Integer.toString(exit), err, Files.readString(stdout)};
    }
}
