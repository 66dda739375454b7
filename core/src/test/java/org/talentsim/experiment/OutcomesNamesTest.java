package org.talentsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentsim.model.MovesView;
import org.talentsim.model.WorldView;
import org.talentsim.io.ScenarioFiles;
import org.talentsim.policy.PolicyRegistry;
import org.talentsim.scenario.Scenario;

/** User metrics' names are checked before a run starts, by {@link Outcomes#names} and {@link Outcomes#run} alike. */
class OutcomesNamesTest {
    static final Scenario TINY = ScenarioFiles.parse(ExperimentApiTest.TEXT, "tiny.yaml");

    static Metric named(String name) {
        return Metric.of(name, o -> 1);
    }

    /** A metric made without {@link Metric#of}'s name check, so that {@link Outcomes} is the one to check it. */
    static Metric unchecked(String name, java.util.function.Supplier<Metric.Probe> probes) {
        return new Metric() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Probe probe() {
                return probes.get();
            }
        };
    }

    @Test
    void aUserMetricIsAddedInNameOrder() {
        List<String> names = Outcomes.names(TINY, List.of(named("zz_last"), named("aa_first")));
        assertEquals(names.stream().sorted().toList(), names, "sorted, as in an outcome");
        assertTrue(names.contains("aa_first") && names.contains("zz_last") && names.contains("L.hires"));
        assertEquals(Outcomes.names(TINY, List.of()).size() + 2, names.size());
        Outcome o = Outcomes.run(TINY, PolicyRegistry.defaults(), List.of(named("aa_first")));
        assertEquals(1, o.value("aa_first"));
    }

    @Test
    void aTakenOrBadNameIsRefusedBeforeRunning() {
        int[] ticks = new int[1];
        Metric counting = unchecked("L.hires", () -> new Metric.Probe() {
            @Override
            public void onTick(int tick, WorldView world, MovesView moves) {
                ticks[0]++;
            }

            @Override
            public double value(Outcome outcome) {
                return 0;
            }
        });
        String taken = "metric name 'L.hires' is taken by a standard metric or an earlier user metric";
        assertEquals(taken, assertThrows(IllegalArgumentException.class, () -> Outcomes.names(TINY, List.of(counting))).getMessage());
        assertEquals(taken, assertThrows(IllegalArgumentException.class,
                () -> Outcomes.run(TINY, PolicyRegistry.defaults(), List.of(counting))).getMessage());
        assertEquals(0, ticks[0], "refused before the first tick");
        assertEquals("metric name 'twice' is taken by a standard metric or an earlier user metric",
                assertThrows(IllegalArgumentException.class, () -> Outcomes.names(TINY, List.of(named("twice"), named("twice")))).getMessage());
        IllegalArgumentException comma = assertThrows(IllegalArgumentException.class,
                () -> Outcomes.run(TINY, PolicyRegistry.defaults(), List.of(unchecked("a,b", () -> o -> 1))));
        assertTrue(comma.getMessage().startsWith("metric name 'a,b' "), comma.getMessage());
    }

    /** A user metric's name heads a column of runs.csv: one a spreadsheet would run as a formula is refused, by Metric.of and by the run. */
    @Test
    void aMetricNamedLikeAFormulaIsRefused() {
        for (String bad : new String[] {"=1+1", "+x", "-x", "@x"}) {
            IllegalArgumentException of = assertThrows(IllegalArgumentException.class, () -> Metric.of(bad, o -> 1));
            assertTrue(of.getMessage().startsWith("metric name '" + bad + "' begins with '" + bad.charAt(0)
                    + "', which a spreadsheet"), of.getMessage());
            IllegalArgumentException run = assertThrows(IllegalArgumentException.class,
                    () -> Outcomes.names(TINY, List.of(unchecked(bad, () -> o -> 1))));
            assertEquals(of.getMessage(), run.getMessage());
        }
        assertEquals("x-1", Metric.of("x-1", o -> 1).name());
    }

    @Test
    void aMetricWithoutAProbeIsNamed() {
        Metric none = unchecked("no_probe", () -> null);
        NullPointerException x = assertThrows(NullPointerException.class,
                () -> Outcomes.run(TINY, PolicyRegistry.defaults(), List.of(none)));
        assertEquals("the probe of metric no_probe", x.getMessage());
    }
}
