package org.talentsim.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talentsim.theory.BurdettMortensenTest.assertMessage;
import static org.talentsim.theory.BurdettMortensenTest.simpson;

import org.junit.jupiter.api.Test;
import org.talentsim.theory.PostelVinayRobin.Outcome;
import org.talentsim.theory.PostelVinayRobin.State;
import org.talentsim.theory.PostelVinayRobin.Step;

/** THEORY §2 table (PVR1, PVR3) and check V7 (the scripted worker). */
class PostelVinayRobinTest {
    private static final double SIX = 5e-7;
    private static final double FIVE = 5e-6;

    private static final PostelVinayRobin PVR1 =
            PostelVinayRobin.uniform(0.02, 0.10, 0.04, 0.996, 1, 1.5);
    private static final PostelVinayRobin PVR3 =
            PostelVinayRobin.uniform(0.005, 0.15, 0.05, 0.99, 1, 1.2);
    private static final double[] QS = {0.10, 0.25, 0.50, 0.75, 0.90};

    @Test
    void pvr1Table() {
        assertEquals(2, PVR1.kappa(), 1e-12);
        assertEquals(1.665552, PVR1.c(), SIX);
        assertEquals(0.166667, PVR1.unemployment(), SIX);
        assertEquals(0.333333, PVR1.shareAtReferenceB(), SIX);
        assertEquals(0.012958, PVR1.jobToJobRate(), SIX);
        assertEquals(0.012958, PVR1.counterOfferRate(), SIX);
        assertEquals(1.338020, PVR1.meanProductivityEmployed(), SIX);
        assertEquals(1.02944, PVR1.meanWage(), FIVE);
        assertEquals(0.28686, PVR1.sdWage(), FIVE);
        assertEquals(1.0, PVR1.entryWage(1.0), SIX);
        assertEquals(0.583612, PVR1.entryWage(1.5), SIX);
    }

    @Test
    void pvr3Table() {
        assertEquals(10, PVR3.kappa(), 1e-12);
        assertEquals(3.311037, PVR3.c(), SIX);
        assertEquals(0.032258, PVR3.unemployment(), SIX);
        assertEquals(0.090909, PVR3.shareAtReferenceB(), SIX);
        assertEquals(0.008188, PVR3.jobToJobRate(), SIX);
        assertEquals(0.008188, PVR3.counterOfferRate(), SIX);
        assertEquals(1.167246, PVR3.meanProductivityEmployed(), SIX);
        assertEquals(1.08996, PVR3.meanWage(), FIVE);
        assertEquals(0.13508, PVR3.sdWage(), FIVE);
        assertEquals(1.0, PVR3.entryWage(1.0), SIX);
        assertEquals(0.668896, PVR3.entryWage(1.2), SIX);
    }

    /**
     * Wage quantiles. THEORY §2 prints 0.61928 and 0.76341 (PVR1, 10% and 25%) and 0.86820 (PVR3,
     * 10%); the exact values, confirmed by an independent adaptive quadrature (SciPy) and by 10⁸
     * inverse-CDF draws, are 0.6193158, 0.7637575 and 0.8681631 (at THEORY's 0.76341 the wage CDF
     * is 0.24969 by quadrature and 0.24976 in the 10⁸ draws, SE 4.3e-5). The printed values are
     * still close in CDF terms, which the last loop checks.
     */
    @Test
    void wageQuantiles() {
        double[] pvr1 = {0.6193158, 0.7637575, 1.03849, 1.29629, 1.40487};
        double[] pvr3 = {0.8681631, 1.05882, 1.14960, 1.18000, 1.19096};
        for (int i = 0; i < QS.length; i++) {
            assertEquals(pvr1[i], PVR1.wageQuantile(QS[i]), FIVE, "PVR1 quantile " + QS[i]);
            assertEquals(pvr3[i], PVR3.wageQuantile(QS[i]), FIVE, "PVR3 quantile " + QS[i]);
            assertEquals(QS[i], PVR1.wageCdf(PVR1.wageQuantile(QS[i])), 1e-9);
        }
        double[][] printed = {{0.61928, 0.10}, {0.76341, 0.25}, {0.86820, 0.10}};
        PostelVinayRobin[] sets = {PVR1, PVR1, PVR3};
        for (int i = 0; i < printed.length; i++) {
            assertEquals(printed[i][1], sets[i].wageCdf(printed[i][0]), 5e-4);
        }
    }

    /**
     * Share of job-to-job moves with a wage cut: THEORY prints Monte Carlo values 0.251 and 0.266
     * (±0.005); quadrature gives 0.2505852 and 0.2659478 (checked with SciPy on a different
     * decomposition: over the offer p′ given p, P(q > q*) with φ(q*, p) = φ(p, p′)).
     */
    @Test
    void wageCutShare() {
        double pvr1 = PVR1.wageCutShare();
        double pvr3 = PVR3.wageCutShare();
        assertEquals(0.251, pvr1, 5e-4);
        assertEquals(0.266, pvr3, 5e-4);
        assertEquals(0.2505852, pvr1, 1e-6);
        assertEquals(0.2659478, pvr3, 1e-6);
    }

    /** V7: the scripted single worker, PVR1, exact to 1e-6. */
    @Test
    void v7ScriptedWorker() {
        State start = PVR1.hire(1.4);
        assertEquals(new State(1.0, 1.4), start);
        assertEquals(0.600268, PVR1.wage(start), 1e-6);

        Step counter = PVR1.offer(start, 1.2);
        assertEquals(Outcome.COUNTERED, counter.outcome());
        assertEquals(new State(1.2, 1.4), counter.state());
        assertEquals(1.066756, counter.wage(), 1e-6);

        Step nothing = PVR1.offer(counter.state(), 1.1);
        assertEquals(Outcome.NOTHING, nothing.outcome());
        assertSame(counter.state(), nothing.state());
        assertEquals(counter.wage(), nothing.wage(), 0);

        Step move = PVR1.offer(counter.state(), 1.45);
        assertEquals(Outcome.MOVED, move.outcome());
        assertEquals(new State(1.4, 1.45), move.state());
        assertEquals(1.387508, move.wage(), 1e-6);

        State high = new State(1.39, 1.4);
        assertEquals(1.386502, PVR1.wage(high), 1e-6);
        Step cut = PVR1.offer(high, 1.5);
        assertEquals(Outcome.MOVED, cut.outcome());
        assertEquals(new State(1.4, 1.5), cut.state());
        assertEquals(1.383344, cut.wage(), 1e-6);
        assertEquals(PVR1.wage(1.4, 1.5), cut.wage(), 0);
        assertTrue(cut.wage() < PVR1.wage(high), "a move to a better lab can cut the wage");

        State[] anyQ = {new State(1.0, 1.4), new State(1.2, 1.4), new State(1.4, 1.4)};
        for (State any : anyQ) {
            Step tie = PVR1.offer(any, 1.4);
            assertEquals(1.4, tie.state().p(), 0, "tie goes to the incumbent");
            assertTrue(tie.outcome() != Outcome.MOVED);
        }
    }

    /** V8 on a deterministic grid of states and offers: raises within a spell, w ≤ p, winner. */
    @Test
    void invariantsOfTheStateMachine() {
        for (int i = 0; i <= 20; i++) {
            for (int j = i; j <= 20; j++) {
                State s = new State(1 + 0.025 * i, 1 + 0.025 * j);
                double before = PVR1.wage(s);
                assertTrue(before <= s.p() + 1e-15);
                for (int k = 0; k <= 40; k++) {
                    double offer = 0.99 + 0.0125 * k;
                    Step step = PVR1.offer(s, offer);
                    assertTrue(step.wage() <= step.state().p() + 1e-15);
                    assertEquals(Math.max(s.p(), offer), step.state().p(), 0);
                    if (step.outcome() != Outcome.MOVED) {
                        assertTrue(step.wage() >= before, "wage never falls within a spell");
                    }
                }
            }
        }
    }

    @Test
    void stationaryDrawsInvertTheClosedForms() {
        for (PostelVinayRobin m : new PostelVinayRobin[] {PVR1, PVR3}) {
            for (double u = 0; u <= 1; u += 0.05) {
                assertEquals(u, m.employmentCdf(m.stationaryProductivity(u)), 1e-12);
            }
            double k = m.kappa();
            double atB = simpson(u1 -> {
                double p = m.stationaryProductivity(u1);
                double a = (1 + k * m.offers().survival(p)) / (1 + k);
                return a * a;
            }, 1);
            assertEquals(m.shareAtReferenceB(), atB, 1e-10, "mass of U2 <= a(p)^2 gives q = b");
            double p = m.stationaryProductivity(0.6);
            double a = (1 + k * m.offers().survival(p)) / (1 + k);
            assertEquals(m.b(), m.stationaryReference(p, a * a * 0.999), 0);
            assertEquals(p, m.stationaryReference(p, 1), 1e-12);
            for (double u2 = 0.05; u2 < 1; u2 += 0.05) {
                double q = m.stationaryReference(p, u2);
                double ratio = (1 + k * m.offers().survival(p)) / (1 + k * m.offers().survival(q));
                double cdf = ratio * ratio;
                assertEquals(Math.max(u2, a * a), cdf, 1e-12, "P(q <= x | p) at the drawn q");
            }
            State s = m.stationaryState(0.6, 0.7);
            assertEquals(new State(m.stationaryReference(p, 0.7), p), s);
        }
    }

    @Test
    void employmentCdfAndMeanProductivityAgreeWithQuadrature() {
        for (PostelVinayRobin m : new PostelVinayRobin[] {PVR1, PVR3}) {
            double lo = m.offers().lower();
            double width = m.offers().upper() - lo;
            double integralOfL = width * simpson(x -> m.employmentCdf(lo + width * x), 1);
            assertEquals(m.meanProductivityEmployed(), m.offers().upper() - integralOfL, 1e-10);
        }
    }

    @Test
    void anyContinuousCdfGivesTheUniformNumbers() {
        PostelVinayRobin numeric = new PostelVinayRobin(0.02, 0.10, 0.04, 0.996,
                OfferDistribution.of(x -> (x - 1) / 0.5, 1, 1.5));
        assertEquals(PVR1.meanProductivityEmployed(), numeric.meanProductivityEmployed(), 1e-10);
        assertEquals(PVR1.wage(1.2, 1.4), numeric.wage(1.2, 1.4), 1e-12);
        assertEquals(PVR1.stationaryReference(1.3, 0.5),
                numeric.stationaryReference(1.3, 0.5), 1e-12);
        assertEquals(PVR1.meanWage(), numeric.meanWage(), 1e-9);
        assertEquals(PVR1.wageCdf(1.1), numeric.wageCdf(1.1), 1e-9);
    }

    @Test
    void wageCdfIsAValidCdf() {
        double previous = 0;
        for (int i = 0; i <= 200; i++) {
            double w = 0.55 + 1.0 * i / 200.0;
            double h = PVR1.wageCdf(w);
            assertTrue(h >= previous - 1e-12 && h <= 1, "monotone at " + w);
            previous = h;
        }
        assertEquals(0, PVR1.wageCdf(PVR1.entryWage(1.5)), 0);
        assertEquals(1, PVR1.wageCdf(1.5), 0);
        assertEquals(PVR1.entryWage(1.5), PVR1.wageQuantile(0), 0);
        assertEquals(1.5, PVR1.wageQuantile(1), 0);
    }

    /**
     * A stationary reference is never above its lab's productivity: the quantile came out one
     * rounding step above p near u2 = 1, which wage(q, p) then refused (a re-check: up to 2% of
     * draws on supports like [0.1, 0.15]).
     */
    @Test
    void aStationaryReferenceIsAtMostItsLabsProductivity() {
        PostelVinayRobin narrow = PostelVinayRobin.uniform(0.02, 0.1, 0.04, 0.99, 0.1, 0.15);
        for (PostelVinayRobin m : new PostelVinayRobin[] {narrow, PVR1, PVR3}) {
            for (int i = 0; i <= 400; i++) {
                double p = m.b() + (m.stationaryProductivity(1) - m.b()) * i / 400.0;
                for (double u2 : new double[] {1, Math.nextDown(1.0), 1 - 1e-12, 0.999, 0.5, 0}) {
                    double q = m.stationaryReference(p, u2);
                    assertTrue(q <= p, "q " + q + " above p " + p + " at u2 " + u2);
                    assertTrue(Double.isFinite(m.wage(q, p)), "a wage at (q, p)");
                }
            }
        }
    }

    @Test
    void parameterMessagesNameTheFieldAndTheValue() {
        assertMessage("d must be in (0,1], was -0.1",
                () -> PostelVinayRobin.uniform(-0.1, 0.1, 0.04, 0.99, 1, 1.5));
        assertMessage("(d + l1) must be <= 1, was 1.2",
                () -> PostelVinayRobin.uniform(0.2, 0.1, 1.0, 0.99, 1, 1.5));
        assertMessage("beta must be in [0,1], was NaN",
                () -> PostelVinayRobin.uniform(0.02, 0.1, 0.04, Double.NaN, 1, 1.5));
        assertMessage("l1 must be in (0,1], was 0.0",
                () -> PostelVinayRobin.uniform(0.02, 0.1, 0, 0.99, 1, 1.5));
        assertMessage("offers must be given, was null",
                () -> new PostelVinayRobin(0.02, 0.1, 0.04, 0.99, null));
        assertMessage("lower must be < upper (1.0), was 1.5",
                () -> PostelVinayRobin.uniform(0.02, 0.1, 0.04, 0.99, 1.5, 1));
        assertMessage("q must be <= p (1.2), was 1.3", () -> new State(1.3, 1.2));
        assertMessage("p must be >= b (1.0), was 0.9", () -> PVR1.hire(0.9));
        assertMessage("offer must be finite, was NaN",
                () -> PVR1.offer(new State(1, 1.2), Double.NaN));
        assertMessage("u1 must be in [0,1], was 2.0", () -> PVR1.stationaryProductivity(2));
        // what State and hire refuse, the wage formulas refused not (a wage above the lab's
        // productivity, an entry wage above it; NaN gave b: an economist's review)
        assertMessage("q must be <= p (1.2), was 1.3", () -> PVR1.wage(1.3, 1.2));
        assertMessage("q must be finite, was NaN", () -> PVR1.wage(Double.NaN, 1.2));
        assertMessage("p must be >= b (1.0), was 0.5", () -> PVR1.entryWage(0.5));
        assertMessage("p must be finite, was NaN", () -> PVR1.stationaryReference(Double.NaN, 0.5));
        assertEquals(PVR1.wage(new State(1.1, 1.2)), PVR1.wage(1.1, 1.2), "q = p and below are wages");
        assertEquals(1.2, PVR1.wage(1.2, 1.2), 1e-15);
    }
}
