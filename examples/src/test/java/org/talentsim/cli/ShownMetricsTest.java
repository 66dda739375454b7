package org.talentsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's table and the report show the same metrics (docs/EXPERIMENTS.md): every one
 * when there are 32 or fewer. The table showed only the named labs' and the market's when an arm
 * named a lab (or past 20 metrics) while the report showed all of them.
 */
class ShownMetricsTest {
    private static final List<String> METRICS = List.of("Meta.quits", "Meta.hires", "Meta.headcount_end", "OpenAI.quits",
            "OpenAI.hires", "OpenAI.headcount_end", "market.unemployment_end");

    /**
     * Of more metrics than fit, kinds that are 0 in every run of every cell for each lab shown come
     * after the others, in the table and the report alike: bidding-war showed three rows of
     * "0 [0, 0]" (acquired_in, poached_in) and not its counter-offers (a strategist's review).
     */
    @Test
    void kindsThatAreZeroInEveryRunComeLast(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("rp");
        Cli r = Cli.run("replicate", "scenarios/bidding-war.yaml", "-r", "3", "--out", out.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Shown: "), r.out());
        for (String m : List.of("Challenger.countered", "Frontier.countered")) {
            assertTrue(r.out().contains(" " + m + " "), m + ":\n" + r.out());
        }
        for (String m : List.of("Challenger.acquired_in", "Frontier.acquired_in", "Challenger.acquired_out")) {
            assertFalse(r.out().contains(m), m + ":\n" + r.out());
        }
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<td>Challenger.countered</td>"), "the report shows what the table shows");
        assertFalse(html.contains("<td>Challenger.acquired_in</td>"));
    }

    /** One lab, its default metrics (23 of the lab's, 4 of the market's): 27, all shown in both. */
    @Test
    void aFewDefaultMetricsAreAllShownInBoth(@TempDir Path dir) throws Exception {
        Path one = dir.resolve("one.yaml");
        Files.writeString(one, String.join("\n", "version: 1", "name: one", "start: 2025-01", "months: 6", "seed: 3",
                "labs:", "  - name: Solo", "    budget: 100M", "    retention: match", "    teams:", "      - name: Core",
                "        focus: research", "        headcount: 60", "pool:", "  size: 40", ""));
        for (String[] args : List.of(new String[] {"replicate", one.toString(), "-r", "2"},
                new String[] {"compare", one.toString(), "--arm", "none:labs[Solo].retention=none", "-r", "2"})) {
            Path out = dir.resolve(args[0]);
            List<String> all = new java.util.ArrayList<>(List.of(args));
            all.addAll(List.of("--out", out.toString(), "-q"));
            Cli r = Cli.run(all.toArray(String[]::new));
            assertEquals(0, r.exit(), r.err());
            assertFalse(r.out().contains("Shown:"), r.out());
            String html = Files.readString(out.resolve("report.html"));
            String header = Files.readAllLines(out.resolve("runs.csv")).get(0);
            List<String> metrics = new java.util.ArrayList<>(List.of(header.substring(header.indexOf(",Solo.") + 1).split(",")));
            // the count of events skipped is a check of the runs, not an outcome: in the files, not the tables
            assertTrue(metrics.remove(org.talentsim.experiment.StandardMetrics.EVENTS_SKIPPED), metrics.toString());
            assertFalse(r.out().contains(org.talentsim.experiment.StandardMetrics.EVENTS_SKIPPED), r.out());
            // the moves that only close a lab's balance (founders, teams moved): in the files, reported when named
            for (String b : org.talentsim.experiment.StandardMetrics.LAB_BALANCE) {
                assertTrue(metrics.remove("Solo." + b), metrics.toString());
                assertFalse(r.out().contains("Solo." + b), r.out());
            }
            assertTrue(metrics.size() > 20 && metrics.size() <= 32, metrics.toString());
            for (String m : metrics) {
                assertTrue(r.out().contains(m), m + " in the table of " + args[0] + ":\n" + r.out());
                assertTrue(html.contains("<td>" + m + "</td>"), m + " in the report of " + args[0]);
            }
        }
    }

    /**
     * Labs named by the overrides of every run (--set) or with a space before them count as
     * named in both (the table left them out, the report did not), and the default folder of an
     * experiment fits in a file name however long the scenario file's name.
     */
    @Test
    void labsNamedAnyWayCountInBoth(@TempDir Path dir) throws Exception {
        for (String[] args : List.of(new String[] {"replicate", CliTest.TINY.toString(), "-r", "2", "--set", "labs[Meta].prestige=0.5"},
                new String[] {"compare", CliTest.TINY.toString(), "-r", "2", "--arm", "x: labs[Meta].retention=none"})) {
            Path out = dir.resolve(args[0]);
            List<String> all = new java.util.ArrayList<>(List.of(args));
            all.addAll(List.of("--out", out.toString(), "-q"));
            Cli r = Cli.run(all.toArray(String[]::new));
            assertEquals(0, r.exit(), r.err());
            assertTrue(r.out().contains("Meta.quits") && !r.out().contains("OpenAI.quits"), r.out());
            String html = Files.readString(out.resolve("report.html"));
            assertTrue(html.contains("<td>Meta.quits</td>") && !html.contains("<td>OpenAI.quits</td>"), args[0]);
        }
        String longName = "s".repeat(250) + ".yaml";
        String folder = RunCommand.defaultFolder(longName, "-replicate");
        assertEquals(255, folder.length());
        assertTrue(folder.endsWith("-replicate"), folder);
        assertEquals("tiny", RunCommand.defaultFolder("x/tiny.yaml"));
    }

    @Test
    void tableAndReportShowTheSameMetrics(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("cmp");
        Cli r = Cli.run("compare", CliTest.TINY.toString(), "--arm", "none:labs[Meta].retention=none", "-r", "2", "--out",
                out.toString(), "-q", "--metrics", String.join(",", METRICS));
        assertEquals(0, r.exit(), r.err());
        assertFalse(r.out().contains("Shown:"), r.out());
        String html = Files.readString(out.resolve("report.html"));
        for (String m : METRICS) {
            assertTrue(r.out().contains(m), m + " in the table:\n" + r.out());
            assertTrue(html.contains("<td>" + m + "</td>"), m + " in the report");
        }

        // more than 32 (every default metric of two labs): the named lab's and the market's, in both
        Path all = dir.resolve("all");
        r = Cli.run("compare", CliTest.TINY.toString(), "--arm", "none:labs[Meta].retention=none", "-r", "2", "--out",
                all.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        // (and in the row to spare, the other lab's first kind)
        assertTrue(r.out().contains("Shown: ") && r.out().contains("(the market's, and all metrics of Meta, which the experiment's"
                + " changes name, then headcount_end of OpenAI)"), r.out());
        assertTrue(r.out().contains("OpenAI.headcount_end"), r.out());
        assertFalse(r.out().contains("OpenAI.poached_in"), r.out());
        html = Files.readString(all.resolve("report.html"));
        Matcher m = Pattern.compile("<td>((?:Meta|OpenAI|market)\\.[a-z_]+)</td>").matcher(html);
        java.util.Set<String> inReport = new java.util.TreeSet<>();
        while (m.find()) {
            inReport.add(m.group(1));
        }
        java.util.Set<String> inTable = new java.util.TreeSet<>();
        Matcher t = Pattern.compile("\\b((?:Meta|OpenAI|market)\\.[a-z_]+)\\b").matcher(r.out());
        while (t.find()) {
            inTable.add(t.group(1));
        }
        assertEquals(inTable, inReport);
    }

    /**
     * With no change naming a lab, the table showed only the market's 4 of 73 metrics and said
     * they were "those of the labs the overrides name" (found by a reviewer): it now shows each
     * lab's headcount, poaching and quits with the market's, and says so, in both.
     */
    @Test
    void withNoLabNamedEachLabsKeyMetricsAreShown(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("rep");
        Cli r = Cli.run("replicate", "scenarios/retention.yaml", "-r", "2", "--months", "6", "--out", out.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        String which = "the market's, and 9 kinds (headcount_end, poached_in, poached_out, countered, quits, \u2026) of each lab";
        assertTrue(r.out().contains("Shown: 32 of ") && r.out().contains("(" + which + ")"), r.out());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("The tables show 32 of ") && html.contains(which.replace("'", "&#39;")), "the report says it too");
        for (String lab : List.of("Keeper", "Leaker", "Raider")) {
            for (String kind : List.of("headcount_end", "poached_in", "poached_out", "countered", "quits", "retention", "hires")) {
                assertTrue(r.out().contains(lab + "." + kind), lab + "." + kind + ":\n" + r.out());
                assertTrue(html.contains("<td>" + lab + "." + kind + "</td>"), lab + "." + kind + " in the report");
            }
        }
        assertFalse(r.out().contains("Keeper.acquired_in"), r.out());
        // metrics of a lab with no key metric fall back to the first 32, said as such
        List<String> many = new java.util.ArrayList<>();
        for (int k = 0; k < 40; k++) {
            many.add("L.m" + k);
        }
        org.talentsim.report.Report.Shown none = org.talentsim.report.Report.shown(many, List.of());
        assertEquals(many.subList(0, 32), none.metrics());
        assertTrue(none.which().startsWith("32 kinds (m0, m1, m2, m3, m4, \u2026) of each lab"), none.which());
        // 50 labs: whole labs while they fit, and said (it said "each lab's" and showed six and a half)
        List<String> fifty = new java.util.ArrayList<>(List.of("market.unemployment_end"));
        for (int l = 1; l <= 50; l++) {
            for (String kind : List.of("capability_end", "headcount_end", "poached_in", "poached_out", "quits")) {
                fifty.add(String.format("L%02d.%s", l, kind));
            }
        }
        org.talentsim.report.Report.Shown bm1 = org.talentsim.report.Report.shown(fifty, List.of());
        assertEquals("the market's, and headcount_end, poached_in, poached_out, quits of the first 7 of 50 labs", bm1.which());
        assertEquals(29, bm1.metrics().size());
        assertTrue(bm1.metrics().contains("L07.quits") && !bm1.metrics().contains("L08.headcount_end"), bm1.metrics().toString());
        // a --metrics list of 33 with none of those kinds: the market's and 31 whole labs, not the market's one alone
        List<String> chosen = new java.util.ArrayList<>(List.of("market.unemployment_end"));
        for (int l = 1; l <= 32; l++) {
            chosen.add(String.format("L%02d.capability_end", l));
        }
        org.talentsim.report.Report.Shown c = org.talentsim.report.Report.shown(chosen, List.of());
        assertEquals(chosen.subList(0, 32), c.metrics());
        assertEquals("the market's, and capability_end of the first 31 of 32 labs", c.which());
        // several labs named: each shows the same kinds (the first named took 23 rows, the second 3; found by a reviewer)
        List<String> two = new java.util.ArrayList<>(List.of("market.unemployment_end"));
        for (String l : List.of("OpenAI", "xAI", "Meta")) {
            for (String kind : List.of("acquired_in", "capability_end", "headcount_end", "hires", "mean_salary_end", "poached_in",
                    "poached_out", "quits", "retention", "spend", "countered", "exits", "layoffs", "sign_ons", "payroll_end")) {
                two.add(l + "." + kind);
            }
        }
        org.talentsim.report.Report.Shown named = org.talentsim.report.Report.shown(two, List.of("labs[xAI].retention=none",
                "labs[OpenAI].prestige=0.5"));
        for (String kind : List.of("headcount_end", "poached_in", "poached_out", "quits", "retention", "hires", "mean_salary_end")) {
            assertTrue(named.metrics().contains("OpenAI." + kind) && named.metrics().contains("xAI." + kind), kind + ": " + named);
        }
        // (the one row to spare shows the unnamed lab's first kind)
        assertEquals(List.of("Meta.headcount_end"), named.metrics().stream().filter(m -> m.startsWith("Meta.")).toList(),
                named.toString());
        assertEquals(32, named.metrics().size());
        assertEquals(named.metrics().stream().filter(m -> m.startsWith("OpenAI.")).count(),
                named.metrics().stream().filter(m -> m.startsWith("xAI.")).count(), "the same kinds for both");
        assertTrue(named.which().endsWith(" of OpenAI, xAI, which the experiment's changes name, then headcount_end of Meta"),
                named.which());
        // rows to spare go to the other labs' metrics: a --metrics list of Raider.* and three of
        // Keeper's, an arm changing Keeper, showed Keeper's 3 rows of 33 (a strategist's review)
        List<String> asked = new java.util.ArrayList<>();
        List<String> kinds30 = new java.util.ArrayList<>(List.of("headcount_end", "poached_in", "poached_out", "quits",
                "retention", "hires", "mean_salary_end", "capability_end", "mean_morale_end", "payroll_end", "spend", "committed"));
        for (int k = kinds30.size(); k < 30; k++) {
            kinds30.add("kind" + k);
        }
        for (String kind : kinds30) {
            asked.add("Raider." + kind);
        }
        asked.addAll(List.of("Keeper.poached_out", "Keeper.quits", "Keeper.hires"));
        org.talentsim.report.Report.Shown spare = org.talentsim.report.Report.shown(asked, List.of("labs[Keeper].retention=none"));
        assertEquals(32, spare.metrics().size(), spare.toString());
        assertTrue(spare.metrics().containsAll(List.of("Keeper.poached_out", "Keeper.quits", "Keeper.hires")), spare.toString());
        assertEquals(kinds30.subList(0, 29).stream().map(k -> "Raider." + k).toList(),
                spare.metrics().stream().filter(m -> m.startsWith("Raider.")).toList());
        assertTrue(spare.which().startsWith("all metrics of Keeper, which the experiment's changes name, then 29 kinds"
                + " (headcount_end, poached_in, poached_out, quits, retention, \u2026) of Raider"), spare.which());
        // chosen metrics without the market's: no word of the market
        assertFalse(org.talentsim.report.Report.shown(two.subList(1, two.size()), List.of()).which().contains("market"));
    }

    /**
     * A sweep's report drew the first 12 metrics alphabetically, seven of them the same in every
     * run, and left out what the varied premium moved (found by a reviewer); a replication's
     * drew a spread chart of a start no seed changes.
     */
    @Test
    void experimentReportsDrawWhatChangesAndNameWhatDoesNot(@TempDir Path dir) throws Exception {
        Path sweep = dir.resolve("sweep");
        Cli r = Cli.run("sweep", "scenarios/retention.yaml", "--vary", "labs[Raider].offer.premium=0.1,0.5", "-r", "3",
                "--months", "6", "--out", sweep.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        String html = Files.readString(sweep.resolve("report.html"));
        assertTrue(html.contains("id=\"fig-sweep-raider-poached-in"), "what the premium moves is drawn");
        for (String flat : List.of("raider-layoffs", "raider-headcount-start", "raider-acquired-in")) {
            assertFalse(html.contains("id=\"fig-sweep-" + flat), flat + " is the same in every run: not drawn");
        }
        assertTrue(html.contains(" the same in every run, not drawn: ") && html.contains("Raider.layoffs"), "and said");
        assertTrue(html.contains("metrics that change most with labs[Raider].offer.premium"), "the order is said");

        // a comparison's forest plot drew a bar of nothing for each metric no pair of runs differs in
        Path cmp = dir.resolve("cmp");
        r = Cli.run("compare", "scenarios/retention.yaml", "--arm", "none:labs[Keeper].retention=none", "-r", "3", "--months", "6",
                "--out", cmp.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        html = Files.readString(cmp.resolve("report.html"));
        String forest = html.substring(html.indexOf("id=\"fig-forest\""), html.indexOf("</figure>", html.indexOf("id=\"fig-forest\"")));
        assertTrue(forest.contains(">none: Keeper.poached_out<"), "what the arm moves is drawn");
        assertFalse(forest.contains(">none: Keeper.layoffs<") || forest.contains(">none: Keeper.headcount_start<"), "no bar of nothing");
        assertTrue(html.contains("Not in the plot, the same as the baseline&#39;s in every replication: none: Keeper.acquired_in;")
                && html.contains("none: Keeper.layoffs"), "and they are named");

        Path rep = dir.resolve("rep");
        r = Cli.run("replicate", "scenarios/retention.yaml", "-r", "3", "--months", "6", "--out", rep.toString(), "-q",
                "--metrics", "Keeper.headcount_start,Keeper.quits,Raider.quits");
        assertEquals(0, r.exit(), r.err());
        html = Files.readString(rep.resolve("report.html"));
        assertTrue(html.contains("id=\"fig-spread-quits\""), "quits vary from seed to seed");
        assertFalse(html.contains("id=\"fig-spread-headcount-start\""), "the start is the same in every run");
        assertTrue(html.contains("1 metric is the same in every run, for every lab, not drawn: headcount_start"), "and said");
    }

    /** A replication's page says its tables show a few metrics and its spread charts every lab's main ones (it said only "Shown: 4 of 73" above charts of every lab: found by a reviewer). */
    @Test
    void aReplicationsPageSaysWhatItsTablesAndChartsShow(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("rep");
        Cli r = Cli.run("replicate", CliTest.TINY.toString(), "-r", "2", "--out", out.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("The tables show ") && html.contains("; the spread charts draw the main ones of every lab."), html);
        assertTrue(html.contains("id=\"fig-spread-headcount-end\""), "every lab's headcount spread");
    }
}
