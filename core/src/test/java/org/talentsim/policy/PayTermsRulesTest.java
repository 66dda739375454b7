package org.talentsim.policy;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.talentsim.scenario.PolicySpec;

/**
 * A package's terms: every limit taken at its edge and refused just past it, what counts as
 * granting equity or changing anything, and the defaults the built-in pay policies fill in.
 */
class PayTermsRulesTest {
    static PayPolicy.Terms terms(double equity, double years, double cliff, double vest, double signOn, double claw,
            double buyOut, double risk) {
        return new PayPolicy.Terms(equity, years, cliff, vest, signOn, claw, buyOut, PayPolicy.Refresh.NONE, risk);
    }

    static void refused(String message, Runnable r) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, r::run).getMessage());
    }

    @Test
    void everyLimitHoldsAtItsEdge() {
        assertDoesNotThrow(() -> terms(0, 10, 0, 1, 0, 0, 0, 0));
        assertDoesNotThrow(() -> terms(1, 4, 48, 12, 10, 120, 1, 1));
        refused("equity must be in [0,1], was 1.01", () -> terms(1.01, 4, 12, 3, 0, 0, 0, 0));
        refused("equity must be in [0,1], was -0.01", () -> terms(-0.01, 4, 12, 3, 0, 0, 0, 0));
        refused("years must be in (0, 10], was 0.0", () -> terms(0.5, 0, 0, 3, 0, 0, 0, 0));
        refused("years must be in (0, 10], was 10.01", () -> terms(0.5, 10.01, 12, 3, 0, 0, 0, 0));
        refused("cliffMonths must be in [0, 12·years = 48.0], was 48.5", () -> terms(0.5, 4, 48.5, 3, 0, 0, 0, 0));
        refused("cliffMonths must be in [0, 12·years = 48.0], was -1.0", () -> terms(0.5, 4, -1, 3, 0, 0, 0, 0));
        refused("vestMonths must be in [1, 12], was 0.99", () -> terms(0.5, 4, 12, 0.99, 0, 0, 0, 0));
        refused("vestMonths must be in [1, 12], was 12.01", () -> terms(0.5, 4, 12, 12.01, 0, 0, 0, 0));
        refused("signOn must be in [0, 10] (a share of a year's pay), was 10.01", () -> terms(0.5, 4, 12, 3, 10.01, 0, 0, 0));
        refused("clawbackMonths must be in [0, 120], was 120.5", () -> terms(0.5, 4, 12, 3, 0, 120.5, 0, 0));
        refused("buyOut must be in [0,1], was 1.01", () -> terms(0.5, 4, 12, 3, 0, 0, 1.01, 0));
        refused("riskMorale must be in [0,1], was 1.01", () -> terms(0.5, 4, 12, 3, 0, 0, 0, 1.01));
        refused("refresh must be given", () -> new PayPolicy.Terms(0.5, 4, 12, 3, 0, 0, 0, null, 0));
    }

    @Test
    void anyOneOfEquitySignOnOrBuyOutMakesADifference() {
        assertFalse(PayPolicy.Terms.CASH.any());
        assertFalse(PayPolicy.Terms.CASH.grants());
        assertTrue(terms(0.1, 4, 12, 3, 0, 0, 0, 0).any());
        assertTrue(terms(0.1, 4, 12, 3, 0, 0, 0, 0).grants());
        assertTrue(terms(0, 4, 12, 3, 0.2, 0, 0, 0).any(), "a sign-on alone");
        assertFalse(terms(0, 4, 12, 3, 0.2, 0, 0, 0).grants());
        assertTrue(terms(0, 4, 12, 3, 0, 0, 0.5, 0).any(), "a buy-out alone");
        assertFalse(terms(0, 4, 12, 3, 0, 12, 0, 0.5).any(), "a claw-back or a risk level changes nothing alone");
    }

    static PayPolicy.Terms built(Object... nameAndParams) {
        PolicySpec spec = PolicySpec.of((String) nameAndParams[0], java.util.Arrays.copyOfRange(nameAndParams, 1, nameAndParams.length));
        return PolicyRegistry.defaults().create(PolicyRegistry.PAY, spec).terms();
    }

    @Test
    void theBuiltInPoliciesFillInTheirDefaults() {
        PayPolicy.Terms annual = built("equity-annual");
        assertEquals(new PayPolicy.Terms(0.5, 4, 12, 3, 0, 12, 1, PayPolicy.Refresh.ANNUAL, 0), annual,
                "half in equity over four years, a one-year cliff, quarterly; the poacher buys out all, clawed back within a year");
        PayPolicy.Terms risk = built("equity-at-risk");
        assertEquals(PayPolicy.Refresh.AT_RISK, risk.refresh());
        assertEquals(0.35, risk.riskMorale());
        PayPolicy.Terms signOnOnly = built("equity-annual", "equity", 0, "signOn", 0.3);
        assertEquals(new PayPolicy.Terms(0, 4, 12, 3, 0.3, 12, 0, PayPolicy.Refresh.ANNUAL, 0), signOnOnly,
                "without equity: no buy-out by default, a claw-back for the sign-on");
        assertEquals(0, built("equity-annual", "equity", 0).clawbackMonths(), "nothing to claw back");
        // a claw-back with nothing to claw is refused, unless the sign-on of 0 is given outright:
        // a sweep's cell without a bonus (signOn=0,0.1,0.2 beside clawbackMonths: a scenario author's review)
        IllegalArgumentException nothing = assertThrows(IllegalArgumentException.class,
                () -> built("cash", "clawbackMonths", 18));
        assertTrue(nothing.getMessage().contains("clawbackMonths applies only with a signOn or a buyOut"), nothing.getMessage());
        PayPolicy.Terms noBonus = built("cash", "signOn", 0, "clawbackMonths", 18);
        assertEquals(0, noBonus.signOn());
        assertFalse(noBonus.any(), "a cell without a bonus pays as cash does");
        assertEquals(10, built("equity-annual", "years", 10, "cliffMonths", 120, "vestMonths", 12, "signOn", 10,
                "clawbackMonths", 120).years(), "every limit at its edge");
    }

    @Test
    void theBuiltInPoliciesRefuseWhatTheTermsCannotHold() {
        for (Object[] bad : new Object[][] {
                {"years", 0}, {"years", 10.5}, {"vestMonths", 0.5}, {"vestMonths", 12.5}, {"signOn", 10.5},
                {"clawbackMonths", 121}, {"cliffMonths", 49}}) {
            IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
                    () -> built("equity-annual", bad[0], bad[1]), bad[0] + "=" + bad[1]);
            assertTrue(x.getMessage().contains((String) bad[0]), x.getMessage());
        }
        assertEquals("pay policy 'equity-annual': years must be > 0, was 0.0",
                assertThrows(IllegalArgumentException.class, () -> built("equity-annual", "years", 0)).getMessage());
        IllegalArgumentException cliff = assertThrows(IllegalArgumentException.class, () -> built("equity-annual", "years", 0.5));
        assertTrue(cliff.getMessage().contains("cliffMonths must be at most 12 × years = 6 (the cliff falls within the grant),"
                + " was 12.0, the default: give a shorter cliffMonths"), cliff.getMessage());
        IllegalArgumentException given = assertThrows(IllegalArgumentException.class,
                () -> built("equity-annual", "years", 0.5, "cliffMonths", 7));
        assertTrue(given.getMessage().endsWith("(the cliff falls within the grant), was 7.0"), given.getMessage());
    }

    @Test
    void withoutEquityTheGrantsScheduleIsIgnored() {
        assertEquals(new PayPolicy.Terms(0, 4, 12, 3, 0, 0, 0, PayPolicy.Refresh.ANNUAL, 0),
                built("equity-annual", "equity", 0, "years", 2, "cliffMonths", 6, "vestMonths", 6));
    }

    @Test
    void onlyTheAtRiskPolicyTakesARiskLevel() {
        assertEquals(0.5, built("equity-at-risk", "riskMorale", 0.5).riskMorale());
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class, () -> built("equity-annual", "riskMorale", 0.5));
        assertTrue(x.getMessage().contains("riskMorale"), x.getMessage());
    }
}
