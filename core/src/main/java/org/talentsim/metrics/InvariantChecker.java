package org.talentsim.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.talentsim.engine.TickObserver;
import org.talentsim.model.LabView;
import org.talentsim.model.MovesView;
import org.talentsim.model.MoveReason;
import org.talentsim.model.PopulationView;
import org.talentsim.model.Status;
import org.talentsim.model.TeamView;
import org.talentsim.model.WorldView;

/**
 * Checks the model's invariants after every tick and throws {@link IllegalStateException} on
 * the first tick that breaks one. Meant for tests and debugging (it costs a pass over the
 * population per tick):
 * <ul>
 *   <li>every researcher is in exactly one status and at most one team: EMPLOYED and NOTICE
 *       have an (active, for EMPLOYED) team, SEEKING and EXITED have none;</li>
 *   <li>each team's headcount equals its counted EMPLOYED members;</li>
 *   <li>for every lab, headcount(t) − headcount(t−1) = rows with to_lab = lab and from_lab ≠ lab
 *       minus rows with from_lab = lab and to_lab ≠ lab (DESIGN §6);</li>
 *   <li>each lab's payroll equals the sum of the salaries it pays (EMPLOYED and NOTICE), to
 *       half a cent per person (the census counts money in cents);</li>
 *   <li>morale and visibility in [0,1]; skill positive; no NaN or negative money.</li>
 * </ul>
 */
public final class InvariantChecker implements TickObserver {
    private int[] previous = new int[0];
    private int checked;

    /** Ticks checked so far. */
    public int ticksChecked() {
        return checked;
    }

    @Override
    public void onStart(WorldView world) {
        previous = labHeadcounts(world);
        List<String> problems = new ArrayList<>();
        checkState(world, problems);
        fail(0, problems);
    }

    @Override
    public void onTick(int tick, WorldView world, MovesView moves) {
        List<String> problems = new ArrayList<>();
        checkState(world, problems);
        int[] now = labHeadcounts(world);
        int[] delta = new int[now.length];
        for (int r = 0; r < moves.size(); r++) {
            int from = moves.fromLab(r);
            int to = moves.toLab(r);
            if (from == to) {
                if (moves.reason(r) != MoveReason.COUNTERED && moves.reason(r) != MoveReason.TRANSFERRED
                        && from >= 0) {
                    problems.add("row " + r + " stays in lab " + from + " with reason " + moves.reason(r));
                }
                continue;
            }
            if (to >= 0) {
                delta[to]++;
            }
            if (from >= 0) {
                delta[from]--;
            }
        }
        for (int l = 0; l < now.length; l++) {
            int before = l < previous.length ? previous[l] : 0;
            if (now[l] - before != delta[l]) {
                problems.add("lab " + world.lab(l).name() + ": headcount went " + before + " -> " + now[l]
                        + " but the move log says " + (delta[l] >= 0 ? "+" : "") + delta[l]);
            }
        }
        previous = now;
        checked++;
        fail(tick, problems);
    }

    private static void fail(int tick, List<String> problems) {
        if (!problems.isEmpty()) {
            throw new IllegalStateException("invariants broken after tick " + tick + ": "
                    + String.join("; ", problems.subList(0, Math.min(10, problems.size())))
                    + (problems.size() > 10 ? "; ... (" + problems.size() + " in all)" : ""));
        }
    }

    private static int[] labHeadcounts(WorldView w) {
        int[] h = new int[w.labs().size()];
        for (TeamView t : w.teams()) {
            h[t.lab()] += t.headcount();
        }
        return h;
    }

    private static void checkState(WorldView w, List<String> problems) {
        PopulationView pop = w.population();
        int[] counted = new int[w.teams().size()];
        double[] pay = new double[w.labs().size()];
        double[] unvested = new double[w.labs().size()];
        for (int i = 0; i < pop.size(); i++) {
            Status st = pop.status(i);
            int t = pop.team(i);
            double s = pop.salary(i);
            if (!(s >= 0) || Double.isInfinite(s)) {
                problems.add("#" + i + " salary " + s);
            }
            double m = pop.morale(i);
            if (!(m >= 0 && m <= 1)) {
                problems.add("#" + i + " morale " + m);
            }
            double v = pop.visibility(i);
            if (!(v >= 0 && v <= 1)) {
                problems.add("#" + i + " visibility " + v);
            }
            if (!(pop.skill(i) > 0)) {
                problems.add("#" + i + " skill " + pop.skill(i));
            }
            double u = pop.unvestedEquity(i);
            double owed = pop.signOnOwed(i);
            if (!(u >= 0) || Double.isInfinite(u) || !(owed >= 0) || Double.isInfinite(owed)) {
                problems.add("#" + i + " unvested equity " + u + ", sign-on owed " + owed);
            } else if (st != Status.EMPLOYED && (u != 0 || owed != 0)) {
                problems.add("#" + i + " " + st + " but holds unvested equity " + u + " or owes a sign-on " + owed);
            }
            switch (st) {
                case EMPLOYED -> {
                    if (t < 0 || t >= counted.length || !w.team(t).active()) {
                        problems.add("#" + i + " EMPLOYED in team " + t);
                    } else {
                        counted[t]++;
                        pay[w.team(t).lab()] += s;
                        unvested[w.team(t).lab()] += pop.unvestedEquity(i);
                    }
                }
                case NOTICE -> {
                    if (t < 0 || t >= counted.length) {
                        problems.add("#" + i + " on NOTICE without a paying team");
                    } else {
                        pay[w.team(t).lab()] += s;
                    }
                }
                case SEEKING, EXITED -> {
                    if (t != -1) {
                        problems.add("#" + i + " " + st + " but in team " + t);
                    }
                }
                default -> problems.add("#" + i + " unknown status");
            }
        }
        for (TeamView t : w.teams()) {
            if (t.headcount() != counted[t.id()]) {
                problems.add("team " + t.name() + " headcount " + t.headcount() + " but " + counted[t.id()] + " members");
            }
        }
        int[] paid = new int[w.labs().size()];
        for (int i = 0; i < pop.size(); i++) {
            Status st = pop.status(i);
            if ((st == Status.EMPLOYED || st == Status.NOTICE) && pop.team(i) >= 0 && pop.team(i) < counted.length) {
                paid[w.team(pop.team(i)).lab()]++;
            }
        }
        for (LabView l : w.labs()) {
            double p = l.payroll();
            double exp = pay[l.id()];
            // the census sums pay in whole cents (or finer units, docs/MODEL.md §7.2): allow half a cent per person paid
            if (!(Math.abs(p - exp) <= 0.005 * paid[l.id()] + 1e-9 * Math.abs(exp))) {
                problems.add("lab " + l.name() + " payroll " + p + " but members' salaries sum to " + exp);
            }
            double u = unvested[l.id()];
            if (!(Math.abs(l.unvested() - u) <= 0.005 * paid[l.id()] + 1e-9 * u)) {
                problems.add("lab " + l.name() + " unvested " + l.unvested() + " but its staff's unvested equity sums to " + u);
            }
            for (double x : new double[] {l.budget(), l.spent(), l.capability(), l.knowledge(), l.unvested(),
                    l.equityVested(), l.signOns(), l.clawedBack()}) {
                if (!(x >= 0)) {
                    problems.add("lab " + l.name() + " has a negative or NaN figure (budget, spent, capability, knowledge,"
                            + " unvested, vested, sign-ons, claw-backs): " + Arrays.toString(new double[] {l.budget(),
                            l.spent(), l.capability(), l.knowledge(), l.unvested(), l.equityVested(), l.signOns(),
                            l.clawedBack()}));
                    break;
                }
            }
        }
    }
}
