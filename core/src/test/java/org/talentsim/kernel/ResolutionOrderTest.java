package org.talentsim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentsim.model.Focus;
import org.talentsim.policy.PolicyRegistry;
import org.talentsim.scenario.PolicySpec;
import org.talentsim.scenario.Scenario;

/**
 * The order in which a tick's draws are resolved (MODEL §7.5, {@link OfferDesk}): the departures
 * first, in index order; then the offers in a uniformly random permutation of the researchers who
 * drew one, drawn from the tick's stream (tick, ORDER) by an inside-out Fisher–Yates shuffle of
 * the chunks' offer entries in index order, over four chunks, whatever the draws held. An offer policy that records whom it prices (and offers
 * nothing, so the state stays as it was) shows the order.
 */
class ResolutionOrderTest {
    static final int N = 3 * Market.CHUNK_SIZE + 777;

    static final List<Integer> priced = new ArrayList<>();
    /** For each offer priced: how many moves the market had logged by then (with {@link #watched} set). */
    static final List<Integer> movesBefore = new ArrayList<>();
    static Market watched;

    static PolicyRegistry recording() {
        return PolicyRegistry.defaults().register(PolicyRegistry.OFFER, "recording", spec -> q -> {
            priced.add(q.researcher());
            if (watched != null) {
                movesBefore.add(watched.world.moves().size());
            }
            return Double.NaN;
        });
    }

    /** The researchers {@code drew} (in index order) in the order the tick's stream shuffles them into. */
    static List<Integer> expected(Market m, int tick, List<Integer> drew) {
        ReusableStream g = ReusableStream.of(m.streams).reset(tick, StreamKeys.ORDER, 0);
        int[] o = new int[drew.size()];
        for (int j = 0; j < o.length; j++) {
            int r = g.nextInt(j + 1);
            o[j] = o[r];
            o[r] = drew.get(j);
        }
        List<Integer> out = new ArrayList<>();
        for (int i : o) {
            out.add(i);
        }
        return out;
    }

    static Market market() {
        Scenario s = MechanismTest.quiet("order").seed(3).months(1)
                .lab("L", l -> l.offer(PolicySpec.of("recording")).team("T", Focus.RESEARCH, 1, t -> t.unlimited()))
                .pool(N - 1)
                .build();
        return new Market(s, recording());
    }

    /** Fills the chunks' buffers with an offer from team 0 for each researcher {@code draws} accepts (not its member); returns them. */
    static List<Integer> draw(Market m, java.util.function.IntPredicate draws) {
        List<Integer> drew = new ArrayList<>();
        for (int c = 0; c < m.buffers.length; c++) {
            Buffer b = m.buffers[c];
            b.clear();
            for (int i = c * Market.CHUNK_SIZE; i < Math.min(N, (c + 1) * Market.CHUNK_SIZE); i++) {
                if (draws.test(i) && m.pop.team(i) != 0) {
                    b.add(i, Buffer.OFFER, 0, 0.5);
                    drew.add(i);
                }
            }
        }
        return drew;
    }

    @Test
    void drawsAreResolvedInAPermutationShuffledFromTheTickStream() {
        Market m = market();
        OfferDesk desk = new OfferDesk(m);
        int[][] patterns = {{1, 1}, {3, 2}, {1000, 5}, {1, 1}, {7, 0}, {2, 1}, {1, 1}, {5000, 4096}, {1, 1}, {4, 3}, {1, 1}, {1, 1}};
        List<List<Integer>> orders = new ArrayList<>();
        for (int tick = 1; tick <= patterns.length; tick++) {
            int every = patterns[tick - 1][0];
            int first = patterns[tick - 1][1];
            List<Integer> drew = draw(m, i -> i >= first && (i - first) % every == 0);
            priced.clear();
            desk.run(tick);
            assertEquals(expected(m, tick, drew), priced, "tick " + tick + ", every " + every + " from " + first);
            List<Integer> sorted = new ArrayList<>(priced);
            sorted.sort(null);
            assertEquals(drew, sorted, "each draw resolved once, tick " + tick);
            orders.add(new ArrayList<>(priced));
        }
        assertEquals(4, m.buffers.length);
        assertNotEquals(orders.get(0), orders.get(3), "another tick, another order");
        assertNotEquals(orders.get(0).subList(0, 50), orders.get(0).stream().sorted().toList().subList(0, 50), "not the index order");
    }

    /**
     * With pool exits among the offers, the exits are resolved first, in index order (the move
     * log's rows), before any offer is priced; the offers come in the permutation the tick's
     * stream gives the offer entries alone, as if the exits had not drawn.
     */
    @Test
    void departuresGoFirstInIndexOrderThenTheOffersShuffled() {
        Market m = market();
        OfferDesk desk = new OfferDesk(m);
        List<Integer> exits = new ArrayList<>();
        List<Integer> offers = new ArrayList<>();
        for (int c = 0; c < m.buffers.length; c++) {
            Buffer b = m.buffers[c];
            b.clear();
            for (int i = c * Market.CHUNK_SIZE; i < Math.min(N, (c + 1) * Market.CHUNK_SIZE); i++) {
                if (m.pop.team(i) == 0) {
                    continue;
                }
                if (i % 7 == 3) {
                    b.add(i, Buffer.POOL_EXIT, -1, 0);
                    exits.add(i);
                } else if (i % 5 == 1) {
                    b.add(i, Buffer.OFFER, 0, 0.5);
                    offers.add(i);
                }
            }
        }
        priced.clear();
        movesBefore.clear();
        watched = m;
        try {
            desk.run(2);
        } finally {
            watched = null;
        }
        assertEquals(expected(m, 2, offers), priced, "the offers alone, shuffled");
        MoveLog log = m.world.moves();
        assertEquals(exits.size(), log.size(), "one row per exit");
        for (int r = 0; r < log.size(); r++) {
            assertEquals(exits.get(r), log.researcher(r), "row " + r + ": the exits in index order");
            assertEquals(org.talentsim.model.MoveReason.EXITED, log.reason(r));
        }
        for (int k = 0; k < movesBefore.size(); k++) {
            assertEquals(exits.size(), movesBefore.get(k), "every exit resolved before offer " + k);
        }
    }

    /**
     * Each draw is equally likely to be resolved first, however densely the draws of a group lie
     * among the indices: 300 draws side by side (a pool) and 300 spread one every 40 indices (a
     * lab's employed), over 600 ticks, and the dense group comes first in half of them (within
     * 4 standard errors). A rotation of the index order with a random start gave the first claim
     * to the draw after the widest gap of indices without draws: the dense group came first in
     * about 2% of ticks.
     */
    @Test
    void denseAndSparseDrawsHaveTheFirstClaimInProportionToTheirNumbers() {
        Market m = market();
        OfferDesk desk = new OfferDesk(m);
        java.util.function.IntPredicate dense = i -> i >= 100 && i < 400;
        List<Integer> drew = draw(m, i -> dense.test(i) || (i >= 1000 && (i - 1000) % 40 == 0 && i < 1000 + 40 * 300));
        assertEquals(600, drew.size());
        int ticks = 600;
        int denseFirst = 0;
        int[] lowestPlace = new int[10];
        for (int tick = 1; tick <= ticks; tick++) {
            priced.clear();
            desk.run(tick);
            assertEquals(600, priced.size());
            denseFirst += dense.test(priced.get(0)) ? 1 : 0;
            lowestPlace[priced.indexOf(drew.get(0)) * 10 / priced.size()]++;
        }
        assertTrue(Math.abs(denseFirst - ticks / 2.0) < 4 * Math.sqrt(ticks * 0.25),
                "dense group first in " + denseFirst + " of " + ticks + " ticks");
        double chi2 = 0;
        for (int n : lowestPlace) {
            chi2 += (n - ticks / 10.0) * (n - ticks / 10.0) / (ticks / 10.0);
        }
        assertTrue(chi2 < 27.9, "the lowest index's place, by tenths: " + java.util.Arrays.toString(lowestPlace) + " (chi2 = " + chi2 + ", 9 df)");
    }
}
