package org.talentsim.kernel;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.talentsim.engine.Simulation;
import org.talentsim.engine.TickObserver;
import org.talentsim.model.Focus;
import org.talentsim.model.MoveReason;
import org.talentsim.model.MovesView;
import org.talentsim.model.OffersView;
import org.talentsim.model.TickUnit;
import org.talentsim.model.WorldView;
import org.talentsim.scenario.MarketSpec;
import org.talentsim.scenario.PolicySpec;
import org.talentsim.scenario.Rate;
import org.talentsim.scenario.Scenario;
import org.talentsim.scenario.ScenarioBuilder;

/**
 * Every hazard of the search phase (MODEL §7.4) under weekly ticks: in the first week the count of
 * each kind of event among N = 20 000 researchers is within 5 binomial standard deviations of N
 * times the hazard a week (a monthly hazard times 12/52, or the rate's own weekly conversion).
 * Under monthly ticks a per-month hazard times the months per tick is the hazard itself, so only
 * weekly ticks tell {@code h · months} from {@code h / months}.
 */
class WeeklyHazardsTest {
    static final int N = 20_000;

    /** First-week counts: moves of a reason (from a lab, or from the pool), and offers made. */
    static final class Count implements TickObserver {
        int quits;
        int exitsEmployed;
        int exitsPool;
        int offers;

        @Override
        public boolean wantsOffers() {
            return true;
        }

        @Override
        public void onOffers(int tick, WorldView world, OffersView o) {
            if (tick == 1) {
                offers = o.size();
            }
        }

        @Override
        public void onTick(int tick, WorldView world, MovesView log) {
            if (tick != 1) {
                return;
            }
            for (int r = 0; r < log.size(); r++) {
                MoveReason why = log.reason(r);
                if (why == MoveReason.QUIT) {
                    quits++;
                } else if (why == MoveReason.EXITED && log.fromLab(r) >= 0) {
                    exitsEmployed++;
                } else if (why == MoveReason.EXITED) {
                    exitsPool++;
                }
            }
        }
    }

    static Count run(Scenario s) {
        Count c = new Count();
        try (Simulation sim = Simulation.builder(s).observer(c).build()) {
            sim.step();
        }
        return c;
    }

    static void near(double p, int count, String what) {
        double mean = N * p;
        double sd = Math.sqrt(N * p * (1 - p));
        assertTrue(Math.abs(count - mean) <= 5 * sd, what + ": " + count + " in a week, expected " + mean + " ± " + 5 * sd);
    }

    static final MarketSpec QUIET = MechanismTest.QUIET.withVisibilityGain(0);

    /** One lab of N employed researchers (or N seekers and a lab of one) in weekly ticks. */
    static ScenarioBuilder weekly(MarketSpec market, boolean employed) {
        ScenarioBuilder b = MechanismTest.quiet("weekly").seed(4).months(1).tickUnit(TickUnit.WEEK).market(market)
                .lab("L", l -> l.team("T", Focus.RESEARCH, employed ? N : 1, t -> t.target(employed ? N : 1)))
                .lab("Hiring", l -> l.offer(PolicySpec.of("premium")).team("U", Focus.RESEARCH, 1, t -> t.unlimited()));
        if (!employed) {
            b.pool(N);
        }
        return b;
    }

    @Test
    void theQuitHazardIsAMonthlyHazardTimesTheWeeksShareOfAMonth() {
        Scenario s = weekly(QUIET, true).quits(PolicySpec.of("morale", "base", 0.3, "pay", 0, "morale", 0)).build();
        near(0.3 * 12 / 52, run(s).quits, "quits at 0.3 a month");
        // morale below the reference adds its weight times the shortfall: all start at the steady
        // state of morale, so fix the weight and compare with the monthly figure
        Scenario m = weekly(QUIET, true).quits(PolicySpec.of("morale", "base", 0.1, "pay", 0, "morale", 0, "reference", 0))
                .tickUnit(TickUnit.MONTH).build();
        near(0.1, run(m).quits, "quits at 0.1 a month, monthly ticks");
    }

    @Test
    void separationAndRetirementTakeTheirWeeklyRates() {
        Count sep = run(weekly(QUIET.withSeparation(Rate.perMonth(0.2)), true).build());
        near(Rate.perMonth(0.2).perTick(TickUnit.WEEK), sep.quits, "separations");
        Count ret = run(weekly(QUIET.withRetirement(Rate.perYear(0.5)), true).build());
        near(Rate.perYear(0.5).perTick(TickUnit.WEEK), ret.exitsEmployed, "retirements");
        assertTrue(ret.quits == 0 && sep.exitsEmployed == 0);
    }

    @Test
    void offersAndPoolExitsTakeTheirWeeklyRates() {
        Count emp = run(weekly(QUIET.withOffersEmployed(Rate.perMonth(0.4)), true).build());
        near(Rate.perMonth(0.4).perTick(TickUnit.WEEK), emp.offers, "offers to the employed");
        Count seek = run(weekly(QUIET.withOffersSeeking(Rate.perMonth(0.4)), false).build());
        near(Rate.perMonth(0.4).perTick(TickUnit.WEEK), seek.offers, "offers to seekers");
        Count exit = run(weekly(QUIET.withPoolExit(Rate.perMonth(0.3)), false).build());
        near(Rate.perMonth(0.3).perTick(TickUnit.WEEK), exit.exitsPool, "pool exits");
        // a seeker who hears of no opening may still leave: both hazards, one draw
        Count both = run(weekly(QUIET.withPoolExit(Rate.perMonth(0.3)).withOffersSeeking(Rate.perMonth(0.4)), false).build());
        near(Rate.perMonth(0.3).perTick(TickUnit.WEEK), both.exitsPool, "pool exits beside offers");
        near(Rate.perMonth(0.4).perTick(TickUnit.WEEK), both.offers, "offers beside pool exits");
    }
}
