package org.talentsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's printed figures come from the code (issue 18): the tutorial's summary rows and the
 * whole comparison table of "Asking a question" are what a fresh run prints, line for line
 * (timings aside).
 */
class ReadmeFiguresTest {
    static final Path README = Path.of("..", "README.md");

    @Test
    void theTutorialSummaryIsAFreshRunsOutput(@TempDir Path dir) throws Exception {
        String readme = Files.readString(README);
        Cli r = Cli.run("run", "scenarios/meta-2025.yaml", "--out", dir.resolve("m").toString());
        assertEquals(0, r.exit(), r.err());
        List<String> printed = r.out().lines().toList();
        int shown = 0;
        for (String line : printed) {
            if (line.startsWith("lab ") || line.startsWith("Meta ") || line.startsWith("OpenAI ")) {
                assertTrue(readme.contains(line + "\n"), "README lacks the printed line: " + line);
                shown++;
            }
        }
        assertEquals(3, shown, r.out());
    }

    @Test
    void theComparisonTableIsAFreshRunsOutput(@TempDir Path dir) throws Exception {
        String readme = Files.readString(README);
        Cli r = Cli.run("compare", "scenarios/meta-2025.yaml", "--arm", "none:labs[Meta].retention=none", "--arm",
                "80pct:labs[Meta].retention.upTo=0.8", "-r", "50", "--out", dir.resolve("c").toString());
        assertEquals(0, r.exit(), r.err());
        int checked = 0;
        for (String line : r.out().lines().toList()) {
            if (line.startsWith("meta-2025: ") || line.startsWith("Results: ") || line.startsWith("Report: ")) {
                continue;   // the run's time; the folder; the report's path
            }
            assertTrue(readme.contains(line + "\n"), "README lacks the printed line: " + line);
            checked++;
        }
        assertTrue(checked > 80, "lines compared: " + checked);

        // the paragraph that reads the table: its rounded figures are the run's
        java.util.Map<String, String[]> cmp = new java.util.HashMap<>();
        for (String line : Files.readAllLines(dir.resolve("c").resolve("comparison.csv"))) {
            String[] f = line.split(",", -1);
            cmp.put(f[0] + "/" + f[1], f);
        }
        java.util.function.BiFunction<String, Integer, Long> at = (key, col) -> Math.round(Double.parseDouble(cmp.get(key)[col]));
        String prose = readme.substring(readme.indexOf("Read it as:")).replaceAll("\\s+", " ");
        List<String> expected = List.of(
                "loses about " + at.apply("none/Meta.poached_out", 5) + " more researchers",
                "(95% CI +" + at.apply("none/Meta.poached_out", 6) + " to +" + at.apply("none/Meta.poached_out", 7) + ";",
                "(" + Math.round(100 * Double.parseDouble(cmp.get("none/Meta.retention")[2])) + "% against "
                        + Math.round(100 * Double.parseDouble(cmp.get("baseline/Meta.retention")[2])) + "%)",
                "hires " + at.apply("none/Meta.hires", 5) + " more",
                "spends ~" + Math.round(-Double.parseDouble(cmp.get("none/Meta.spend")[5]) / 1e6) + "M less",
                "loses " + at.apply("80pct/Meta.poached_out", 5) + " more [+" + at.apply("80pct/Meta.poached_out", 6) + ", +"
                        + at.apply("80pct/Meta.poached_out", 7) + "]");
        for (String e : expected) {
            assertTrue(prose.contains(e), "README's reading of the table lacks: " + e);
        }

        // the cost of each researcher kept: the same runs with --ratio, none run again
        Cli ratio = Cli.run("experiment", dir.resolve("c").resolve("experiment.yaml").toString(), "--ratio",
                "Meta.spend per Meta.poached_out", "--ratio", "Meta.spend per Meta.headcount_end", "--resume", "--out",
                dir.resolve("c").toString(), "-q", "--no-report");
        assertEquals(0, ratio.exit(), ratio.err());
        assertTrue(ratio.out().contains(", 150 resumed"), ratio.out());
        java.util.Map<String, double[]> rat = new java.util.HashMap<>();
        for (String line : Files.readAllLines(dir.resolve("c").resolve("ratios.csv")).subList(1, 7)) {
            String[] f = line.split(",", -1);
            if (f[0].equals("none")) {
                rat.put(f[3], new double[] {Double.parseDouble(f[11]), Double.parseDouble(f[12]), Double.parseDouble(f[13]),
                        Double.parseDouble(f[14]), Double.parseDouble(f[15])});
            }
        }
        double[] lost = rat.get("Meta.poached_out");
        double[] end = rat.get("Meta.headcount_end");
        java.util.function.DoubleFunction<String> k = v -> Math.round(v / 1e3) + "k";
        java.util.function.DoubleFunction<String> m = v -> String.format(java.util.Locale.ROOT, "%.1fM", v / 1e6);
        String cost = readme.substring(readme.indexOf("What does each researcher kept cost?")).replaceAll("\\s+", " ");
        List<String> costs = List.of(
                "Meta spends " + Math.round(-lost[0] / 1e6) + "M less over the two years and loses " + Math.round(lost[1])
                        + " more to poaching",
                "cost about " + k.apply(-lost[2]) + " for each poaching they prevent [" + k.apply(-lost[4]) + ", " + k.apply(-lost[3]) + "]",
                "ends only " + Math.round(-end[1]) + " researchers smaller",
                "they cost " + m.apply(end[2]) + " [" + m.apply(end[3]) + ", " + m.apply(end[4]) + "]");
        for (String e : costs) {
            assertTrue(cost.contains(e), "README's cost of a researcher kept lacks: " + e);
        }
    }

    /** The rows of "Validation"'s `validate` block are what `validate` prints now. */
    @Test
    void theValidationRowsAreAFreshRunsOutput() throws Exception {
        String readme = Files.readString(README);
        String block = readme.substring(readme.indexOf("$ ./talentsim validate\n"));
        block = block.substring(0, block.indexOf("```"));
        Cli r = Cli.run("validate");
        assertEquals(0, r.exit(), r.err());
        int checked = 0;
        for (String line : block.lines().toList()) {
            if (line.startsWith("BM ") || line.startsWith("PVR ") || line.startsWith("MP ") || line.startsWith("model ")
                    || line.contains(" passed, ") || line.startsWith("p: ")) {
                assertTrue(r.out().contains(line + "\n"), "validate no longer prints the README's line: " + line);
                checked++;
            }
        }
        assertTrue(checked >= 10, "lines compared: " + checked);
    }

    /** The tutorial's step 2, "You will see ...", on the file's seed. */
    @Test
    void theTutorialsStoryIsWhatTheFilesSeedGives() {
        org.talentsim.RunResult r = org.talentsim.Talentsim.defaults()
                .run(org.talentsim.io.ScenarioFiles.read(Path.of("scenarios/meta-2025.yaml")));
        List<org.talentsim.metrics.MoveRow> july = r.moves().stream().filter(m -> m.date().equals("2025-07")
                && m.reason() == org.talentsim.model.MoveReason.POACHED && "TBD Lab".equals(m.toTeam())).toList();
        List<Double> fromOpenAi = july.stream().filter(m -> m.fromLab().equals("OpenAI"))
                .map(org.talentsim.metrics.MoveRow::newSalary).toList();
        assertEquals(10, fromOpenAi.size(), "ten researchers from OpenAI in July: the raid's eight and two offers");
        double low = fromOpenAi.stream().mapToDouble(w -> w).min().orElseThrow();
        double high = fromOpenAi.stream().mapToDouble(w -> w).max().orElseThrow();
        assertEquals("from $17M to $52M", "from $" + Math.round(low / 1e6) + "M to $" + Math.round(high / 1e6) + "M",
                "packages a year: " + fromOpenAi);
        assertEquals(List.of(75L), july.stream().filter(m -> m.fromLab().equals("Apple"))
                .map(m -> Math.round(m.newSalary() / 1e6)).toList(), "Apple's star, $M a year: Meta's cap");
        assertEquals(List.of(101L), july.stream().filter(m -> m.fromLab().equals("Apple"))
                .map(m -> Math.round((m.newSalary() + m.signOn()) / 1e6)).toList(), "Apple's star's first year, $M");
        List<org.talentsim.metrics.MoveRow> laid = r.moves().stream().filter(m -> m.date().equals("2025-10")
                && m.reason() == org.talentsim.model.MoveReason.LAID_OFF && m.fromLab().equals("Meta")).toList();
        assertTrue(laid.size() >= 590 && laid.size() <= 610, "about 600 laid off: " + laid.size());
        assertTrue(laid.stream().allMatch(m -> List.of("FAIR", "Products", "Infra").contains(m.fromTeam())), "none from TBD Lab");
        assertTrue(r.moves().stream().anyMatch(m -> m.reason() == org.talentsim.model.MoveReason.FOUNDED
                && m.name().equals("Yann LeCun") && m.toLab().equals("AMI Labs")), "the founding");
        List<org.talentsim.metrics.MoveRow> tian = r.moves().stream().filter(m -> m.name().equals("Yuandong Tian")
                && m.date().compareTo("2025-10") >= 0).toList();
        assertEquals(org.talentsim.model.MoveReason.LAID_OFF, tian.get(0).reason());
        assertEquals("2025-10", tian.get(0).date());
        assertEquals(org.talentsim.model.MoveReason.HIRED, tian.get(1).reason());
        assertEquals("2025-11", tian.get(1).date());
    }

    /**
     * docs/REPORT.md's figures of the flagship on its file's seed: TBD Lab's joiners mostly poached,
     * and its mean pay against the other Meta teams' (they had drifted from the file: a student's
     * review).
     */
    @Test
    void theReportGuidesFlagshipFiguresAreWhatTheFilesSeedGives() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "REPORT.md")).replaceAll("\\s+", " ");
        org.talentsim.RunResult r = org.talentsim.Talentsim.defaults()
                .run(org.talentsim.io.ScenarioFiles.read(Path.of("scenarios/meta-2025.yaml")));
        List<org.talentsim.metrics.MoveRow> joined = r.moves().stream().filter(m -> "TBD Lab".equals(m.toTeam())
                && !"TBD Lab".equals(m.fromTeam())).toList();
        long poached = joined.stream().filter(m -> m.reason() == org.talentsim.model.MoveReason.POACHED).count();
        String share = "the flagship's TBD Lab, " + Math.round(100.0 * poached / joined.size()) + "% poached (" + poached + " of "
                + joined.size() + ")";
        assertTrue(doc.contains(share), "docs/REPORT.md lacks: " + share);
        // TBD Lab's mean pay over each other Meta team's, month by month while both employ someone
        java.util.Map<String, double[]> range = new java.util.LinkedHashMap<>();
        java.util.Map<String, java.util.Map<String, org.talentsim.metrics.TeamRow>> byDate = new java.util.TreeMap<>();
        for (org.talentsim.metrics.TeamRow t : r.teams()) {
            if (t.lab().equals("Meta") && t.headcount() > 0) {
                byDate.computeIfAbsent(t.date(), d -> new java.util.HashMap<>()).put(t.team(), t);
            }
        }
        for (java.util.Map<String, org.talentsim.metrics.TeamRow> month : byDate.values()) {
            org.talentsim.metrics.TeamRow tbd = month.get("TBD Lab");
            for (String other : List.of("FAIR", "Products", "Infra")) {
                if (tbd != null && month.containsKey(other)) {
                    double x = tbd.meanSalary() / month.get(other).meanSalary();
                    range.merge(other, new double[] {x, x}, (a, b) -> new double[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
                }
            }
        }
        java.util.function.Function<double[], String> span = a -> Math.round(a[0]) + "–" + Math.round(a[1]);
        double low = range.values().stream().mapToDouble(a -> a[0]).min().orElseThrow();
        double high = range.values().stream().mapToDouble(a -> a[1]).max().orElseThrow();
        String pay = "TBD Lab's mean pay " + span.apply(new double[] {low, high}) + " times the other teams' on the default seed: FAIR's "
                + span.apply(range.get("FAIR")) + " times, Products' " + span.apply(range.get("Products")) + " and Infra's "
                + span.apply(range.get("Infra"));
        assertTrue(doc.contains(pay), "docs/REPORT.md lacks: " + pay);
    }
}
