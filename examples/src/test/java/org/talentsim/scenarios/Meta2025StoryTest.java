package org.talentsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.talentsim.io.ScenarioFiles;
import org.talentsim.metrics.History;
import org.talentsim.metrics.LabRow;
import org.talentsim.metrics.MoveRow;
import org.talentsim.metrics.TeamRow;
import org.talentsim.model.MoveReason;
import org.talentsim.scenario.EventSpec;
import org.talentsim.scenario.Scenario;

/**
 * The flagship tells docs/brief/STORY.md on every seed, not one lucky one: each row is asserted on
 * seeds 1–10 (in at least 9 of them, or as a mean with a bound), plus the file's own seed 2026.
 */
class Meta2025StoryTest {
    static final int SEEDS = 10;
    /** Seeds 1..10, then the file's own seed (2026) last. */
    static final List<History> runs = new ArrayList<>();
    /** Index of the dismissed director (the same in every seed: the world is built in file order). */
    static int director;
    /** The file's own seed, named in failure messages. */
    static long fileSeed;
    /** The same seeds without the elite team's arrival (no hiring spree, no raids into TBD Lab). */
    static final List<History> withoutElite = new ArrayList<>();

    @BeforeAll
    static void run() {
        Scenario base = ScenarioFiles.read(Runs.DIR.resolve("meta-2025.yaml"));
        fileSeed = base.seed();
        try (org.talentsim.engine.Simulation sim = org.talentsim.engine.Simulation.of(base)) {
            var p = sim.world().population();
            director = java.util.stream.IntStream.range(0, p.size()).filter(i -> "Yuandong Tian".equals(p.name(i))).findFirst().orElseThrow();
        }
        for (int s = 1; s <= SEEDS; s++) {
            Scenario sc = base.toBuilder().seed(s).build();
            runs.add(Runs.run(sc, 2));
            withoutElite.add(Runs.run(sc.toBuilder().removeEvents(Meta2025StoryTest::eliteArrival).build(), 2));
        }
        runs.add(Runs.run(base, 2));
    }

    static boolean eliteArrival(EventSpec e) {
        return e instanceof EventSpec.HiringSpree sp && sp.team().equals("TBD Lab")
                || e instanceof EventSpec.Raid r && r.team().equals("TBD Lab");
    }

    static List<MoveRow> moves(History h, MoveReason r) {
        return h.moves().stream().filter(m -> m.reason() == r).toList();
    }

    static List<TeamRow> team(History h, String name) {
        return h.teams().stream().filter(t -> t.lab().equals("Meta") && t.team().equals(name)).toList();
    }

    /** In how many of the runs (seeds 1–10 and the file's seed 2026) {@code row} holds; asserts at least {@code atLeast}. */
    static void holds(String row, int atLeast, Predicate<History> p) {
        List<Long> failing = new ArrayList<>();
        for (int k = 0; k < runs.size(); k++) {
            if (!p.test(runs.get(k))) {
                failing.add(k < SEEDS ? k + 1 : fileSeed);
            }
        }
        assertTrue(runs.size() - failing.size() >= atLeast,
                row + ": holds in " + (runs.size() - failing.size()) + " of " + runs.size() + " runs; fails for seeds " + failing);
    }

    /**
     * S5 and the calibration table (issue 16): TBD Lab's packages are multi-year grants. Every
     * hire into it carries a four-year grant of 3/4 of the pay and a sign-on of 35% of it (so the
     * first year pays 1.35 times the annual value), with the equity its recruits left behind
     * bought out; the grants are then unvested at the end, and (handcuffed and refreshed) no more
     * than one of its recruits is poached away in any run.
     */
    @Test
    void s5TbdLabPaysInMultiYearGrantsThatHoldItsRecruits() {
        holds("S5 packages", 11, h -> {
            List<MoveRow> in = h.moves().stream().filter(m -> "TBD Lab".equals(m.toTeam()) && !"TBD Lab".equals(m.fromTeam())
                    && (m.reason() == MoveReason.POACHED || m.reason() == MoveReason.HIRED)).toList();
            boolean terms = !in.isEmpty() && in.stream().allMatch(m -> Math.abs(m.annualEquity() - 0.75 * m.newSalary()) < 1e-6 * m.newSalary()
                    && Math.abs(m.signOn() - 0.35 * m.newSalary()) < 1e-6 * m.newSalary());
            long lost = h.moves().stream().filter(m -> "TBD Lab".equals(m.fromTeam()) && m.reason() == MoveReason.POACHED).count();
            return terms && lost <= 1;
        });
    }

    @Test
    void s2AboutSixHundredLaidOffFromThreeUnitsInOctoberAndNoneFromTbdLab() {
        holds("S2 layoff", 11, h -> {
            List<MoveRow> laid = moves(h, MoveReason.LAID_OFF).stream()
                    .filter(m -> m.fromLab().equals("Meta") && m.date().equals("2025-10")).toList();
            Set<String> teams = laid.stream().map(MoveRow::fromTeam).collect(Collectors.toSet());
            return laid.size() >= 590 && laid.size() <= 610 && teams.equals(Set.of("FAIR", "Products", "Infra"))
                    && moves(h, MoveReason.LAID_OFF).stream().noneMatch(m -> m.fromTeam().equals("TBD Lab"));
        });
    }

    @Test
    void s2MetaEndsTheYearUnderThreeThousand() {
        holds("S2 under 3,000", 11, h -> {
            List<LabRow> meta = h.labs().stream().filter(r -> r.lab().equals("Meta")).toList();
            LabRow oct = meta.stream().filter(r -> r.date().equals("2025-10")).findFirst().orElseThrow();
            return meta.get(0).headcount() > 3300 && oct.headcount() < 3000;
        });
    }

    @Test
    void s5TbdLabIsBuiltInMonthsFromJuneAndKeepsHiringThroughTheLayoff() {
        holds("S5 TBD Lab", 10, h -> {
            Map<String, Integer> hc = new TreeMap<>();
            team(h, "TBD Lab").forEach(t -> hc.put(t.date(), t.headcount()));
            return hc.get("2025-05") == 0 && hc.get("2025-07") > hc.get("2025-06")
                    && hc.get("2025-10") >= hc.get("2025-09") && hc.get("2025-12") >= 24;
        });
    }

    @Test
    void s5TbdLabTakesAtLeastFiveFromOpenAiInOneMonth() {
        holds("S5 raid", 11, h -> moves(h, MoveReason.POACHED).stream()
                .filter(m -> m.fromLab().equals("OpenAI") && m.toTeam().equals("TBD Lab"))
                .collect(Collectors.groupingBy(MoveRow::date, Collectors.counting()))
                .values().stream().anyMatch(n -> n >= 5));
    }

    /**
     * The file's header on July 2025: 8 to 10 POACHED rows from OpenAI into TBD Lab, at $14M to
     * $75M a year each, and Apple's star at Meta's cap, $75M a year ($300M over four years), on
     * each of seeds 1-10 and 2026 (measured 2026-12-06, when Meta's offers were given their cap:
     * the star's package was $158M a year before, twice the story's figures).
     */
    @Test
    void s5JulysRaidAndStarAreWhatTheHeaderSays() {
        holds("S5 July", 10, h -> {
            List<MoveRow> july = moves(h, MoveReason.POACHED).stream()
                    .filter(m -> m.date().equals("2025-07") && "TBD Lab".equals(m.toTeam())).toList();
            List<MoveRow> openAi = july.stream().filter(m -> m.fromLab().equals("OpenAI")).toList();
            return openAi.size() >= 8 && openAi.size() <= 10
                    && openAi.stream().allMatch(m -> m.newSalary() >= 13.5e6 && m.newSalary() <= 75e6)
                    && july.stream().anyMatch(m -> m.fromLab().equals("Apple") && Math.abs(m.newSalary() - 75e6) < 1);
        });
    }

    /**
     * STORY's calibration table: Meta's top offers reach "up to $300M over 4 years; more than
     * $100M in the first year for a few". Its offers are capped at $75M a year; with the 35%
     * sign-on the few at the cap (one to three a run) are paid $101M in their first year; and
     * TBD Lab's mean pay stays more than ten times Products' (S5: far above the other units).
     */
    @Test
    void s5StarPackagesAreExtremeAndAtMostTheReportedTop() {
        holds("S5 packages", 10, h -> {
            List<MoveRow> in = moves(h, MoveReason.POACHED).stream().filter(m -> m.toTeam().equals("TBD Lab")).toList();
            double top = in.stream().mapToDouble(MoveRow::newSalary).max().orElse(0);
            double firstYear = in.stream().mapToDouble(m -> m.newSalary() + m.signOn()).max().orElse(0);
            long atTop = in.stream().filter(m -> m.newSalary() > 75e6 - 1).count();
            List<TeamRow> tbd = team(h, "TBD Lab");
            List<TeamRow> products = team(h, "Products");
            return top <= 75e6 + 1e-3 && firstYear > 100e6 && atTop >= 1 && atTop <= 3
                    && tbd.get(tbd.size() - 1).meanSalary() > 10 * products.get(products.size() - 1).meanSalary();
        });
        // no package of anyone Meta hires runs above the cap, on any seed; nor does a raise take it
        // there (Apple's star, hired at $75M, was paid $89M a year later: a reviewer)
        for (History h : runs) {
            assertTrue(h.moves().stream().filter(m -> "Meta".equals(m.toLab()) && !Double.isNaN(m.newSalary()))
                    .allMatch(m -> m.newSalary() <= 75e6 + 1e-3), "a Meta offer above its cap");
            for (org.talentsim.metrics.Summary.NamedResearcher n : h.summary().named()) {
                if ("Meta".equals(n.lab())) {
                    assertTrue(n.salary() <= 75e6 + 1e-3, n.name() + " paid " + n.salary() + " at the end");
                }
            }
            assertTrue(h.summary().named().stream().anyMatch(n -> n.name().equals("Ruoming Pang") && n.lab().equals("Meta")
                    && Math.abs(n.salary() - 75e6) < 1), "Apple's star stays at Meta at its cap");
        }
    }

    @Test
    void s6TheEliteTeamsArrivalLowersTheOriginalsMoraleAgainstACopyWithoutIt() {
        double[] mean = new double[2];
        for (int s = 0; s < SEEDS; s++) {
            for (int u = 0; u < 2; u++) {
                String unit = u == 0 ? "FAIR" : "Products";
                double with = julyToDecember(team(runs.get(s), unit));
                double without = julyToDecember(team(withoutElite.get(s), unit));
                assertTrue(with < without, unit + ", seed " + (s + 1) + ": " + with + " with the elite, " + without + " without");
                mean[u] += (with - without) / SEEDS;
            }
        }
        assertTrue(mean[0] < -0.01 && mean[1] < -0.01, "by a visible amount: FAIR " + mean[0] + ", Products " + mean[1]);
    }

    static double julyToDecember(List<TeamRow> rows) {
        return rows.stream().filter(t -> t.tick() >= 7 && t.tick() <= 12).mapToDouble(TeamRow::meanMorale).average().orElseThrow();
    }

    @Test
    void s6ProductsMoraleSitsBelowTbdLab() {
        holds("S6 morale", 11, h -> team(h, "Products").get(11).meanMorale() < team(h, "TBD Lab").get(11).meanMorale() - 0.2);
    }

    @Test
    void metaIsANetGainerOfResearchersPoachedFromOpenAiInItsSummerPush() {
        Set<String> summer = Set.of("2025-06", "2025-07", "2025-08");
        int in = 0;
        int out = 0;
        int seedsGaining = 0;
        for (int s = 0; s < SEEDS; s++) {
            List<MoveRow> p = moves(runs.get(s), MoveReason.POACHED).stream().filter(m -> summer.contains(m.date())).toList();
            int i = (int) p.stream().filter(m -> m.fromLab().equals("OpenAI") && m.toLab().equals("Meta")).count();
            int o = (int) p.stream().filter(m -> m.fromLab().equals("Meta") && m.toLab().equals("OpenAI")).count();
            in += i;
            out += o;
            seedsGaining += i > o ? 1 : 0;
        }
        assertTrue(seedsGaining >= 9, "Meta gains from OpenAI in June-August in " + seedsGaining + " of 10 seeds (" + in + " in, " + out + " out)");
    }

    @Test
    void s4VisaHoldersAmongThoseLaidOffLeaveTheMarketAfterNoticeAndGrace() {
        holds("S4 visa exits", 11, h -> {
            Set<Integer> laid = moves(h, MoveReason.LAID_OFF).stream().filter(m -> m.date().equals("2025-10"))
                    .map(MoveRow::researcher).collect(Collectors.toSet());
            List<MoveRow> exits = moves(h, MoveReason.VISA_EXIT).stream().filter(m -> laid.contains(m.researcher())).toList();
            return exits.size() >= 3 && exits.stream().allMatch(m -> m.tick() >= 10 + 2 + 2);
        });
    }

    @Test
    void noStartUpSpikeInVisaExitsOrPoaching() {
        double[] month1 = new double[3];
        double[] later = new double[3];
        for (int s = 0; s < SEEDS; s++) {
            for (MoveRow m : runs.get(s).moves()) {
                int k = m.reason() == MoveReason.VISA_EXIT ? 0
                        : m.reason() == MoveReason.POACHED && m.fromLab().equals("Meta") ? 1 : -1;
                if (k >= 0 && m.tick() == 1) {
                    month1[k]++;
                } else if (k >= 0 && m.tick() >= 2 && m.tick() <= 5) {
                    later[k] += 1 / 4.0;
                }
                if (m.reason() == MoveReason.POACHED) {
                    if (m.tick() == 1) {
                        month1[2]++;
                    } else if (m.tick() >= 2 && m.tick() <= 5) {
                        later[2] += 1 / 4.0;
                    }
                }
            }
        }
        assertTrue(month1[0] <= 1.5 * later[0], "visa exits in month 1: " + month1[0] + " against " + later[0] + " a month in months 2-5");
        assertTrue(month1[1] <= 1.5 * later[1] + 5, "poached from Meta in month 1: " + month1[1] + " against " + later[1] + " a month in months 2-5");
        assertTrue(month1[2] <= 1.5 * later[2], "poached in the whole market in month 1: " + month1[2] + " against " + later[2]
                + " a month in months 2-5 (Anthropic's growth plan is paced by the recruiting capacity)");
    }

    /**
     * S12: the chief scientist founds AMI Labs, which then hires a few a month: 5 to 25 by 2026-12
     * (9 to 21 on seeds 1-10, 2025 and 2026, as the scenario's header says; its hiring bar, skill
     * 1.5, leaves few seekers its offers can reach).
     */
    @Test
    void s12AFounderLeavesToStartALabThatHires() {
        holds("S12 founder", 10, h -> {
            List<MoveRow> founded = moves(h, MoveReason.FOUNDED);
            return founded.size() == 1 && founded.get(0).toLab().equals("AMI Labs") && founded.get(0).fromTeam().equals("FAIR")
                    && hiredBy(h, "AMI Labs") >= 5 && hiredBy(h, "AMI Labs") <= 25;
        });
    }

    private static long hiredBy(History h, String lab) {
        return h.moves().stream().filter(m -> lab.equals(m.toLab())
                && (m.reason() == MoveReason.HIRED || m.reason() == MoveReason.POACHED)).count();
    }

    /**
     * S11: Meta dismisses the director in October and his post becomes a job fair in November
     * (a {@code jobFair} event): he is hired by another lab the month after, on the file's seed
     * 2026 and seeds 1-10 (by OpenAI, xAI, Google DeepMind or Anthropic; measured again 2026-12-05, and
     * on seed 2025 too), checked on at least 10 of the 11.
     */
    @Test
    void s11TheDismissedDirectorIsHiredFromTheJobFairTheMonthAfter() {
        holds("S11 director", 10, h -> {
            MoveRow cut = moves(h, MoveReason.LAID_OFF).stream()
                    .filter(m -> m.date().equals("2025-10") && m.fromLab().equals("Meta") && m.researcher() == director)
                    .findFirst().orElse(null);
            if (cut == null) {
                return false;
            }
            MoveRow next = h.moves().stream().filter(m -> m.researcher() == cut.researcher() && m.tick() > cut.tick())
                    .findFirst().orElse(null);
            return next != null && next.reason() == MoveReason.HIRED && next.tick() == cut.tick() + 1
                    && !next.toLab().equals("Meta");
        });
    }

    @Test
    void theCounterfactualDiffersOnlyByTheEliteTeam() {
        Scenario base = ScenarioFiles.read(Runs.DIR.resolve("meta-2025.yaml"));
        long removed = base.events().stream().filter(Meta2025StoryTest::eliteArrival).count();
        assertEquals(6, removed, "the hiring spree and five raids into TBD Lab");
    }
}
