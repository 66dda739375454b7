package org.talentsim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.talentsim.model.Focus;
import org.talentsim.model.Status;
import org.talentsim.model.TickUnit;
import org.talentsim.policy.PolicyRegistry;
import org.talentsim.scenario.MarketSpec;
import org.talentsim.scenario.MatchingSpec;
import org.talentsim.scenario.PolicySpec;
import org.talentsim.scenario.Rate;
import org.talentsim.scenario.Scenario;

/**
 * The search phase (MODEL §7.4) draw by draw, against a replica written from the model's text:
 * the offer-sampling table (teams that can hire, weighted by their hiring quota of the tick times
 * {@code 0.5 + prestige}), each team's quota (the recruiting capacity, a sprint, a lab at its
 * budget), and each researcher's one uniform falling in the retirement, separation (exogenous,
 * then voluntary), offer or nothing interval, or for a seeker the offer, pool-exit or nothing
 * interval, with the offer rate scaled by visibility and, in matching mode, the job-finding rate
 * f(θ) per month times the months of a tick. Monthly and weekly ticks; two chunks.
 */
class SearchDrawTest {
    static final int POOL = 2000;

    static Scenario world(TickUnit unit, double gain, MatchingSpec matching, long seed) {
        return world(unit, gain, matching, seed, 0.02);
    }

    static Scenario world(TickUnit unit, double gain, MatchingSpec matching, long seed, double quitBase) {
        return world(unit, gain, matching, seed,
                PolicySpec.of("morale", "base", quitBase, "pay", 3, "morale", 0.4, "reference", 0.6));
    }

    static Scenario world(TickUnit unit, double gain, MatchingSpec matching, long seed, PolicySpec quits) {
        MarketSpec market = MechanismTest.QUIET.withSeparation(Rate.perMonth(0.03)).withRetirement(Rate.perYear(0.1))
                .withOffersEmployed(Rate.perMonth(0.3)).withOffersSeeking(Rate.perMonth(0.35))
                .withPoolExit(Rate.perMonth(0.1)).withVisibilityGain(gain).withHiringCapacity(Rate.perMonth(0.05));
        if (matching != null) {
            market = market.withMatching(matching);
        }
        return Scenario.builder("draws").seed(seed).months(2).tickUnit(unit).market(market)
                .quits(quits)
                .lab("A", l -> l.prestige(0.8)
                        .team("Grow", Focus.RESEARCH, 3000, t -> t.target(3700))
                        .team("Open", Focus.PRODUCT, 500, t -> t.unlimited())
                        .team("Full", Focus.RESEARCH, 1000, t -> t.target(1000)))
                .lab("B", l -> l.prestige(0.2)
                        .team("Small", Focus.RESEARCH, 40, t -> t.target(45))
                        .team("Sprint", Focus.RESEARCH, 100, t -> t.target(150)))
                .lab("Broke", l -> l.prestige(0.5).team("X", Focus.RESEARCH, 100, t -> t.target(200)))
                .pool(POOL)
                .build();
    }

    /** A market of {@link #world} with varied morale and visibility, some on notice or gone, a sprint, a lab at its budget. */
    static Market market(Scenario s, boolean brokeAtBudget) {
        return market(s, brokeAtBudget, PolicyRegistry.defaults());
    }

    static Market market(Scenario s, boolean brokeAtBudget, PolicyRegistry registry) {
        Market m = new Market(s, registry);
        Population pop = m.pop;
        SplittableRandom r = new SplittableRandom(s.seed());
        for (int i = 0; i < pop.size(); i++) {
            pop.setMorale(i, r.nextDouble());
            pop.setVisibility(i, r.nextDouble() < 0.2 ? 0 : r.nextDouble());
            if (r.nextInt(50) == 0) {
                pop.setStatus(i, Status.EXITED);
            } else if (pop.status(i) == Status.EMPLOYED && r.nextInt(40) == 0) {
                pop.setStatus(i, Status.NOTICE);
            }
        }
        World w = m.world;
        // the targets of the file (the start's vacancies of the steady state put aside)
        int[] targets = {3700, Team.UNLIMITED, 1000, 45, 150, 200};
        for (int k = 0; k < targets.length; k++) {
            w.team(k).setTarget(targets[k]);
        }
        w.team(w.teamIndex(1, "Sprint")).setSprint(true);
        w.team(w.teamIndex(0, "Full")).setSprint(true);   // no opening: the sprint ends
        Lab broke = w.lab(2);
        broke.setBudget(brokeAtBudget ? broke.payroll() : broke.payroll() + 1);
        return m;
    }

    /** The expected quota and sampling weight of each team, computed from the state before the search. */
    record Plan(int[] quota, boolean[] sprint, List<Integer> teams, List<Double> weights) {
        int pick(double u) {
            double total = weights.stream().mapToDouble(Double::doubleValue).sum();
            double target = u * total;
            double cum = 0;
            for (int k = 0; k < teams.size(); k++) {
                cum += weights.get(k);
                if (cum > target) {
                    return teams.get(k);
                }
            }
            return teams.get(teams.size() - 1);
        }
    }

    static Plan plan(Market m) {
        World w = m.world;
        int n = w.teamCount();
        int[] quota = new int[n];
        boolean[] sprint = new boolean[n];
        List<Integer> teams = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            Team t = w.team(k);
            Lab lab = w.lab(t.lab());
            int open = t.openings();
            sprint[k] = open > 0 && t.sprint();
            if (open <= 0) {
                quota[k] = 0;
                continue;
            }
            if (open == Team.UNLIMITED || sprint[k]) {
                quota[k] = open;
            } else {
                // capacity: 5% a month of the planned size (the larger of staff and target), at least
                // one a month; a tick gets its share of the month, whole hires only (the first tick:
                // nothing carried yet)
                int planned = Math.max(t.headcount(), t.target());
                double month = Math.max(1, Math.ceil(m.hiringCapacity * planned));
                quota[k] = Math.min(open, (int) Math.floor(month * m.monthsPerTick + 1e-9));
            }
            if (lab.payroll() >= lab.budget()) {
                quota[k] = 0;
                continue;
            }
            teams.add(k);
            weights.add((quota[k] == Team.UNLIMITED ? 1 : quota[k]) * (0.5 + lab.prestige()));
        }
        return new Plan(quota, sprint, teams, weights);
    }

    /** The seekers' offer probability a tick. */
    static double seekRate(Market m) {
        MatchingSpec mp = m.spec.matching();
        if (mp == null) {
            return m.offersSeeking;
        }
        double theta = mp.tightness();
        if (Double.isNaN(theta)) {
            int seekers = 0;
            for (int i = 0; i < m.pop.size(); i++) {
                Status st = m.pop.status(i);
                seekers += st == Status.SEEKING || st == Status.NOTICE ? 1 : 0;
            }
            int vacancies = 0;
            for (int k = 0; k < m.world.teamCount(); k++) {
                int o = m.world.team(k).openings();
                vacancies += o == Team.UNLIMITED ? 0 : o;
            }
            theta = (double) vacancies / seekers;
        }
        return Math.min(1, mp.findingRate(theta) * 12.0 / m.scenario.tickUnit().ticksPerYear());
    }

    /** One draw: researcher, kind, team, uniform. */
    record Draw(int who, byte kind, int team, double uniform) {}

    static List<Draw> expected(Market m, Plan plan, int tick, int c) {
        Population pop = m.pop;
        World w = m.world;
        double months = 12.0 / m.scenario.tickUnit().ticksPerYear();
        double g = m.spec.visibilityGain();
        double seek = seekRate(m);
        boolean canOffer = !plan.teams().isEmpty();
        // counter-based: researcher i's uniforms are draws 2i and 2i + 1 of a SplitMix64 generator
        // seeded with mix(seed; tick, SEARCH, 0), the same for every chunk
        long key = org.talentsim.rng.Streams.mix3(m.streams.seed(), tick, StreamKeys.SEARCH, 0);
        List<Draw> out = new ArrayList<>();
        int to = Math.min(pop.size(), (c + 1) * Market.CHUNK_SIZE);
        for (int i = c * Market.CHUNK_SIZE; i < to; i++) {
            Status st = pop.status(i);
            if (st == Status.EXITED) {
                continue;
            }
            double x = splitMix(key, 2L * i);
            // visibility v scales offers by (1 + g·v) / (1 + g/2): 1 at the mean visibility ½
            double vf = (1 + g * pop.visibility(i)) / (1 + g / 2);
            if (st == Status.EMPLOYED) {
                int lab = w.team(pop.team(i)).lab();
                double gap = Math.max(0, m.census.lnMedians()[lab] - pop.lnSalary(i));
                double retire = m.retirement;
                double sep = m.separation + m.quits.hazard(pop.morale(i), gap) * months;
                double off = canOffer ? m.offersEmployed * vf : 0;
                sep = Math.min(sep, 1 - retire);
                off = Math.min(off, 1 - retire - sep);
                if (x < retire) {
                    out.add(new Draw(i, Buffer.RETIRE, -1, 0));
                } else if (x < retire + m.separation) {
                    out.add(new Draw(i, Buffer.QUIT, -1, -1));
                } else if (x < retire + sep) {
                    out.add(new Draw(i, Buffer.QUIT, -1, (x - retire - m.separation) / (sep - m.separation)));
                } else if (x < retire + sep + off) {
                    out.add(new Draw(i, Buffer.OFFER, plan.pick((x - retire - sep) / off), splitMix(key, 2L * i + 1)));
                }
            } else {
                double exit = st == Status.SEEKING ? m.poolExit : 0;
                double off = canOffer ? Math.min(1 - exit, seek * vf) : 0;
                if (x < off) {
                    out.add(new Draw(i, Buffer.OFFER, plan.pick(x / off), splitMix(key, 2L * i + 1)));
                } else if (x < off + exit) {
                    out.add(new Draw(i, Buffer.POOL_EXIT, -1, 0));
                }
            }
        }
        return out;
    }

    /** Draw n (from 0) of a SplitMix64 generator seeded with {@code key}, as a double in [0, 1). */
    static double splitMix(long key, long n) {
        long z = key + (n + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return ((z ^ (z >>> 31)) >>> 11) * 0x1.0p-53;
    }

    static List<Draw> actual(Buffer b) {
        List<Draw> out = new ArrayList<>();
        for (int k = 0; k < b.size; k++) {
            out.add(new Draw(b.who[k], b.kind[k], b.team[k], b.uniform[k]));
        }
        return out;
    }

    /** Runs the search of tick 1 and checks the table, quotas and every chunk's draws; returns the draws' kinds counted. */
    static int[] check(Market m, String what) {
        Plan plan = plan(m);
        m.search(1, ChunkRunner.SEQUENTIAL);
        World w = m.world;
        for (int k = 0; k < w.teamCount(); k++) {
            assertEquals(plan.quota()[k], w.team(k).quota(), what + ": quota of " + w.team(k).name());
            assertEquals(plan.sprint()[k], w.team(k).sprint(), what + ": sprint of " + w.team(k).name());
        }
        OfferTable table = m.offerTable();
        assertEquals(plan.teams().size(), table.size(), what + ": teams in the table");
        double cum = 0;
        for (int k = 0; k < table.size(); k++) {
            cum += plan.weights().get(k);
            assertEquals(cum, table.cumulative()[k], 1e-9 * cum, what + ": cumulative weight " + k);
        }
        int[] kinds = new int[5];
        assertEquals(2, m.buffers.length);
        for (int c = 0; c < m.buffers.length; c++) {
            List<Draw> expected = expected(m, plan, 1, c);
            List<Draw> got = actual(m.buffers[c]);
            assertEquals(expected.size(), got.size(), what + ": draws in chunk " + c);
            for (int k = 0; k < got.size(); k++) {
                Draw e = expected.get(k);
                Draw a = got.get(k);
                String at = what + ", chunk " + c + ": " + a + " expected " + e;
                assertEquals(e.who(), a.who(), at);
                assertEquals(e.kind(), a.kind(), at);
                assertEquals(e.team(), a.team(), at);
                assertEquals(e.uniform(), a.uniform(), 1e-9, at);
                kinds[a.kind()]++;
            }
        }
        return kinds;
    }

    @Test
    void everyDrawFallsWhereTheModelSaysMonthlyAndWeekly() {
        for (TickUnit unit : new TickUnit[] {TickUnit.MONTH, TickUnit.WEEK}) {
            for (double gain : new double[] {0, 1.5}) {
                for (long seed = 1; seed <= 3; seed++) {
                    String what = unit + ", gain " + gain + ", seed " + seed;
                    int[] kinds = check(market(world(unit, gain, null, seed), true), what);
                    for (byte k : new byte[] {Buffer.QUIT, Buffer.RETIRE, Buffer.POOL_EXIT, Buffer.OFFER}) {
                        assertTrue(kinds[k] > 0, what + ": no draw of kind " + k);
                    }
                }
            }
        }
    }

    @Test
    void hazardsAboveOneAreCutToTheRestOfTheInterval() {
        // a quit hazard of 0.9 a month times (1 + 3·gap), plus the morale term: the underpaid and
        // unhappy leave for sure (after retirement), and offers get what is left
        for (TickUnit unit : new TickUnit[] {TickUnit.MONTH, TickUnit.WEEK}) {
            Market m = market(world(unit, 1, null, 7, 0.9), true);
            int[] kinds = check(m, unit + ", heavy quits");
            assertTrue(kinds[Buffer.QUIT] > kinds[Buffer.OFFER], unit + ": " + java.util.Arrays.toString(kinds));
        }
    }

    @Test
    void theBuiltInHazardsAndAnyOtherPolicyGiveTheirOwnQuits() {
        // the search reads the built-in morale hazard's coefficients and calls any other policy:
        // a user's hazard (here one the built-in cannot express) and none are checked draw by
        // draw against the policy's own hazard, monthly and weekly
        PolicyRegistry registry = PolicyRegistry.defaults().register(PolicyRegistry.QUITS, "steep",
                spec -> (morale, gap) -> 0.05 * (1 - morale) * (1 - morale) + 0.8 * gap * gap);
        for (TickUnit unit : new TickUnit[] {TickUnit.MONTH, TickUnit.WEEK}) {
            for (long seed = 1; seed <= 3; seed++) {
                int[] steep = check(market(world(unit, 1, null, seed, PolicySpec.of("steep")), true, registry),
                        unit + ", steep quits, seed " + seed);
                int[] none = check(market(world(unit, 1, null, seed, PolicySpec.of("none")), true), unit + ", no quits, seed " + seed);
                assertTrue(steep[Buffer.QUIT] > none[Buffer.QUIT], unit + ": " + steep[Buffer.QUIT] + " vs " + none[Buffer.QUIT]);
                assertTrue(none[Buffer.QUIT] > 0, "the exogenous separations remain");
            }
        }
    }

    @Test
    void theTableWeighsTeamsByTheirQuotaAndPrestige() {
        Market m = market(world(TickUnit.MONTH, 0, null, 5), false);
        check(m, "broke lab below its budget");
        World w = m.world;
        // Grow plans 3700: ceil(0.05 × 3700) = 185 a month; Small plans 45: ceil(2.25) = 3 of its 5 openings;
        // the sprint fills all 50 at once; the unlimited team weighs as one position; Full has no opening
        assertEquals(185, w.team(w.teamIndex(0, "Grow")).quota());
        assertEquals(3, w.team(w.teamIndex(1, "Small")).quota());
        assertEquals(50, w.team(w.teamIndex(1, "Sprint")).quota());
        assertEquals(0, w.team(w.teamIndex(0, "Full")).quota());
        assertFalse(w.team(w.teamIndex(0, "Full")).sprint());
        assertTrue(w.team(w.teamIndex(1, "Sprint")).sprint());
        double[] cum = m.offerTable().cumulative();
        assertEquals(185 * 1.3, cum[0], 1e-9);
        assertEquals(185 * 1.3 + 1.3, cum[1], 1e-9);
        assertEquals(185 * 1.3 + 1.3 + 3 * 0.7 + 50 * 0.7 + 10 * 1.0, cum[4], 1e-9);
        // the next tick's table is built afresh
        m.search(2, ChunkRunner.SEQUENTIAL);
        assertEquals(5, m.offerTable().size());
        assertEquals(185 * 1.3 + 1.3 + 3 * 0.7 + 50 * 0.7 + 10 * 1.0, m.offerTable().total(), 1e-9);
        // at its budget the lab recruits no one
        Market at = market(world(TickUnit.MONTH, 0, null, 5), true);
        check(at, "broke lab at its budget");
        assertEquals(0, at.world.team(at.world.teamIndex(2, "X")).quota());
        assertEquals(4, at.offerTable().size());
    }

    @Test
    void matchingModeOffersSeekersTheFindingRate() {
        for (TickUnit unit : new TickUnit[] {TickUnit.MONTH, TickUnit.WEEK}) {
            for (long seed = 1; seed <= 2; seed++) {
                // vacancies 700 + 0 + 5 + 50 + 100 against about 2 100 seekers: θ ≈ 0.4
                check(market(world(unit, 0, new MatchingSpec(0.5, 0.5, Double.NaN), seed), true), unit + " matching, θ from openings");
                check(market(world(unit, 0.5, new MatchingSpec(0.8, 0.3, 0.25), seed), true), unit + " matching, θ fixed");
                // a rate above one a tick is capped at one
                check(market(world(unit, 0, new MatchingSpec(3, 0.5, 2), seed), true), unit + " matching, f(θ) > 1");
            }
        }
    }

    @Test
    void noTeamCanHireNoOffers() {
        Scenario s = world(TickUnit.MONTH, 0, null, 1);
        Market m = market(s, true);
        for (int k = 0; k < m.world.teamCount(); k++) {
            Team t = m.world.team(k);
            if (t.openings() != Team.UNLIMITED) {
                t.setTarget(t.headcount());
            }
            m.world.lab(t.lab()).setBudget(m.world.lab(t.lab()).payroll());
        }
        int[] kinds = check(m, "nobody hiring");
        assertEquals(0, kinds[Buffer.OFFER]);
        assertEquals(0, m.offerTable().size());
    }
}
