package org.talentsim.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentsim.RunResult;
import org.talentsim.Talentsim;
import org.talentsim.engine.TickFailedException;
import org.talentsim.metrics.OfferRow;
import org.talentsim.model.Focus;
import org.talentsim.model.OfferOutcome;
import org.talentsim.scenario.Scenario;

/**
 * What the engine does with what a custom policy returns, where the contracts say what it must
 * return (an economist's review of the API): a pay cap holds the lab's offers, not only its
 * counter-offers and raises; a pay cap or a retaining pay that is no number, and a strategy's or a
 * pay policy's null, are refused naming the policy, where they had switched off every
 * counter-offer or failed as a NullPointerException naming nothing.
 */
class PolicyContractsTest {
    private static final double CAP = 300_000;

    /** Alpha prices with a custom policy (30% over current pay, at least its market pay × pay level) under the given cap. */
    private static Scenario war(long seed, String offer) {
        return Scenario.builder("war").seed(seed).months(12)
                .lab("Alpha", lab -> lab.prestige(0.8).budget(250e6).offer(offer).retention("match")
                        .team("Research", Focus.RESEARCH, 150, t -> t.target(300)))
                .lab("Beta", lab -> lab.prestige(0.6).budget(300e6).retention("match")
                        .team("Research", Focus.RESEARCH, 300, t -> t.target(300)))
                .pool(200).build();
    }

    private static OfferPolicy capped(double cap) {
        return new OfferPolicy() {
            @Override
            public double price(Quote q) {
                return Math.max(q.currentPay() * 1.3, q.team().payLevel() * q.marketPay());
            }

            @Override
            public double payCap() {
                return cap;
            }
        };
    }

    @Test
    void aCustomPolicysOffersAreHeldToItsPayCapOverSeeds() {
        PolicyRegistry reg = PolicyRegistry.defaults().register(PolicyRegistry.OFFER, "capped", spec -> capped(CAP))
                .register(PolicyRegistry.OFFER, "uncapped", spec -> capped(Double.POSITIVE_INFINITY));
        int atCap = 0;
        int above = 0;
        for (long seed = 1; seed <= 5; seed++) {
            List<OfferRow> alpha = Talentsim.defaults().withRegistry(reg).run(war(seed, "capped")).offers().stream()
                    .filter(o -> o.toLab().equals("Alpha")).toList();
            assertTrue(alpha.size() > 50, "seed " + seed + ": Alpha makes offers (" + alpha.size() + ")");
            for (OfferRow o : alpha) {
                assertTrue(o.offer() <= CAP, "seed " + seed + ": an offer above the cap: " + o);
            }
            atCap += (int) alpha.stream().filter(o -> o.offer() == CAP).count();
            // Alpha's counters are held to the same cap (they were before)
            for (OfferRow o : Talentsim.defaults().withRegistry(reg).run(war(seed, "capped")).offers()) {
                if ("Alpha".equals(o.fromLab()) && o.outcome() == OfferOutcome.COUNTERED) {
                    assertTrue(o.counter() <= CAP, o.toString());
                }
            }
            // without the cap the same pricing goes above it: the cap is what holds them
            above += (int) Talentsim.defaults().withRegistry(reg).run(war(seed, "uncapped")).offers().stream()
                    .filter(o -> o.toLab().equals("Alpha") && o.offer() > CAP).count();
        }
        assertTrue(atCap > 0, "some offers priced above the cap are made at it");
        assertTrue(above > 100, "uncapped, the pricing goes above " + CAP + ": " + above);
    }

    /**
     * The engine reads a pay cap when the policy is made (the registry's check and the lab's
     * policies): one that turned NaN later passed validation and then switched the lab's
     * counter-offers off without a word (a re-check). Each policy made here gives its cap twice,
     * then NaN.
     */
    @Test
    void aPayCapIsReadWhenThePolicyIsMadeNotLater() {
        java.util.concurrent.atomic.AtomicInteger most = new java.util.concurrent.atomic.AtomicInteger();
        PolicyRegistry reg = PolicyRegistry.defaults().register(PolicyRegistry.OFFER, "turning", spec -> new OfferPolicy() {
            private int calls;

            @Override
            public double price(Quote q) {
                return Math.max(q.currentPay() * 1.3, q.team().payLevel() * q.marketPay());
            }

            @Override
            public double payCap() {
                most.accumulateAndGet(++calls, Math::max);
                return calls <= 2 ? CAP : Double.NaN;
            }
        }).register(PolicyRegistry.OFFER, "capped", spec -> capped(CAP));
        RunResult steady = Talentsim.defaults().withRegistry(reg).run(war(2, "capped"));
        RunResult turned = Talentsim.defaults().withRegistry(reg).run(war(2, "turning"));
        assertTrue(most.get() <= 2, "no policy's cap read after it was made: " + most.get());
        assertEquals(steady.offers(), turned.offers(), "the same offers and counters as a cap that stays");
        assertTrue(turned.offers().stream().anyMatch(o -> "Alpha".equals(o.fromLab()) && o.outcome() == OfferOutcome.COUNTERED),
                "Alpha still counters");
    }

    @Test
    void aPayCapThatIsNoPositiveNumberIsRefusedAtValidation() {
        for (double cap : new double[] {Double.NaN, 0, -1, Double.NEGATIVE_INFINITY}) {
            PolicyRegistry reg = PolicyRegistry.defaults().register(PolicyRegistry.OFFER, "bad", spec -> capped(cap));
            Scenario s = war(1, "bad");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.validate(reg), "cap " + cap);
            assertTrue(e.getMessage().contains("'bad'") && e.getMessage().contains("payCap() must be > 0")
                    && e.getMessage().contains("was " + cap), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> Talentsim.defaults().withRegistry(reg).run(s), "run: cap " + cap);
        }
    }

    @Test
    void aRetainingPayOfNaNStopsTheRunNamingThePolicy() {
        AcceptancePolicy nan = new AcceptancePolicy() {
            @Override
            public boolean accept(Choice c) {
                return c.offerPay() > c.stayPay();
            }

            @Override
            public double retainingPay(Choice c) {
                return Double.NaN;
            }
        };
        PolicyRegistry reg = PolicyRegistry.defaults().register(PolicyRegistry.ACCEPTANCE, "nan", spec -> nan);
        Scenario s = war(1, "premium").toBuilder().acceptance(org.talentsim.scenario.PolicySpec.of("nan")).build();
        TickFailedException e = assertThrows(TickFailedException.class, () -> Talentsim.defaults().withRegistry(reg).run(s));
        assertTrue(e.getMessage().contains("retainingPay") && e.getMessage().contains("returned NaN")
                && e.getMessage().contains("anonymous class in " + PolicyContractsTest.class.getName()), e.getMessage());
        // the default retaining pay (the offer itself) runs, with counter-offers
        RunResult plain = Talentsim.defaults().run(war(1, "premium"));
        assertTrue(plain.offers().stream().anyMatch(o -> o.outcome() == OfferOutcome.COUNTERED), "counters with a sound policy");
    }

    @Test
    void aStrategysNullOrRefusedAdjustmentIsNamedWithItsLab() {
        PolicyRegistry reg = PolicyRegistry.defaults()
                .register(PolicyRegistry.STRATEGY, "null", spec -> s -> null)
                .register(PolicyRegistry.STRATEGY, "infinite", spec -> s -> LabStrategy.Adjustment.of(-1, Double.POSITIVE_INFINITY));
        for (String name : List.of("null", "infinite")) {
            Scenario s = war(1, "premium").toBuilder().editLab("Beta", l -> l.strategy(name)).build();
            TickFailedException e = assertThrows(TickFailedException.class, () -> Talentsim.defaults().withRegistry(reg).run(s));
            assertEquals(1, e.tick(), e.getMessage());
            assertTrue(e.getMessage().contains("of lab 'Beta'") && e.getMessage().contains("a lambda in "), e.getMessage());
            assertTrue(e.getMessage().contains(name.equals("null") ? "returned null; return LabStrategy.Adjustment.keep()"
                    : "offerPremium must be a finite number"), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> LabStrategy.Adjustment.of(Double.NaN, 0.1));
        assertThrows(IllegalArgumentException.class, () -> LabStrategy.Adjustment.of(1e6, Double.NaN));
        assertNotNull(LabStrategy.Adjustment.of(Double.POSITIVE_INFINITY, 0.2), "no budget limit is a budget");
    }

    @Test
    void aPayPolicyWithNullTermsIsRefusedAtValidation() {
        PolicyRegistry reg = PolicyRegistry.defaults().register(PolicyRegistry.PAY, "none", spec -> () -> null);
        Scenario s = war(1, "premium").toBuilder().editLab("Beta", l -> l.pay("none")).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.validate(reg));
        assertTrue(e.getMessage().contains("'none'") && e.getMessage().contains("terms() returned null"), e.getMessage());
    }
}
