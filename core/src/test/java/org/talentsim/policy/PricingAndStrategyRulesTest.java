package org.talentsim.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.talentsim.kernel.Population;
import org.talentsim.model.LabView;
import org.talentsim.model.PopulationView;
import org.talentsim.model.TeamView;
import org.talentsim.scenario.PolicySpec;

/**
 * The built-in offer pricing, counter-offer and lab-strategy rules on hand-made quotes, with the
 * exact values their formulas define (docs/MODEL.md §7.5, §7.7, §7.8).
 */
class PricingAndStrategyRulesTest {
    static final PolicyRegistry REG = PolicyRegistry.defaults();
    static final double EPS = 1e-9;

    /** A read-only view whose methods answer from {@code values} (by method name). */
    @SuppressWarnings("unchecked")
    static <T> T view(Class<T> type, Map<String, Object> values) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, m, a) -> {
            if (!values.containsKey(m.getName())) {
                throw new UnsupportedOperationException(m.getName());
            }
            return values.get(m.getName());
        });
    }

    static LabView lab(double premium, double budget, double posted) {
        return view(LabView.class, Map.of("offerPremium", premium, "budget", budget, "postedWage", posted));
    }

    static TeamView team(double payLevel) {
        return view(TeamView.class, Map.of("payLevel", payLevel));
    }

    /** Researcher 0 with visibility {@code vis}. */
    static Population people(double vis) {
        Population p = new Population(1);
        p.setVisibility(0, vis);
        return p;
    }

    record Quote(int researcher, PopulationView people, LabView lab, TeamView team, double valuation,
            double currentPay, double rival, double marketPay, boolean employed, double uniform)
            implements OfferPolicy.Quote {}

    record Counter(int researcher, PopulationView people, LabView lab, double valuation, double currentPay,
            double offer, double toKeep) implements RetentionPolicy.Quote {}

    static double price(PolicySpec spec, Quote q) {
        return REG.create(PolicyRegistry.OFFER, spec).price(q);
    }

    @Test
    void premiumPaysCurrentPayTimesOnePlusBothPremiums() {
        // employed at 100k, premium 0.3 + the lab's strategic 0.1: 140k; the going rate 1.0·80k·1.1 = 88k does not bind
        Quote q = new Quote(0, people(0), lab(0.1, 1e9, 0), team(1.0), 500_000, 100_000, 100_000, 80_000, true, 0.5);
        assertEquals(140_000, price(PolicySpec.of("premium", "premium", 0.3), q), EPS);
        // the default premium is 0.2: 100k · 1.3
        assertEquals(130_000, price(PolicySpec.of("premium"), q), EPS);
    }

    @Test
    void thePayLevelFloorBinds() {
        // pay level 2 at market pay 150k with the lab's premium 0.1: 330k > 100k · 1.3
        Quote q = new Quote(0, people(0), lab(0.1, 1e9, 0), team(2.0), 500_000, 100_000, 100_000, 150_000, true, 0.5);
        assertEquals(330_000, price(PolicySpec.of("premium"), q), EPS);
        // a seeker is offered the team's going rate, or his reservation pay if higher
        Quote seeker = new Quote(0, people(0), lab(0.1, 1e9, 0), team(2.0), 500_000, 100_000, 90_000, 150_000, false, 0.5);
        assertEquals(330_000, price(PolicySpec.of("premium"), seeker), EPS);
        Quote dear = new Quote(0, people(0), lab(0, 1e9, 0), team(0.5), 500_000, 100_000, 90_000, 150_000, false, 0.5);
        assertEquals(90_000, price(PolicySpec.of("premium"), dear), EPS, "0.5 · 150k = 75k is below the reservation 90k");
    }

    @Test
    void starPaysAShareOfTheValuationToTheVisible() {
        PolicySpec star = PolicySpec.of("star", "premium", 0.2, "threshold", 0.6, "share", 0.8);
        Quote visible = new Quote(0, people(0.6), lab(0, 1e9, 0), team(1.0), 500_000, 100_000, 100_000, 80_000, true, 0.5);
        assertEquals(400_000, price(star, visible), EPS, "0.8 of the valuation at the threshold");
        Quote hidden = new Quote(0, people(0.59), lab(0, 1e9, 0), team(1.0), 500_000, 100_000, 100_000, 80_000, true, 0.5);
        assertEquals(120_000, price(star, hidden), EPS, "below the threshold: the premium price");
        Quote cheap = new Quote(0, people(0.9), lab(0, 1e9, 0), team(1.0), 100_000, 100_000, 100_000, 80_000, true, 0.5);
        assertEquals(120_000, price(star, cheap), EPS, "the premium price when it beats the share");
        // the defaults: threshold 0.6, share 0.8, premium 0.2
        assertEquals(400_000, price(PolicySpec.of("star"), visible), EPS);
        assertEquals(120_000, price(PolicySpec.of("star"), hidden), EPS);
    }

    @Test
    void aCapHoldsEveryOfferOfPremiumAndStarBelowIt() {
        // a visible researcher: 0.8 of a 500k valuation is 400k; the cap 300k holds it there
        Quote visible = new Quote(0, people(0.6), lab(0, 1e9, 0), team(1.0), 500_000, 100_000, 100_000, 80_000, true, 0.5);
        assertEquals(300_000, price(PolicySpec.of("star", "share", 0.8, "cap", 300_000), visible), EPS);
        // a cap above the price changes nothing
        assertEquals(400_000, price(PolicySpec.of("star", "share", 0.8, "cap", 450_000), visible), EPS);
        // below the threshold the premium price is capped too: 100k · 1.2 = 120k, capped at 110k
        Quote hidden = new Quote(0, people(0.1), lab(0, 1e9, 0), team(1.0), 500_000, 100_000, 100_000, 80_000, true, 0.5);
        assertEquals(110_000, price(PolicySpec.of("star", "cap", 110_000), hidden), EPS);
        // premium: 140k (pay 100k, 0.3 and the lab's 0.1) capped at 125k; the lab's strategic
        // premium does not lift an offer through the cap
        Quote q = new Quote(0, people(0), lab(0.1, 1e9, 0), team(1.0), 500_000, 100_000, 100_000, 80_000, true, 0.5);
        assertEquals(125_000, price(PolicySpec.of("premium", "premium", 0.3, "cap", 125_000), q), EPS);
        assertEquals(140_000, price(PolicySpec.of("premium", "premium", 0.3), q), EPS, "no cap: as before");
        // a seeker whose reservation pay is above the cap gets an offer below it (which fails as too low)
        Quote seeker = new Quote(0, people(0), lab(0, 1e9, 0), team(2.0), 500_000, 100_000, 90_000, 150_000, false, 0.5);
        assertEquals(80_000, price(PolicySpec.of("premium", "cap", 80_000), seeker), EPS);
    }

    @Test
    void aCapMustBePositiveAndAPay() {
        for (double bad : new double[] {0, -1, 2e9}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> REG.create(PolicyRegistry.OFFER, PolicySpec.of("star", "cap", bad)));
            assertTrue(e.getMessage().contains("cap"), e.getMessage());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> REG.create(PolicyRegistry.OFFER, PolicySpec.of("posted", "cap", 1e6)));
        assertTrue(e.getMessage().contains("takes no parameters, was given 'cap'"), e.getMessage());
    }

    @Test
    void aValueRefusedIsShownWithItsDigitsNotAnExponent() {
        // a cap of 2000M read "was 2.0E9"; the convention elsewhere ("was -1.0") stays
        IllegalArgumentException big = assertThrows(IllegalArgumentException.class,
                () -> REG.create(PolicyRegistry.OFFER, PolicySpec.of("star", "cap", 2e9)));
        assertTrue(big.getMessage().endsWith("was 2000000000"), big.getMessage());
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> REG.create(PolicyRegistry.OFFER, PolicySpec.of("star", "cap", -1)));
        assertTrue(negative.getMessage().endsWith("was -1.0"), negative.getMessage());
        IllegalArgumentException tiny = assertThrows(IllegalArgumentException.class,
                () -> REG.create(PolicyRegistry.OFFER, PolicySpec.of("premium", "premium", -2.5e-4)));
        assertTrue(tiny.getMessage().endsWith("was -0.00025"), tiny.getMessage());
    }

    @Test
    void postedAndBertrandPrices() {
        OfferPolicy posted = REG.create(PolicyRegistry.OFFER, PolicySpec.of("posted"));
        Quote q = new Quote(0, people(0), lab(0, 1e9, 250_000), team(1.0), 500_000, 100_000, 120_000, 80_000, true, 0.5);
        assertEquals(250_000, posted.price(q), EPS);
        assertTrue(posted.needsPostedWage());
        assertFalse(posted.bidsUpToValuation());
        assertFalse(REG.create(PolicyRegistry.OFFER, PolicySpec.of("premium")).needsPostedWage());

        OfferPolicy pure = REG.create(PolicyRegistry.OFFER, PolicySpec.of("bertrand"));
        assertTrue(pure.bidsUpToValuation());
        assertFalse(pure.needsPostedWage());
        assertEquals(120_000, pure.price(q), EPS, "pure Bertrand: the rival's bid");

        // F uniform on [1, 2], c = 0.5, rival q = 1.2, valuation p = 1.8: ∫_q^p F̄ = ((2−1.2)² − (2−1.8)²)/2 = 0.3
        OfferPolicy pvr = REG.create(PolicyRegistry.OFFER, PolicySpec.of("bertrand", "optionValue", 0.5, "low", 1, "high", 2));
        assertEquals(1.2 - 0.5 * 0.3, pvr.price(new Quote(0, people(0), lab(0, 1e9, 0), team(1), 1.8, 1, 1.2, 1, true, 0)), 1e-12);
        // below the support the whole stretch counts: q = 0.5, p = 1.5: (1 − 0.5) + ((2−1)² − (2−1.5)²)/2 = 0.875
        assertEquals(0.5 - 0.5 * 0.875, pvr.price(new Quote(0, people(0), lab(0, 1e9, 0), team(1), 1.5, 1, 0.5, 1, true, 0)), 1e-12);
        // above the support nothing is left to wait for
        assertEquals(2.5, pvr.price(new Quote(0, people(0), lab(0, 1e9, 0), team(1), 3, 1, 2.5, 1, true, 0)), 1e-12);
        assertTrue(pvr.bidsUpToValuation());
        assertThrows(IllegalArgumentException.class,
                () -> REG.create(PolicyRegistry.OFFER, PolicySpec.of("bertrand", "optionValue", 0.5, "low", 2, "high", 2)));
        // with no option value the support does not matter
        REG.create(PolicyRegistry.OFFER, PolicySpec.of("bertrand", "low", 2, "high", 2));
    }

    @Test
    void retentionRules() {
        LabView l = lab(0, 1e9, 0);
        RetentionPolicy none = REG.create(PolicyRegistry.RETENTION, PolicySpec.of("none"));
        assertTrue(Double.isNaN(none.counter(new Counter(0, people(1), l, 300_000, 100_000, 150_000, 150_000))));
        RetentionPolicy match = REG.create(PolicyRegistry.RETENTION, PolicySpec.of("match", "upTo", 0.7));
        assertEquals(210_000, match.counter(new Counter(0, people(0), l, 300_000, 100_000, 150_000, 150_000)), EPS);
        assertEquals(300_000, REG.create(PolicyRegistry.RETENTION, PolicySpec.of("match"))
                .counter(new Counter(0, people(0), l, 300_000, 100_000, 150_000, 150_000)), EPS, "all of the valuation by default");
        RetentionPolicy stars = REG.create(PolicyRegistry.RETENTION, PolicySpec.of("stars", "upTo", 0.5, "threshold", 0.5));
        assertEquals(150_000, stars.counter(new Counter(0, people(0.5), l, 300_000, 100_000, 150_000, 150_000)), EPS);
        assertTrue(Double.isNaN(stars.counter(new Counter(0, people(0.49), l, 300_000, 100_000, 150_000, 150_000))));
        RetentionPolicy starsDefault = REG.create(PolicyRegistry.RETENTION, PolicySpec.of("stars"));
        assertEquals(300_000, starsDefault.counter(new Counter(0, people(0.6), l, 300_000, 100_000, 150_000, 150_000)), EPS);
        assertTrue(Double.isNaN(starsDefault.counter(new Counter(0, people(0.59), l, 300_000, 100_000, 150_000, 150_000))));
        assertThrows(IllegalArgumentException.class, () -> REG.create(PolicyRegistry.RETENTION, PolicySpec.of("match", "upTo", 1.5)));
        assertThrows(IllegalArgumentException.class, () -> REG.create(PolicyRegistry.RETENTION, PolicySpec.of("none", "upTo", 1)));
    }

    static LabStrategy.Adjustment adjust(LabStrategy s, double premium, double budget, double gap, double months, double start) {
        return s.adjust(new LabStrategy.Situation(lab(premium, budget, 0), gap, months, start));
    }

    @Test
    void gapResponseRaisesThePremiumAndTheBudgetWhileBehind() {
        LabStrategy s = REG.create(PolicyRegistry.STRATEGY, PolicySpec.of("gap-response", "threshold", 0.2,
                "premiumStep", 0.1, "maxPremium", 0.5, "budgetGrowth", 0.05, "relax", 0.04, "budgetCap", 1.5));
        // behind (gap 0.3 > 0.2): premium +0.1 a month, budget ×1.05 a month
        LabStrategy.Adjustment a = adjust(s, 0.2, 100e6, 0.3, 1, 100e6);
        assertEquals(0.3, a.offerPremium(), EPS);
        assertEquals(105e6, a.budget(), 1e-3);
        // two months in one tick: premium +0.2, budget ×1.05²
        a = adjust(s, 0.2, 100e6, 0.3, 2, 100e6);
        assertEquals(0.4, a.offerPremium(), EPS);
        assertEquals(100e6 * 1.05 * 1.05, a.budget(), 1e-3);
        // a week: premium +0.1·12/52
        a = adjust(s, 0.2, 100e6, 0.3, 12.0 / 52, 100e6);
        assertEquals(0.2 + 0.1 * 12 / 52, a.offerPremium(), EPS);
        assertEquals(100e6 * Math.pow(1.05, 12.0 / 52), a.budget(), 1e-3);
        // the caps: premium at most 0.5; budget at most 1.5 × the starting budget
        a = adjust(s, 0.45, 148e6, 0.3, 1, 100e6);
        assertEquals(0.5, a.offerPremium(), EPS);
        assertEquals(150e6, a.budget(), 1e-3);
        // a budget already at or above the cap stays where it is
        assertEquals(150e6, adjust(s, 0.2, 150e6, 0.3, 1, 100e6).budget(), 1e-3);
        assertEquals(170e6, adjust(s, 0.2, 170e6, 0.3, 1, 100e6).budget(), 1e-3);
        // a lab without a budget, or that started without one, is not grown
        assertEquals(Double.POSITIVE_INFINITY, adjust(s, 0.2, Double.POSITIVE_INFINITY, 0.3, 1, Double.POSITIVE_INFINITY).budget());
        assertEquals(100e6, adjust(s, 0.2, 100e6, 0.3, 1, Double.POSITIVE_INFINITY).budget(), 1e-3);
    }

    @Test
    void gapResponseHoldsBetweenTheThresholdsAndRelaxesWhenClose() {
        LabStrategy s = REG.create(PolicyRegistry.STRATEGY, PolicySpec.of("gap-response", "threshold", 0.2,
                "premiumStep", 0.1, "maxPremium", 0.5, "budgetGrowth", 0.05, "relax", 0.04));
        // at the threshold exactly, or between half of it and it: nothing changes
        for (double gap : new double[] {0.2, 0.1, 0.15}) {
            LabStrategy.Adjustment a = adjust(s, 0.3, 100e6, gap, 1, 100e6);
            assertEquals(0.3, a.offerPremium(), EPS, "gap " + gap);
            assertEquals(100e6, a.budget(), 1e-3, "gap " + gap);
        }
        // below half the threshold: the premium relaxes by 0.04 a month, not below 0; the budget stays
        LabStrategy.Adjustment a = adjust(s, 0.3, 100e6, 0.05, 1, 100e6);
        assertEquals(0.26, a.offerPremium(), EPS);
        assertEquals(100e6, a.budget(), 1e-3);
        assertEquals(0.3 - 0.04 * 3, adjust(s, 0.3, 100e6, 0.0, 3, 100e6).offerPremium(), EPS);
        assertEquals(0, adjust(s, 0.01, 100e6, 0.0, 1, 100e6).offerPremium(), EPS);
    }

    @Test
    void gapResponseDefaults() {
        LabStrategy s = REG.create(PolicyRegistry.STRATEGY, PolicySpec.of("gap-response"));
        // threshold 0.15, step 0.05, growth 3%, cap 2 × the start
        LabStrategy.Adjustment a = adjust(s, 0.1, 100e6, 0.16, 1, 100e6);
        assertEquals(0.15, a.offerPremium(), EPS);
        assertEquals(103e6, a.budget(), 1e-3);
        assertEquals(1.0, adjust(s, 0.99, 100e6, 0.16, 1, 100e6).offerPremium(), EPS, "maxPremium 1");
        assertEquals(200e6, adjust(s, 0.1, 199e6, 0.16, 1, 100e6).budget(), 1e-3, "budgetCap 2");
        assertEquals(0.08, adjust(s, 0.1, 100e6, 0.07, 1, 100e6).offerPremium(), EPS, "relax 0.02 below 0.075");
        assertEquals(0.1, adjust(s, 0.1, 100e6, 0.075, 1, 100e6).offerPremium(), EPS, "at half the threshold: held");
        assertThrows(IllegalArgumentException.class,
                () -> REG.create(PolicyRegistry.STRATEGY, PolicySpec.of("gap-response", "budgetCap", 0.9)));

        LabStrategy fixed = REG.create(PolicyRegistry.STRATEGY, PolicySpec.of("static"));
        assertSame(LabStrategy.Adjustment.KEEP, adjust(fixed, 0.1, 100e6, 0.9, 1, 100e6));
        assertEquals(-1, LabStrategy.Adjustment.keep().budget());
        assertEquals(-1, LabStrategy.Adjustment.keep().offerPremium());
    }
}
