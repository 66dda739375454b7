package org.talentsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's quick start ({@link QuickStart}): in the quick JVM a run larger than {@link
 * QuickStart#MAX_WORK} researcher-ticks exits with {@link QuickStart#RELAUNCH} and writes
 * nothing, a smaller one runs; and a run gives the same files whichever compilers the JVM has.
 */
class QuickStartTest {
    static final Path META = Path.of("scenarios/meta-2025.yaml");
    static final Path BM1 = Path.of("scenarios/bm1.yaml");

    @AfterEach
    void noQuickProperty() {
        System.clearProperty(QuickStart.PROPERTY);
    }

    @Test
    void theBoundIsResearcherTicks() {
        assertFalse(QuickStart.tooLong(16_903, 24), "the flagship");
        assertFalse(QuickStart.tooLong(20_000, 500));
        assertTrue(QuickStart.tooLong(20_000, 501));
        assertTrue(QuickStart.tooLong(1_000_000, 12));
        assertTrue(QuickStart.tooLong(Integer.MAX_VALUE, Integer.MAX_VALUE), "no overflow");
    }

    @Test
    void aLongRunInTheQuickJvmAsksForTheFullOneAndWritesNothing(@TempDir Path dir) {
        System.setProperty(QuickStart.PROPERTY, "quick");
        Path out = dir.resolve("out");
        // bm1 has 20,000 researchers: 600 months is 12 million researcher-ticks
        Cli r = Cli.run("run", BM1.toString(), "--months", "600", "--out", out.toString());
        assertEquals(QuickStart.RELAUNCH, r.exit(), r.err());
        assertEquals("", r.out());
        assertEquals("", r.err());
        assertFalse(Files.exists(out), "nothing written before the relaunch");
    }

    /**
     * A scenario's notes are said by the JVM that runs it: the quick one printed them before it
     * handed over, and the full one again (a reliability review).
     */
    @Test
    void aLongRunsNotesAreLeftToTheFullJvm(@TempDir Path dir) throws IOException {
        System.setProperty(QuickStart.PROPERTY, "quick");
        // an event after the last month: a note
        Path noted = Files.writeString(dir.resolve("noted.yaml"), Files.readString(BM1)
                + "events:\n  - {date: 2090-02, type: capabilityJump, lab: L01, factor: 1.1}\n");
        Cli quick = Cli.run("run", noted.toString(), "--months", "600", "--out", dir.resolve("out").toString());
        assertEquals(QuickStart.RELAUNCH, quick.exit(), quick.err());
        assertEquals("", quick.err(), "nothing said before the relaunch");
        System.clearProperty(QuickStart.PROPERTY);
        Cli check = Cli.run("check", noted.toString());
        assertTrue(check.out().contains("note: ") || check.err().contains("note: "), check.out() + check.err());
    }

    @Test
    void aBadScenarioIsReportedByTheQuickJvmItself(@TempDir Path dir) throws IOException {
        System.setProperty(QuickStart.PROPERTY, "quick");
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "name: x\nmonths: zero\n");
        Cli r = Cli.run("run", bad.toString(), "--out", dir.resolve("out").toString());
        assertEquals(Main.BAD_INPUT, r.exit(), r.err());
    }

    @Test
    void aShortRunRunsInTheQuickJvm(@TempDir Path dir) {
        System.setProperty(QuickStart.PROPERTY, "quick");
        Path out = dir.resolve("out");
        Cli r = Cli.run("run", ReportOptionsTest.TINY.toString(), "--out", out.toString(), "-q", "--no-report");
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.isRegularFile(out.resolve("summary.json")));
    }

    @Test
    void onlyTheLaunchersPropertyMakesAQuickJvm() {
        assertFalse(QuickStart.active());
        System.setProperty(QuickStart.PROPERTY, "full");
        assertFalse(QuickStart.active());
        System.setProperty(QuickStart.PROPERTY, "quick");
        assertTrue(QuickStart.active());
    }

    @Test
    void onlyRunAsksForTheFullJvm() {
        // the launcher starts check in the quick JVM too: it answers there, however long the run
        System.setProperty(QuickStart.PROPERTY, "quick");
        Cli r = Cli.run("check", BM1.toString(), "--set", "months=600");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("OK"), r.out());
    }

    /**
     * The flagship run in a JVM with C1 only, as the launcher's quick start runs it, and in one
     * with both compilers: every result file the same to the byte (the manifest but for its
     * wall time).
     */
    @Test
    void theFilesDoNotDependOnTheCompilers(@TempDir Path dir) throws Exception {
        List<String> flags = launcherQuickFlags();
        assertTrue(flags.contains("-XX:TieredStopAtLevel=1") && flags.contains("-Dtalentsim.jit=quick"), flags.toString());
        Path quick = run(dir.resolve("quick"), flags.toArray(new String[0]));
        Path full = run(dir.resolve("full"), "-XX:+TieredCompilation");
        List<String> files = new ArrayList<>();
        try (var s = Files.list(full)) {
            s.forEach(f -> files.add(f.getFileName().toString()));
        }
        assertTrue(files.containsAll(List.of("labs.csv", "teams.csv", "moves.csv", "offers.csv", "flows.csv", "summary.json",
                "manifest.json")), files.toString());
        for (String f : files) {
            if (f.equals("manifest.json")) {
                assertEquals(withoutWallTime(full.resolve(f)), withoutWallTime(quick.resolve(f)));
            } else {
                assertArrayEquals(Files.readAllBytes(full.resolve(f)), Files.readAllBytes(quick.resolve(f)), f);
            }
        }
    }

    /** The options the launcher ({@code ../talentsim}) starts its quick JVM with: the test runs what users run. */
    static List<String> launcherQuickFlags() throws IOException {
        for (String line : Files.readAllLines(Path.of("..", "talentsim"))) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("quick=\\((-XX:[^)]*)\\)").matcher(line);
            if (m.find()) {
                return List.of(m.group(1).trim().split("\\s+"));
            }
        }
        throw new AssertionError("no quick=(...) line with the quick JVM's options in ../talentsim");
    }

    private static Path run(Path out, String... jvm) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(List.of(jvm));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "run", META.toString(),
                "--out", out.toString(), "-q", "--no-report"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), text);
        return out;
    }

    private static String withoutWallTime(Path manifest) throws IOException {
        String m = Files.readString(manifest);
        assertTrue(m.contains("\"wall_time_seconds\""), m);
        return m.replaceAll("\"wall_time_seconds\" : [0-9.eE+-]+", "");
    }
}
