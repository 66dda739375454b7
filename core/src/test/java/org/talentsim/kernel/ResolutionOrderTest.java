package org.talentsim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentsim.model.Focus;
import org.talentsim.policy.PolicyRegistry;
import org.talentsim.scenario.PolicySpec;
import org.talentsim.scenario.Scenario;

/**
 * The order in which a tick's draws are resolved (MODEL §7.5, {@link OfferDesk}): a rotation of
 * the researcher indices starting at p and running up or down, p and the direction drawn from
 * the tick's stream (tick, ORDER): {@code p, p+1, …, N−1, 0, …, p−1} or {@code p, p−1, …, 0,
 * N−1, …, p+1}, over four chunks, whatever the draws held. An offer policy that records whom it
 * prices (and offers nothing) shows the order.
 */
class ResolutionOrderTest {
    static final int N = 3 * Market.CHUNK_SIZE + 777;

    static final List<Integer> priced = new ArrayList<>();

    static PolicyRegistry recording() {
        return PolicyRegistry.defaults().register(PolicyRegistry.OFFER, "recording", spec -> q -> {
            priced.add(q.researcher());
            return Double.NaN;
        });
    }

    /** The researchers who drew an offer (every {@code every}-th, from {@code first}) in the order expected. */
    static List<Integer> expected(Market m, int tick, int every, int first) {
        ReusableStream g = ReusableStream.of(m.streams).reset(tick, StreamKeys.ORDER, 0);
        int p = g.nextInt(N);
        boolean down = g.nextBoolean();
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < N; k++) {
            int i = Math.floorMod(down ? p - k : p + k, N);
            if (i >= first && (i - first) % every == 0) {
                out.add(i);
            }
        }
        return out;
    }

    @Test
    void drawsAreResolvedInARotationWithADrawnStartAndDirection() {
        Scenario s = MechanismTest.quiet("order").seed(3).months(1)
                .lab("L", l -> l.offer(PolicySpec.of("recording")).team("T", Focus.RESEARCH, 1, t -> t.unlimited()))
                .pool(N - 1)
                .build();
        Market m = new Market(s, recording());
        OfferDesk desk = new OfferDesk(m);
        int team = 0;
        int down = 0;
        boolean[] startChunks = new boolean[m.buffers.length];
        int[][] patterns = {{1, 1}, {3, 2}, {1000, 5}, {1, 1}, {7, 0}, {2, 1}, {1, 1}, {5000, 4096}, {1, 1}, {4, 3}, {1, 1}, {1, 1}};
        for (int tick = 1; tick <= patterns.length; tick++) {
            int every = patterns[tick - 1][0];
            int first = patterns[tick - 1][1];
            for (int c = 0; c < m.buffers.length; c++) {
                Buffer b = m.buffers[c];
                b.clear();
                for (int i = c * Market.CHUNK_SIZE; i < Math.min(N, (c + 1) * Market.CHUNK_SIZE); i++) {
                    if (i >= first && (i - first) % every == 0 && m.pop.team(i) != team) {
                        b.add(i, Buffer.OFFER, team, 0.5);
                    }
                }
            }
            priced.clear();
            desk.run(tick);
            List<Integer> want = expected(m, tick, every, first);
            want.removeIf(i -> m.pop.team(i) == team);
            assertEquals(want, priced, "tick " + tick + ", every " + every + " from " + first);
            ReusableStream g = ReusableStream.of(m.streams).reset(tick, StreamKeys.ORDER, 0);
            startChunks[g.nextInt(N) / Market.CHUNK_SIZE] = true;
            down += g.nextBoolean() ? 1 : 0;
        }
        assertEquals(4, m.buffers.length);
        assertTrue(down > 0 && down < patterns.length, "both directions: " + down + " down of " + patterns.length);
        int chunks = 0;
        for (boolean b : startChunks) {
            chunks += b ? 1 : 0;
        }
        assertTrue(chunks >= 3, "starts in " + chunks + " chunks");
    }
}
