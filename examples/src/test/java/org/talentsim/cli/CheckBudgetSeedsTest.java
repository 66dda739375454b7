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
 * The pay is drawn, so a payroll within its budget at the file's seed may be over it at the seeds
 * an experiment runs: {@code check} said nothing of a squad whose budget 23 of 30 replications
 * began over, laying off most of it in their first month (a scenario author's review). It now
 * builds the market at the seeds replicate and compare run first, where another draw could cross
 * the budget, and says in how many the payroll starts over it: as many as replicate's runs lay
 * people off.
 */
class CheckBudgetSeedsTest {
    static final String CLUB = """
            version: 1
            name: club
            start: 2025-01
            months: 2
            seed: 3
            market:
              payScale: {base: 2M, elasticity: 2.2}
            labs:
              - name: United
                budget: BUDGET
                teams:
                  - {name: First team, focus: product, headcount: 26, payLevel: 1.4, members: {skill: "lognormal(2, 0.3)"}}
              - name: Rovers
                teams:
                  - {name: First team, focus: product, headcount: 20}
            pool: {size: 30}
            """;

    @Test
    void aBudgetOverTheDrawnPayrollAtSomeSeedsIsNoted(@TempDir Path dir) throws Exception {
        for (String budget : List.of("300M", "380M", "420M", "480M")) {
            Path f = dir.resolve("club-" + budget + ".yaml");
            Files.writeString(f, CLUB.replace("BUDGET", budget));
            Cli check = Cli.run("check", f.toString());
            assertEquals(0, check.exit(), check.err());
            // within the budget at the file's seed, or over it (then the seeds are said beside it: a re-check)
            Matcher m = Pattern.compile("the payroll of United at the start, \\$[\\d.]+M a year (?:at the file's seed, is within its budget"
                    + " of \\$" + budget + ", but over it in|as the run draws its staff's pay, is over its budget of \\$" + budget
                    + " \\(and in) (\\d+) of the 12 seeds replicate and compare run first").matcher(check.out());
            Cli rep = Cli.run("replicate", f.toString(), "-r", "12", "--metrics", "United.layoffs", "--out", dir.resolve("r" + budget)
                    .toString(), "-q", "--no-report");
            assertEquals(0, rep.exit(), rep.err());
            List<String[]> runs = ReportTest.csv(dir.resolve("r" + budget).resolve("runs.csv"));
            int col = List.of(runs.get(0)).indexOf("United.layoffs");
            // each of replicate's seeds alone: check --seed says whether the payroll starts over the budget
            int over = 0;
            for (String[] r : runs.subList(1, runs.size())) {
                Cli one = Cli.run("check", f.toString(), "--seed", r[3]);
                boolean starts = one.out().contains("the payroll of United at the start, $");
                boolean overIt = starts && one.out().contains("a year as the run draws its staff's pay, is over its budget of $" + budget);
                over += overIt ? 1 : 0;
                // a run lays people off in its first month only if it started over its budget
                assertTrue(overIt || Double.parseDouble(r[col]) == 0, budget + ", seed " + r[3] + ": " + one.out());
            }
            if (m.find()) {
                assertEquals(over, Integer.parseInt(m.group(1)), budget + ": the seeds said are replicate's: " + check.out());
                assertTrue(over > 0);
            } else {
                assertEquals(0, over, budget + ": no note, and no seed of replicate's starts over the budget: " + check.out());
            }
        }
    }

    /** The flagship's labs are thousands each: another draw moves their payrolls little, and check builds no more markets. */
    @Test
    void theFlagshipHasNoSuchNote() {
        Cli check = Cli.run("check", "scenarios/meta-2025.yaml");
        assertEquals(0, check.exit(), check.err());
        assertFalse(check.out().contains("seeds replicate and compare run first"), check.out());
    }
}
