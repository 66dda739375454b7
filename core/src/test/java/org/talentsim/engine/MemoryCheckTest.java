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
        assertEquals(58, Population.bytesPerResearcher() + 4 + 13);
        long need = Simulation.memoryNeeded(s);
        // 58 bytes per researcher (BENCHMARKS.md measured 57.6 retained), a quarter on top, 64 MB base
        assertTrue(need > 1_000_010L * 58 && need < 1_000_010L * 58 * 5 / 4 + 65L * 1024 * 1024, "need " + need);
        assertTrue(Simulation.memoryNeeded(withPool(2_000_000)) > need);
    }

    @Test
    void refusedWithTheFigures() {
        Scenario s = withPool(150_000_000);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Simulation.requireMemory(s, (long) (6.3 * (1L << 30))));
        assertEquals("the run of 150000010 researchers needs ~10.2 GB, the JVM may use 6.3 GB;"
                + " raise -Xmx (e.g. JAVA_OPTS=-Xmx14g) or shrink the scenario", e.getMessage());
        Simulation.requireMemory(s, 11L << 30);
        Simulation.requireMemory(s, Long.MAX_VALUE); // no limit known
    }

    @Test
    void buildAndTheFrontDoorRefuseBeforeAllocating() {
        Scenario s = withPool(2_000_000_000); // ~135 GB: more than any test heap
        String m = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(IllegalArgumentException.class, () -> Simulation.builder(s).build()).getMessage());
        assertTrue(m.startsWith("the run of 2000000010 researchers needs ~"), m);
        assertTrue(m.contains(", the JVM may use ") && m.endsWith(" or shrink the scenario"), m);
        String viaRun = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(IllegalArgumentException.class, () -> Talentsim.defaults().run(s)).getMessage());
        assertEquals(m, viaRun);
    }
}
