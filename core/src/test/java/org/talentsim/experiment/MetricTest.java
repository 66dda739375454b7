package org.talentsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A user metric's name is checked when it is made, whichever way; a missing probe is named. */
class MetricTest {
    @Test
    void aBadNameIsRefusedWhenTheMetricIsMade() {
        for (String bad : new String[] {"a,b", "", "x\ny"}) {
            assertThrows(IllegalArgumentException.class, () -> Metric.of(bad, o -> 0), bad);
            assertThrows(IllegalArgumentException.class, () -> Metric.observing(bad, () -> o -> 0), bad);
        }
    }

    /**
     * A name pandas or R read back as other than text is refused as an arm's is (a metric named NA
     * lost its name in summary.csv's metric column: an economist's review); names like it are not.
     */
    @Test
    void aNameReadBackAsOtherThanTextIsRefused() {
        for (String bad : new String[] {"NA", "None", "nan", "1", "2.5e3", "TRUE", "false", "T", "F", "=cmd"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Metric.of(bad, o -> 0), bad);
            assertTrue(e.getMessage().startsWith("metric name '" + bad + "' "), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> Metric.at(bad, "2025-06", w -> 0), bad);
        }
        for (String fine : new String[] {"none", "NA_share", "t1", "net", "Meta.x"}) {
            assertEquals(fine, Metric.of(fine, o -> 0).name());
        }
    }

    @Test
    void itIsShownByName() {
        assertEquals("Metric[net_hires]", Metric.of("net_hires", o -> 0).toString());
        assertEquals("Metric[peak]", Metric.observing("peak", () -> o -> 0).toString());
        assertEquals("peak", Metric.observing("peak", () -> o -> 0).name());
    }

    @Test
    void eachRunGetsAFreshProbeAndAMissingOneIsNamed() {
        int[] made = new int[1];
        Metric m = Metric.observing("peak", () -> {
            made[0]++;
            return o -> made[0];
        });
        assertEquals(1, m.probe().value(null));
        assertEquals(2, m.probe().value(null));
        NullPointerException x = assertThrows(NullPointerException.class, () -> Metric.observing("lost", () -> null).probe());
        assertTrue(x.getMessage().equals("the probe of metric lost"), x.getMessage());
    }
}
