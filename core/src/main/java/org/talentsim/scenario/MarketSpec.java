package org.talentsim.scenario;

import java.util.Objects;
import org.talentsim.model.Limits;
import org.talentsim.model.PayScale;

/**
 * Market-wide parameters: immutable, validated when built. Start from {@link #DEFAULT} (the
 * AI-researcher market of 2025; docs/MODEL.md gives each value's source or says it is assumed)
 * and change what you need, with a {@code with…} method for one value or {@link #toBuilder()}
 * for several:
 *
 * <pre>{@code
 * MarketSpec m = MarketSpec.DEFAULT.toBuilder().separation(Rate.perYear(0.02)).annualRaise(0.04).build();
 * }</pre>
 */
public final class MarketSpec {
    /** The longest re-hire cool-off, months (100 years, the longest run). */
    public static final int MAX_REHIRE_COOL_OFF_MONTHS = 1200;

    /** Defaults for the AI-researcher market of 2025. */
    public static final MarketSpec DEFAULT = new Builder().build();
    private final PayScale payScale;
    private final Rate separation;
    private final Rate offersEmployed;
    private final Rate offersSeeking;
    private final Rate retirement;
    private final Rate poolExit;
    private final double visibilityGain;
    private final double unemploymentValue;
    private final double reservationShare;
    private final int visaGraceDays;
    private final double annualRaise;
    private final double payAdjust;
    private final double offSpecialty;
    private final double lumpSumYears;
    private final int rehireCoolOffMonths;
    private final Rate hiringCapacity;
    private final MatchingSpec matching;
    private final CapabilitySpec capability;

    private MarketSpec(Builder b) {
        if (b.payScale == null) {
            throw new IllegalArgumentException("market.payScale is required");
        }
        payScale = b.payScale;
        separation = orZero(b.separation);
        offersEmployed = orZero(b.offersEmployed);
        offersSeeking = orZero(b.offersSeeking);
        retirement = orZero(b.retirement);
        poolExit = orZero(b.poolExit);
        visibilityGain = Check.nonNegative("market.visibilityGain", b.visibilityGain);
        unemploymentValue = Check.atMost("market.unemploymentValue",
                Check.nonNegative("market.unemploymentValue", b.unemploymentValue), Limits.MAX_SALARY, "the highest annual pay, USD");
        reservationShare = Check.unit("market.reservationShare", b.reservationShare);
        visaGraceDays = Check.nonNegative("market.visaGraceDays", b.visaGraceDays);
        annualRaise = Check.nonNegative("market.annualRaise", b.annualRaise);
        payAdjust = Check.unit("market.payAdjust", b.payAdjust);
        offSpecialty = Check.unit("market.offSpecialty", b.offSpecialty);
        lumpSumYears = Check.positive("market.lumpSumYears", b.lumpSumYears);
        Check.atMost("market.lumpSumYears", lumpSumYears, MAX_LUMP_SUM_YEARS, "years");
        rehireCoolOffMonths = Check.nonNegative("market.rehireCoolOffMonths", b.rehireCoolOffMonths);
        hiringCapacity = orZero(b.hiringCapacity);
        if (rehireCoolOffMonths > MAX_REHIRE_COOL_OFF_MONTHS) {
            throw new IllegalArgumentException("market.rehireCoolOffMonths must be <= " + MAX_REHIRE_COOL_OFF_MONTHS
                    + " (100 years), was " + rehireCoolOffMonths);
        }
        matching = b.matching;
        capability = b.capability == null ? CapabilitySpec.DEFAULT : b.capability;
    }

    /** A builder starting from {@link #DEFAULT}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this market's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.payScale = payScale;
        b.separation = separation;
        b.offersEmployed = offersEmployed;
        b.offersSeeking = offersSeeking;
        b.retirement = retirement;
        b.poolExit = poolExit;
        b.visibilityGain = visibilityGain;
        b.unemploymentValue = unemploymentValue;
        b.reservationShare = reservationShare;
        b.visaGraceDays = visaGraceDays;
        b.annualRaise = annualRaise;
        b.payAdjust = payAdjust;
        b.offSpecialty = offSpecialty;
        b.lumpSumYears = lumpSumYears;
        b.rehireCoolOffMonths = rehireCoolOffMonths;
        b.hiringCapacity = hiringCapacity;
        b.matching = matching;
        b.capability = capability;
        return b;
    }

    /** The market pay scale {@code w*(s)}. */
    public PayScale payScale() {
        return payScale;
    }

    /** Exogenous separation rate of the employed (δ, to the pool). */
    public Rate separation() {
        return separation;
    }

    /** Rate at which an employed researcher of visibility 0.5 gets an outside offer (λ1; see visibilityGain). */
    public Rate offersEmployed() {
        return offersEmployed;
    }

    /** Rate at which a seeker (or someone on notice) gets an offer (λ0). */
    public Rate offersSeeking() {
        return offersSeeking;
    }

    /** Rate at which the employed leave the market. */
    public Rate retirement() {
        return retirement;
    }

    /** Rate at which seekers leave the market. */
    public Rate poolExit() {
        return poolExit;
    }

    /** G: offer rates scale by {@code (1 + g·v)/(1 + g/2)}; 0 makes visibility neutral. */
    public double visibilityGain() {
        return visibilityGain;
    }

    /** B: the value of being in the pool (the rival bid when hiring from it, and the lowest wage a seeker accepts). */
    public double unemploymentValue() {
        return unemploymentValue;
    }

    /** A seeker accepts no less than this share of its last pay, in [0,1]. */
    public double reservationShare() {
        return reservationShare;
    }

    /** Days a visa holder may stay in the pool before leaving the market. */
    public int visaGraceDays() {
        return visaGraceDays;
    }

    /** Raise at each work anniversary, as a share of pay. */
    public double annualRaise() {
        return annualRaise;
    }

    /** Share of the gap to the team's pay level {@code payLevel·w*(s)} closed at each anniversary (raises only). */
    public double payAdjust() {
        return payAdjust;
    }

    /** Valuation multiplier for a researcher whose specialty differs from the team's focus, in [0,1]. */
    public double offSpecialty() {
        return offSpecialty;
    }

    /** The longest {@link #lumpSumYears()}. */
    public static final double MAX_LUMP_SUM_YEARS = 50;

    /**
     * Years over which a researcher spreads a one-off sum to weigh it against annual pay: a
     * sign-on bonus or buy-out counts {@code sum / lumpSumYears} a year, and so does unvested
     * equity or a sign-on he would forfeit by leaving (docs/MODEL.md §7.9). Default 4, the usual
     * vesting term.
     */
    public double lumpSumYears() {
        return lumpSumYears;
    }

    /**
     * Months during which a lab does not hire back anyone it laid off (event, dismissal or budget
     * layoff): its offers to them are not made. 0 for none.
     */
    public int rehireCoolOffMonths() {
        return rehireCoolOffMonths;
    }

    /**
     * The most a team can hire in a tick, as a share of its planned size (the larger of its
     * headcount and its target), at least one: a recruiting capacity (MODEL §7.5). Teams with an
     * unlimited target are not limited.
     */
    public Rate hiringCapacity() {
        return hiringCapacity;
    }

    /** Matching-function mode for seekers, or {@code null} for fixed rates. */
    public MatchingSpec matching() {
        return matching;
    }

    /** How output becomes capability. */
    public CapabilitySpec capability() {
        return capability;
    }

    /** A copy with another {@code payScale}. */
    public MarketSpec withPayScale(PayScale v) {
        return toBuilder().payScale(v).build();
    }

    /** A copy with another {@code separation}. */
    public MarketSpec withSeparation(Rate v) {
        return toBuilder().separation(v).build();
    }

    /** A copy with another {@code offersEmployed}. */
    public MarketSpec withOffersEmployed(Rate v) {
        return toBuilder().offersEmployed(v).build();
    }

    /** A copy with another {@code offersSeeking}. */
    public MarketSpec withOffersSeeking(Rate v) {
        return toBuilder().offersSeeking(v).build();
    }

    /** A copy with another {@code retirement}. */
    public MarketSpec withRetirement(Rate v) {
        return toBuilder().retirement(v).build();
    }

    /** A copy with another {@code poolExit}. */
    public MarketSpec withPoolExit(Rate v) {
        return toBuilder().poolExit(v).build();
    }

    /** A copy with another {@code visibilityGain}. */
    public MarketSpec withVisibilityGain(double v) {
        return toBuilder().visibilityGain(v).build();
    }

    /** A copy with another {@code unemploymentValue}. */
    public MarketSpec withUnemploymentValue(double v) {
        return toBuilder().unemploymentValue(v).build();
    }

    /** A copy with another {@code reservationShare}. */
    public MarketSpec withReservationShare(double v) {
        return toBuilder().reservationShare(v).build();
    }

    /** A copy with another {@code visaGraceDays}. */
    public MarketSpec withVisaGraceDays(int v) {
        return toBuilder().visaGraceDays(v).build();
    }

    /** A copy with another {@code annualRaise}. */
    public MarketSpec withAnnualRaise(double v) {
        return toBuilder().annualRaise(v).build();
    }

    /** A copy with another {@code payAdjust}. */
    public MarketSpec withPayAdjust(double v) {
        return toBuilder().payAdjust(v).build();
    }

    /** A copy with another {@code lumpSumYears}. */
    public MarketSpec withLumpSumYears(double v) {
        return toBuilder().lumpSumYears(v).build();
    }

    /** A copy with another {@code offSpecialty}. */
    public MarketSpec withOffSpecialty(double v) {
        return toBuilder().offSpecialty(v).build();
    }

    /** A copy with another {@code hiringCapacity}. */
    public MarketSpec withHiringCapacity(Rate v) {
        return toBuilder().hiringCapacity(v).build();
    }

    /** A copy with another {@code rehireCoolOffMonths}. */
    public MarketSpec withRehireCoolOffMonths(int v) {
        return toBuilder().rehireCoolOffMonths(v).build();
    }

    /** A copy with another {@code matching}. */
    public MarketSpec withMatching(MatchingSpec v) {
        return toBuilder().matching(v).build();
    }

    /** A copy with another {@code capability}. */
    public MarketSpec withCapability(CapabilitySpec v) {
        return toBuilder().capability(v).build();
    }

    private static Rate orZero(Rate r) {
        return r == null ? Rate.ZERO : r;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof MarketSpec m)) {
            return false;
        }
        return Objects.equals(payScale, m.payScale)
                && Objects.equals(separation, m.separation)
                && Objects.equals(offersEmployed, m.offersEmployed)
                && Objects.equals(offersSeeking, m.offersSeeking)
                && Objects.equals(retirement, m.retirement)
                && Objects.equals(poolExit, m.poolExit)
                && Double.compare(visibilityGain, m.visibilityGain) == 0
                && Double.compare(unemploymentValue, m.unemploymentValue) == 0
                && Double.compare(reservationShare, m.reservationShare) == 0
                && visaGraceDays == m.visaGraceDays
                && Double.compare(annualRaise, m.annualRaise) == 0
                && Double.compare(payAdjust, m.payAdjust) == 0
                && Double.compare(offSpecialty, m.offSpecialty) == 0
                && Double.compare(lumpSumYears, m.lumpSumYears) == 0
                && rehireCoolOffMonths == m.rehireCoolOffMonths
                && Objects.equals(hiringCapacity, m.hiringCapacity)
                && Objects.equals(matching, m.matching)
                && Objects.equals(capability, m.capability);
    }

    @Override
    public int hashCode() {
        return Objects.hash(payScale, separation, offersEmployed, offersSeeking, retirement, poolExit, visibilityGain, unemploymentValue, reservationShare, visaGraceDays, annualRaise, payAdjust, offSpecialty, lumpSumYears, rehireCoolOffMonths, hiringCapacity, matching, capability);
    }

    @Override
    public String toString() {
        return "MarketSpec[" + "payScale=" + payScale + ", " + "separation=" + separation + ", " + "offersEmployed=" + offersEmployed + ", " + "offersSeeking=" + offersSeeking + ", " + "retirement=" + retirement + ", " + "poolExit=" + poolExit + ", " + "visibilityGain=" + visibilityGain + ", " + "unemploymentValue=" + unemploymentValue + ", " + "reservationShare=" + reservationShare + ", " + "visaGraceDays=" + visaGraceDays + ", " + "annualRaise=" + annualRaise + ", " + "payAdjust=" + payAdjust + ", " + "offSpecialty=" + offSpecialty + ", " + "lumpSumYears=" + lumpSumYears + ", " + "rehireCoolOffMonths=" + rehireCoolOffMonths + ", " + "hiringCapacity=" + hiringCapacity + ", " + "matching=" + matching + ", " + "capability=" + capability + "]";
    }

    /** Builds a {@link MarketSpec}; every value starts at {@link MarketSpec#DEFAULT}'s. */
    public static final class Builder {
        private PayScale payScale = new PayScale(300_000, 1.8);
        private Rate separation = Rate.perYear(0.04);
        private Rate offersEmployed = Rate.perYear(0.60);
        private Rate offersSeeking = Rate.perYear(3.0);
        private Rate retirement = Rate.perYear(0.01);
        private Rate poolExit = Rate.perYear(0.10);
        private double visibilityGain = 4.0;
        private double unemploymentValue = 0;
        private double reservationShare = 0.7;
        private int visaGraceDays = 60;
        private double annualRaise = 0.03;
        private double payAdjust = 0.25;
        private double offSpecialty = 0.8;
        private double lumpSumYears = 4;
        private int rehireCoolOffMonths = 12;
        private Rate hiringCapacity = Rate.perMonth(0.05);
        private MatchingSpec matching = null;
        private CapabilitySpec capability = CapabilitySpec.DEFAULT;

        private Builder() {}

        /** Sets {@code payScale}: the market pay scale {@code w*(s)}. */
        public Builder payScale(PayScale v) {
            payScale = v;
            return this;
        }

        /** Sets {@code separation}: exogenous separation rate of the employed (δ, to the pool). */
        public Builder separation(Rate v) {
            separation = v;
            return this;
        }

        /** Sets {@code offersEmployed}: rate at which an employed researcher of visibility 0.5 gets an outside offer (λ1; see visibilityGain). */
        public Builder offersEmployed(Rate v) {
            offersEmployed = v;
            return this;
        }

        /** Sets {@code offersSeeking}: rate at which a seeker (or someone on notice) gets an offer (λ0). */
        public Builder offersSeeking(Rate v) {
            offersSeeking = v;
            return this;
        }

        /** Sets {@code retirement}: rate at which the employed leave the market. */
        public Builder retirement(Rate v) {
            retirement = v;
            return this;
        }

        /** Sets {@code poolExit}: rate at which seekers leave the market. */
        public Builder poolExit(Rate v) {
            poolExit = v;
            return this;
        }

        /** Sets {@code visibilityGain}: g: offer rates scale by {@code (1 + g·v)/(1 + g/2)}; 0 makes visibility neutral. */
        public Builder visibilityGain(double v) {
            visibilityGain = v;
            return this;
        }

        /** Sets {@code unemploymentValue}: b: the value of being in the pool (the rival bid when hiring from it, and the lowest wage a seeker accepts). */
        public Builder unemploymentValue(double v) {
            unemploymentValue = v;
            return this;
        }

        /** Sets {@code reservationShare}: a seeker accepts no less than this share of its last pay, in [0,1]. */
        public Builder reservationShare(double v) {
            reservationShare = v;
            return this;
        }

        /** Sets {@code visaGraceDays}: days a visa holder may stay in the pool before leaving the market. */
        public Builder visaGraceDays(int v) {
            visaGraceDays = v;
            return this;
        }

        /** Sets {@code annualRaise}: raise at each work anniversary, as a share of pay. */
        public Builder annualRaise(double v) {
            annualRaise = v;
            return this;
        }

        /** Sets {@code payAdjust}: share of the gap to the team's pay level {@code payLevel·w*(s)} closed at each anniversary (raises only). */
        public Builder payAdjust(double v) {
            payAdjust = v;
            return this;
        }

        /** Sets {@code lumpSumYears}: years over which a one-off sum (sign-on, buy-out, forfeited equity) is spread against annual pay. */
        public Builder lumpSumYears(double v) {
            lumpSumYears = v;
            return this;
        }

        /** Sets {@code offSpecialty}: valuation multiplier for a researcher whose specialty differs from the team's focus, in [0,1]. */
        public Builder offSpecialty(double v) {
            offSpecialty = v;
            return this;
        }

        /** Sets {@code hiringCapacity}: the most a team hires in a month as a share of its planned size. */
        public Builder hiringCapacity(Rate v) {
            hiringCapacity = v;
            return this;
        }

        /** Sets {@code rehireCoolOffMonths}: months during which a lab does not hire back anyone it laid off (0 for none). */
        public Builder rehireCoolOffMonths(int v) {
            rehireCoolOffMonths = v;
            return this;
        }

        /** Sets {@code matching}: matching-function mode for seekers, or {@code null} for fixed rates. */
        public Builder matching(MatchingSpec v) {
            matching = v;
            return this;
        }

        /** Sets {@code capability}: how output becomes capability. */
        public Builder capability(CapabilitySpec v) {
            capability = v;
            return this;
        }

        /**
         * Validates and builds.
         *
         * @throws IllegalArgumentException naming the first bad value
         */
        public MarketSpec build() {
            return new MarketSpec(this);
        }
    }
}
