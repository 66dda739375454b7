package org.talentsim.scenario;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.talentsim.model.Focus;
import org.talentsim.model.TickUnit;

/**
 * A scenario's own limits at their boundaries (the limit accepted, one past it refused with the
 * field), its counts of researchers and teams, and its identity (hash, text).
 */
class ScenarioLimitsTest {
    static ScenarioBuilder base() {
        return Scenario.builder("limits").lab("L", l -> l.team("T", Focus.RESEARCH, 10, t -> t.target(10)));
    }

    static Scenario ok(UnaryOperator<ScenarioBuilder> edit) {
        return assertDoesNotThrow(() -> edit.apply(base()).build());
    }

    static void refused(UnaryOperator<ScenarioBuilder> edit, String field) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> edit.apply(base()).build());
        String where = e instanceof InvalidFieldException f ? f.field() + ": " + e.getMessage() : e.getMessage();
        assertTrue(where.contains(field), where);
    }

    /**
     * A cohort's distribution whose median lies outside its field's domain gave at least half
     * the researchers the bound it is clamped to, without a word (a constant salary of −300k
     * started everyone at 0, found 2026-12-03): refused naming the field. Tails outside the domain
     * (a normal morale around 0.9) stay allowed, clamped as documented.
     */
    @Test
    void aCohortDistributionMostlyOutsideItsDomainIsRefused() {
        CohortSpec d = CohortSpec.DEFAULT;
        InvalidFieldException e = assertThrows(InvalidFieldException.class, () -> d.withSalary(Dist.constant(-300_000)));
        assertEquals("salary", e.field());
        assertTrue(e.problem().startsWith("the value -300000 lies below 0, the lowest salary: every researcher would be given 0"),
                e.problem());
        e = assertThrows(InvalidFieldException.class, () -> d.withMorale(Dist.normal(1.5, 0.1)));
        assertEquals("morale", e.field());
        assertTrue(e.problem().startsWith("the median of normal(1.5, 0.1), 1.5, lies above 1"), e.problem());
        assertEquals("skill", assertThrows(InvalidFieldException.class, () -> d.withSkill(Dist.constant(0))).field());
        assertEquals("visibility", assertThrows(InvalidFieldException.class, () -> d.withVisibility(Dist.uniform(1.2, 2))).field());
        assertEquals("salary", assertThrows(InvalidFieldException.class, () -> d.withSalary(Dist.normal(-5, 100))).field());
        assertEquals("skill", assertThrows(InvalidFieldException.class, () -> d.withSkill(Dist.pareto(2000, 3))).field());
        // a Pareto whose median overflows: named in words, not a NumberFormatException
        assertTrue(assertThrows(InvalidFieldException.class, () -> d.withSkill(Dist.pareto(1, 1e-300))).problem()
                .startsWith("the median of pareto(1, 1E-300), Infinity, lies above 1000"));
        // a beta's median, not its mean (0.0196): beta(0.2, 10) puts two thirds of its draws below the least skill
        assertTrue(assertThrows(InvalidFieldException.class, () -> d.withSkill(Dist.beta(0.2, 10))).problem()
                .startsWith("the median of beta(0.2, 10), 0.00"), "refused");
        assertEquals(0.5, CohortSpec.betaMedian(2, 2), 1e-7);
        assertEquals(0.5, CohortSpec.betaMedian(1, 1), 1e-7);
        assertEquals(1 - Math.pow(0.5, 1 / 3.0), CohortSpec.betaMedian(1, 3), 1e-6);   // Beta(1, b): 1 − 2^(−1/b)
        assertEquals(Math.pow(0.5, 1 / 3.0), CohortSpec.betaMedian(3, 1), 1e-6);       // Beta(a, 1): 2^(−1/a)
        assertEquals(0.26445, CohortSpec.betaMedian(2, 5), 1e-4);
        assertEquals(0.5, CohortSpec.betaMedian(0.3, 0.3), 1e-6);                       // symmetric, U-shaped
        // medians inside, tails clamped: accepted
        assertDoesNotThrow(() -> d.withMorale(Dist.normal(0.9, 0.3)).withSkill(Dist.uniform(0, 2))
                .withSalary(Dist.normal(100_000, 200_000)).withVisibility(Dist.constant(1)).withSalary(Dist.constant(0)));
    }

    @Test
    void aRunLastsAtMostACenturyWithinTheCalendarsYears() {
        ok(b -> b.months(Scenario.MAX_MONTHS));
        refused(b -> b.months(Scenario.MAX_MONTHS + 1), "months");
        ok(b -> b.start(YearMonth.of(Scenario.MIN_YEAR, 1)));
        refused(b -> b.start(YearMonth.of(Scenario.MIN_YEAR - 1, 12)), "start");
        ok(b -> b.start(YearMonth.of(Scenario.MAX_YEAR, 1)).months(12));   // to December 9999
        refused(b -> b.start(YearMonth.of(Scenario.MAX_YEAR, 1)).months(13), "start");
        refused(b -> b.generator("NoSuchRandom"), "generator");
    }

    @Test
    void perTickRatesMaySumToOneAndNoMore() {
        MarketSpec full = MarketSpec.DEFAULT.withOffersEmployed(Rate.perMonth(0.5)).withSeparation(Rate.perMonth(0.3))
                .withRetirement(Rate.perMonth(0.2));
        ok(b -> b.market(full));
        refused(b -> b.market(full.withOffersEmployed(Rate.perMonth(0.5001))), "market.offersEmployed");
        refused(b -> b.market(full.withSeparation(Rate.perMonth(0.3001)).withOffersEmployed(Rate.perMonth(0.25))
                .withRetirement(Rate.perMonth(0.45))), "market.retirement");
        MarketSpec seekers = MarketSpec.DEFAULT.withOffersSeeking(Rate.perMonth(0.6)).withPoolExit(Rate.perMonth(0.4));
        ok(b -> b.market(seekers));
        refused(b -> b.market(seekers.withPoolExit(Rate.perMonth(0.45))), "market.offersSeeking");
        refused(b -> b.market(seekers.withOffersSeeking(Rate.perMonth(0.3)).withPoolExit(Rate.perMonth(0.75))), "market.poolExit");
        IllegalArgumentException tie = assertThrows(IllegalArgumentException.class, () -> base().market(MarketSpec.DEFAULT
                .withOffersSeeking(Rate.perMonth(0.6)).withPoolExit(Rate.perMonth(0.6))).build());
        assertEquals("market.offersSeeking", ((InvalidFieldException) tie).field(), "a tie names the first");
    }

    /** Headcounts, named researchers and the pool add up to at most the limit; the field that passes it is named. */
    @Test
    void thePopulationMayReachTheLimitAndNoMore() {
        long max = Scenario.MAX_POPULATION;
        int half = (int) (max / 2);
        StarSpec star = new StarSpec("S", 3, 1e6, 0.5, false);
        StarSpec other = new StarSpec("P", 3, 1e6, 0.5, false);
        // teams: half + 1 star, then the rest exactly to the limit
        ok(b -> Scenario.builder("big").lab("L", l -> l.team("A", Focus.RESEARCH, half, t -> t.target(half).star(star))
                .team("B", Focus.RESEARCH, (int) (max - half - 1), t -> t.target(1))));
        refused(b -> Scenario.builder("big").lab("L", l -> l.team("A", Focus.RESEARCH, half, t -> t.target(half).star(star))
                .team("B", Focus.RESEARCH, (int) (max - half), t -> t.target(1))), "labs[0].teams[1].headcount");
        // the pool's named researcher counts as well
        ok(b -> Scenario.builder("big").lab("L", l -> l.team("A", Focus.RESEARCH, half, t -> t.target(half).star(star))
                .team("B", Focus.RESEARCH, (int) (max - half - 4), t -> t.target(1)))
                .pool(new PoolSpec(2, CohortSpec.DEFAULT, List.of(other))));
        refused(b -> Scenario.builder("big").lab("L", l -> l.team("A", Focus.RESEARCH, half, t -> t.target(half).star(star))
                .team("B", Focus.RESEARCH, (int) (max - half - 4), t -> t.target(1)))
                .pool(new PoolSpec(3, CohortSpec.DEFAULT, List.of(other))), "pool.size");
    }

    @Test
    void itCountsItsResearchersAndTeams() {
        Scenario s = Scenario.builder("count")
                .lab("A", l -> l.team("X", Focus.RESEARCH, 10, t -> t.star(new StarSpec("S1", 3, 1e6, 0.5, false))).team("Y", Focus.PRODUCT, 5, t -> { }))
                .lab("B", l -> l.team("Z", Focus.INFRA, 7, t -> { }))
                .pool(new PoolSpec(20, CohortSpec.DEFAULT, List.of(new StarSpec("S2", 2, 5e5, 0.2, false))))
                .build();
        assertEquals(10 + 1 + 5 + 7 + 20 + 1, s.population());
        assertEquals(3, s.teamCount());
    }

    @Test
    void equalScenariosHashAlikeAndPrintTheirName() {
        Scenario a = base().seed(4).build();
        assertEquals(a.hashCode(), base().seed(4).build().hashCode());
        assertNotEquals(a.hashCode(), base().seed(5).build().hashCode());
        assertTrue(a.toString().contains("limits"), a.toString());
    }

    @Test
    void aTeamsPayPolicyIsCheckedWithItsPath() {
        Scenario s = Scenario.builder("pay").lab("L", l -> l.team("T", Focus.RESEARCH, 10, t -> { })
                .team("U", Focus.RESEARCH, 10, t -> t.pay(PolicySpec.of("equity", "equity", 1.5)))).build();
        InvalidFieldException e = assertThrows(InvalidFieldException.class,
                () -> s.validate(org.talentsim.policy.PolicyRegistry.defaults()));
        assertEquals("labs[0].teams[1].pay", e.field(), e.getMessage());
    }
}
