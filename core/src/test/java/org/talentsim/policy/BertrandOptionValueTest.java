package org.talentsim.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.talentsim.model.LabView;
import org.talentsim.model.PopulationView;
import org.talentsim.model.TeamView;
import org.talentsim.scenario.PolicySpec;
import org.talentsim.theory.PostelVinayRobin;

/** The built-in bertrand with an option value is the Postel-Vinay–Robin wage for a uniform F (THEORY §2, V7 numbers). */
class BertrandOptionValueTest {
    /** A quote with only a rival bid and a valuation (what a Bertrand bidder reads). */
    record Bid(double rival, double valuation) implements OfferPolicy.Quote {
        public int researcher() { return 0; }
        public PopulationView people() { return null; }
        public LabView lab() { return null; }
        public TeamView team() { return null; }
        public double currentPay() { return 0; }
        public double marketPay() { return 0; }
        public boolean employed() { return true; }
        public double uniform() { return 0; }
    }

    static double price(OfferPolicy p, double rival, double valuation) {
        return p.price(new Bid(rival, valuation));
    }

    @Test
    void matchesPhiOfPvr1() {
        PostelVinayRobin m = PostelVinayRobin.uniform(0.02, 0.10, 0.04, 0.996, 1, 1.5);
        OfferPolicy p = PolicyRegistry.defaults().create(PolicyRegistry.OFFER,
                PolicySpec.of("bertrand", "optionValue", m.c(), "low", 1, "high", 1.5));
        assertTrue(p.bidsUpToValuation());
        assertEquals(0.600268, price(p, 1.0, 1.4), 1e-6);
        assertEquals(1.066756, price(p, 1.2, 1.4), 1e-6);
        assertEquals(1.387508, price(p, 1.4, 1.45), 1e-6);
        assertEquals(1.383344, price(p, 1.4, 1.5), 1e-6);
        for (double q = 1; q <= 1.5; q += 0.05) {
            for (double v = q; v <= 1.5; v += 0.05) {
                assertEquals(m.wage(q, v), price(p, q, v), 1e-12);
            }
        }
    }

    @Test
    void pureBertrandPaysTheRivalBid() {
        OfferPolicy p = PolicyRegistry.defaults().create(PolicyRegistry.OFFER, PolicySpec.of("bertrand"));
        assertEquals(1.2, price(p, 1.2, 1.4), 0);
    }
}
