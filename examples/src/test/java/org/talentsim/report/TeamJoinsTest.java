package org.talentsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who joined each team, and from where (the report's "team-joins" chart): counted from the
 * HIRED and POACHED rows of moves.csv by the team joined and the lab left, and in the flagship it
 * tells STORY S5, TBD Lab built by poaching, most of all from OpenAI (the report's flow matrix is
 * by lab, where this did not show: found by a student-style review).
 */
class TeamJoinsTest {
    @Test
    void theFlagshipsEliteTeamIsBuiltByPoaching(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("meta");
        org.talentsim.Talentsim.defaults().run(org.talentsim.io.ScenarioFiles.read(Path.of("scenarios/meta-2025.yaml")), out);
        RunData d = RunData.read(out);
        // the same counts, straight from moves.csv
        Map<String, Integer> recount = new HashMap<>();
        java.util.List<String> lines = Files.readAllLines(out.resolve("moves.csv"));
        java.util.List<String> header = java.util.List.of(lines.get(0).split(","));
        int from = header.indexOf("from_lab");
        int to = header.indexOf("to_lab");
        int toTeam = header.indexOf("to_team");
        int reason = header.indexOf("reason");
        int who = header.indexOf("researcher");
        Map<String, String> laidOffBy = new HashMap<>();   // researcher → the lab that laid him off, until his next move
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",", -1);
            String by = laidOffBy.remove(c[who]);
            if (c[reason].equals("LAID_OFF") && !c[from].isEmpty()) {
                laidOffBy.put(c[who], c[from]);
            }
            // a hire from the pool of someone another lab laid off counts as from that lab's layoff
            String source = by != null && c[from].isEmpty() && c[reason].equals("HIRED") && !by.equals(c[to]) ? "\n" + by : c[from];
            source = c[reason].equals("ACQUIRED") ? "\r" + c[from] : source;
            if ((c[reason].equals("HIRED") || c[reason].equals("POACHED") || c[reason].equals("ACQUIRED")) && !c[to].isEmpty()
                    && !c[to].equals(c[from])) {
                recount.merge(c[to] + "/" + c[toTeam] + "<" + source, 1, Integer::sum);
            }
        }
        Map<String, Integer> joins = new HashMap<>();
        d.joins.forEach((lab, teams) -> teams.forEach((team, by) -> by.forEach((src, n) -> joins.put(lab + "/" + team + "<" + src, n[0]))));
        assertEquals(recount, joins);

        Map<String, int[]> tbd = d.joins.get("Meta").get("TBD Lab");
        int all = tbd.values().stream().mapToInt(n -> n[0]).sum();
        int pool = tbd.getOrDefault("", new int[1])[0];
        assertTrue(all >= 20 && pool < 0.2 * all, "TBD Lab: " + pool + " of " + all + " from the pool");
        String most = tbd.entrySet().stream().filter(e -> !e.getKey().isEmpty()).max((a, b) -> Integer.compare(a.getValue()[0],
                b.getValue()[0])).orElseThrow().getKey();
        assertEquals("OpenAI", most, "TBD Lab's largest source");
        // Meta's other teams hire mostly from the pool
        for (String team : java.util.List.of("FAIR", "Products", "Infra")) {
            Map<String, int[]> t = d.joins.get("Meta").get(team);
            int n = t.values().stream().mapToInt(x -> x[0]).sum();
            assertTrue(t.getOrDefault("", new int[1])[0] > 0.5 * n, team + ": " + n + " joined");
        }
    }

    /**
     * A rival that takes in a layoff's people shows it: they were "hired from the pool", and Rival A
     * looked as if it took little from BigCo (a student's review of mass-layoff); over seeds, a
     * good part of what its teams hire after the layoff are BigCo's laid-off people.
     */
    @Test
    void aRivalTakingInTheLaidOffShowsIt(@TempDir Path dir) throws Exception {
        for (long seed = 1; seed <= 5; seed++) {
            Path out = dir.resolve("ml-" + seed);
            org.talentsim.Talentsim.defaults().run(org.talentsim.io.ScenarioFiles.read(Path.of("scenarios/mass-layoff.yaml")).withSeed(seed),
                    out);
            RunData d = RunData.read(out);
            int laid = 0;
            int all = 0;
            for (Map<String, int[]> by : d.joins.get("Rival A").values()) {
                laid += by.getOrDefault(RunData.laidOffKey("BigCo"), new int[1])[0];
                all += by.values().stream().mapToInt(n -> n[0]).sum();
            }
            assertTrue(laid > 0.1 * all, "seed " + seed + ": " + laid + " of " + all + " laid off by BigCo");
            // BigCo hiring back its own is a hire from the pool, not "laid off by BigCo"
            d.joins.get("BigCo").values().forEach(by -> assertTrue(!by.containsKey(RunData.laidOffKey("BigCo")), by.keySet().toString()));
        }
    }

    /**
     * The people an acqui-hire bought are a source of their own (the chart counted only hires and
     * poaching, so acqui-hire's report left out its deal: a student's review), with a legend entry
     * and the caption's word for it.
     */
    @Test
    void anAcquiHireShowsAsBought(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("ah");
        org.talentsim.Talentsim.defaults().run(org.talentsim.io.ScenarioFiles.read(Path.of("scenarios/acqui-hire.yaml")), out);
        RunData d = RunData.read(out);
        long bought = Files.readAllLines(out.resolve("moves.csv")).stream()
                .filter(l -> l.contains(",Scale,Core,Frontier,AI,") && l.contains(",ACQUIRED,")).count();
        assertTrue(bought > 10, bought + " bought");
        assertEquals((int) bought, d.joins.get("Frontier").get("AI").get(RunData.acquiredKey("Scale"))[0]);
        String html = Files.readString(Report.writeRun(out, null, false));
        assertTrue(html.contains("bought from Scale (acqui-hire)"), "in the legend");
        assertTrue(html.contains("bought people from another lab in its colour, darker"), "and the caption");
        assertTrue(html.contains("<li><b>acqui-hire</b>: a lab buys a rival&#39;s team"), "and the words used");
        // the seller closed lets everyone go, at its mean pay: the Layoffs note does not say they were the cheapest
        assertTrue(html.contains("<h3>Layoffs</h3>") && !html.contains("often far below the lab"), "the Layoffs note");
    }

    /** The caption's colours: only those drawn, joined by "and" (it said "bought" with no acqui-hire, and lost its "and": a review). */
    @Test
    void theCaptionNamesTheColoursDrawn() {
        assertEquals(".", RunReport.joinsColours(false, false));
        assertEquals(", and one that took in another lab's laid-off people in its colour, paler.", RunReport.joinsColours(true, false));
        assertEquals(", and one that bought people from another lab in its colour, darker.", RunReport.joinsColours(false, true));
        assertEquals(", one that took in another lab's laid-off people in its colour, paler, and one that bought people from another"
                + " lab in its colour, darker.", RunReport.joinsColours(true, true));
    }
}
