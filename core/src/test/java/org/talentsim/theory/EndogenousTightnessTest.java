package org.talentsim.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.talentsim.model.Focus;
import org.talentsim.model.PayScale;
import org.talentsim.scenario.Rate;
import org.talentsim.policy.PolicyRegistry;
import org.talentsim.scenario.PolicySpec;
import org.talentsim.scenario.CohortSpec;
import org.talentsim.scenario.Dist;
import org.talentsim.scenario.MarketSpec;
import org.talentsim.scenario.MatchingSpec;
import org.talentsim.scenario.Scenario;

/**
 * The matching function's endogenous mode ({@code MatchingSpec} with tightness unset: θ = V/U
 * each tick, V the open positions of all teams, U the seekers), which THEORY §6's V9 (a fixed θ)
 * does not reach. N workers, one team of target T > N (so there are always openings), exogenous
 * separation s, every offer accepted: the employed E follow {@code E' = (1 − s)E + f(θ)(N − E)}
 * with {@code θ = (T − E)/(N − E)}, whose fixed point, {@code s·E = f(θ)·(N − E)}, is the steady
 * state where the Beveridge curve {@code u = s/(s + f(θ))} meets the vacancies the team leaves
 * open. The engine must settle there, over many seeds (a model audit found no test of it).
 */
class EndogenousTightnessTest {
    static final int WORKERS = 10_000;
    static final int TARGET = 11_000;
    static final double S = 0.03;
    static final double A = 0.1;
    static final double ETA = 0.5;
    static final int MONTHS = 240;
    static final int SEEDS = 8;

    @Test
    void unemploymentSettlesWhereTheBeveridgeCurveMeetsTheOpenings() {
        double uStar = steadyState();
        double thetaStar = (TARGET - WORKERS * (1 - uStar)) / (WORKERS * uStar);
        MatchingSpec m = new MatchingSpec(A, ETA, Double.NaN);
        // the fixed point is on the Beveridge curve at its own tightness
        assertEquals(S / (S + m.findingRate(thetaStar)), uStar, 1e-9);
        assertTrue(uStar > 0.15 && uStar < 0.25, "a steady state well inside (0, 1): " + uStar);

        double[] u = new double[SEEDS];
        double[] f = new double[SEEDS];
        for (int k = 0; k < SEEDS; k++) {
            // everyone starts unemployed; the second half of the run is measured
            Sample s = Sample.run(market(100 + k), MONTHS / 2 + 1);
            u[k] = s.unemployedTicks / (double) (s.unemployedTicks + s.employedTicks);
            f[k] = s.hired / s.unemployedMonths();
        }
        org.talentsim.experiment.Estimate eu = org.talentsim.experiment.Estimate.of(u);
        org.talentsim.experiment.Estimate ef = org.talentsim.experiment.Estimate.of(f);
        double mu = eu.mean();
        double se = eu.sd() / Math.sqrt(SEEDS);
        double mf = ef.mean();
        double sef = ef.sd() / Math.sqrt(SEEDS);
        assertTrue(Math.abs(mu - uStar) <= 5 * se + 1e-4,
                "u: simulated " + mu + " ± " + se + " against the fixed point " + uStar);
        assertTrue(Math.abs(mu - uStar) / uStar < 0.01, "u within 1%: " + mu + " against " + uStar);
        assertTrue(Math.abs(mf - m.findingRate(thetaStar)) <= 5 * sef + 1e-4,
                "job finding: simulated " + mf + " ± " + sef + " against f(θ*) = " + m.findingRate(thetaStar));
        // and not the steady state of a fixed θ = 1, say, which a θ stuck at its start would give
        double uAtOne = S / (S + m.findingRate((double) TARGET / WORKERS));
        assertTrue(Math.abs(mu - uAtOne) > 20 * se, "θ moves with the market: " + mu + " against " + uAtOne);
    }

    /** The employment rate e in (0, 1) with {@code s·e = f(θ)·(1 − e)}, θ = (T/N − e)/(1 − e), by bisection. */
    static double steadyState() {
        MatchingSpec m = new MatchingSpec(A, ETA, Double.NaN);
        double lo = 0;
        double hi = 1;
        for (int i = 0; i < 200; i++) {
            double e = (lo + hi) / 2;
            double theta = ((double) TARGET / WORKERS - e) / (1 - e);
            double gap = S * e - m.findingRate(theta) * (1 - e);   // rises with e
            if (gap > 0) {
                hi = e;
            } else {
                lo = e;
            }
        }
        return 1 - (lo + hi) / 2;
    }

    /** The market of THEORY's MP sets with a finite team and θ left to the market. */
    static TheoryMarket market(long seed) {
        MarketSpec spec = MarketSpec.DEFAULT.withPayScale(new PayScale(1, 1)).withSeparation(Rate.perMonth(S))
                .withOffersEmployed(Rate.perMonth(0)).withOffersSeeking(Rate.perMonth(0))
                .withRetirement(Rate.ZERO).withPoolExit(Rate.ZERO).withVisibilityGain(0)
                .withUnemploymentValue(0).withReservationShare(0).withAnnualRaise(0).withPayAdjust(0)
                .withOffSpecialty(1).withMatching(new MatchingSpec(A, ETA, Double.NaN));
        Scenario s = Scenario.builder("endogenous-tightness").start(YearMonth.of(2000, 1)).months(MONTHS).seed(seed)
                .morale(PolicySpec.of("fixed")).quits(PolicySpec.of("none"))
                .pool(WORKERS, new CohortSpec(Dist.constant(1), Dist.constant(0), 0, 0, Dist.constant(0), Dist.constant(0.5)))
                .market(spec).acceptance(PolicySpec.of("higher-wage"))
                .lab("Firms", lab -> lab.productivity(1).postedWage(1).offer(PolicySpec.of("posted"))
                        .team("T", Focus.RESEARCH, 0, t -> t.target(TARGET)))
                .build();
        return new TheoryMarket(s, PolicyRegistry.defaults(), null);
    }
}
