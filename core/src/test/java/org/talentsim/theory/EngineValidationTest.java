package org.talentsim.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.talentsim.model.TickUnit;

/**
 * THEORY §6, checks V1–V4, V6, V9, V10: the engine, configured as a textbook model, reproduces
 * the closed forms within THEORY §4's tolerances (5·SE; the KS bound 2.69 at α = 1e−6). The
 * closed forms themselves (V5) are checked in the model tests; V7 and V8 in {@link PvrEngineTest}.
 */
class EngineValidationTest {
    static final int N = 100_000;
    static final BurdettMortensen BM1 = new BurdettMortensen(0.02, 0.10, 0.10, 0.5, 1.0);
    static final BurdettMortensen BM2 = new BurdettMortensen(0.01, 0.20, 0.05, 0.3, 1.0);
    static final PostelVinayRobin PVR1 = PostelVinayRobin.uniform(0.02, 0.10, 0.04, 0.996, 1, 1.5);
    static final PostelVinayRobin PVR3 = PostelVinayRobin.uniform(0.005, 0.15, 0.05, 0.99, 1, 1.2);

    /** V1: from all unemployed, after a 400-month burn-in, û = d/(d+l0); one-period transitions d and l0. */
    @Test
    void v1UnemploymentFromAColdStart() {
        Sample s = Sample.run(TheoryMarkets.burdettMortensen(BM1,
                TheoryMarkets.Options.of(N, 401, 1).withLabs(100).startingUnemployed()), 401);
        double u = BM1.unemployment();
        Check.within5se("V1 BM1 u", u, s.unemployment(), Math.sqrt(u * (1 - u) / N));
        Check.share("V1 BM1 P(E->U)", BM1.d(), s.quits, s.employedTicks);
        Check.share("V1 BM1 P(U->E)", BM1.l0(), s.hired, s.unemployedTicks);
    }

    /** V2: BM2 at the equilibrium F from a stationary start: KS against G, E_G, Ĝ(median). */
    @Test
    void v2EarnedWageDistribution() {
        Sample s = Sample.run(TheoryMarkets.burdettMortensen(BM2, TheoryMarkets.Options.of(N, 120, 2)), 1);
        int m = s.wages.length;
        double sup = 0;
        for (int k = 0; k < m; k++) {
            double g = BM2.earnedCdf(s.wages[k]);
            sup = Math.max(sup, Math.max(Math.abs((k + 1.0) / m - g), Math.abs((double) k / m - g)));
        }
        double ks = Math.sqrt(m) * sup;
        assertTrue(ks <= 2.69, "V2 BM2 KS statistic sqrt(M)·sup|Ĝ − G| = " + ks + " > 2.69");
        Check.within5se("V2 BM2 E_G", BM2.meanEarned(), s.meanWage(), BM2.sdEarned() / Math.sqrt(m));
        Check.within5se("V2 BM2 Ĝ(median)", 0.5, s.cdf(BM2.earnedQuantile(0.5)), Math.sqrt(0.25 / m));
        double u = BM2.unemployment();
        Check.within5se("V2 BM2 u", u, s.unemployment(), Math.sqrt(u * (1 - u) / N));
    }

    /** V3: BM1 job-to-job flows over 120 months: the EE rate and the EE share of separations. */
    @Test
    void v3JobToJobFlows() {
        Sample s = Sample.run(TheoryMarkets.burdettMortensen(BM1, TheoryMarkets.Options.of(N, 120, 3)), 1);
        Check.rate("V3 BM1 EE per employed-month", BM1.jobToJobRate(), s.poached, s.employedTicks);
        Check.share("V3 BM1 EE share of separations", BM1.jobToJobShare(), s.poached, s.poached + s.quits);
    }

    /** V4: BM1 with J = 100 labs posting ranked wages: lab sizes by decile of wage rank. */
    @Test
    void v4LabSizeByWageRank() {
        int labs = 100;
        Sample s = Sample.run(TheoryMarkets.burdettMortensen(BM1, TheoryMarkets.Options.of(N, 400, 4).withLabs(labs)), 1);
        double[] expected = new double[10];
        double[] actual = new double[10];
        for (int j = 1; j <= labs; j++) {
            expected[(j - 1) / 10] += BM1.expectedLabSize(j, labs, N);
            actual[(j - 1) / 10] += s.world.team(j - 1).headcount();
        }
        for (int dec = 0; dec < 10; dec++) {
            double tol = 5 * Math.sqrt(expected[dec]);
            assertTrue(Math.abs(actual[dec] - expected[dec]) <= tol, String.format(
                    "V4 BM1 decile %d: expected %.1f, simulated %.0f, tolerance %.1f", dec + 1, expected[dec], actual[dec], tol));
        }
        assertTrue(actual[9] > 10 * actual[0], "the top decile is much larger than the bottom");
    }

    /** V6: PVR1 and PVR3 from a stationary start. */
    @Test
    void v6SequentialAuctions() {
        pvr("PVR1", PVR1, 6);
        pvr("PVR3", PVR3, 7);
    }

    private static void pvr(String name, PostelVinayRobin m, long seed) {
        Sample s = Sample.run(TheoryMarkets.postelVinayRobin(m, TheoryMarkets.Options.of(N, 240, seed)), 1);
        double u = m.unemployment();
        Check.within5se("V6 " + name + " u", u, s.unemployment(), Math.sqrt(u * (1 - u) / N));
        int e = s.wages.length;
        long atB = 0;
        var pop = s.world.population();
        for (int i = 0; i < pop.size(); i++) {
            if (pop.status(i) == org.talentsim.model.Status.EMPLOYED && pop.reference(i) == m.b()) {
                atB++;
            }
        }
        Check.share("V6 " + name + " share at reference b", m.shareAtReferenceB(), atB, e);
        Check.rate("V6 " + name + " EE per employed-month", m.jobToJobRate(), s.poached, s.employedTicks);
        Check.rate("V6 " + name + " raises per employed-month", m.counterOfferRate(), s.countered, s.employedTicks);
        Check.within5se("V6 " + name + " mean wage", m.meanWage(), s.meanWage(), m.sdWage() / Math.sqrt(e));
        for (double q : new double[] {0.1, 0.25, 0.5, 0.75, 0.9}) {
            Check.within5se("V6 " + name + " wage CDF at the " + q + " quantile", q, s.cdf(m.wageQuantile(q)),
                    Math.sqrt(q * (1 - q) / e));
        }
        Check.share("V6 " + name + " share of moves with a wage cut", m.wageCutShare(), s.cuts, s.poached);
    }

    /** V9: Mortensen–Pissarides with V = θU: û = s/(s + f(θ)). */
    @Test
    void v9MatchingFunction() {
        mp("MP1", new MortensenPissarides(0.02, 0.5, 0.5), 1.0, 0.038462, 9);
        mp("MP2", new MortensenPissarides(0.01, 0.3, 0.5), 0.5, 0.045018, 10);
    }

    private static void mp(String name, MortensenPissarides m, double theta, double table, long seed) {
        assertEquals(table, m.unemployment(theta), 5e-7, name + " closed form");
        Sample s = Sample.run(TheoryMarkets.mortensenPissarides(m, theta, TheoryMarkets.Options.of(N, 600, seed)), 1);
        double u = m.unemployment(theta);
        Check.within5se("V9 " + name + " u", u, s.unemployment(), Math.sqrt(u * (1 - u) / N));
        Check.share("V9 " + name + " job finding", m.jobFinding(theta), s.hired, s.unemployedTicks);
    }

    /** V10: BM2 with weekly ticks (probabilities × 12/52) gives the monthly stationary values. */
    @Test
    void v10WeeklyTicksGiveTheMonthlySteadyState() {
        TheoryMarkets.Options weekly = TheoryMarkets.Options.of(N, 120, 11).withTick(TickUnit.WEEK).withLabs(1000);
        Sample s = Sample.run(TheoryMarkets.burdettMortensen(BM2, weekly), 1);
        double u = BM2.unemployment();
        Check.within5se("V10 BM2 weekly u", u, s.unemployment(), Math.sqrt(u * (1 - u) / N));
        Check.within5se("V10 BM2 weekly E_G", BM2.meanEarned(), s.meanWage(), BM2.sdEarned() / Math.sqrt(s.wages.length));
        double employedMonths = s.employedTicks * 12.0 / 52;
        Check.rate("V10 BM2 weekly EE per employed-month", BM2.jobToJobRate(), s.poached, employedMonths);
    }
}
