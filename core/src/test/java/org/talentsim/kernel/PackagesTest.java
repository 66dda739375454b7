package org.talentsim.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentsim.RunResult;
import org.talentsim.Talentsim;
import org.talentsim.engine.Simulation;
import org.talentsim.engine.TickObserver;
import org.talentsim.experiment.Outcome;
import org.talentsim.experiment.Outcomes;
import org.talentsim.policy.PolicyRegistry;
import org.talentsim.metrics.InvariantChecker;
import org.talentsim.metrics.LabRow;
import org.talentsim.metrics.MoveRow;
import org.talentsim.metrics.Summary;
import org.talentsim.model.Focus;
import org.talentsim.model.MoveReason;
import org.talentsim.model.MovesView;
import org.talentsim.model.PopulationView;
import org.talentsim.model.Status;
import org.talentsim.model.WorldView;
import org.talentsim.scenario.EventSpec;
import org.talentsim.scenario.MarketSpec;
import org.talentsim.scenario.PolicySpec;
import org.talentsim.scenario.Rate;
import org.talentsim.scenario.Scenario;
import org.talentsim.scenario.ScenarioBuilder;

/**
 * Issue 16: pay packages (docs/MODEL.md §7.9). A lab's pay policy grants equity that vests on a
 * schedule, pays sign-ons with a claw-back and buys out what a hire forfeits; what is unvested
 * holds people (the handcuff), and its end releases them.
 */
class PackagesTest {
    /** Poaching is brisk; quits follow morale; nobody separates or retires for other reasons. */
    static final MarketSpec BRISK = MarketSpec.DEFAULT.withOffersEmployed(Rate.perYear(2))
            .withSeparation(Rate.ZERO).withRetirement(Rate.ZERO);

    /** Nothing moves and pay never changes (with quits {@code none}): only the packages act. */
    static final MarketSpec STILL = MarketSpec.DEFAULT.withOffersEmployed(Rate.ZERO).withOffersSeeking(Rate.ZERO)
            .withSeparation(Rate.ZERO).withRetirement(Rate.ZERO).withPoolExit(Rate.ZERO)
            .withAnnualRaise(0).withPayAdjust(0);

    /** Grantco (paying {@code pay}) and a rich Rival that poaches with {@code rivalPay}. */
    static ScenarioBuilder market(long seed, MarketSpec m, PolicySpec pay, PolicySpec rivalPay, int months) {
        ScenarioBuilder b = Scenario.builder("packages").seed(seed).months(months).market(m);
        if (m == STILL) {
            b.quits(PolicySpec.of("none"));
        }
        return b
                .lab("Grantco", l -> l.prestige(0.6).pay(pay).team("Research", Focus.RESEARCH, 1500, t -> { }))
                .lab("Rival", l -> l.prestige(0.7).productivity(2.5).offer(PolicySpec.of("premium", "premium", 0.3))
                        .pay(rivalPay).team("R", Focus.RESEARCH, 300, t -> t.target(1200)))
                .pool(300);
    }

    @Test
    void aHireGetsTheLabsGrantAndSignOnAndTheRowsSaySo() {
        PolicySpec pay = PolicySpec.of("equity-annual", "equity", 0.4, "signOn", 0.25);
        RunResult r = Talentsim.defaults().run(market(3, BRISK, PolicySpec.of("cash"), pay, 12).build());
        int checked = 0;
        Map<Integer, Double> signOns = new HashMap<>();
        for (MoveRow m : r.moves()) {
            boolean in = m.toLab().equals("Rival") && !m.fromLab().equals("Rival")
                    && (m.reason() == MoveReason.HIRED || m.reason() == MoveReason.POACHED);
            if (in) {
                assertEquals(0.4 * m.newSalary(), m.annualEquity(), 1e-6 * m.newSalary(), m.toString());
                assertEquals(0.25 * m.newSalary(), m.signOn(), 1e-6 * m.newSalary(), m.toString());
                assertEquals(0, m.boughtOut(), "Grantco pays cash: nothing to buy out");
                signOns.merge(m.tick(), m.signOn(), Double::sum);
                checked++;
            } else {
                assertEquals(0, m.signOn(), m.toString());
                assertEquals(0, m.boughtOut(), m.toString());
            }
        }
        assertTrue(checked > 100, "hires and poaches into Rival: " + checked);
        for (LabRow l : r.labRows("Rival")) {
            assertEquals(signOns.getOrDefault(l.tick(), 0.0), l.signOns(), 1e-6 * Math.max(1, l.signOns()), "tick " + l.tick());
        }
        for (LabRow l : r.labRows("Grantco")) {
            assertEquals(0, l.unvested());
            assertEquals(0, l.equityVested());
        }
    }

    /**
     * A rule between a pay policy's parameters is checked on the values given, not on the other's
     * default: a ten-year grant may have a five-year cliff, a half-year grant no cliff; a cliff
     * beyond the grant is refused on the mapping (broken fixtures 90 and 95).
     */
    @Test
    void aPayPolicysCliffIsCheckedAgainstItsOwnYears() {
        for (String pay : List.of("{name: equity, years: 10, cliffMonths: 60}", "{name: equity, cliffMonths: 60, years: 10}",
                "{name: equity-annual, years: 0.5, cliffMonths: 0}")) {
            Scenario s = org.talentsim.io.ScenarioFiles.parse("version: 1\nname: t\nstart: 2025-01\nmonths: 3\nlabs:\n"
                    + "  - name: A\n    pay: " + pay + "\n    teams:\n      - {name: T, focus: research, headcount: 10}\n", "t.yaml");
            assertEquals(s.labs().get(0).pay().params().size(), 2, pay);
        }
    }

    /** A team's own pay policy replaces its lab's for the people it hires and keeps. */
    @Test
    void aTeamPaysByItsOwnPolicy() {
        Scenario s = market(6, BRISK, PolicySpec.of("cash"), PolicySpec.of("cash"), 12).build().toBuilder()
                .editLab("Rival", l -> l.team("Stars", Focus.RESEARCH, 0, t -> t.target(150)
                        .pay("equity-annual", "equity", 0.8, "signOn", 0.35)))
                .build();
        RunResult r = Talentsim.defaults().run(s);
        int stars = 0;
        int others = 0;
        for (MoveRow m : r.moves()) {
            if (m.toLab().equals("Rival") && !m.fromLab().equals("Rival")
                    && (m.reason() == MoveReason.HIRED || m.reason() == MoveReason.POACHED)) {
                if (m.toTeam().equals("Stars")) {
                    assertEquals(0.8 * m.newSalary(), m.annualEquity(), 1e-6 * m.newSalary(), m.toString());
                    assertEquals(0.35 * m.newSalary(), m.signOn(), 1e-6 * m.newSalary(), m.toString());
                    stars++;
                } else {
                    assertEquals(0, m.annualEquity(), m.toString());
                    assertEquals(0, m.signOn(), m.toString());
                    others++;
                }
            }
        }
        assertTrue(stars > 20 && others > 20, stars + " into Stars, " + others + " into R");
        assertTrue(r.labRows("Rival").get(11).unvested() > 0);
        // the leaving rates follow a team's grants too (a lab paying cash with one team on grants)
        Outcome o = Outcomes.run(s, PolicyRegistry.defaults(), List.of());
        assertTrue(o.value("Rival.leaving_unvested") >= 0, "rate while unvested: " + o.value("Rival.leaving_unvested"));
        assertTrue(Double.isNaN(o.value("Grantco.leaving_unvested")), "Grantco pays cash");
    }

    /**
     * With monthly vesting and no cliff, equity vests as fast as it accrues: a lab that pays
     * 60% of pay in ten-year grants spends, month by month, what an all-cash lab spends (none of
     * the grants ends in the two years). Vesting every quarter pays each quarter's equity at its
     * end: over two years of a staff with tenures spread evenly, within 2% of the same.
     */
    @Test
    void spendCountsCashAndEquityAsItVests() {
        double cash = spent(PolicySpec.of("cash"));
        double monthly = spent(PolicySpec.of("equity", "equity", 0.6, "years", 10, "cliffMonths", 0, "vestMonths", 1));
        assertEquals(cash, monthly, 1e-6 * cash, "monthly vesting spends what cash spends");
        double quarterly = spent(PolicySpec.of("equity", "equity", 0.6, "years", 10, "cliffMonths", 0, "vestMonths", 3));
        assertEquals(cash, quarterly, 0.02 * cash, "quarterly vesting");
        assertTrue(quarterly != cash, "quarterly vesting pays at other times than cash");
    }

    private static double spent(PolicySpec pay) {
        RunResult r = Talentsim.defaults().run(market(5, STILL, pay, PolicySpec.of("cash"), 24).build());
        return r.lab("Grantco").spent();
    }

    /**
     * Without moves, what vests is what leaves the unvested balance: month by month, the lab's
     * {@code equity_vested} is the fall of its {@code unvested}; a grant that vests out takes its
     * equity part out of the pay.
     */
    @Test
    void vestedEquityLeavesTheBalanceAndAnEndedGrantLeavesThePay() {
        PolicySpec pay = PolicySpec.of("equity", "equity", 0.5, "years", 2, "cliffMonths", 12, "vestMonths", 3);
        RunResult r = Talentsim.defaults().run(market(7, STILL, pay, PolicySpec.of("cash"), 30).build());
        List<LabRow> rows = r.labRows("Grantco");
        double before = Double.NaN;
        double vested = 0;
        for (LabRow l : rows) {
            if (!Double.isNaN(before)) {
                // to the float precision of each balance (USD 1 a person is ample)
                assertEquals(before - l.unvested(), l.equityVested(), 1500, "tick " + l.tick());
            }
            before = l.unvested();
            vested += l.equityVested();
        }
        assertTrue(vested > 0);
        assertEquals(0, rows.get(rows.size() - 1).unvested(), "every two-year grant has vested out by month 30");
        // the staff with under two years of tenure at the start (2 in 5: tenures are spread over
        // five years) held a grant; when it ended they lost its equity part, half their pay
        double fall = rows.get(rows.size() - 1).payroll() / rows.get(0).payroll();
        assertTrue(fall > 0.76 && fall < 0.84, "payroll at the end / at the start: " + fall);
    }

    /**
     * Under annual refreshers a grant that vests out before the next anniversary (one of less
     * than a year; a weekly run's 4-week dates vest a year's grant in 48 weeks) leaves the pay
     * whole: the refresher renews it at the anniversary. The pay lost its equity part at the
     * vest-out instead, the refresher granted on the cut pay, and pay fell by the equity share
     * every year with nothing happening (a 100-person lab's mean pay 466k to 121k in two years).
     */
    @Test
    void annualRefreshersKeepThePayWholeWhenAGrantVestsOutBeforeTheAnniversary() {
        assertPayStaysWholeWithRefreshers("equity-annual");
    }

    /**
     * Under at-risk refreshers a grant that vests out between anniversaries (one of less than a
     * year, a weekly run's 4-week dates, a grant renewed by a counter-offer) is renewed at once
     * for a researcher at risk then: with everyone at risk ({@code riskMorale} 1) the pay stays
     * whole. It lost its equity part at the vest-out, the anniversary's refresher was granted on
     * the cut pay, and pay fell by the equity share every year.
     */
    @Test
    void atRiskRefreshersKeepThePayWholeWhenAGrantVestsOutBetweenAnniversaries() {
        assertPayStaysWholeWithRefreshers("equity-at-risk", "riskMorale", 1);
    }

    /**
     * Grantco's payroll stays whole over three years of grants shorter than a year (monthly) or
     * of a weekly run's 4-week dates, with nothing moving and no raise, on refreshers
     * {@code policy} with {@code params}; the grants vest and are renewed.
     */
    private static void assertPayStaysWholeWithRefreshers(String policy, Object... params) {
        for (long seed : new long[] {3, 11, 29}) {
            for (boolean weekly : new boolean[] {false, true}) {
                List<Object> p = new java.util.ArrayList<>(List.of(params));
                p.addAll(weekly ? List.of("equity", 0.5, "years", 1, "cliffMonths", 12, "vestMonths", 1)
                        : List.of("equity", 0.5, "years", 0.5, "cliffMonths", 6, "vestMonths", 6));
                ScenarioBuilder b = market(seed, STILL, PolicySpec.of(policy, p.toArray()), PolicySpec.of("cash"), 36);
                if (weekly) {
                    b.tickUnit(org.talentsim.model.TickUnit.WEEK);
                }
                List<LabRow> rows = Talentsim.defaults().run(b.build()).labRows("Grantco");
                double first = rows.get(0).payroll();
                String what = policy + ", " + (weekly ? "weekly" : "monthly") + ", seed " + seed;
                for (LabRow l : rows) {
                    assertEquals(first, l.payroll(), 1e-6 * first, what + ", tick " + l.tick() + ": nothing moves, no raise");
                }
                assertTrue(rows.stream().skip(rows.size() / 2).anyMatch(l -> l.unvested() > 0), what + ": grants renewed");
                assertTrue(rows.stream().mapToDouble(LabRow::equityVested).sum() > 0, what);
            }
        }
    }

    /**
     * Under at-risk refreshers a researcher not at risk when his grant vests out loses the equity
     * part of his pay then (the cliff).
     */
    @Test
    void atRiskRefreshersLeaveTheCliffToThoseNotAtRisk() {
        PolicySpec pay = PolicySpec.of("equity-at-risk", "riskMorale", 0, "equity", 0.5, "years", 0.5,
                "cliffMonths", 6, "vestMonths", 6);
        List<LabRow> rows = Talentsim.defaults().run(market(3, STILL, pay, PolicySpec.of("cash"), 24).build())
                .labRows("Grantco");
        double first = rows.get(0).payroll();
        double last = rows.get(rows.size() - 1).payroll();
        // a half-year grant of e·w·Y = w/4 pays 2U a year: its end takes twice what vested off the pay
        double vested = rows.stream().skip(1).mapToDouble(LabRow::equityVested).sum();
        assertTrue(vested > 0.01 * first, "grants vested: " + vested);
        assertEquals(first - 2 * vested, last, 1e-6 * first, "nobody at risk: each pay loses its equity part");
        assertTrue(rows.stream().skip(rows.size() / 2).allMatch(l -> l.unvested() == 0), "no refresher");
    }

    /**
     * The handcuff and its release (Jochem, Ladika and Sautner 2018: turnover rises when unvested
     * equity goes): a four-year grant that vests all at once at 48 months of tenure holds the
     * staff while it is unvested; in the three months after it vested (nothing else unvested, and
     * the pay without its equity part) they leave at a much higher monthly rate. Over 10 seeds.
     */
    @Test
    void quitsAndPoachingRiseRightAfterTheLastVestingDate() {
        PolicySpec pay = PolicySpec.of("equity", "equity", 0.6, "years", 4, "cliffMonths", 48, "vestMonths", 3);
        long[] held = new long[2];
        long[] released = new long[2];
        int higher = 0;
        for (long seed = 1; seed <= 10; seed++) {
            Hazards h = new Hazards(0);
            try (Simulation sim = Simulation.builder(market(seed, BRISK, pay, PolicySpec.of("cash"), 24).build())
                    .observer(h).observer(new InvariantChecker()).build()) {
                sim.run();
            }
            held[0] += h.heldLeft;
            held[1] += h.heldExposure;
            released[0] += h.releasedLeft;
            released[1] += h.releasedExposure;
            higher += h.rate(true) > h.rate(false) ? 1 : 0;
        }
        double before = (double) held[0] / held[1];
        double after = (double) released[0] / released[1];
        assertTrue(released[1] > 1000, "researcher-months just after vesting: " + released[1]);
        assertTrue(after > 2 * before, "monthly leaving rate just after the last vest " + after + " vs while unvested " + before);
        assertTrue(higher >= 9, "higher after the vest in " + higher + " of 10 seeds");
    }

    /** The standard metrics give the same two rates (docs/METRICS.md), and NaN for an all-cash world. */
    @Test
    void theStandardMetricsMeasureTheRelease() {
        PolicySpec pay = PolicySpec.of("equity", "equity", 0.6, "years", 4, "cliffMonths", 48, "vestMonths", 3);
        int higher = 0;
        for (long seed = 1; seed <= 5; seed++) {
            Outcome o = Outcomes.run(market(seed, BRISK, pay, PolicySpec.of("cash"), 24).build(), PolicyRegistry.defaults(),
                    List.of());
            Hazards h = new Hazards(0);
            try (Simulation sim = Simulation.builder(market(seed, BRISK, pay, PolicySpec.of("cash"), 24).build())
                    .observer(h).build()) {
                sim.run();
            }
            assertEquals(h.rate(false), o.value("Grantco.leaving_unvested"), 1e-12);
            assertEquals(h.rate(true), o.value("Grantco.leaving_vested_out"), 1e-12);
            higher += o.value("Grantco.leaving_vested_out") > o.value("Grantco.leaving_unvested") ? 1 : 0;
            assertTrue(o.value("Grantco.unvested_end") > 0);
            assertTrue(Double.isNaN(o.value("Rival.leaving_unvested")), "Rival pays cash");
            // Grantco's people that Rival poached forfeited their equity: at Rival no grant vested out
            assertTrue(Double.isNaN(o.value("Rival.leaving_vested_out")), "Rival grants nothing: " + o.value("Rival.leaving_vested_out"));
        }
        assertEquals(5, higher);
        Outcome cash = Outcomes.run(market(1, BRISK, PolicySpec.of("cash"), PolicySpec.of("cash"), 6).build(),
                PolicyRegistry.defaults(), List.of());
        assertTrue(Double.isNaN(cash.value("Grantco.leaving_vested_out")));
        assertEquals(0, cash.value("Grantco.equity_vested"));
    }

    /** The same world with annual refreshers: nobody's balance runs out, so nobody is released. */
    @Test
    void annualRefreshersKeepTheBalanceTopped() {
        PolicySpec pay = PolicySpec.of("equity-annual", "equity", 0.6, "years", 4, "cliffMonths", 12, "vestMonths", 3);
        Hazards h = new Hazards(0);
        try (Simulation sim = Simulation.builder(market(1, BRISK, pay, PolicySpec.of("cash"), 24).build())
                .observer(h).observer(new InvariantChecker()).build()) {
            sim.run();
        }
        assertEquals(0, h.releasedExposure, "no grant vested out under annual refreshers");
        assertTrue(h.heldExposure > 20_000, "researcher-months held: " + h.heldExposure);
    }

    /**
     * Per month, Grantco's staff (lab 0) who hold unvested equity, and those whose grant vested out
     * in the last three months: exposure (researcher-months) and leavers (quits and poaches).
     */
    static final class Hazards implements TickObserver {
        final int lab;
        long heldLeft;
        long heldExposure;
        long releasedLeft;
        long releasedExposure;
        /** Per researcher at the end of the last tick: 1 held, 2 released within 3 months, 0 other. */
        byte[] state;
        /** The tick his balance reached 0 while at the lab (0 if it has not). */
        int[] vestedAt;

        Hazards(int lab) {
            this.lab = lab;
        }

        @Override
        public void onStart(WorldView w) {
            int n = w.population().size();
            state = new byte[n];
            vestedAt = new int[n];
            classify(0, w);
        }

        @Override
        public void onTick(int tick, WorldView w, MovesView moves) {
            // the tick's exposure: who was at risk when it began (a run of T ticks: T months)
            for (byte s : state) {
                heldExposure += s == 1 ? 1 : 0;
                releasedExposure += s == 2 ? 1 : 0;
            }
            for (int r = 0; r < moves.size(); r++) {
                MoveReason why = moves.reason(r);
                if (moves.fromLab(r) == lab && (why == MoveReason.QUIT || why == MoveReason.POACHED)) {
                    int i = moves.researcher(r);
                    if (state[i] == 1) {
                        heldLeft++;
                    } else if (state[i] == 2) {
                        releasedLeft++;
                    }
                }
            }
            classify(tick, w);
        }

        private void classify(int tick, WorldView w) {
            PopulationView p = w.population();
            for (int i = 0; i < p.size(); i++) {
                boolean here = p.status(i) == Status.EMPLOYED && w.team(p.team(i)).lab() == lab;
                byte s = 0;
                if (here && p.unvestedEquity(i) > 0) {
                    s = 1;
                } else if (here && state[i] != 0) {
                    if (state[i] == 1) {
                        vestedAt[i] = tick;
                    }
                    if (tick - vestedAt[i] < 3) {
                        s = 2;
                    }
                }
                state[i] = s;
            }
        }

        double rate(boolean afterVest) {
            return afterVest ? (double) releasedLeft / Math.max(1, releasedExposure) : (double) heldLeft / Math.max(1, heldExposure);
        }
    }

    /**
     * A poacher that buys out what a handcuffed researcher forfeits takes more of Grantco's staff
     * than one that does not; its rows carry the buy-out, the forfeited equity. Over 10 seeds.
     */
    @Test
    void aBuyOutOvercomesTheHandcuff() {
        PolicySpec grants = PolicySpec.of("equity-annual", "equity", 0.7, "years", 4, "cliffMonths", 12, "vestMonths", 3);
        int more = 0;
        long with = 0;
        long without = 0;
        for (long seed = 1; seed <= 10; seed++) {
            RunResult buys = Talentsim.defaults().run(market(seed, BRISK, grants, PolicySpec.of("cash", "buyOut", 1), 12).build());
            RunResult not = Talentsim.defaults().run(market(seed, BRISK, grants, PolicySpec.of("cash"), 12).build());
            int a = buys.lab("Grantco").poachedOut();
            int b = not.lab("Grantco").poachedOut();
            with += a;
            without += b;
            more += a > b ? 1 : 0;
            for (MoveRow m : buys.moves()) {
                if (m.reason() == MoveReason.POACHED && m.fromLab().equals("Grantco")) {
                    assertTrue(m.boughtOut() > 0, "a poach out of Grantco buys out unvested equity: " + m);
                }
            }
            for (MoveRow m : not.moves()) {
                assertEquals(0, m.boughtOut(), m.toString());
            }
        }
        assertTrue(more >= 9, "more poached with a buy-out in " + more + " of 10 seeds (" + with + " vs " + without + ")");
        assertTrue(with > 1.5 * without, with + " vs " + without);
    }

    /**
     * A sign-on is repaid by a leaver within its claw-back months: over the run the lab gets back
     * exactly the sign-ons of the people who left it (quit or poached) before the claw-back ran
     * out, and nothing for later leavers or for people it laid off.
     */
    @Test
    void aSignOnIsClawedBackFromEarlyLeaversOnly() {
        PolicySpec rival = PolicySpec.of("cash", "signOn", 0.5, "clawbackMonths", 6);
        // a layoff in month 9 lets people go within their claw-back months: they repay nothing
        RunResult r = Talentsim.defaults().run(market(11, BRISK, PolicySpec.of("cash"), rival, 24)
                .editLab("Rival", l -> l.productivity(1.2))
                .event(new EventSpec.Layoff(9, "Rival", List.of("R"), -1, 0.3, 0, 0, 0)).build());
        Map<Integer, double[]> hired = new HashMap<>();   // researcher -> {tick, sign-on}
        Map<Integer, Double> expected = new HashMap<>();
        int early = 0;
        int laidOffEarly = 0;
        for (MoveRow m : r.moves()) {
            if (m.toLab().equals("Rival") && !m.fromLab().equals("Rival") && m.signOn() > 0) {
                hired.put(m.researcher(), new double[] {m.tick(), m.signOn()});
            } else if (m.fromLab().equals("Rival") && !m.toLab().equals("Rival") && hired.containsKey(m.researcher())) {
                double[] h = hired.remove(m.researcher());
                if ((m.reason() == MoveReason.QUIT || m.reason() == MoveReason.POACHED) && m.tick() - h[0] < 6) {
                    expected.merge(m.tick(), (double) (float) h[1], Double::sum);
                    early++;
                } else if (m.reason() == MoveReason.LAID_OFF && m.tick() - h[0] < 6) {
                    laidOffEarly++;
                }
            }
        }
        assertTrue(early > 10, "early leavers: " + early);
        assertTrue(laidOffEarly > 5, "laid off within their claw-back months: " + laidOffEarly);
        for (LabRow l : r.labRows("Rival")) {
            assertEquals(expected.getOrDefault(l.tick(), 0.0), l.clawedBack(), 1e-6 * Math.max(1, l.clawedBack()), "tick " + l.tick());
        }
    }

    /** An at-risk refresher comes with a counter-offer; an annual one does not. */
    @Test
    void anAtRiskLabRenewsTheGrantWhenItCounters() {
        for (String policy : List.of("equity-at-risk", "equity-annual")) {
            PolicySpec pay = PolicySpec.of(policy, "equity", 0.5);
            RunResult r = Talentsim.defaults().run(market(2, BRISK, pay, PolicySpec.of("cash"), 12)
                    .editLab("Grantco", l -> l.retention("match")).build());
            long counters = r.moves().stream().filter(m -> m.reason() == MoveReason.COUNTERED).count();
            long renewed = r.moves().stream().filter(m -> m.reason() == MoveReason.COUNTERED && m.annualEquity() > 0).count();
            assertTrue(counters > 20, policy + " counters: " + counters);
            if (policy.equals("equity-at-risk")) {
                assertTrue(renewed > counters / 2, "counters with a refresher: " + renewed + " of " + counters);
            } else {
                assertEquals(0, renewed, "annual refreshers come at anniversaries, not with counters");
            }
        }
    }

    /**
     * In an acqui-hire the buyer assumes the unvested equity the people bring (it joins their new
     * grant) and waives the seller's claw-back; a buyer paying cash pays it out at the deal.
     */
    @Test
    void anAcquiHireCarriesTheUnvestedEquityOver() {
        for (String buyerPay : List.of("equity", "cash")) {
            Scenario s = Scenario.builder("deal").seed(3).months(3).market(STILL).quits(PolicySpec.of("none"))
                    .lab("Seller", l -> l.pay(PolicySpec.of("equity", "equity", 0.5, "signOn", 0.2))
                            .team("Core", Focus.RESEARCH, 30, t -> { }))
                    .lab("Buyer", l -> l.pay(PolicySpec.of(buyerPay, buyerPay.equals("cash") ? new Object[0]
                            : new Object[] {"equity", 0.4})).team("AI", Focus.RESEARCH, 10, t -> { }))
                    .pool(0)
                    .event(new org.talentsim.scenario.EventSpec.AcquiHire(2, "Buyer", "AI", "Seller", "Core", List.of(),
                            1e9, 0, null, null, false, null, null))
                    .build();
            double[] before = new double[1];
            double[] after = new double[3];
            try (Simulation sim = Simulation.builder(s).observer(new InvariantChecker()).observer(new TickObserver() {
                @Override
                public void onTick(int tick, WorldView w, MovesView moves) {
                    PopulationView p = w.population();
                    if (tick == 1) {
                        for (int i = 0; i < p.size(); i++) {
                            if (p.status(i) == Status.EMPLOYED && w.team(p.team(i)).lab() == 0) {
                                before[0] += p.unvestedEquity(i);
                            }
                        }
                    }
                    if (tick == 2) {
                        for (int r = 0; r < moves.size(); r++) {
                            if (moves.reason(r) == MoveReason.ACQUIRED) {
                                int i = moves.researcher(r);
                                after[0] += p.unvestedEquity(i);
                                // the buyer's own grant: 4 years of 40% of the deal's pay, whose cash part is the
                                // row's pay less its annual equity (which holds the assumed equity's stream too)
                                after[1] += 0.4 * (moves.newSalary(r) - moves.annualEquity(r)) / 0.6 * 4;
                                after[2] += moves.boughtOut(r);
                                assertEquals(0, moves.signOn(r), "no sign-on in a deal");
                            }
                        }
                        assertEquals(0, w.lab(0).clawedBack(), "no claw-back in a deal");
                        if (buyerPay.equals("cash")) {
                            assertEquals(before[0], w.lab(1).signOns(), 1e-6 * before[0], "a cash buyer pays the equity out");
                        }
                    }
                }
            }).build()) {
                sim.run();
            }
            assertTrue(before[0] > 0);
            assertEquals(before[0], after[2], 1e-9 * before[0], "the rows' bought_out is the equity the buyer took over");
            if (buyerPay.equals("equity")) {
                // what they held, less a month's vesting at most, plus the buyer's grants
                assertTrue(after[0] > after[1] + 0.9 * before[0] && after[0] <= after[1] + before[0] + 1, after[0] + " vs "
                        + after[1] + " + " + before[0]);
            } else {
                assertEquals(0, after[0]);
            }
        }
    }

    /**
     * An equity-paying buyer's assumed equity is paid on top of the deal's pay, not out of it: the
     * pay (the package's annual value) gains the assumed stream, the cash stays the deal's, the
     * pay falls back to the cash part when the grant has vested out, and the buyer's spend is the
     * price, the cash and both grants. (The assumed equity counted in the equity part of the pay,
     * so the cash fell to 0, or below 0, and the pay to 0 at the last vesting date.)
     */
    @Test
    void anEquityBuyerPaysTheAssumedEquityOnTopOfThePay() {
        for (String years : List.of("4", "2")) {
            Scenario s = org.talentsim.io.ScenarioFiles.parse(String.join("\n",
                    "version: 1", "name: acq", "start: 2025-01", "months: 54",
                    "market: {separation: 0/year, offersEmployed: 0/month, offersSeeking: 0/month, retirement: 0/year,"
                            + " poolExit: 0/year, annualRaise: 0, payAdjust: 0}",
                    "policies: {morale: fixed, quits: none}",
                    "labs:",
                    "  - name: Seller",
                    "    pay: equity",
                    "    teams:",
                    "      - {name: T, focus: research, headcount: 0, stars: [{name: x, skill: 1, salary: 1M}]}",
                    "  - name: Buyer",
                    "    pay: {name: equity, equity: 0.5, years: " + years + "}",
                    "    teams:",
                    "      - {name: P, focus: research, headcount: 0}",
                    "events:",
                    "  - {date: 2025-03, type: acquiHire, lab: Buyer, team: P, fromLab: Seller, researchers: [x], price: 1M}",
                    ""), "acq.yaml");
            int y = Integer.parseInt(years);
            RunResult r = Talentsim.defaults().run(s);
            MoveRow deal = r.moves().get(0);
            assertEquals(MoveReason.ACQUIRED, deal.reason());
            double assumed = deal.boughtOut();
            assertEquals(2e6, assumed, 1, "the seller's 4-year grant of half of 1M, untouched after 2 months");
            double stream = assumed / y;
            assertEquals(1e6 + stream, deal.newSalary(), 1, years);
            assertEquals(0.5e6 + stream, deal.annualEquity(), 1, years);
            assertEquals(0.5e6, deal.newSalary() - deal.annualEquity(), 1, "the cash is the deal's pay's");
            // after the grant has vested out (by tick 2 + 12·y), the pay is the cash part
            Summary.NamedResearcher x = r.summary().named().get(0);
            assertEquals(0.5e6, x.salary(), 1, years);
            int months = 52;   // paid from tick 3 to 54
            double spent = 1e6 + 0.5e6 * months / 12 + 0.5e6 * y + assumed;
            assertEquals(spent, r.lab("Buyer").spent(), 1, years + "-year grants: price, cash and both grants as they vest");
        }
    }

    /**
     * At the $1B pay cap the assumed equity that would lift the pay past it is paid out at the
     * deal (sign-ons): its stream counted in the equity part of a capped pay made cash negative
     * (-2B a year) and the pay fall to ~$1.9M at vest-out.
     */
    @Test
    void assumedEquityThatWouldPassThePayCapIsPaidOutAtTheDeal() {
        Scenario s = org.talentsim.io.ScenarioFiles.parse(String.join("\n",
                "version: 1", "name: capdeal", "start: 2025-01", "months: 51",
                "market: {separation: 0/year, offersEmployed: 0/month, offersSeeking: 0/month, retirement: 0/year,"
                        + " poolExit: 0/year, annualRaise: 0, payAdjust: 0}",
                "policies: {morale: fixed, quits: none}",
                "labs:",
                "  - name: Seller", "    pay: {name: equity, equity: 1, years: 10}", "    teams:",
                "      - {name: T, focus: research, headcount: 0, stars: [{name: Big Star, skill: 1, salary: 1B}]}",
                "  - name: Buyer", "    pay: {name: equity, equity: 0.5, years: 4}", "    teams:",
                "      - {name: AI, focus: research, headcount: 0}",
                "events:",
                "  - {date: 2025-02, type: acquiHire, lab: Buyer, team: AI, fromLab: Seller, researchers: Big Star, price: 1M}",
                ""), "capdeal.yaml");
        RunResult r = Talentsim.defaults().run(s);
        MoveRow deal = r.moves().get(0);
        assertEquals(1e9, deal.newSalary());
        assertEquals(0.5e9, deal.annualEquity(), 1, "no room under the cap: nothing joins the grant");
        LabRow feb = r.labRows("Buyer").get(1);
        assertEquals(deal.boughtOut(), feb.signOns(), 1e-6 * deal.boughtOut(), "paid out at the deal");
        assertEquals(0.5e9, r.summary().named().get(0).salary(), 1e-6 * 0.5e9,
                "the cash part after the buyer's grant vested out (the balance is a float: to its precision)");
    }

    @Test
    void packagesGiveTheSameFilesForAnyThreadCount(@TempDir Path tmp) throws IOException {
        Scenario s = market(4, BRISK, PolicySpec.of("equity-at-risk", "signOn", 0.2),
                PolicySpec.of("equity", "equity", 0.3, "buyOut", 0.5, "signOn", 0.1), 12).build();
        Talentsim.defaults().withThreads(1).run(s, tmp.resolve("one"));
        Talentsim.defaults().withThreads(2).run(s, tmp.resolve("two"));
        for (String f : List.of("moves.csv", "labs.csv", "teams.csv", "summary.json", "flows.csv")) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("one").resolve(f)), Files.readAllBytes(tmp.resolve("two").resolve(f)), f);
        }
    }
}
