package org.talentsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report DIR} on result files that no longer agree with each other — a file cut short at a
 * line break, a row deleted or repeated, a number changed into another valid one — refuses with
 * one line naming the file and line, exit 2, and writes no page: it drew a page without the
 * scenario's layoff, 99,999 hires on the flow matrix, or without its "In short", exit 0 (an
 * adversarial review). Folders as the commands write them are drawn.
 */
class FolderAgreementTest {
    @TempDir
    static Path tmp;
    static Path run;
    static Path experiment;

    @BeforeAll
    static void write() {
        run = tmp.resolve("run");
        Cli r = Cli.run("run", ReportOptionsTest.TINY.toString(), "--out", run.toString(), "-q", "--no-report");
        assertEquals(0, r.exit(), r.err());
        experiment = tmp.resolve("exp");
        Cli e = Cli.run("compare", ReportOptionsTest.TINY.toString(), "--arm", "a:labs[Meta].prestige=0.1", "-r", "5", "--out",
                experiment.toString(), "-q", "--no-report");
        assertEquals(0, e.exit(), e.err());
    }

    /** A copy of {@code from} named {@code name} with {@code file}'s lines changed by {@code edit}. */
    static Path edited(Path from, String name, String file, UnaryOperator<List<String>> edit) throws IOException {
        Path to = tmp.resolve(name);
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path f : files.toList()) {
                if (Files.isRegularFile(f) && !f.getFileName().toString().equals("report.html")) {
                    Files.copy(f, to.resolve(f.getFileName()));
                }
            }
        }
        List<String> lines = new ArrayList<>(Files.readAllLines(to.resolve(file)));
        Files.write(to.resolve(file), edit.apply(lines));
        return to;
    }

    /** An edit writing {@code value} into column {@code col} of line {@code index} (0: the header). */
    static UnaryOperator<List<String>> cell(int index, int col, String value) {
        return l -> {
            List<String> out = new ArrayList<>(l);
            String[] v = out.get(index).split(",", -1);
            v[col] = value;
            out.set(index, String.join(",", v));
            return out;
        };
    }

    static void refused(Path dir, String file, String... said) {
        Cli r = Cli.run("report", dir.toString());
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().startsWith("report: " + dir.resolve(file)), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        for (String s : said) {
            assertTrue(r.err().contains(s), s + " in: " + r.err());
        }
        assertFalse(Files.exists(dir.resolve("report.html")), "no page");
    }

    @Test
    void foldersAsWrittenAreDrawn() {
        for (Path dir : List.of(run, experiment)) {
            Cli r = Cli.run("report", dir.toString());
            assertEquals(0, r.exit(), r.err());
        }
    }

    @Test
    void movesCutShortDisagreeWithLabs() throws IOException {
        Path dir = edited(run, "moves5", "moves.csv", l -> l.stream().filter(s -> s.startsWith("tick") || Integer.parseInt(
                s.substring(0, s.indexOf(','))) <= 5).toList());
        refused(dir, "labs.csv", "but moves.csv has 0 ", "at tick 6", "the result files disagree");
    }

    /**
     * offers.csv cut short at a line break (after a declined offer too), with a lab or an outcome
     * changed, or deleted (a reliability review and its re-check: drawn, exit 0).
     */
    @Test
    void offersCutShortChangedOrMissingAreRefused() throws IOException {
        List<String> lines = Files.readAllLines(run.resolve("offers.csv"));
        assertTrue(lines.size() > 20 && lines.stream().anyMatch(l -> l.contains(",DECLINED,")), "the tiny run writes offers");
        Path cut = edited(run, "offersCut", "offers.csv", l -> l.subList(0, l.size() / 2));
        refused(cut, "offers.csv", "rows, and manifest.json's offers_rows " + (lines.size() - 1), "the result files disagree");
        // a declined offer's row has no move: only the manifest's count finds it gone
        Path declined = edited(run, "offersDeclined", "offers.csv", l -> {
            List<String> out = new ArrayList<>(l);
            out.remove(out.stream().filter(x -> x.contains(",DECLINED,")).findFirst().orElseThrow());
            return out;
        });
        refused(declined, "offers.csv", "manifest.json's offers_rows");
        Path changed = edited(run, "offersChanged", "offers.csv", l -> {
            List<String> out = new ArrayList<>(l);
            int k = 1;
            while (!out.get(k).contains(",HIRED,")) {
                k++;
            }
            out.set(k, out.get(k).replace(",HIRED,", ",DECLINED,"));
            return out;
        });
        refused(changed, "offers.csv", ": no HIRED offer for the HIRED move of researcher ");
        // an accepted offer's labs: the move is between others
        int accepted = 1;
        while (!lines.get(accepted).contains(",ACCEPTED,")) {
            accepted++;
        }
        String[] row = lines.get(accepted).split(",", -1);
        Path lab = edited(run, "offersLab", "offers.csv", cell(accepted, 3, row[4]));
        refused(lab, "offers.csv", "line " + (accepted + 1) + ", column outcome: ACCEPTED, and moves.csv has no POACHED move of"
                + " researcher " + row[2]);
        // any row's cells as a run writes them: an unnamed declined offer's outcome or tick (drawn: a re-check)
        Path foo = edited(run, "offersFoo", "offers.csv", l -> {
            List<String> out = new ArrayList<>(l);
            int k = 1;
            while (!out.get(k).contains(",DECLINED,")) {
                k++;
            }
            out.set(k, out.get(k).replace(",DECLINED,", ",FOO,"));
            return out;
        });
        refused(foo, "offers.csv", "column outcome: \"FOO\" is not an outcome");
        Path late = edited(run, "offersTick", "offers.csv", cell(lines.size() - 1, 0, "999"));
        refused(late, "offers.csv", "column tick: 999 is not in [1, ");
        Path gone = edited(run, "offersGone", "labs.csv", l -> l);
        Files.delete(gone.resolve("offers.csv"));
        refused(gone, "offers.csv", ": missing, and manifest.json lists it");
    }

    @Test
    void aMoveDeletedIsMissed() throws IOException {
        // the layoffs of tick 10 less one: its LAID_OFF rows no longer make the labs.csv count
        Path dir = edited(run, "oneMove", "moves.csv", l -> {
            List<String> out = new ArrayList<>(l);
            out.remove(out.stream().filter(s -> s.endsWith(",LAID_OFF") || s.contains(",LAID_OFF,")).findFirst().orElseThrow());
            return out;
        });
        refused(dir, "labs.csv", "LAID_OFF row");
    }

    @Test
    void aFlowChangedToAnotherNumber() throws IOException {
        Path dir = edited(run, "flow", "flows.csv", l -> {
            List<String> out = new ArrayList<>(l);
            out.set(1, out.get(1).substring(0, out.get(1).lastIndexOf(',') + 1) + "99999");
            return out;
        });
        refused(dir, "flows.csv", "line 2, column count: 99999, but moves.csv has ");
    }

    @Test
    void aFlowRowDeleted() throws IOException {
        Path dir = edited(run, "flowGone", "flows.csv", l -> {
            List<String> out = new ArrayList<>(l);
            out.remove(1);
            return out;
        });
        refused(dir, "flows.csv", ": no row from ");
    }

    @Test
    void aHeadcountChanged() throws IOException {
        Path dir = edited(run, "headcount", "labs.csv", cell(4, 3, "9999"));
        refused(dir, "labs.csv", "line 5, column headcount: 9999");
    }

    @Test
    void aRowRepeated() throws IOException {
        refused(edited(run, "dupLab", "labs.csv", l -> {
            List<String> out = new ArrayList<>(l);
            out.add(out.get(2));
            return out;
        }), "labs.csv", "a second row of lab", "(the first is line 3)");
        refused(edited(run, "dupTeam", "teams.csv", l -> {
            List<String> out = new ArrayList<>(l);
            out.add(out.get(2));
            return out;
        }), "teams.csv", "a second row of team", "(the first is line 3)");
    }

    /** A lab's rows deleted from labs.csv (and teams.csv) stopped the page with a stack trace (a re-check). */
    @Test
    void aLabMissingFromLabsIsNamed() throws IOException {
        Path dir = edited(run, "noOpenAI", "labs.csv", l -> l.stream().filter(s -> !s.contains(",OpenAI,")).toList());
        Files.write(dir.resolve("teams.csv"), Files.readAllLines(dir.resolve("teams.csv")).stream()
                .filter(s -> !s.contains(",OpenAI,")).toList());
        refused(dir, "moves.csv", "lab 'OpenAI', which labs.csv has no row of");
    }

    /** Every team row of a lab at one tick deleted went through (a re-check). */
    @Test
    void aLabsTeamsMissingAtATick() throws IOException {
        Path dir = edited(run, "noTeams", "teams.csv", l -> l.stream().filter(s -> !s.startsWith("6,2025-06,Meta,")).toList());
        refused(dir, "labs.csv", "but teams.csv has no row of its teams at tick 6");
    }

    @Test
    void labsCutShortIsNamed() throws IOException {
        // it was blamed on teams.csv, whose rows went on past it
        Path dir = edited(run, "labsCut", "labs.csv", l -> l.subList(0, 10));
        refused(dir, "labs.csv", "its rows end at tick", "cut short?");
    }

    @Test
    void theSummaryDisagreesWithLabs() throws IOException {
        Path dir = edited(run, "summary", "summary.json", l -> l.stream().map(s -> s.replaceFirst("\"hires\" : (\\d+)",
                "\"hires\" : 1$1")).toList());
        refused(dir, "summary.json", "has hires 1", "but its rows in labs.csv add up to");
    }

    /** The market's figures on the page: its moves by reason and its employed (a re-check). */
    @Test
    void theMarketsSummaryDisagrees() throws IOException {
        refused(edited(run, "employed", "summary.json", l -> l.stream().map(s -> s.replaceFirst("\"employed\" : (\\d+)",
                "\"employed\" : 1$1")).toList()), "summary.json", "the market's employed is 1");
        refused(edited(run, "reasons", "summary.json", l -> l.stream().map(s -> s.replaceFirst("\"HIRED\" : (\\d+)",
                "\"HIRED\" : 1$1")).toList()), "summary.json", "moves_by_reason has HIRED 1");
    }

    @Test
    void anExperimentFileCutShort() throws IOException {
        refused(edited(experiment, "cmp20", "comparison.csv", l -> l.subList(0, 20)), "comparison.csv", "19 rows, where 2 cells x ");
        refused(edited(experiment, "sum20", "summary.csv", l -> l.subList(0, 20)), "summary.csv");
        refused(edited(experiment, "runs5", "runs.csv", l -> l.subList(0, 5)), "runs.csv", "4 runs, where 2 cells x 5 replications"
                + " need 10");
        refused(edited(experiment, "paths4", "paths.csv", l -> l.subList(0, 4)), "paths.csv", "3 runs, where");
    }

    @Test
    void aRunsValueChanged() throws IOException {
        Path dir = edited(experiment, "runsValue", "runs.csv", l -> {
            List<String> out = new ArrayList<>(l);
            List<String> head = List.of(out.get(0).split(","));
            int col = head.indexOf("Meta.hires");
            String[] v = out.get(1).split(",", -1);
            v[col] = String.valueOf(Integer.parseInt(v[col]) + 7);
            out.set(1, String.join(",", v));
            return out;
        });
        refused(dir, "summary.csv", "column mean: the mean of 5 values", "column Meta.hires");
    }

    /** An edited p and p_holm drew a headline "beyond chance"; an edited difference contradicted the means (a re-check). */
    @Test
    void aComparisonsTestChanged() throws IOException {
        UnaryOperator<String[]> p = v -> {
            v[8] = "0.0001";
            v[9] = "0.0001";
            return v;
        };
        UnaryOperator<String[]> diff = v -> {
            v[5] = "40";
            return v;
        };
        UnaryOperator<String[]> holm = v -> {
            v[9] = "0";
            return v;
        };
        String[] said = {"column p: 0.0001, where the paired t-test of runs.csv's values gives ", "column difference: 40, where"
            + " runs.csv's 5 pairs of 'a' and 'baseline' differ by ", "column p_holm: 0, below the row's p"};
        List<UnaryOperator<String[]>> edits = List.of(p, diff, holm);
        for (int k = 0; k < edits.size(); k++) {
            UnaryOperator<String[]> edit = edits.get(k);
            Path dir = edited(experiment, "test" + k, "comparison.csv", l -> {
                List<String> out = new ArrayList<>(l);
                List<String> head = List.of(out.get(0).split(","));
                for (int i = 1; i < out.size(); i++) {
                    String[] v = out.get(i).split(",", -1);
                    // a row of arm a with a difference and a p above 0.01
                    if (v[0].equals("a") && v[head.indexOf("metric")].equals("Meta.hires")) {
                        out.set(i, String.join(",", edit.apply(v)));
                    }
                }
                return out;
            });
            refused(dir, "comparison.csv", said[k]);
        }
    }

    @Test
    void aComparisonMeanChanged() throws IOException {
        Path dir = edited(experiment, "cmpMean", "comparison.csv", cell(2, 2, "999"));
        refused(dir, "comparison.csv", "line 3, column mean: 999, where summary.csv line ");
    }
}
