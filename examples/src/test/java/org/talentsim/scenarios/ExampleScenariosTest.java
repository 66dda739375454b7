package org.talentsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.talentsim.io.ScenarioFiles;
import org.talentsim.metrics.History;
import org.talentsim.scenario.Scenario;

/** Every example scenario loads, round-trips through YAML, runs, and passes the invariants after every tick. */
class ExampleScenariosTest {
    static Stream<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(Runs.DIR)) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void loadsRunsAndKeepsItsInvariants(Path file) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.startsWith("#"), file + " starts with a comment header saying what it teaches");
        Scenario s = ScenarioFiles.read(file);
        assertTrue(ScenarioFiles.parse(ScenarioFiles.write(s), "round-trip.yaml").equals(s), "round trip of " + file);
        Scenario shorter = s.ticks() > 120 ? s.withMonths(120 * s.months() / s.ticks()) : s;
        History h = Runs.run(shorter, 2);
        assertTrue(!h.moves().isEmpty(), file + " moves nobody");
        // a stationary start (issue 11, re-checked for issue 18): no wave of visa exits in the
        // first months from a pool whose grace clocks all started together
        long[] visa = new long[7];
        h.moves().stream().filter(m -> m.reason() == org.talentsim.model.MoveReason.VISA_EXIT && m.tick() <= 6)
                .forEach(m -> visa[m.tick()]++);
        double later = (visa[3] + visa[4] + visa[5] + visa[6]) / 4.0;
        for (int t = 1; t <= 2; t++) {
            assertTrue(visa[t] <= 3 * Math.max(5, later), file + ": " + visa[t] + " visa exits in month " + t
                    + " against " + later + " a month in months 3-6");
        }
        // and labs replace those they lose from the first months (issue 18: labs at their target
        // hired nobody in month 1 but still lost people; growth plans took the seekers' offers)
        java.util.Map<String, int[]> early = new java.util.TreeMap<>();
        for (org.talentsim.metrics.LabRow l : h.labs()) {
            if (l.tick() <= 3) {
                int[] a = early.computeIfAbsent(l.lab(), k -> new int[2]);
                a[0] += l.quits() + l.poachedOut() + l.exits();
                a[1] += l.hires() + l.poachedIn();
            }
        }
        early.forEach((lab, a) -> assertTrue(a[0] < 20 || a[1] > 0,
                file + ": " + lab + " lost " + a[0] + " in months 1-3 and hired nobody"));
    }
}
