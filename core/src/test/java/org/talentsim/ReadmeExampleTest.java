package org.talentsim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.talentsim.engine.Simulation;
import org.talentsim.metrics.History;
import org.talentsim.metrics.Metrics;
import org.talentsim.metrics.Summary;
import org.talentsim.model.Focus;
import org.talentsim.scenario.CohortSpec;
import org.talentsim.scenario.PolicySpec;
import org.talentsim.scenario.Scenario;

/** The library example of the README, verbatim but for printing into a buffer: it must compile and tell a poaching war. */
class ReadmeExampleTest {
    @Test
    void readmeExampleRunsAndShowsFlows() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);
        // --- README example starts
        Scenario war = Scenario.builder("poaching-war").seed(7).months(24)
                .lab("Alpha", lab -> lab.prestige(0.8).budget(250e6).productivity(2.0)
                        .offer(PolicySpec.of("star", "premium", 0.3))      // outbid, stars get packages
                        .retention(PolicySpec.of("match"))                  // counter every offer
                        .team("Research", Focus.RESEARCH, 150, t -> t.target(300).payLevel(1.3)))
                .lab("Beta", lab -> lab.prestige(0.6).budget(300e6)
                        .team("Research", Focus.RESEARCH, 300, t -> t.target(300)))
                .pool(200, CohortSpec.DEFAULT)
                .build();

        History history = new History();
        try (Simulation sim = Simulation.builder(war).threads(2).observer(new Metrics(history)).build()) {
            sim.run();
        }
        for (Summary.Flow f : history.summary().flows()) {
            out.printf("%-6s -> %-6s %4d%n", f.fromLab().isEmpty() ? "pool" : f.fromLab(),
                    f.toLab().isEmpty() ? "pool" : f.toLab(), f.count());
        }
        // --- README example ends
        String text = buf.toString(StandardCharsets.UTF_8);
        int betaToAlpha = history.summary().flows().stream()
                .filter(f -> f.fromLab().equals("Beta") && f.toLab().equals("Alpha")).mapToInt(Summary.Flow::count).sum();
        int alphaToBeta = history.summary().flows().stream()
                .filter(f -> f.fromLab().equals("Alpha") && f.toLab().equals("Beta")).mapToInt(Summary.Flow::count).sum();
        assertTrue(text.contains("Beta   -> Alpha"), text);
        assertTrue(betaToAlpha > 2 * alphaToBeta, "Alpha wins the war: " + betaToAlpha + " vs " + alphaToBeta);
    }
}
