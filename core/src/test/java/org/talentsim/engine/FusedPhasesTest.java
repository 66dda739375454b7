package org.talentsim.engine;

import org.talentsim.model.WorldView;
import org.talentsim.model.MovesView;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentsim.kernel.MoveLog;
import org.talentsim.kernel.Population;
import org.talentsim.kernel.World;
import org.talentsim.scenario.Scenario;
import org.talentsim.testkit.Worlds;

/**
 * The engine fuses morale with search and pipelines the offers behind them, and fuses payroll
 * with the census, when no user phase sits between them. A do-nothing user phase in between
 * turns the fusion off: the state and the moves must be the same, bit for bit, tick after tick,
 * on one thread and on two (where the offers of early chunks run while later chunks draw).
 */
class FusedPhasesTest {
    @Test
    void fusedAndSeparatePhasesGiveTheSameBits() {
        for (Scenario s : List.of(DeterminismTest.multiChunk(3), Worlds.everything(7),
                Worlds.tightBudgets(3, org.talentsim.model.TickUnit.MONTH))) {
            for (int threads : new int[] {1, 2}) {
                List<String> fused = trace(s, threads, Split.NONE);
                for (Split split : List.of(Split.ALL, Split.OFFERS)) {
                    List<String> separate = trace(s, threads, split);
                    assertEquals(fused.size(), separate.size());
                    for (int t = 0; t < fused.size(); t++) {
                        assertEquals(fused.get(t), separate.get(t),
                                s.name() + ", " + threads + " threads, split " + split + ", tick " + (t + 1));
                    }
                }
            }
        }
    }

    /** Where do-nothing user phases go: none (everything fused), between every fused pair, or only before the offers. */
    private enum Split { NONE, ALL, OFFERS }

    /** One line per tick: a hash of every researcher's state, lab and team accounts, and the tick's moves. */
    private static List<String> trace(Scenario s, int threads, Split split) {
        List<String> lines = new ArrayList<>();
        Simulation.Builder b = Simulation.builder(s).threads(threads).observer(new TickObserver() {
            @Override
            public void onTick(int tick, WorldView w, MovesView moves) {
                org.talentsim.kernel.World world = org.talentsim.kernel.Internals.world(w);
                lines.add(hash(world, world.moves()));
            }
        });
        Phase nothing = ctx -> { };
        if (split == Split.ALL) {
            b.after(PhaseId.MORALE, nothing).after(PhaseId.PAYROLL, nothing);
        } else if (split == Split.OFFERS) {
            b.before(PhaseId.OFFERS, nothing);
        }
        try (Simulation sim = b.build()) {
            sim.run(Math.min(24, s.ticks()));
        }
        return lines;
    }

    private static String hash(World w, MoveLog moves) {
        long h = 17;
        Population p = w.population();
        for (int i = 0; i < p.size(); i++) {
            h = 31 * h + Double.doubleToLongBits(p.salary(i));
            h = 31 * h + Double.doubleToLongBits(p.morale(i));
            h = 31 * h + p.team(i) * 7L + p.status(i).ordinal();
            h = 31 * h + p.tenure(i) * 65_537L + p.ticksInStatus(i) * 257L + p.clock(i);
            h = 31 * h + Double.doubleToLongBits(p.reference(i));
        }
        long accounts = 17;
        for (int l = 0; l < w.labCount(); l++) {
            var lab = w.lab(l);
            accounts = 31 * (31 * (31 * accounts + Double.doubleToLongBits(lab.payroll()))
                    + Double.doubleToLongBits(lab.spent())) + Double.doubleToLongBits(lab.capability());
        }
        for (int t = 0; t < w.teamCount(); t++) {
            var team = w.team(t);
            accounts = 31 * (31 * (31 * accounts + team.headcount()) + Double.doubleToLongBits(team.sumSalary()))
                    + Double.doubleToLongBits(team.sumMorale());
        }
        long rows = 17;
        for (int r = 0; r < moves.size(); r++) {
            rows = 31 * (31 * (31 * rows + moves.researcher(r)) + moves.reason(r).ordinal())
                    + Double.doubleToLongBits(moves.newSalary(r));
        }
        return "state " + Long.toHexString(h) + ", labs and teams " + Long.toHexString(accounts)
                + ", " + moves.size() + " moves " + Long.toHexString(rows);
    }
}
