package org.talentsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.talentsim.Talentsim;
import org.talentsim.io.ScenarioFiles;
import org.talentsim.kernel.Population;
import org.talentsim.scenario.Scenario;

/** A run that cannot fit in the heap is refused before anything is allocated, with the figures. */
class MemoryCheckTest {
    static Scenario withPool(long pool) {
        return ScenarioFiles.parse("version: 1\nname: big\nlabs:\n  - name: Meta\n    teams:\n"
                + "      - {name: FAIR, focus: research, headcount: 10}\npool:\n  size: " + pool + "\n", "big.yaml");
    }

    @Test
    void theEstimateFollowsThePopulation() {
        Scenario s = withPool(1_000_000);
        assertEquals(1_000_010, s.population());
        assertEquals(1, s.teamCount());
        assertEquals(67, Population.bytesPerResearcher() + 4 + 13);
        long need = Simulation.memoryNeeded(s);
        // 67 bytes per researcher (58 before the pay packages' 9: BENCHMARKS.md measured 57.6 retained then), a quarter on top, 64 MB base
        assertTrue(need > 1_000_010L * 67 && need < 1_000_010L * 67 * 5 / 4 + 65L * 1024 * 1024, "need " + need);
        assertTrue(Simulation.memoryNeeded(withPool(2_000_000)) > need);
    }

    /**
     * The researchers of a lab that may lay people off count the layoff's tables and move log too
     * (found by a scenario author's review: a layoff of 900,000 of a million ran out of a heap of
     * 200 MB that the estimate of 148 MB let through; it needs ~215 MB).
     */
    @Test
    void labsThatMayLayOffCountTheLayoffsMemory() {
        String labs = "version: 1\nname: big\nmonths: 2\nlabs:\n  - name: BigCo\n    teams:\n"
                + "      - {name: A, focus: research, headcount: 1000000}\n  - name: Other\n    teams:\n"
                + "      - {name: B, focus: research, headcount: 1000}\n";
        Scenario none = ScenarioFiles.parse(labs, "none.yaml");
        Scenario layoff = ScenarioFiles.parse(labs + "events:\n  - {date: 2025-01, type: layoff, lab: BigCo, share: 0.9}\n",
                "layoff.yaml");
        Scenario budget = ScenarioFiles.parse(labs.replace("  - name: BigCo\n", "  - name: BigCo\n    budget: 1B\n"), "budget.yaml");
        Scenario other = ScenarioFiles.parse(labs + "events:\n  - {date: 2025-01, type: layoff, lab: Other, share: 0.9}\n",
                "other.yaml");
        assertEquals(0, Simulation.mayLayOff(none));
        assertEquals(1_000_000, Simulation.mayLayOff(layoff));
        assertEquals(1_000_000, Simulation.mayLayOff(budget));
        assertEquals(1_000, Simulation.mayLayOff(other));
        long extra = Simulation.memoryNeeded(layoff) - Simulation.memoryNeeded(none);
        assertEquals(1_000_000L * Simulation.BYTES_PER_LAYOFF * 5 / 4, extra, 1.0);
        assertTrue(Simulation.memoryNeeded(layoff) > 215L * 1024 * 1024, "above what the run was measured to need");
    }

    @Test
    void refusedWithTheFigures() {
        Scenario s = withPool(45_000_000);
        long need = Simulation.memoryNeeded(s);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Simulation.requireMemory(s, 2L << 30));
        assertEquals(String.format(java.util.Locale.ROOT, "the run of 45000010 researchers needs ~%.1f GB, the JVM may use 2.0 GB;"
                + " raise -Xmx (e.g. JAVA_OPTS=-Xmx%dg) or shrink the scenario", need / (double) (1L << 30),
                Math.max(1, (long) Math.ceil(need * 4.0 / 3 / (1L << 30)))), e.getMessage());
        Simulation.requireMemory(s, need + 1);
        Simulation.requireMemory(s, Long.MAX_VALUE); // no limit known
        // a need just above what the JVM may use: the figures show the difference (were "~0.3 GB, ... 0.3 GB")
        Scenario small = withPool(3_000_000);
        long n = Simulation.memoryNeeded(small);
        String m = assertThrows(IllegalArgumentException.class, () -> Simulation.requireMemory(small, n - (n >> 6))).getMessage();
        java.util.regex.Matcher g = java.util.regex.Pattern.compile("needs ~([0-9.]+) ([GM]B), the JVM may use ([0-9.]+) \\2").matcher(m);
        assertTrue(g.find(), m);
        assertTrue(Double.parseDouble(g.group(1)) > Double.parseDouble(g.group(3)), m);
        // below a gigabyte in megabytes, as an experiment's message says them (48 MB read "0.0 GB": a re-check)
        Scenario mid = withPool(1_000_000);
        String mb = assertThrows(IllegalArgumentException.class, () -> Simulation.requireMemory(mid, 48L << 20)).getMessage();
        assertTrue(mb.matches("the run of 1000010 researchers needs ~[0-9]+\\.[0-9] MB, the JVM may use 48\\.0 MB; raise -Xmx.*"), mb);
    }

    /** In a JVM of 256 MB, a run of 5 million researchers (~0.4 GB) is refused by build() and by the front door. */
    @Test
    void buildAndTheFrontDoorRefuseBeforeAllocating(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path src = dir.resolve("Big.java");
        java.nio.file.Files.writeString(src, """
                import org.talentsim.Talentsim;
                import org.talentsim.engine.Simulation;
                import org.talentsim.io.ScenarioFiles;
                public class Big {
                    public static void main(String[] a) {
                        var s = ScenarioFiles.parse("version: 1\\nname: big\\nlabs:\\n  - name: Meta\\n    teams:\\n"
                                + "      - {name: FAIR, focus: research, headcount: 10}\\npool:\\n  size: 5000000\\n", "big.yaml");
                        try { Simulation.builder(s).build(); System.out.println("built"); }
                        catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
                        try { Talentsim.defaults().run(s); System.out.println("ran"); }
                        catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
                    }
                }
                """);
        java.nio.file.Path javaBin = java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(javaBin.toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                src.toString()).redirectErrorStream(true).start();
        String out = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(0, p.waitFor(), out);
        String[] lines = out.strip().split("\\R");
        assertEquals(2, lines.length, out);
        assertTrue(lines[0].startsWith("the run of 5000010 researchers needs ~"), out);
        assertTrue(lines[0].contains(", the JVM may use ") && lines[0].endsWith(" or shrink the scenario"), out);
        assertEquals(lines[0], lines[1], "the front door refuses the same way");
    }
}
