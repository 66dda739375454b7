package org.talentsim.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.talentsim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.talentsim.RunResult;
import org.talentsim.Talentsim;
import org.talentsim.metrics.LabRow;

/** The "Expect" comments of the example programs hold on seeds 1-5 (issue 18). */
class ExampleProgramsTest {
    @Test
    void example01AlphaGrowsTowardItsTargetAndBetaFeedsIt() {
        for (long seed = 1; seed <= 5; seed++) {
            String at = "seed " + seed + ": ";
            RunResult r = Talentsim.defaults().run(Example01_MinimalMarket.market(seed));
            List<LabRow> alpha = r.labRows("Alpha");
            List<LabRow> beta = r.labRows("Beta");
            int dips = 0;
            int before = 100;
            for (int t = 0; t < alpha.size(); t++) {
                int h = alpha.get(t).headcount();
                dips += h < before ? 1 : 0;
                assertTrue(h <= 165, at + "Alpha above its target and the starting openings: " + h);
                assertEquals(alpha.get(t).poachedIn(), beta.get(t).poachedOut(), at + "month " + (t + 1));
                before = h;
            }
            assertTrue(dips <= 3, at + "months Alpha shrank: " + dips);
            assertTrue(alpha.get(alpha.size() - 1).headcount() > 140, at + "Alpha ends at " + alpha.get(alpha.size() - 1).headcount());
            assertTrue(beta.get(beta.size() - 1).headcount() < 200, at);
            assertTrue(r.moves().stream().filter(m -> m.reason() == org.talentsim.model.MoveReason.POACHED)
                    .allMatch(m -> m.fromLab().equals("Beta") && m.toLab().equals("Alpha")), at);
        }
    }

    @Test
    void example03MatchKeepsMoreThanSeniorOnlyThanNone() {
        org.talentsim.policy.PolicyRegistry registry = org.talentsim.policy.PolicyRegistry.defaults()
                .register(org.talentsim.policy.PolicyRegistry.RETENTION, "senior-only", java.util.Set.of("minTenure"), Example03_CustomPolicy::seniorOnly);
        for (long seed = 1; seed <= 5; seed++) {
            int[] out = new int[3];
            int[] countered = new int[3];
            String[] policies = {"none", "senior-only", "match"};
            for (int k = 0; k < 3; k++) {
                org.talentsim.metrics.History h = new org.talentsim.metrics.History();
                try (org.talentsim.engine.Simulation sim = org.talentsim.engine.Simulation
                        .builder(Example03_CustomPolicy.market(policies[k], seed)).registry(registry)
                        .observer(new org.talentsim.metrics.Metrics(h)).build()) {
                    sim.run();
                }
                out[k] = h.summary().labs().get(0).poachedOut();
                countered[k] = h.summary().labs().get(0).countered();
            }
            String at = "seed " + seed + ": poached_out " + java.util.Arrays.toString(out) + ", countered "
                    + java.util.Arrays.toString(countered);
            assertTrue(out[0] > out[1] && out[1] > out[2], at);
            assertTrue(countered[0] == 0 && countered[1] > 0 && countered[2] > countered[1], at);
        }
    }

    @Test
    void example04TheHypedLabHiresMoreThatMonth() {
        double hypedHires = 0;
        double otherHires = 0;
        // 12 seeds: one run's ratio spreads 1.05-1.6 (sd 0.13 over 30 seeds), the pooled ratio of 12 by ~0.04
        for (long seed = 1; seed <= 12; seed++) {
            org.talentsim.metrics.History h = new org.talentsim.metrics.History();
            java.util.List<Integer> hyped = new java.util.ArrayList<>();
            try (org.talentsim.engine.Simulation sim = Example04_CustomPhase.simulation(seed, h, hyped::add)) {
                sim.run();
            }
            assertEquals(18, hyped.size());
            for (LabRow r : h.labs()) {
                int lab = r.lab().charAt(0) - 'A';
                if (hyped.get(r.tick() - 1) == lab) {
                    hypedHires += r.hires() + r.poachedIn();
                } else {
                    otherHires += (r.hires() + r.poachedIn()) / 2.0;
                }
            }
            // the same rows on another run
            org.talentsim.metrics.History again = new org.talentsim.metrics.History();
            try (org.talentsim.engine.Simulation sim = Example04_CustomPhase.simulation(seed, again, lab -> { })) {
                sim.run();
            }
            assertEquals(h.labs(), again.labs(), "seed " + seed);
            assertEquals(h.moves(), again.moves(), "seed " + seed);
        }
        double ratio = hypedHires / otherHires;
        assertTrue(ratio > 1.15 && ratio < 1.6, "hires of the hyped lab / another lab's, same months: " + ratio);
    }

    @Test
    void example05RaisesByReason() {
        Example05_ObserverStatistic.RaiseByReason stat = new Example05_ObserverStatistic.RaiseByReason();
        for (long seed = 1; seed <= 5; seed++) {
            try (org.talentsim.engine.Simulation sim = org.talentsim.engine.Simulation
                    .builder(Example05_ObserverStatistic.market(seed)).observer(stat).build()) {
                sim.run();
            }
        }
        double poached = mean(stat, org.talentsim.model.MoveReason.POACHED);
        double countered = mean(stat, org.talentsim.model.MoveReason.COUNTERED);
        double hired = mean(stat, org.talentsim.model.MoveReason.HIRED);
        assertTrue(poached >= 0.2 && poached <= 0.3, "POACHED: " + poached);
        assertTrue(countered >= 0.1 && countered <= 0.3, "COUNTERED: " + countered);
        assertTrue(Math.abs(hired) < 0.1, "HIRED: " + hired);
        assertTrue(stat.count[org.talentsim.model.MoveReason.POACHED.ordinal()] >= 20, "poaches over 5 seeds");
    }

    private static double mean(Example05_ObserverStatistic.RaiseByReason s, org.talentsim.model.MoveReason r) {
        return s.sum[r.ordinal()] / s.count[r.ordinal()];
    }

    /**
     * Example 2's "Expect": a line per lab after 12 months on seed 7, the result files (offers.csv
     * too) in {@code <root>/meta-2025-seed7/}, and a bad file's message with exit code 2.
     */
    @Test
    void example02RunsTheFilesVariantIntoItsFolder(@TempDir Path root) throws Exception {
        Path file = Path.of("scenarios/meta-2025.yaml");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, Example02_LoadScenarioFile.run(file, root, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        Path dir = root.resolve("meta-2025-seed7");
        for (String f : List.of("labs.csv", "moves.csv", "teams.csv", "summary.json", "manifest.json", "offers.csv")) {
            assertTrue(Files.isRegularFile(dir.resolve(f)), f);
        }
        String manifest = Files.readString(dir.resolve("manifest.json"));
        assertTrue(manifest.matches("(?s).*\"seed\"\\s*:\\s*7\\b.*"), manifest);
        assertTrue(Files.readString(dir.resolve("summary.json")).matches("(?s).*\"ticks\"\\s*:\\s*12\\b.*"));
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        List<String> labsCsv = Files.readAllLines(dir.resolve("labs.csv"));
        assertTrue(labsCsv.get(labsCsv.size() - 1).startsWith("12,2025-12,"), "12 months from 2025-01");
        // one line per lab of the last month (the scenario's labs, then any founded during the run)
        List<String> last = labsCsv.stream().filter(l -> l.startsWith("12,")).map(l -> l.split(",")[2]).toList();
        assertEquals(last.size(), lines.size(), String.join("\n", lines));
        Scenario s = org.talentsim.io.ScenarioFiles.read(file);
        for (int i = 0; i < lines.size(); i++) {
            assertTrue(lines.get(i).startsWith(last.get(i) + " "), lines.get(i));
            if (i < s.labs().size()) {
                assertTrue(lines.get(i).startsWith(s.labs().get(i).name() + " "), lines.get(i));
            }
        }

        Path bad = root.resolve("bad.yaml");
        Files.writeString(bad, "version: 1\nname: x\nstart: 2025-01\nmonths: twelve\n");
        out.reset();
        assertEquals(2, Example02_LoadScenarioFile.run(bad, root, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("bad.yaml") && message.contains(":4") && message.contains("months"), message);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }
}
