package org.talentsim.examples;

import org.talentsim.RunResult;
import org.talentsim.Talentsim;
import org.talentsim.metrics.LabRow;
import org.talentsim.model.Focus;
import org.talentsim.scenario.Scenario;

/**
 * Example 1 — a minimal market built in code.
 *
 * <p>What it teaches: the front door of the library. A {@link Scenario} describes the market
 * (two labs, their teams, a pool of job seekers, policies by name); {@link Talentsim#run} runs
 * it and returns a {@link RunResult} holding the rows of labs.csv (and of the other files) in
 * memory. Alpha pays a premium and counters outside offers; Beta does neither, so talent drifts
 * from Beta to Alpha.
 */
public final class Example01_MinimalMarket {
    private Example01_MinimalMarket() {}

    public static void main(String[] args) {
        RunResult result = Talentsim.defaults().run(market(1));
        System.out.println("month    lab    headcount  poached_in  poached_out  mean_salary");
        for (LabRow r : result.labs()) {
            System.out.printf("%s  %-6s %9d %11d %12d %12.0f%n", r.date(), r.lab(), r.headcount(), r.poachedIn(),
                    r.poachedOut(), r.meanSalary());
        }
    }

    /** The market of this example, on {@code seed}. */
    public static Scenario market(long seed) {
        return Scenario.builder("minimal").seed(seed).months(12)
                .lab("Alpha", lab -> lab.prestige(0.8).productivity(2.0)
                        .offer("premium", "premium", 0.3)
                        .retention("match")
                        .team("Research", Focus.RESEARCH, 100, t -> t.target(160)))
                .lab("Beta", lab -> lab.prestige(0.5)
                        .team("Research", Focus.RESEARCH, 200, t -> t.target(200)))
                .pool(100)
                .build();
    }
}
// Run: ./talentsim --help >/dev/null; java -cp examples/target/talentsim.jar org.talentsim.examples.Example01_MinimalMarket
// Expect (checked on seeds 1-5, ExampleProgramsTest): Alpha grows from 100 toward its target of
// 160 (past 140 by December; in at most three months quits outrun its hiring; it may pass 160 by the
// few positions its starting staff's leavers opened, MODEL.md §5), hiring at most 5% of its planned
// size a month (market.hiringCapacity); Beta ends below its 200; every POACHED row goes from Beta to
// Alpha, so poached_in at Alpha equals poached_out at Beta month by month.
