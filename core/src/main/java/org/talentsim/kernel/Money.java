package org.talentsim.kernel;

import org.talentsim.model.Limits;
import org.talentsim.model.PayScale;

/**
 * The fixed-point unit in which a world adds up money (payrolls, team salary sums, budgets'
 * arithmetic, equity): {@code 1 / perDollar} of the scenario's currency, with {@code perDollar =
 * 100 · 10^j}. Integer sums do not depend on the order of their terms, which keeps results the same
 * for any thread count (docs/MODEL.md §7.2).
 *
 * <p>Cents ({@code j = 0}) for pay in dollars; a market whose pay scale's base is 300 or less (pay
 * in thousands of dollars, or the theory presets' scale of 1) counts in finer units, so that its
 * sums keep the differences between wages: {@code j = ⌊log₁₀(3,000 / base)⌋}, at most 10. What
 * keeps every sum inside a {@code long} is that one salary in units is at most 10¹¹ (5·10⁷
 * researchers × 10¹¹ < 2⁶³): the highest pay the world's researchers may reach is {@link #cap} =
 * 10⁹ / 10^j (at least 3.3·10⁵ × the base), lowered no further than the highest pay the scenario
 * names ({@code j} is lowered until the cap holds that pay; j = 0 is the scenario files' own limit,
 * {@link Limits#MAX_SALARY}; drawn starting salaries stop at the cap): {@link PayScale#moneyDigits}.
 * A scenario whose base would count fewer than {@link PayScale#MIN_UNITS_AT_BASE} units is refused.
 */
final class Money {
    /** Cents: the unit of a market whose pay is in dollars. */
    static final Money CENTS = new Money(0);
    /** Units per unit of currency, {@code 100 · 10^j}. */
    final long perDollar;
    /** {@link #perDollar} as a double (exact: at most 10¹²). */
    final double scale;
    /** The highest pay, {@code Limits.MAX_SALARY / 10^j}: a salary in units is at most 10¹¹. */
    final double cap;
    /** j: the decimal places beyond cents. */
    final int extraDigits;

    private Money(int j) {
        extraDigits = j;
        long p = 100;
        long tens = 1;
        for (int k = 0; k < j; k++) {
            p *= 10;
            tens *= 10;
        }
        perDollar = p;
        scale = p;
        cap = Limits.MAX_SALARY / tens;
    }

    /**
     * The unit of a market with pay scale base {@code base} whose highest named or starting pay is
     * {@code top}: the finest the base asks for whose cap is at least {@code top}.
     */
    static Money of(double base, double top) {
        return new Money(PayScale.moneyDigits(base, top));
    }

    /**
     * {@code Math.round(usd · perDollar)} for the non-negative amounts the sums take, in fewer
     * instructions (see {@link #round}).
     */
    long units(double usd) {
        return round(usd * scale);
    }

    /** An amount in units, as a double: {@code units / perDollar}. */
    double amount(long units) {
        return units / scale;
    }

    /** A budget in units, rounded down; {@code Long.MAX_VALUE} for one no payroll can reach (or none). */
    long budget(double usd) {
        // the cast saturates: a budget of 10¹⁵ in units of 10⁻¹² or an infinite one gives Long.MAX_VALUE,
        // above any payroll (at most 5·10⁷ × 10¹¹ units)
        return (long) Math.floor(usd * scale);
    }

    /** Pay clamped into [0, {@link #cap}] (NaN and −0 become +0, as {@link Limits#salary}). */
    double salary(double usd) {
        return usd > 0 ? Math.min(usd, cap) : 0;
    }

    /**
     * {@code Math.round(x)} for x ≥ 0 (and x = 0 for NaN never occurs: pay is clamped), in fewer
     * instructions: for 0 ≤ x < 2⁵² the cast is the floor, and x − floor(x) is exact (larger
     * values are whole numbers already, and go to {@code Math.round}).
     */
    static long round(double x) {
        if (x >= 0.5 && x < 0x1p52) {
            // x + 0.5 is exact, or rounds without reaching the next whole number: 0.5 is a
            // multiple of x's ulp, so the sum is exact unless it crosses into the next binade,
            // whose grid still holds every whole number (which rounding cannot pass); below 0.5
            // the sum can round up to 1 (0.49999999999999994), hence the test
            return (long) (x + 0.5);
        }
        if (!(x < 0x1p52)) {
            return Math.round(x);
        }
        long f = (long) x;
        return f + (x - f >= 0.5 ? 1 : 0);
    }

    @Override
    public String toString() {
        return "1/" + perDollar;
    }
}
