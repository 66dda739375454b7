package org.talentsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentsim.model.TeamView;
import org.talentsim.scenario.EventSpec;

/** The events' marks name what the file says (found by a scenario author's review: "NaN%" and 2147483647). */
class EventLabelsTest {
    @Test
    void aLayoffOfNoneAndOfAShare() {
        assertEquals("Alpha lays off 0 from Product",
                EventLabels.label(new EventSpec.Layoff(4, "Alpha", List.of("Product"), 0, Double.NaN, 2, 16, 2)));
        assertEquals("Alpha lays off 12 from Product",
                EventLabels.label(new EventSpec.Layoff(4, "Alpha", List.of("Product"), 12, Double.NaN, 2, 16, 2)));
        assertEquals("Alpha lays off 25%", EventLabels.label(new EventSpec.Layoff(4, "Alpha", List.of(), -1, 0.25, 2, 16, 2)));
        // a share below 1% or between whole percents as it is (0.1% read "0%": a re-check)
        assertEquals("Alpha lays off 0.1%", EventLabels.label(new EventSpec.Layoff(4, "Alpha", List.of(), -1, 0.001, 2, 16, 2)));
        assertEquals("Alpha lays off 12.5%", EventLabels.label(new EventSpec.Layoff(4, "Alpha", List.of(), -1, 0.125, 2, 16, 2)));
    }

    @Test
    void anUnlimitedSpree() {
        assertEquals("Upstart/Core hiring spree to unlimited at pay level 1.5",
                EventLabels.label(new EventSpec.HiringSpree(2, "Upstart", "Core", TeamView.UNLIMITED, 1.5)));
        assertEquals("Upstart/Core hiring spree to 40", EventLabels.label(new EventSpec.HiringSpree(2, "Upstart", "Core", 40, Double.NaN)));
        // a target of 0 is the freeze, said so ("hiring spree to 0" read as a contradiction: a scenario author's review)
        assertEquals("Upstart/Core hiring freeze (target 0)", EventLabels.label(new EventSpec.HiringSpree(2, "Upstart", "Core", 0, Double.NaN)));
    }

    /** A lab's leader fit multiplies each team's: "new leader (fit 0.9)" read as a good hire (a student's review). */
    @Test
    void aLabsLeaderSaysItMultipliesTheTeams() {
        assertEquals("Meta: new lab leader (fit 0.9: each team's leader fit times 0.9, 10% lower)",
                EventLabels.label(new EventSpec.LeaderChange(3, "Meta", null, 0.9, null)));
        assertEquals("Meta/FAIR: new leader (fit 0.8)", EventLabels.label(new EventSpec.LeaderChange(3, "Meta", "FAIR", 0.8, null)));
    }
}
