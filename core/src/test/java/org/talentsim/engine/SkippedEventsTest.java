package org.talentsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentsim.experiment.Outcome;
import org.talentsim.experiment.Outcomes;
import org.talentsim.experiment.StandardMetrics;
import org.talentsim.io.ScenarioFiles;
import org.talentsim.kernel.Internals;
import org.talentsim.kernel.Market;
import org.talentsim.metrics.History;
import org.talentsim.metrics.Metrics;
import org.talentsim.model.MoveReason;
import org.talentsim.policy.PolicyRegistry;
import org.talentsim.scenario.Scenario;

/**
 * A part of an event that finds no one to act on (a dismissal of someone who has left, a job fair
 * for someone employed) is kept by the run, with its month, for the summary and the metric
 * {@code market.events_skipped}: a run that did not play the story as its file wrote it says so in
 * its results, not only on stderr (an experiment's report could not tell which runs had).
 */
class SkippedEventsTest {
    /** The market's own offers may take the star before her dismissal in 2025-04, or not: the draws decide. */
    static final String ONE_STAR = """
            version: 1
            name: one-star
            start: 2025-01
            months: 5
            seed: 3
            market: {offersEmployed: 4/year, separation: 0/year}
            labs:
              - name: Alpha
                teams: [{name: Research, focus: research, headcount: 20}]
              - name: Upstart
                teams:
                  - name: Core
                    focus: research
                    headcount: 5
                    stars: [{name: Ada Star, skill: 6, salary: 5M, visibility: 1.0}]
            pool: {size: 30}
            events:
              - {date: 2025-04, type: dismissal, lab: Upstart, researchers: Ada Star}
            """;

    /**
     * Over seeds: in each run she is either dismissed (a LAID_OFF row in 2025-04) or her dismissal
     * is kept as skipped, never both and never neither; the metric counts exactly the lines kept.
     */
    @Test
    void overSeedsADismissalIsEitherDoneOrKeptAsSkipped() {
        int skipped = 0;
        int dismissed = 0;
        for (long seed = 1; seed <= 40; seed++) {
            Scenario s = ScenarioFiles.parse(ONE_STAR.replace("seed: 3", "seed: " + seed), "one-star.yaml");
            History h = run(s);
            boolean laidOff = h.moves().stream().anyMatch(m -> m.reason() == MoveReason.LAID_OFF && m.tick() == 4
                    && m.fromLab().equals("Upstart") && "Ada Star".equals(m.name()));
            List<String> kept = h.summary().skippedEvents().stream().map(Object::toString).toList();
            // the dismissal is the scenario's first (and only) event
            assertTrue(h.summary().skippedEvents().stream().allMatch(k -> k.event() == 1 && k.tick() == 4), kept.toString());
            boolean noted = kept.stream().anyMatch(k -> k.startsWith("2025-04: dismissal of 'Ada Star' by 'Upstart' skipped: "));
            assertTrue(laidOff != noted, "seed " + seed + ": dismissed " + laidOff + ", kept as skipped " + noted + " " + kept);
            assertEquals(noted ? 1 : 0, kept.size(), "seed " + seed + ": " + kept);
            assertEquals(kept.size(), Outcomes.run(s, PolicyRegistry.defaults(), List.of()).value(StandardMetrics.EVENTS_SKIPPED), 0,
                    "seed " + seed);
            skipped += noted ? 1 : 0;
            dismissed += laidOff ? 1 : 0;
        }
        // both happen over these seeds: the check above is not of one branch only
        assertTrue(skipped >= 3 && dismissed >= 3, "skipped " + skipped + ", dismissed " + dismissed);
        assertTrue(StandardMetrics.names(ScenarioFiles.parse(ONE_STAR, "one-star.yaml")).contains(StandardMetrics.EVENTS_SKIPPED));
    }

    /**
     * A layoff that finds no one to cut, a share that rounds to no one or teams already emptied,
     * is kept as skipped (it did nothing without a word, where a count of 0 is noted before the
     * run: a reviewer); one that cuts is not.
     */
    @Test
    void aLayoffOfNoOneIsKeptAsSkipped() {
        Scenario s = ScenarioFiles.parse(ONE_STAR.replace("  - {date: 2025-04, type: dismissal, lab: Upstart, researchers: Ada Star}\n",
                """
                  - {date: 2025-02, type: layoff, lab: Alpha, share: 0.001}
                  - {date: 2025-03, type: layoff, lab: Alpha, share: 0.5}
                  - {date: 2025-03, type: layoff, lab: Upstart, share: 1, noticeMonths: 0}
                  - {date: 2025-04, type: layoff, lab: Upstart, count: 3}
                """), "layoffs.yaml");
        History h = run(s);
        List<String> kept = h.summary().skippedEvents().stream().map(Object::toString).toList();
        assertEquals(2, kept.size(), kept.toString());
        assertTrue(kept.get(0).startsWith("2025-02: layoff of 0.1% of 'Alpha' skipped: that share of its ")
                && kept.get(0).endsWith(" researchers rounds to no one"), kept.toString());
        assertTrue(kept.get(1).startsWith("2025-04: layoff of 3 from 'Upstart' skipped: no one left in its teams"), kept.toString());
        assertEquals(List.of(1, 4), h.summary().skippedEvents().stream().map(k -> k.event()).toList());
        long cut = h.moves().stream().filter(m -> m.reason() == MoveReason.LAID_OFF && m.tick() == 3).count();
        assertTrue(cut >= 10, "the layoffs of 2025-03 cut: " + cut);
    }

    /** A raid of a lab with no one employed by then is kept as skipped (it made no offer without a word: a reviewer). */
    @Test
    void aRaidOfNoOneIsKeptAsSkipped() {
        Scenario s = ScenarioFiles.parse(ONE_STAR.replace("  - {date: 2025-04, type: dismissal, lab: Upstart, researchers: Ada Star}\n",
                """
                  - {date: 2025-02, type: layoff, lab: Upstart, share: 1, noticeMonths: 0}
                  - {date: 2025-03, type: raid, lab: Alpha, team: Research, fromLab: Upstart, count: 2}
                  - {date: 2025-04, type: raid, lab: Upstart, team: Core, fromLab: Alpha, count: 2}
                """), "raids.yaml");
        History h = run(s);
        List<String> kept = h.summary().skippedEvents().stream().map(Object::toString).toList();
        assertEquals(List.of("2025-03: raid of 2 by 'Alpha/Research' skipped: no one employed at 'Upstart' now"), kept);
        // the raid of the emptied lab, event 2; Upstart's own raid on Alpha (event 3) found people to make offers to
        assertEquals(List.of(2), h.summary().skippedEvents().stream().map(k -> k.event()).toList());
    }

    @Test
    void aRestoredSnapshotForgetsWhatWasSkippedAfterIt() {
        // a job fair for someone employed is skipped in any run
        Scenario s = ScenarioFiles.parse(ONE_STAR + "  - {date: 2025-02, type: jobFair, researcher: Ada Star}\n", "fair.yaml");
        try (Simulation sim = Simulation.builder(s).build()) {
            sim.run(1);
            Market.Snapshot snap = Internals.market(sim).snapshot();
            sim.run(2);
            assertEquals(List.of(new org.talentsim.model.SkippedEvent(2, "2025-02", 1,
                    "job fair for Ada Star skipped: Ada Star is EMPLOYED, not between jobs")), sim.world().skippedEvents(),
                    "the job fair, written last, is the first event by date");
            Internals.market(sim).restore(snap);
            assertEquals(List.of(), sim.world().skippedEvents());
        }
    }

    private static History run(Scenario s) {
        History h = new History();
        try (Simulation sim = Simulation.builder(s).observer(new Metrics(h)).build()) {
            sim.run();
        }
        return h;
    }
}
