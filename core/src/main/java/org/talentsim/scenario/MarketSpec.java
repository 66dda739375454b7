package org.talentsim.scenario;

import org.talentsim.model.PayScale;

/**
 * Market-wide parameters.
 *
 * @param payScale the market pay scale {@code w*(s)}
 * @param separation exogenous separation rate of the employed (δ, to the pool)
 * @param offersEmployed rate at which an employed researcher of visibility 0.5 gets an outside offer (λ1; see visibilityGain)
 * @param offersSeeking rate at which a seeker (or someone on notice) gets an offer (λ0)
 * @param retirement rate at which the employed leave the market
 * @param poolExit rate at which seekers leave the market
 * @param visibilityGain g: offer rates scale by {@code (1 + g·v)/(1 + g/2)}; 0 makes visibility neutral
 * @param unemploymentValue b: the value of being in the pool (the rival bid when hiring from it,
 *     and the lowest wage a seeker accepts)
 * @param reservationShare a seeker accepts no less than this share of its last pay, in [0,1]
 * @param visaGraceDays days a visa holder may stay in the pool before leaving the market
 * @param annualRaise raise at each work anniversary, as a share of pay
 * @param payAdjust share of the gap to the team's pay level {@code payLevel·w*(s)} closed at each anniversary (raises only)
 * @param offSpecialty valuation multiplier for a researcher whose specialty differs from the team's focus, in [0,1]
 * @param matching matching-function mode for seekers, or {@code null} for fixed rates
 * @param capability how output becomes capability
 */
public record MarketSpec(PayScale payScale, Rate separation, Rate offersEmployed, Rate offersSeeking,
        Rate retirement, Rate poolExit, double visibilityGain, double unemploymentValue,
        double reservationShare, int visaGraceDays, double annualRaise, double payAdjust,
        double offSpecialty, MatchingSpec matching, CapabilitySpec capability) {
    /** Defaults for the AI-researcher market of 2025; docs/MODEL.md gives each value's source or says it is assumed. */
    public static final MarketSpec DEFAULT = new MarketSpec(new PayScale(300_000, 1.8),
            Rate.perYear(0.04), Rate.perYear(0.60), Rate.perYear(3.0), Rate.perYear(0.01),
            Rate.perYear(0.10), 4.0, 0, 0.7, 60, 0.03, 0.25, 0.8, null, CapabilitySpec.DEFAULT);

    public MarketSpec {
        if (payScale == null) {
            throw new IllegalArgumentException("market.payScale is required");
        }
        separation = orZero(separation);
        offersEmployed = orZero(offersEmployed);
        offersSeeking = orZero(offersSeeking);
        retirement = orZero(retirement);
        poolExit = orZero(poolExit);
        Check.nonNegative("market.visibilityGain", visibilityGain);
        Check.nonNegative("market.unemploymentValue", unemploymentValue);
        Check.unit("market.reservationShare", reservationShare);
        Check.nonNegative("market.visaGraceDays", visaGraceDays);
        Check.nonNegative("market.annualRaise", annualRaise);
        Check.unit("market.payAdjust", payAdjust);
        Check.unit("market.offSpecialty", offSpecialty);
        capability = capability == null ? CapabilitySpec.DEFAULT : capability;
    }

    /** A copy with another payScale. */
    public MarketSpec withPayScale(PayScale v) {
        return new MarketSpec(v, separation, offersEmployed, offersSeeking, retirement, poolExit, visibilityGain, unemploymentValue, reservationShare, visaGraceDays, annualRaise, payAdjust, offSpecialty, matching, capability);
    }

    /** A copy with another separation. */
    public MarketSpec withSeparation(Rate v) {
        return new MarketSpec(payScale, v, offersEmployed, offersSeeking, retirement, poolExit, visibilityGain, unemploymentValue, reservationShare, visaGraceDays, annualRaise, payAdjust, offSpecialty, matching, capability);
    }

    /** A copy with another offersEmployed. */
    public MarketSpec withOffersEmployed(Rate v) {
        return new MarketSpec(payScale, separation, v, offersSeeking, retirement, poolExit, visibilityGain, unemploymentValue, reservationShare, visaGraceDays, annualRaise, payAdjust, offSpecialty, matching, capability);
    }

    /** A copy with another offersSeeking. */
    public MarketSpec withOffersSeeking(Rate v) {
        return new MarketSpec(payScale, separation, offersEmployed, v, retirement, poolExit, visibilityGain, unemploymentValue, reservationShare, visaGraceDays, annualRaise, payAdjust, offSpecialty, matching, capability);
    }

    /** A copy with another retirement. */
    public MarketSpec withRetirement(Rate v) {
        return new MarketSpec(payScale, separation, offersEmployed, offersSeeking, v, poolExit, visibilityGain, unemploymentValue, reservationShare, visaGraceDays, annualRaise, payAdjust, offSpecialty, matching, capability);
    }

    /** A copy with another poolExit. */
    public MarketSpec withPoolExit(Rate v) {
        return new MarketSpec(payScale, separation, offersEmployed, offersSeeking, retirement, v, visibilityGain, unemploymentValue, reservationShare, visaGraceDays, annualRaise, payAdjust, offSpecialty, matching, capability);
    }

    /** A copy with another visibilityGain. */
    public MarketSpec withVisibilityGain(double v) {
        return new MarketSpec(payScale, separation, offersEmployed, offersSeeking, retirement, poolExit, v, unemploymentValue, reservationShare, visaGraceDays, annualRaise, payAdjust, offSpecialty, matching, capability);
    }

    /** A copy with another unemploymentValue. */
    public MarketSpec withUnemploymentValue(double v) {
        return new MarketSpec(payScale, separation, offersEmployed, offersSeeking, retirement, poolExit, visibilityGain, v, reservationShare, visaGraceDays, annualRaise, payAdjust, offSpecialty, matching, capability);
    }

    /** A copy with another reservationShare. */
    public MarketSpec withReservationShare(double v) {
        return new MarketSpec(payScale, separation, offersEmployed, offersSeeking, retirement, poolExit, visibilityGain, unemploymentValue, v, visaGraceDays, annualRaise, payAdjust, offSpecialty, matching, capability);
    }

    /** A copy with another visaGraceDays. */
    public MarketSpec withVisaGraceDays(int v) {
        return new MarketSpec(payScale, separation, offersEmployed, offersSeeking, retirement, poolExit, visibilityGain, unemploymentValue, reservationShare, v, annualRaise, payAdjust, offSpecialty, matching, capability);
    }

    /** A copy with another annualRaise. */
    public MarketSpec withAnnualRaise(double v) {
        return new MarketSpec(payScale, separation, offersEmployed, offersSeeking, retirement, poolExit, visibilityGain, unemploymentValue, reservationShare, visaGraceDays, v, payAdjust, offSpecialty, matching, capability);
    }

    /** A copy with another payAdjust. */
    public MarketSpec withPayAdjust(double v) {
        return new MarketSpec(payScale, separation, offersEmployed, offersSeeking, retirement, poolExit, visibilityGain, unemploymentValue, reservationShare, visaGraceDays, annualRaise, v, offSpecialty, matching, capability);
    }

    /** A copy with another offSpecialty. */
    public MarketSpec withOffSpecialty(double v) {
        return new MarketSpec(payScale, separation, offersEmployed, offersSeeking, retirement, poolExit, visibilityGain, unemploymentValue, reservationShare, visaGraceDays, annualRaise, payAdjust, v, matching, capability);
    }

    /** A copy with another matching. */
    public MarketSpec withMatching(MatchingSpec v) {
        return new MarketSpec(payScale, separation, offersEmployed, offersSeeking, retirement, poolExit, visibilityGain, unemploymentValue, reservationShare, visaGraceDays, annualRaise, payAdjust, offSpecialty, v, capability);
    }

    /** A copy with another capability. */
    public MarketSpec withCapability(CapabilitySpec v) {
        return new MarketSpec(payScale, separation, offersEmployed, offersSeeking, retirement, poolExit, visibilityGain, unemploymentValue, reservationShare, visaGraceDays, annualRaise, payAdjust, offSpecialty, matching, v);
    }

    private static Rate orZero(Rate r) {
        return r == null ? Rate.ZERO : r;
    }
}
