package org.talentsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.talentsim.engine.Simulation;
import org.talentsim.engine.TickObserver;
import org.talentsim.io.ScenarioFiles;
import org.talentsim.metrics.InvariantChecker;
import org.talentsim.model.MoveReason;
import org.talentsim.model.MovesView;
import org.talentsim.model.PopulationView;
import org.talentsim.model.Status;
import org.talentsim.model.WorldView;
import org.talentsim.scenario.Scenario;

/**
 * Issue 11 item 7 over seeds 1–10 of the flagship: the founder of AMI Labs stays at his start-up
 * (his founder's stake), and the October dismissal of the director is Meta's: it lets him go only
 * if Meta still employs him then, and does nothing otherwise.
 */
class Meta2025SubjectsTest {
    static final String FOUNDER = "Yann LeCun";
    static final String DIRECTOR = "Yuandong Tian";
    static final int DISMISSAL_TICK = 10;   // 2025-10

    /** One seed's facts about the two named researchers. */
    record Seed(long seed, String founderEndsAt, String directorBefore, List<String> directorLaidOffBy) {}

    static final List<Seed> SEEDS = new ArrayList<>();

    @BeforeAll
    static void run() {
        Scenario base = ScenarioFiles.read(Runs.DIR.resolve("meta-2025.yaml"));
        for (long seed = 1; seed <= 10; seed++) {
            SEEDS.add(follow(base.withSeed(seed)));
        }
    }

    static Seed follow(Scenario s) {
        int[] who = {-1, -1};
        String[] before = {null};
        String[] end = {null};
        List<String> laidOffBy = new ArrayList<>();
        TickObserver watch = new TickObserver() {
            @Override
            public void onStart(WorldView w) {
                PopulationView p = w.population();
                for (int i = 0; i < p.size(); i++) {
                    who[0] = FOUNDER.equals(p.name(i)) ? i : who[0];
                    who[1] = DIRECTOR.equals(p.name(i)) ? i : who[1];
                }
            }

            @Override
            public void onTick(int tick, WorldView w, MovesView moves) {
                if (tick == DISMISSAL_TICK - 1) {
                    before[0] = where(w, who[1]);
                }
                for (int r = 0; r < moves.size(); r++) {
                    if (moves.researcher(r) == who[1] && moves.reason(r) == MoveReason.LAID_OFF && tick == DISMISSAL_TICK) {
                        laidOffBy.add(w.lab(moves.fromLab(r)).name());
                    }
                }
            }

            @Override
            public void onEnd(WorldView w) {
                end[0] = where(w, who[0]);
            }
        };
        try (Simulation sim = Simulation.builder(s).threads(2).observer(new InvariantChecker()).observer(watch).build()) {
            sim.run();
        }
        return new Seed(s.seed(), end[0], before[0], laidOffBy);
    }

    /** The lab researcher {@code i} works at, or his status. */
    static String where(WorldView w, int i) {
        PopulationView p = w.population();
        return p.status(i) == Status.EMPLOYED ? w.lab(w.team(p.team(i)).lab()).name() : p.status(i).toString();
    }

    @Test
    void theFounderStaysAtHisStartUpInAtLeastNineOfTenSeeds() {
        long stays = SEEDS.stream().filter(s -> s.founderEndsAt().equals("AMI Labs")).count();
        assertTrue(stays >= 9, "founder at AMI Labs at the end: " + SEEDS);
    }

    @Test
    void metasDismissalLetsTheDirectorGoOnlyIfMetaStillEmploysHim() {
        for (Seed s : SEEDS) {
            if (s.directorBefore().equals("Meta")) {
                assertEquals(List.of("Meta"), s.directorLaidOffBy(), "seed " + s.seed() + ": dismissed by Meta");
            } else {
                assertEquals(List.of(), s.directorLaidOffBy(),
                        "seed " + s.seed() + ": he was " + s.directorBefore() + " before the dismissal; nothing happens");
            }
        }
    }
}
