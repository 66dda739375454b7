package org.talentsim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentsim.RunResult;
import org.talentsim.Talentsim;
import org.talentsim.metrics.LabRow;
import org.talentsim.model.Focus;
import org.talentsim.model.TickUnit;
import org.talentsim.policy.PayPolicy;
import org.talentsim.scenario.MarketSpec;
import org.talentsim.scenario.PolicySpec;
import org.talentsim.scenario.Rate;
import org.talentsim.scenario.Scenario;

/**
 * A grant holds the equity its pay counts over its vesting dates (docs/MODEL.md §7.9). A grant of
 * half a year vesting after 12 months held half a year's equity while its pay counted a year's
 * until the date, so spend and equity_vested fell short of the payroll by half (an adversarial
 * review); it now holds the span of its dates, and says so in a note.
 */
class VestingSpanTest {
    /** A lab hiring 40 from the pool over 36 months; nothing else moves, and pay changes only by the packages. */
    static Scenario hiring(long seed, PolicySpec pay) {
        return hiring(seed, pay, TickUnit.MONTH);
    }

    static Scenario hiring(long seed, PolicySpec pay, TickUnit unit) {
        MarketSpec still = MarketSpec.DEFAULT.withOffersEmployed(Rate.ZERO).withOffersSeeking(Rate.perYear(12))
                .withSeparation(Rate.ZERO).withRetirement(Rate.ZERO).withPoolExit(Rate.ZERO).withAnnualRaise(0).withPayAdjust(0);
        return Scenario.builder("vest").seed(seed).months(36).tickUnit(unit).market(still).quits(PolicySpec.of("none"))
                .lab("E", l -> l.pay(pay).team("R", Focus.RESEARCH, 0, t -> t.target(40))).pool(60).build();
    }

    static PolicySpec equity(String name, double years, double vest, double cliff) {
        return PolicySpec.of(name, "equity", 1, "years", years, "vestMonths", vest, "cliffMonths", cliff);
    }

    /** Equity vested plus what is unvested at the end, against the payroll summed over the months (pay a year / 12). */
    static double[] grantedAndCounted(RunResult r) {
        List<LabRow> rows = r.labs().stream().filter(l -> l.lab().equals("E")).toList();
        double vested = rows.stream().mapToDouble(LabRow::equityVested).sum();
        double counted = rows.stream().mapToDouble(LabRow::payroll).sum() / 12;
        return new double[] {vested + rows.get(rows.size() - 1).unvested(), counted};
    }

    @Test
    void aGrantWhoseDatesOutrunItsYearsHoldsTheirSpan() {
        Talentsim ts = Talentsim.defaults();
        for (long seed = 1; seed <= 8; seed++) {
            // half a year vesting after 12 months is a year's grant vesting after 12 months: one
            // date at a year, holding a year's equity, as the pay counts it
            RunResult half = ts.run(hiring(seed, equity("equity", 0.5, 12, 6)));
            RunResult year = ts.run(hiring(seed, equity("equity", 1, 12, 12)));
            assertEquals(year.labs(), half.labs(), "seed " + seed);
            // a year and a half vesting yearly has two dates: it spans two years
            RunResult oneAndHalf = ts.run(hiring(seed, equity("equity-annual", 1.5, 12, 12)));
            RunResult two = ts.run(hiring(seed, equity("equity-annual", 2, 12, 12)));
            assertEquals(two.labs(), oneAndHalf.labs(), "seed " + seed);
            double[] g = grantedAndCounted(half);
            double[] exact = grantedAndCounted(ts.run(hiring(seed, equity("equity", 1, 1, 0))));
            // the hire's own month is paid but in no month-end payroll: the same share in both
            assertEquals(exact[0] / exact[1], g[0] / g[1], 1e-3, "granted per counted, seed " + seed);
        }
    }

    @Test
    void theGrantsYearsAreTheSpanOfItsDates() {
        assertEquals(1.0, new PayTerms(terms(0.5, 12, 6), TickUnit.MONTH).years);
        assertEquals(2.0, new PayTerms(terms(1.5, 12, 12), TickUnit.MONTH).years);
        assertEquals(4.0, new PayTerms(terms(4, 3, 12), TickUnit.MONTH).years);
        assertEquals(4.0, new PayTerms(terms(4, 3, 12), TickUnit.WEEK).years, "13-week dates fill the four years");
        // 4-week dates: 48 of them span 192 weeks, and the grant holds that much
        assertEquals(192.0 / 52, new PayTerms(terms(4, 1, 12), TickUnit.WEEK).years, 1e-12);
        PayTerms t = new PayTerms(terms(0.5, 12, 6), TickUnit.MONTH);
        assertEquals(0.5 * 100_000, t.grant(100_000), 1e-9, "a year of the equity half of the pay");
        assertEquals(0.5 * 100_000, t.rate(t.grant(100_000), t.periods), 1e-9, "streamed at the equity part of the pay");
    }

    static PayPolicy.Terms terms(double years, double vest, double cliff) {
        return new PayPolicy.Terms(0.5, years, cliff, vest, 0, 0, 0, PayPolicy.Refresh.NONE, 0);
    }

    @Test
    void termsWhoseDatesDoNotFitTheirYearsAreNoted() {
        List<String> half = hiring(1, equity("equity", 0.5, 12, 6)).notes();
        assertTrue(half.stream().anyMatch(n -> n.equals("labs[E].pay: a grant of 6 months (years 0.5) vesting every 12 months has 1"
                + " date, which spans 12 months: it holds that span's equity, what its pay counts over its dates, not 6 months'"
                + " (give a vestMonths of whole months that divides 12 × years)")), half.toString());
        // counted in ticks as the kernel counts them: 1.5 months is a 2-month period, 8 of them 16 months (a review)
        List<String> fraction = hiring(1, equity("equity", 1, 1.5, 0)).notes();
        assertTrue(fraction.stream().anyMatch(n -> n.startsWith("labs[E].pay: a grant of 12 months (years 1) vesting every 1.5 months"
                + " has 8 dates, which span 16 months (8 of 2 months)")), fraction.toString());
        // a weekly run's 4-week periods: 48 of them span 192 weeks, not four years' 208
        List<String> weekly = hiring(1, equity("equity", 4, 1, 12), TickUnit.WEEK).notes();
        assertTrue(weekly.stream().anyMatch(n -> n.startsWith("labs[E].pay: a grant of 48 months (years 4) vesting every 1 months has"
                + " 48 dates, which span 192 weeks (48 of 4 weeks)")), weekly.toString());
        assertFalse(hiring(1, equity("equity", 4, 3, 12), TickUnit.WEEK).notes().stream().anyMatch(n -> n.contains(".pay:")),
                "13-week periods fill four years, and the 52-week cliff is four of them");
        // a team's own pay too
        Scenario team = Scenario.builder("vest").seed(1).months(12).lab("E", l -> l.team("R", Focus.RESEARCH, 10,
                t -> t.pay("equity", "equity", 0.5, "years", 0.5, "vestMonths", 12, "cliffMonths", 6))).build();
        assertTrue(team.notes().stream().anyMatch(n -> n.startsWith("labs[E].teams[R].pay: a grant of 6 months")), team.notes().toString());
        List<String> cliff = hiring(1, equity("equity", 1, 3, 7)).notes();
        assertTrue(cliff.stream().anyMatch(n -> n.startsWith("labs[E].pay: cliffMonths 7 is not a whole number of 3-month periods")),
                cliff.toString());
        List<String> refresh = hiring(1, equity("equity-annual", 5, 5, 10)).notes();
        assertTrue(refresh.stream().anyMatch(n -> n.startsWith("labs[E].pay: refreshers are granted at work anniversaries, which fall"
                + " between vesting dates every 5 months")), refresh.toString());
        for (PolicySpec fits : List.of(equity("equity-annual", 4, 3, 12), equity("equity", 1, 1, 0), equity("equity", 4, 12, 48),
                PolicySpec.of("equity-at-risk"), PolicySpec.of("cash"), PolicySpec.of("equity", "equity", 0, "years", 0.5))) {
            assertFalse(hiring(1, fits).notes().stream().anyMatch(n -> n.contains(".pay:")), fits.toString());
        }
    }

    /**
     * The notes count the span, the cliff and the refreshers' dates as the kernel does (the note
     * repeats PayTerms' arithmetic in the scenario package; a drift between them was a review's
     * finding): over a grid of terms and both tick units, each note is said exactly when the
     * kernel's dates differ from what the pay counts.
     */
    @Test
    void theNotesFollowTheKernelsDates() {
        for (TickUnit unit : new TickUnit[] {TickUnit.MONTH, TickUnit.WEEK}) {
            for (double years : new double[] {0.5, 1, 1.5, 4}) {
                for (double vest : new double[] {1, 1.5, 2, 3, 5, 12}) {
                    for (double cliff : new double[] {0, 6, 7, 12}) {
                        if (cliff > 12 * years) {
                            continue;
                        }
                        PayTerms t = new PayTerms(new PayPolicy.Terms(0.5, years, cliff, vest, 0, 0, 0, PayPolicy.Refresh.ANNUAL, 0), unit);
                        List<String> notes = hiring(1, PolicySpec.of("equity-annual", "equity", 0.5, "years", years, "vestMonths", vest,
                                "cliffMonths", cliff), unit).notes();
                        String at = unit + " years " + years + " vest " + vest + " cliff " + cliff + ": " + notes;
                        assertEquals((double) t.periods * t.every != years * unit.ticksPerYear(),
                                notes.stream().anyMatch(n -> n.startsWith("labs[E].pay: a grant of")), "span, " + at);
                        assertEquals(t.first != t.firstPeriods * t.every,
                                notes.stream().anyMatch(n -> n.startsWith("labs[E].pay: cliffMonths")), "cliff, " + at);
                        assertEquals(unit.ticksPerYear() % t.every != 0,
                                notes.stream().anyMatch(n -> n.startsWith("labs[E].pay: refreshers")), "refreshers, " + at);
                    }
                }
            }
        }
    }
}
