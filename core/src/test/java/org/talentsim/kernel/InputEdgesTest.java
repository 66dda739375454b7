package org.talentsim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentsim.RunResult;
import org.talentsim.Talentsim;
import org.talentsim.io.ScenarioFiles;
import org.talentsim.metrics.MoveRow;
import org.talentsim.model.Limits;
import org.talentsim.scenario.Scenario;

/** Inputs that check accepted and run got wrong, found by a reviewer generating thousands of scenarios. */
class InputEdgesTest {
    static Scenario parse(String... lines) {
        return ScenarioFiles.parse(String.join("\n", lines) + "\n", "edge.yaml");
    }

    /** A pay of -0 (a money value >= 0) crashed the labs' medians, which order pay by its bits, for a lab over 64 people. */
    @Test
    void aPayOfMinusZeroIsZero() {
        assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(Limits.salary(-0.0)));
        for (String zero : List.of("-0", "-0.0", "-0k")) {
            Scenario s = parse("version: 1", "name: negzero", "months: 3", "labs:", "  - name: A", "    teams:",
                    "      - name: T", "        focus: research", "        headcount: 70", "        stars:",
                    "          - {name: S, skill: 1, salary: " + zero + "}");
            RunResult r = Talentsim.defaults().run(s);
            assertTrue(r.lab("A").headcountEnd() > 0, zero);
        }
    }

    /**
     * A founding can be skipped in a run (its founder has left the market, which depends on the
     * draws): later events naming its lab are skipped too, with a warning (a hiring spree stopped the
     * run with "unknown lab", a raid failed in the offers with an index of -1).
     */
    @Test
    void eventsNamingALabWhoseFoundingWasSkippedAreSkipped() {
        Scenario s = parse("version: 1", "name: fskip", "months: 5", "labs:",
                "  - name: A", "    teams: [{name: T, focus: research, headcount: 0}]",
                "  - name: B", "    teams: [{name: R, focus: research, headcount: 3}]",
                "events:",
                "  - {date: 2025-02, type: found, founder: {lab: A}, lab: {name: N, teams: [{name: Z, focus: research, headcount: 0}]}}",
                "  - {date: 2025-03, type: hiringSpree, lab: N, team: Z, target: 5}",
                "  - {date: 2025-03, type: raid, lab: N, team: Z, fromLab: B, count: 2}",
                "  - {date: 2025-04, type: layoff, lab: N, count: 1}",
                "  - {date: 2025-04, type: leaderChange, lab: N, leaderFit: 0.9}");
        RunResult r = Talentsim.defaults().run(s);
        assertEquals(List.of("A", "B"), r.summary().labs().stream().map(l -> l.lab()).toList(), "N was never founded");
        assertEquals(5, r.summary().ticks());
    }

    /**
     * Vesting dates that do not fill the grant's years (5-month dates over a one-year grant; a
     * weekly run's 4-week dates) made the equity part of the pay larger than its share, up to more
     * than the pay: cash, and spend, went negative.
     */
    @Test
    void theEquityPartIsTheGrantsShareOfThePayHoweverItsDatesFall() {
        for (String unit : List.of("month", "week")) {
            for (String vest : List.of("5", "1", "3")) {
                Scenario s = parse("version: 1", "name: wk", "tick: " + unit, "months: 3", "labs:", "  - name: A",
                        "    pay: {name: equity, equity: 0.5, years: 1, cliffMonths: 0, vestMonths: " + vest + "}",
                        "    teams:", "      - {name: T, focus: research, headcount: 0, target: 20}",
                        "pool:", "  size: 50",
                        "events:", "  - {tick: 1, type: hiringSpree, lab: A, team: T, target: 20}");
                RunResult r = Talentsim.defaults().run(s);
                List<MoveRow> hires = r.moves().stream().filter(m -> m.toLab() != null && m.toLab().equals("A")).toList();
                assertTrue(hires.size() > 5, unit + " " + vest + ": " + hires.size());
                for (MoveRow m : hires) {
                    assertEquals(0.5 * m.newSalary(), m.annualEquity(), 1e-6 * m.newSalary(), unit + " " + vest);
                }
                assertTrue(r.lab("A").spent() > 0, unit + " " + vest + ": spent " + r.lab("A").spent());
            }
        }
    }

    /** A sign-on is a share of the pay the researcher gets, which is at most $1B: it was a share of the uncapped offer. */
    @Test
    void aSignOnIsAShareOfTheCappedPay() {
        Scenario s = parse("version: 1", "name: signon", "months: 3", "labs:", "  - name: A",
                "    pay: {name: cash, signOn: 1}", "    teams:", "      - {name: T, focus: research, headcount: 5, target: 6}",
                "pool:", "  stars:", "    - {name: Big, skill: 100, salary: 1B}");
        RunResult r = Talentsim.defaults().run(s);
        MoveRow big = r.moves().stream().filter(m -> "Big".equals(m.name())).findFirst().orElseThrow();
        assertEquals(Limits.MAX_SALARY, big.newSalary());
        assertEquals(big.newSalary(), big.signOn(), "signOn: 1 is one year's pay");
    }

    /**
     * The census sets a lab's payroll from whole cents: the exact pay of its last researcher, let go,
     * took it a fraction of a cent below 0, charged as spend (-0.000333).
     */
    @Test
    void aLabThatEmptiesSpendsNothingNegative() {
        Scenario s = parse("version: 1", "name: negspent", "labs:", "  - name: A", "    teams:", "      - {name: T, focus: research, headcount: 5}", "  - name: B", "    teams:", "      - name: R", "        focus: research", "        headcount: 0", "        stars:", "          - {name: S, skill: 1, salary: 100000.004}", "events:", "  - {date: 2025-01, type: dismissal, lab: B, researchers: S, noticeMonths: 0, severanceWeeks: 0, severanceWeeksPerYear: 0}");
        RunResult r = Talentsim.defaults().run(s);
        for (var lab : r.summary().labs()) {
            assertTrue(lab.spent() >= 0, lab.lab() + " spent " + lab.spent());
        }
        for (var row : r.labs()) {
            assertTrue(row.payroll() >= 0, row.toString());
        }
    }

    /** A founding whose founder is picked from a lab never founded is skipped too, and so are the events naming its lab (one stopped the run). */
    @Test
    void aChainOfSkippedFoundingsIsSkippedWhole() {
        Scenario s = parse("version: 1", "name: chain", "months: 6", "labs:",
                "  - name: Big", "    teams: [{name: T, focus: research, headcount: 30}]",
                "  - name: Empty", "    teams: [{name: E, focus: research, headcount: 0, target: 0}]",
                "events:",
                "  - {date: 2025-02, type: found, founder: {lab: Empty}, lab: {name: X, teams: [{name: XT, focus: research, headcount: 0}]}}",
                "  - {date: 2025-03, type: found, founder: {lab: X}, lab: {name: Y, teams: [{name: YT, focus: research, headcount: 0}]}}",
                "  - {date: 2025-04, type: hiringSpree, lab: Y, team: YT, target: 5}");
        RunResult r = Talentsim.defaults().run(s);
        assertEquals(List.of("Big", "Empty"), r.summary().labs().stream().map(l -> l.lab()).toList());
    }

    /** Capability is an index of at most 1e6: a scale of 1e308 is refused, and production never takes a lab past the bound (it became infinite, then NaN). */
    @Test
    void capabilityStaysWithinItsBound() {
        org.talentsim.io.ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(org.talentsim.io.ScenarioException.class,
                () -> parse("version: 1", "name: cap", "months: 3", "market: {capability: {scale: 1e308}}", "labs:",
                        "  - name: A", "    teams: [{name: T, focus: research, headcount: 10}]"));
        assertTrue(e.getMessage().contains("capability.scale must be at most 1000000"), e.getMessage());
        Scenario s = parse("version: 1", "name: cap", "months: 3", "market: {capability: {scale: 1e6, productWeight: 1e6}}", "labs:",
                "  - name: A", "    teams: [{name: T, focus: product, headcount: 50}]");
        RunResult r = Talentsim.defaults().run(s);
        for (var row : r.labs()) {
            assertTrue(row.capability() <= Limits.MAX_CAPABILITY && row.capability() > 0, row.toString());
        }
    }
}
