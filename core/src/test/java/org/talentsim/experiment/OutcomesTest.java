package org.talentsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.talentsim.RunResult;
import org.talentsim.Talentsim;
import org.talentsim.engine.Simulation;
import org.talentsim.metrics.LabRow;
import org.talentsim.metrics.MoveRow;
import org.talentsim.metrics.Summary;
import org.talentsim.model.Focus;
import org.talentsim.model.MoveReason;
import org.talentsim.model.MovesView;
import org.talentsim.model.WorldView;
import org.talentsim.policy.PolicyRegistry;
import org.talentsim.scenario.EventSpec;
import org.talentsim.scenario.MarketSpec;
import org.talentsim.scenario.PolicySpec;
import org.talentsim.scenario.Rate;
import org.talentsim.scenario.Scenario;
import org.talentsim.testkit.Worlds;

/** The standard outcome metrics agree with the result files' figures, are deterministic and stay small. */
class OutcomesTest {
    static final Path SCENARIOS = Path.of("..").toAbsolutePath().normalize().resolve("examples/scenarios");
    static final PolicyRegistry REGISTRY = PolicyRegistry.defaults();

    static Scenario example(String name) {
        return Talentsim.defaults().load(SCENARIOS.resolve(name + ".yaml"));
    }

    /** A user metric that throws is named, with the run, around its exception (it came out bare: found by a reviewer). */
    @Test
    void aMetricThatThrowsIsNamed() {
        Scenario s = Worlds.twoLabWar(5).withMonths(2);
        IllegalArgumentException boom = new IllegalArgumentException("metric boom");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Outcomes.run(s, REGISTRY,
                List.of(Metric.of("thr", o -> { throw boom; }))));
        assertEquals("metric 'thr' failed on the run of scenario '" + s.name() + "' with seed " + s.seed() + ": " + boom,
                e.getMessage());
        assertTrue(e.getCause() == boom);
    }

    /** Every per-lab count and end figure equals the Summary's (and labs.csv's last row) for several scenarios and seeds. */
    @Test
    void agreesWithTheSummaryOfTheResultFiles() {
        List<Scenario> runs = new ArrayList<>();
        for (String name : List.of("meta-2025", "mass-layoff", "bidding-war", "retention", "pay-disparity", "vesting")) {
            Scenario s = example(name).withMonths(6);
            for (long seed : new long[] {1, 99}) {
                runs.add(s.withSeed(seed));
            }
        }
        runs.add(Worlds.everything(5)); // founding, team moves, dismissals, raids, merges
        runs.add(Worlds.everything(6));
        runs.add(Worlds.acquiHire(3)); // acqui-hires, a closed seller
        for (long seed = 1; seed <= 4; seed++) {
            runs.add(Worlds.random(seed));
        }
        assertEquals(List.of("Big/Elite", "Big/Science", "Big/Apps", "Big/Infra", "Rival/Core", "Rival/Prod", "Small/All",
                "Small/Prod"), StandardMetrics.teams(Worlds.everything(5)), "a team moved in makes two");
        int founded = 0;
        unvestedSeen[0] = 0;
        for (Scenario s : runs) {
            founded += checkAgainstSummary(s);
        }
        assertTrue(founded > 0, "a lab founded during a run is covered");
        assertTrue(unvestedSeen[0] > 0, "a lab holding unvested equity at the start is covered (committed less it)");
    }

    /** Labs seen with unvested equity at the start, by {@link #checkAgainstSummary}. */
    private static final int[] unvestedSeen = new int[1];

    /** Checks one run; returns the number of labs founded during it. */
    private static int checkAgainstSummary(Scenario s) {
        String where = s.name() + " seed " + s.seed();
        RunResult r = Talentsim.defaults().run(s);
        Outcome o = Outcomes.run(s, REGISTRY, List.of());
        assertEquals(s.name(), o.scenario());
        assertEquals(s.seed(), o.seed());
        assertEquals(StandardMetrics.names(s), o.names(), where);
        Summary sum = r.summary();
        List<String> covered = StandardMetrics.labs(s);
        // each lab's unvested equity before tick 1, for committed
        java.util.Map<String, Double> unvestedStart = new java.util.HashMap<>();
        try (org.talentsim.engine.Simulation sim = org.talentsim.engine.Simulation.builder(s).build()) {
            for (int li = 0; li < sim.world().labCount(); li++) {
                unvestedStart.put(sim.world().lab(li).name(), sim.world().lab(li).unvested());
            }
        }
        int seen = 0;
        for (Summary.LabSummary l : sum.labs()) {
            String p = l.lab() + ".";
            String at = where + ", " + l.lab();
            assertTrue(covered.contains(l.lab()), at);
            seen++;
            assertEquals(l.headcountStart(), o.value(p + "headcount_start"), at);
            assertEquals(l.headcountEnd(), o.value(p + "headcount_end"), at);
            assertEquals(l.hires(), o.value(p + "hires"), at);
            assertEquals(l.poachedIn(), o.value(p + "poached_in"), at);
            assertEquals(l.poachedOut(), o.value(p + "poached_out"), at);
            assertEquals(l.acquiredIn(), o.value(p + "acquired_in"), at);
            assertEquals(l.acquiredOut(), o.value(p + "acquired_out"), at);
            assertEquals(l.countered(), o.value(p + "countered"), at);
            assertEquals(l.quits(), o.value(p + "quits"), at);
            assertEquals(l.layoffs(), o.value(p + "layoffs"), at);
            assertEquals(l.exits(), o.value(p + "exits"), at);
            // the moves no other count has: founders (FOUNDED rows) and teams moved to or from another lab
            // (TRANSFERRED rows between labs); with them the counts balance (an economist was off by one)
            double[] founders = new double[2];
            double[] transfers = new double[2];
            for (MoveRow m : r.moves()) {
                boolean other = !java.util.Objects.equals(m.fromLab(), m.toLab());
                double[] c = m.reason() == MoveReason.FOUNDED ? founders : m.reason() == MoveReason.TRANSFERRED && other ? transfers
                        : null;
                if (c != null) {
                    c[0] += l.lab().equals(m.toLab()) ? 1 : 0;
                    c[1] += l.lab().equals(m.fromLab()) ? 1 : 0;
                }
            }
            assertEquals(founders[0], o.value(p + "founders_in"), at);
            assertEquals(founders[1], o.value(p + "founders_out"), at);
            assertEquals(transfers[0], o.value(p + "transfers_in"), at);
            assertEquals(transfers[1], o.value(p + "transfers_out"), at);
            double balance = o.value(p + "headcount_start") + o.value(p + "hires") + o.value(p + "poached_in")
                    + o.value(p + "acquired_in") + o.value(p + "transfers_in") + o.value(p + "founders_in") - o.value(p + "poached_out")
                    - o.value(p + "acquired_out") - o.value(p + "transfers_out") - o.value(p + "founders_out") - o.value(p + "quits")
                    - o.value(p + "layoffs") - o.value(p + "exits");
            assertEquals(o.value(p + "headcount_end"), balance, at + ": start + in - out = end, from the metrics alone");
            // the joiners kept: of the rows that brought someone into L from elsewhere, those whose
            // researcher's last row changing his lab is that one (so at L at the end)
            int joins = 0;
            Map<Integer, MoveRow> lastMove = new HashMap<>();
            for (MoveRow m : r.moves()) {
                if (!java.util.Objects.equals(m.fromLab(), m.toLab())) {
                    joins += l.lab().equals(m.toLab()) ? 1 : 0;
                    lastMove.put(m.researcher(), m);
                }
            }
            long kept = lastMove.values().stream().filter(m -> l.lab().equals(m.toLab())).count();
            assertEquals(joins == 0 ? Double.NaN : (double) kept / joins, o.value(p + "retention_joined"), 1e-12, at);
            // their monthly leaving rate: QUIT and POACHED rows out of L by those who joined it in the run,
            // over the ticks they spent there (from the tick after they joined to the tick they left, or the end)
            Map<Integer, Integer> joinedAt = new HashMap<>();
            long exposure = 0;
            int left = 0;
            for (MoveRow m : r.moves()) {
                if (java.util.Objects.equals(m.fromLab(), m.toLab())) {
                    continue;
                }
                Integer since = joinedAt.remove(m.researcher());
                if (since != null) {   // a joiner of L leaving it
                    exposure += m.tick() - since;
                    left += m.reason() == MoveReason.QUIT || m.reason() == MoveReason.POACHED ? 1 : 0;
                }
                if (l.lab().equals(m.toLab())) {
                    joinedAt.put(m.researcher(), m.tick());
                }
            }
            for (int since : joinedAt.values()) {
                exposure += s.ticks() - since;
            }
            assertEquals(exposure == 0 ? Double.NaN : left * s.tickUnit().ticksPerMonth() / exposure, o.value(p + "leaving_joined"),
                    1e-12, at + " leaving_joined");
            assertEquals(l.payrollEnd(), o.value(p + "payroll_end"), at);
            assertEquals(l.spent(), o.value(p + "spend"), at);
            assertEquals(l.meanSalaryEnd(), o.value(p + "mean_salary_end"), at);
            assertEquals(l.capabilityEnd(), o.value(p + "capability_end"), at);
            List<LabRow> rows = r.labRows(l.lab());
            LabRow last = rows.get(rows.size() - 1);
            assertEquals(last.meanMorale(), o.value(p + "mean_morale_end"), at);
            assertEquals(last.headcount(), o.value(p + "headcount_end"), at);
            // the summed labs.csv columns equal the run totals
            assertEquals(rows.stream().mapToInt(LabRow::poachedIn).sum(), o.value(p + "poached_in"), at);
            assertEquals(rows.stream().mapToInt(LabRow::quits).sum(), o.value(p + "quits"), at);
            assertEquals(rows.stream().mapToDouble(LabRow::equityVested).sum(), o.value(p + "equity_vested"),
                    1e-9 * Math.max(1, o.value(p + "equity_vested")), at);
            assertEquals(rows.stream().mapToDouble(LabRow::signOns).sum(), o.value(p + "sign_ons"),
                    1e-9 * Math.max(1, o.value(p + "sign_ons")), at);
            assertEquals(rows.stream().mapToDouble(LabRow::clawedBack).sum(), o.value(p + "clawed_back"),
                    1e-9 * Math.max(1, o.value(p + "clawed_back")), at);
            assertEquals(last.unvested(), o.value(p + "unvested_end"), at);
            // committed: spent, and the equity granted not yet vested, less what was unvested at the start
            double start = unvestedStart.getOrDefault(l.lab(), 0.0);
            assertEquals(l.spent() + last.unvested() - start, o.value(p + "committed"), 1e-9 * Math.max(1, Math.abs(l.spent())), at);
            if (start == 0 && last.unvested() == 0) {
                assertEquals(o.value(p + "spend"), o.value(p + "committed"), at + ": a lab paying cash commits what it spends");
            }
            unvestedSeen[0] += start > 0 ? 1 : 0;
            assertEquals(rows.stream().mapToInt(LabRow::acquiredIn).sum(), o.value(p + "acquired_in"), at);
            assertEquals(rows.stream().mapToInt(LabRow::acquiredOut).sum(), o.value(p + "acquired_out"), at);
            double retention = o.value(p + "retention");
            if (l.headcountStart() == 0) {
                assertTrue(Double.isNaN(retention), at);
            } else {
                assertTrue(retention >= 0 && retention <= 1, at + ": " + retention);
                assertTrue(retention * l.headcountStart() <= l.headcountEnd() + 1e-9, at);
            }
        }
        for (String lab : covered) {
            if (sum.labs().stream().noneMatch(l -> l.lab().equals(lab))) {
                // a lab of a found event that did not happen (its founder had left): zeros and NaN
                seen++;
                for (String m : List.of("headcount_start", "headcount_end", "hires", "poached_in", "poached_out",
                        "acquired_in", "acquired_out", "transfers_in", "transfers_out", "founders_in", "founders_out", "countered",
                        "quits", "layoffs", "exits", "payroll_end", "spend", "committed", "equity_vested", "sign_ons", "clawed_back",
                        "unvested_end")) {
                    assertEquals(0.0, o.value(lab + "." + m), where + " " + lab + "." + m);
                }
                for (String m : List.of("mean_salary_end", "mean_morale_end", "capability_end", "retention",
                        "leaving_unvested", "leaving_vested_out")) {
                    assertTrue(Double.isNaN(o.value(lab + "." + m)), where + " " + lab + "." + m);
                }
            }
        }
        assertEquals(covered.size(), seen, where + ": every covered lab took part or is empty");
        assertEquals(sum.market().unemployment(), o.value("market.unemployment_end"), where);
        assertEquals(sum.market().meanSalary(), o.value("market.mean_salary_end"), where);
        double months = s.ticks() / s.tickUnit().ticksPerMonth();
        int flowRows = sum.flows().stream().mapToInt(Summary.Flow::count).sum();
        assertEquals(flowRows / months, o.value("market.moves_per_month"), 1e-12, where);
        assertEquals(sum.market().movesByReason().get("POACHED") / months, o.value("market.poached_per_month"), 1e-12,
                where);
        Map<String, Integer> poached = new HashMap<>();
        for (MoveRow m : r.moves()) {
            if (m.reason() == MoveReason.POACHED || m.reason() == MoveReason.ACQUIRED) {
                poached.merge(StandardMetrics.flowName(m.fromLab(), m.toLab()), 1, Integer::sum);
            }
        }
        int pairs = 0;
        for (String a : covered) {
            for (String b : covered) {
                if (!a.equals(b)) {
                    pairs++;
                    String key = StandardMetrics.flowName(a, b);
                    assertEquals((double) poached.getOrDefault(key, 0), o.value(key), where + " " + key);
                }
            }
        }
        assertEquals(sum.skippedEvents().size(), o.value(StandardMetrics.EVENTS_SKIPPED), 0, where);
        // the visa exits come from the pool: the market's, counted from the rows (a visa arm had no metric)
        assertEquals((double) sum.market().movesByReason().getOrDefault("VISA_EXIT", 0), o.value("market.visa_exits"), where);
        List<String> teams = StandardMetrics.teams(s);
        checkTeams(s, r, o, teams, where);
        assertEquals(covered.size() * StandardMetrics.LAB_METRICS.size() + StandardMetrics.MARKET_METRICS.size() + pairs
                + teams.size() * StandardMetrics.TEAM_METRICS.size(), o.size(), where);
        return (int) sum.labs().stream().filter(l -> l.foundedTick() > 0).count();
    }

    /**
     * Each covered team's counts equal its rows of moves.csv, its end figures its last row of
     * teams.csv, and its headcount balances: at the start, plus the rows in, less the rows out, is
     * the headcount at the end; the teams of a lab add up to the lab.
     */
    private static void checkTeams(Scenario s, RunResult r, Outcome o, List<String> teams, String where) {
        int last = s.ticks();
        java.util.Set<String> labsWithTeams = new java.util.HashSet<>();
        for (String t : teams) {
            String at = where + ", " + t;
            int slash = t.indexOf('/');
            String lab = t.substring(0, slash);
            String team = t.substring(slash + 1);
            labsWithTeams.add(lab);
            String p = t + ".";
            Map<MoveReason, int[]> in = new java.util.EnumMap<>(MoveReason.class);
            Map<MoveReason, int[]> out = new java.util.EnumMap<>(MoveReason.class);
            for (MoveRow m : r.moves()) {
                boolean into = lab.equals(m.toLab()) && team.equals(m.toTeam());
                boolean from = lab.equals(m.fromLab()) && team.equals(m.fromTeam());
                if (into && !from) {
                    in.computeIfAbsent(m.reason(), k -> new int[1])[0]++;
                } else if (from && !into) {
                    out.computeIfAbsent(m.reason(), k -> new int[1])[0]++;
                }
            }
            java.util.function.BiFunction<Map<MoveReason, int[]>, MoveReason, Double> n =
                    (map, why) -> (double) map.getOrDefault(why, new int[1])[0];
            assertEquals(n.apply(in, MoveReason.HIRED), o.value(p + "hires"), at);
            assertEquals(n.apply(in, MoveReason.POACHED), o.value(p + "poached_in"), at);
            assertEquals(n.apply(out, MoveReason.POACHED), o.value(p + "poached_out"), at);
            assertEquals(n.apply(in, MoveReason.ACQUIRED), o.value(p + "acquired_in"), at);
            assertEquals(n.apply(out, MoveReason.ACQUIRED), o.value(p + "acquired_out"), at);
            assertEquals(n.apply(in, MoveReason.TRANSFERRED), o.value(p + "transfers_in"), at);
            assertEquals(n.apply(out, MoveReason.TRANSFERRED), o.value(p + "transfers_out"), at);
            assertEquals(n.apply(in, MoveReason.FOUNDED), o.value(p + "founders_in"), at);
            assertEquals(n.apply(out, MoveReason.FOUNDED), o.value(p + "founders_out"), at);
            assertEquals(n.apply(out, MoveReason.QUIT), o.value(p + "quits"), at);
            assertEquals(n.apply(out, MoveReason.LAID_OFF), o.value(p + "layoffs"), at);
            assertEquals(n.apply(out, MoveReason.EXITED), o.value(p + "exits"), at);
            List<org.talentsim.metrics.TeamRow> end = r.teams().stream()
                    .filter(x -> x.tick() == last && x.lab().equals(lab) && x.team().equals(team)).toList();
            double head = end.stream().mapToInt(org.talentsim.metrics.TeamRow::headcount).sum();
            assertEquals(head, o.value(p + "headcount_end"), at);
            if (end.size() == 1) {
                assertEquals(end.get(0).meanSalary(), o.value(p + "mean_salary_end"), at);
                assertEquals(end.get(0).meanMorale(), o.value(p + "mean_morale_end"), at);
                assertEquals(end.get(0).output(), o.value(p + "output_end"), at);
            } else if (end.isEmpty()) {
                assertTrue(Double.isNaN(o.value(p + "output_end")), at + ": no such team at the end");
            }
            if (head == 0) {
                assertTrue(Double.isNaN(o.value(p + "mean_salary_end")), at);
            }
            // the balance: a founder's FOUNDED row (out of his team, into the new lab's) is neither a hire nor a quit
            double ins = in.values().stream().mapToInt(a -> a[0]).sum() - n.apply(in, MoveReason.COUNTERED);
            double outs = out.values().stream().mapToInt(a -> a[0]).sum() - n.apply(out, MoveReason.COUNTERED);
            assertEquals(head, o.value(p + "headcount_start") + ins - outs, at + ": start + in - out = end");
            double byMetrics = o.value(p + "headcount_start");
            for (String m : List.of("hires", "poached_in", "acquired_in", "transfers_in", "founders_in")) {
                byMetrics += o.value(p + m);
            }
            for (String m : List.of("poached_out", "acquired_out", "transfers_out", "founders_out", "quits", "layoffs", "exits")) {
                byMetrics -= o.value(p + m);
            }
            assertEquals(head, byMetrics, at + ": start + in - out = end, from the metrics alone");
            int joins = 0;
            Map<Integer, MoveRow> lastMove = new HashMap<>();
            for (MoveRow m : r.moves()) {
                if (!java.util.Objects.equals(m.fromLab(), m.toLab()) || !java.util.Objects.equals(m.fromTeam(), m.toTeam())) {
                    joins += lab.equals(m.toLab()) && team.equals(m.toTeam()) ? 1 : 0;
                    lastMove.put(m.researcher(), m);
                }
            }
            long kept = lastMove.values().stream().filter(m -> lab.equals(m.toLab()) && team.equals(m.toTeam())).count();
            assertEquals(joins == 0 ? Double.NaN : (double) kept / joins, o.value(p + "retention_joined"), 1e-12, at + " retention_joined");
            double retention = o.value(p + "retention");
            if (!Double.isNaN(retention)) {
                assertTrue(retention >= 0 && retention <= 1, at + ": " + retention);
                assertTrue(retention * o.value(p + "headcount_start") <= head + 1e-9, at);
            }
        }
        for (String lab : labsWithTeams) {
            for (String m : List.of("headcount_start", "headcount_end", "hires", "poached_in", "poached_out", "quits", "layoffs",
                    "exits", "acquired_in", "acquired_out")) {
                double total = teams.stream().filter(t -> t.startsWith(lab + "/")).mapToDouble(t -> o.value(t + "." + m)).sum();
                assertEquals(o.value(lab + "." + m), total, where + ", " + lab + "." + m + ": the sum of its teams'");
            }
        }
    }

    /** A lab of 10 where nothing happens keeps everyone; a layoff of 3 of 10 leaves 7 of 10. */
    @Test
    void retentionOnAWorldWithAKnownAnswer() {
        MarketSpec still = MarketSpec.DEFAULT.toBuilder().separation(Rate.ZERO).offersEmployed(Rate.ZERO)
                .offersSeeking(Rate.ZERO).retirement(Rate.ZERO).poolExit(Rate.ZERO).build();
        Scenario calm = Scenario.builder("calm").seed(3).months(12).market(still).quits(PolicySpec.of("none"))
                .lab("A", l -> l.team("T", Focus.RESEARCH, 10, t -> t.target(10)))
                .lab("B", l -> l.team("T", Focus.RESEARCH, 4, t -> t.target(4)))
                .lab("Empty", l -> l.team("T", Focus.RESEARCH, 0, t -> t.target(0)))
                .pool(0)
                .build();
        Outcome o = Outcomes.run(calm, REGISTRY, List.of());
        assertEquals(1.0, o.value("A.retention"));
        assertEquals(1.0, o.value("B.retention"));
        assertTrue(Double.isNaN(o.value("Empty.retention")), "no starting staff: undefined");
        assertEquals(0.0, o.value("market.moves_per_month"));
        assertEquals("", o.csvRow().split(",", -1)[2 + o.names().indexOf("Empty.mean_salary_end")], "NaN is an empty cell");

        Scenario cut = calm.toBuilder().event(new EventSpec.Layoff(2, "A", List.of(), 3, Double.NaN, 1, 0, 0)).build();
        Outcome c = Outcomes.run(cut, REGISTRY, List.of());
        assertEquals(3.0, c.value("A.layoffs"));
        assertEquals(7.0, c.value("A.headcount_end"));
        assertEquals(0.7, c.value("A.retention"));
        assertEquals(1.0, c.value("B.retention"));
        assertEquals(3.0 / 12, c.value("market.moves_per_month"));
    }

    /**
     * A team's retention: a layoff of 3 from one of two teams of 10 keeps 7 of 10 there and all
     * of the other; a merge of the second into the first keeps none of the second's staff in it
     * (their team is gone) and all of the first's, whose headcount then counts them in as transfers.
     */
    @Test
    void teamMetricsOnAWorldWithAKnownAnswer() {
        MarketSpec still = MarketSpec.DEFAULT.toBuilder().separation(Rate.ZERO).offersEmployed(Rate.ZERO)
                .offersSeeking(Rate.ZERO).retirement(Rate.ZERO).poolExit(Rate.ZERO).build();
        Scenario calm = Scenario.builder("calm").seed(3).months(12).market(still).quits(PolicySpec.of("none"))
                .lab("A", l -> l.team("X", Focus.RESEARCH, 10, t -> t.target(10)).team("Y.2", Focus.PRODUCT, 10, t -> t.target(10)))
                .lab("B", l -> l.team("T", Focus.RESEARCH, 4, t -> t.target(4)))
                .pool(0)
                .build();
        assertEquals(List.of("A/X", "A/Y.2"), StandardMetrics.teams(calm), "a lab of one team has none of its own");
        Scenario cut = calm.toBuilder().event(new EventSpec.Layoff(2, "A", List.of("X"), 3, Double.NaN, 1, 0, 0)).build();
        Outcome c = Outcomes.run(cut, REGISTRY, List.of());
        assertEquals(10.0, c.value("A/X.headcount_start"));
        assertEquals(3.0, c.value("A/X.layoffs"));
        assertEquals(7.0, c.value("A/X.headcount_end"));
        assertEquals(0.7, c.value("A/X.retention"));
        assertEquals(1.0, c.value("A/Y.2.retention"));
        assertEquals(10.0, c.value("A/Y.2.headcount_end"));
        assertEquals(0.0, c.value("A/Y.2.layoffs"));
        assertFalse(c.names().contains("B/T.retention"));

        Scenario merged = calm.toBuilder().event(new EventSpec.TeamMerge(3, "A", "Y.2", "X")).build();
        Outcome m = Outcomes.run(merged, REGISTRY, List.of());
        assertEquals(20.0, m.value("A/X.headcount_end"));
        assertEquals(10.0, m.value("A/X.transfers_in"));
        assertEquals(10.0, m.value("A/Y.2.transfers_out"));
        assertEquals(0.0, m.value("A/Y.2.headcount_end"));
        assertEquals(1.0, m.value("A/X.retention"), "its own staff stayed");
        assertEquals(0.0, m.value("A/Y.2.retention"), "merged away");
        assertTrue(Double.isNaN(m.value("A/Y.2.mean_salary_end")), "nobody left in it");
        assertEquals(1.0, m.value("A.retention"), "a merge inside the lab keeps the lab's staff");
    }

    @Test
    void deterministicForRepeatsAndThreadsAndSerializable() throws Exception {
        Scenario s = Worlds.everything(9);
        List<Metric> extra = List.of(Metric.of("x", r -> r.value("Big.hires") * 2));
        Outcome a = Outcomes.run(s, REGISTRY, extra);
        Outcome b = Outcomes.run(s, REGISTRY, extra);
        Outcome two = Outcomes.run(s, REGISTRY, extra, 2);
        assertEquals(a, b);
        assertEquals(a, two, "threads change nothing");
        assertEquals(a.hashCode(), two.hashCode());
        assertEquals(a.csvRow(), two.csvRow());
        assertEquals(a.toString(), two.toString());
        assertNotEquals(a, Outcomes.run(s.withSeed(10), REGISTRY, extra), "another seed, another outcome");
        assertEquals(Outcomes.names(s, extra), a.names());

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(a);
        }
        Object back;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            back = in.readObject();
        }
        assertEquals(a, back);
        assertEquals(a.csvRow(), ((Outcome) back).csvRow());
    }

    @Test
    void textFormIsPlainAndOrdered() {
        Map<String, Double> v = new TreeMap<>();
        v.put("market.unemployment_end", 0.1234567890123);
        v.put("Meta.payroll_end", 1.5e9);
        v.put("Meta.hires", 3.0);
        v.put("Meta.mean_salary_end", Double.NaN);
        Outcome o = Outcome.of("meta-2025", -7, v);
        assertEquals("scenario,seed,Meta.hires,Meta.mean_salary_end,Meta.payroll_end,market.unemployment_end",
                o.csvHeader());
        assertEquals("meta-2025,-7,3,,1500000000,0.123456789", o.csvRow());
        assertEquals(List.of("Meta.hires", "Meta.mean_salary_end", "Meta.payroll_end", "market.unemployment_end"),
                o.names());
        assertEquals(o.names(), new ArrayList<>(o.values().keySet()));
        assertEquals(Outcome.of("meta-2025", -7, v), o);
        assertNotEquals(Outcome.of("meta-2025", -7, Map.of("a", 0.0)), Outcome.of("meta-2025", -7, Map.of("a", -0.0)),
                "bit for bit");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> o.value("Meta.quits"));
        assertTrue(e.getMessage().contains("Meta.quits"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Outcome.of("s", 1, Map.of("a,b", 1.0)));
        assertThrows(UnsupportedOperationException.class, () -> o.values().put("x", 1.0));
        assertThrows(UnsupportedOperationException.class, () -> o.names().set(0, "x"));
    }

    /**
     * A date no tick of the run can have (a malformed month, a day with monthly ticks, a month or
     * a day no week starts on with weekly ticks) left the metric NaN in every run, silently; it is
     * refused, with the dates the run's ticks have. A well-formed date outside the run stays NaN.
     */
    @Test
    void aDateNoTickCanHaveIsRefused() {
        Scenario monthly = example("meta-2025").withMonths(3);
        ToDoubleFunction<WorldView> meta = w -> w.headcount(w.labIndex("Meta"));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> Metric.at("m", "2025-6", meta));
        assertTrue(bad.getMessage().contains("neither YYYY-MM"), bad.getMessage());
        IllegalArgumentException day = assertThrows(IllegalArgumentException.class,
                () -> Outcomes.run(monthly, REGISTRY, List.of(Metric.at("m", "2025-01-15", meta))));
        assertTrue(day.getMessage().contains("is not a month YYYY-MM, and this scenario's ticks are months"), day.getMessage());
        Scenario weekly = Overrides.parse("tick=week", "months=2").applyTo(monthly);
        String first = weekly.start().atDay(1).toString();
        IllegalArgumentException month = assertThrows(IllegalArgumentException.class,
                () -> Outcomes.run(weekly, REGISTRY, List.of(Metric.at("m", weekly.start().toString(), meta))));
        assertTrue(month.getMessage().contains("is not a day YYYY-MM-DD") && month.getMessage().contains(first), month.getMessage());
        String off = weekly.start().atDay(3).toString();
        IllegalArgumentException between = assertThrows(IllegalArgumentException.class,
                () -> Outcomes.run(weekly, REGISTRY, List.of(Metric.at("m", off, meta))));
        assertTrue(between.getMessage().contains("no week of this scenario starts on " + off), between.getMessage());
        Outcome o = Outcomes.run(weekly, REGISTRY, List.of(Metric.at("second", weekly.start().atDay(8).toString(), meta),
                Metric.at("later", "2040-01-04", meta)));
        assertTrue(o.value("second") > 0, "the second week's headcount");
        assertTrue(Double.isNaN(o.value("later")), "a week the run does not reach");
    }

    @Test
    void userMetricsFromValuesAndFromTicks() {
        Scenario s = example("meta-2025").withMonths(8).withSeed(5);
        Metric net = Metric.of("meta_net_poached", r -> r.value("Meta.poached_in") - r.value("Meta.poached_out"));
        Metric june = Metric.at("meta_headcount_2025_06", "2025-06", w -> w.headcount(w.labIndex("Meta")));
        Metric after = Metric.at("meta_headcount_2030_01", "2030-01", w -> w.headcount(w.labIndex("Meta")));
        Metric peak = Metric.observing("meta_peak_headcount", () -> new Metric.Probe() {
            int max;

            @Override
            public void onTick(int t, WorldView w, MovesView m) {
                max = Math.max(max, w.headcount(w.labIndex("Meta")));
            }

            @Override
            public double value(Outcome outcome) {
                return max;
            }
        });
        Metric twice = Metric.of("twice_net", r -> 2 * r.value("meta_net_poached"));
        List<Metric> extra = List.of(net, june, after, peak, twice);
        Outcome o = Outcomes.run(s, REGISTRY, extra);
        RunResult r = Talentsim.defaults().run(s);
        assertEquals(r.lab("Meta").poachedIn() - r.lab("Meta").poachedOut(), o.value("meta_net_poached"));
        assertEquals(2 * o.value("meta_net_poached"), o.value("twice_net"), "sees the metrics listed before it");
        List<LabRow> meta = r.labRows("Meta");
        assertEquals(meta.stream().filter(x -> x.date().equals("2025-06")).findFirst().orElseThrow().headcount(),
                o.value("meta_headcount_2025_06"));
        assertTrue(Double.isNaN(o.value("meta_headcount_2030_01")), "a date the run does not reach");
        assertEquals(meta.stream().mapToInt(LabRow::headcount).max().orElseThrow(), o.value("meta_peak_headcount"));
        assertEquals(o, Outcomes.run(s, REGISTRY, extra), "a fresh probe per run");
        assertEquals(Outcomes.run(s, REGISTRY, List.of()).size() + 5, o.size());

        assertThrows(IllegalArgumentException.class,
                () -> Outcomes.run(s, REGISTRY, List.of(Metric.of("Meta.hires", x -> 0))), "a standard name");
        assertThrows(IllegalArgumentException.class, () -> Outcomes.run(s, REGISTRY, List.of(net, net)), "twice");
        assertThrows(IllegalArgumentException.class, () -> Metric.of("a,b", x -> 0));
        assertThrows(IllegalArgumentException.class, () -> Metric.of(" ", x -> 0));
    }

    /** What the observer keeps depends on the labs and researchers, not on the months: no per-tick data. */
    @Test
    void memoryDoesNotGrowWithTheRunsLength() {
        long[] cells = new long[2];
        int[] sizes = new int[2];
        int k = 0;
        for (int months : new int[] {12, 120}) {
            Scenario s = Worlds.twoLabWar(4).withMonths(months);
            StandardMetrics m = new StandardMetrics(s);
            try (Simulation sim = Simulation.builder(s).observer(m).build()) {
                sim.run();
            }
            cells[k] = m.retainedCells();
            sizes[k] = m.outcome().size();
            k++;
        }
        assertEquals(cells[0], cells[1], "retained cells, 12 vs 120 months");
        assertEquals(sizes[0], sizes[1]);
        // bits per researcher: the starting staff and the joiners (L.retention_joined), of labs and of
        // teams (its labs have two teams each); and a few cells per lab
        Scenario s = Worlds.twoLabWar(4);
        long bits = 4L * (s.population() + 64);
        assertTrue(cells[1] < bits + 30L * 2 * StandardMetrics.LAB_METRICS.size(), "about four bits per researcher (" + s.population()
                + ") and a few cells per lab: " + cells[1]);
    }

    /** Metric.atEnd: the world after the last tick, however long the run (Metric.at a fixed month was NaN in a shorter one). */
    @Test
    void aMetricAtTheEndFollowsTheRunsLength() {
        Metric end = Metric.atEnd("alpha_end", w -> w.headcount(w.labIndex("Alpha")));
        Metric month = Metric.at("alpha_month_4", Worlds.twoLabWar(5).withMonths(4).toBuilder().build().start().plusMonths(3).toString(),
                w -> w.headcount(w.labIndex("Alpha")));
        for (int months : new int[] {2, 4, 7}) {
            Scenario s = Worlds.twoLabWar(5).withMonths(months);
            Outcome o = Outcomes.run(s, REGISTRY, List.of(end, month));
            assertEquals(o.value("Alpha.headcount_end"), o.value("alpha_end"), months + " months");
            assertEquals(months < 4, Double.isNaN(o.value("alpha_month_4")), months + " months: the month's metric only when reached");
        }
    }

    /** A lab's name misspelt in a user metric is said as such, with the labs' names (it was "Index -1 out of bounds"). */
    @Test
    void aMisspeltLabInAUserMetricIsNamed() {
        Scenario s = Worlds.twoLabWar(5).withMonths(2);
        for (Metric m : List.of(Metric.atEnd("typo", w -> w.headcount(w.labIndex("Alfa"))),
                Metric.at("typo", s.start().plusMonths(1).toString(), w -> w.headcount(w.labIndex("Alfa"))))) {
            RuntimeException e = assertThrows(RuntimeException.class, () -> Outcomes.run(s, REGISTRY, List.of(m)));
            String all = e.getMessage() + (e.getCause() == null ? "" : " / " + e.getCause().getMessage());
            assertTrue(all.contains("metric 'typo': ") && all.contains("labIndex and teamIndex give -1 for a name that is no lab's or"
                    + " team's (the labs: Alpha, Beta)"), all);
        }
    }

    /** Teams' metrics up to TEAM_LIMIT teams in labs of two or more; beyond it none, and a name of one says why. */
    @Test
    void teamsOnlyUpToTheTeamLimit() {
        java.util.function.IntFunction<Scenario> labs = n -> {
            org.talentsim.scenario.ScenarioBuilder b = Scenario.builder("many").seed(1).months(1).pool(0);
            for (int k = 0; k < n; k++) {
                b.lab("L" + k, l -> l.team("A", Focus.RESEARCH, 2, t -> t.target(2)).team("B", Focus.PRODUCT, 2, t -> t.target(2)));
            }
            return b.build();
        };
        Scenario at = labs.apply(StandardMetrics.TEAM_LIMIT / 2);
        assertEquals(StandardMetrics.TEAM_LIMIT, StandardMetrics.teams(at).size());
        Outcome o = Outcomes.run(at, REGISTRY, List.of());
        assertEquals(2.0, o.value("L0/B.headcount_end"));
        Scenario over = labs.apply(StandardMetrics.TEAM_LIMIT / 2 + 1);
        assertEquals(List.of(), StandardMetrics.teams(over));
        assertFalse(StandardMetrics.names(over).stream().anyMatch(n -> n.contains("/")));
        assertEquals(": the teams' metrics are reported when the labs of two teams or more have at most 32 teams in all"
                + " (here 34); a user metric gives one team's (docs/EXPERIMENTS.md, \"A team's metric\")",
                Experiment.Builder.teamHint("L0/A.hires", over));
        assertEquals(null, Experiment.Builder.teamHint("L0/A.nonsense", over), "not a team's metric");
        assertEquals(": the teams' metrics are reported when the labs of two teams or more have at most 32 teams in all"
                + " (here 34); a user metric gives one team's (docs/EXPERIMENTS.md, \"A team's metric\")",
                Experiment.Builder.patternHint("L1/*.hires", StandardMetrics.names(over), java.util.Set.of(), over),
                "a pattern too");
        assertEquals(null, Experiment.Builder.teamHint("Nowhere/A.hires", over), "not a lab's");
    }

    @Test
    void flowsOnlyUpToTheLabLimitAndOneObserverPerRun() {
        Scenario bm = example("bm1").withMonths(1);
        assertEquals(50, StandardMetrics.labs(bm).size());
        List<String> names = StandardMetrics.names(bm);
        assertFalse(names.stream().anyMatch(n -> n.startsWith("market.flow.")), "50 labs: no pair flows");
        assertEquals(50 * 30 + 6, names.size(), "30 per lab, 6 of the market (and its labs have one team each)");
        Scenario s = Worlds.twoLabWar(1).withMonths(1);
        StandardMetrics m = new StandardMetrics(s);
        assertThrows(IllegalStateException.class, m::outcome, "before the end");
        try (Simulation sim = Simulation.builder(s).observer(m).build()) {
            sim.run();
        }
        try (Simulation sim = Simulation.builder(s).observer(m).build()) {
            assertThrows(IllegalStateException.class, sim::run, "one run per observer");
        }
        assertTrue(StandardMetrics.names(s).contains("market.flow.Alpha>Beta"));
        assertTrue(StandardMetrics.names(s).contains("market.flow.Beta>Alpha"));
    }
}
