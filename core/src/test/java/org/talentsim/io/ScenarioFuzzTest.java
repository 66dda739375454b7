package org.talentsim.io;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.talentsim.engine.Simulation;
import org.talentsim.metrics.History;
import org.talentsim.metrics.InvariantChecker;
import org.talentsim.metrics.LabRow;
import org.talentsim.metrics.Metrics;
import org.talentsim.metrics.TeamRow;
import org.talentsim.scenario.Scenario;

/**
 * Hostile edits of the example scenarios, generated from a fixed seed: deleted, duplicated and
 * swapped lines; scalars replaced by empty, null, -1, 0, 1e308, NaN, .inf, long strings and
 * control characters; wrong shapes; truncation; a BOM; UTF-16. For every mutant, reading it
 * (what {@code check} does) ends in bounded time either with a scenario or with one
 * {@link ScenarioException} whose message is one line starting {@code file:line:col: } — any
 * other exception would be an exit 1. Every accepted mutant of a reasonable size runs two
 * months with the invariants checked after every tick (one status and team per researcher,
 * headcounts, the balance rule, payroll = Σ salaries, no NaN or negative money) and writes
 * finite, non-negative money, skill and headcounts.
 *
 * <p>{@code -Dfuzz.cases=N} sets the number of mutants (default 300; the {@code fuzz} Maven
 * profile runs 5 000) and {@code -Dfuzz.seed=S} the seed. A failure names the mutant and
 * writes it to {@code target/fuzz-failures/} to reproduce.
 */
class ScenarioFuzzTest {
    static final Path SCENARIOS = Path.of("../examples/scenarios");
    static final int CASES = Integer.getInteger("fuzz.cases", 300);
    static final long SEED = Long.getLong("fuzz.seed", 20261130L);
    /** Larger accepted mutants are read but not run (a mutated headcount may ask for millions). */
    static final long MAX_RUN_POPULATION = 60_000;
    static final Pattern POSITIONED = Pattern.compile("^[^\\n]*?:(\\d+):(\\d+): [^\\n]+$");
    static final Pattern SCALAR = Pattern.compile("(:\\s+)([^\\s{\\[#][^#\\n]*?)\\s*$");
    static final String[] REPLACEMENTS = {"", "null", "~", "-1", "0", "1e308", "-1e308", ".nan", ".inf", "-.inf",
        "NaN", "999999999999999999999999", "x".repeat(5000), "\"a\\u0000b\"", "\"line\\nbreak\"", "\"\\u001b[31mred\"",
        "[1, 2]", "{a: 1}", "true", "2147483648", "1e-320", "'2025-13'", "0.5/fortnight", "5B", "-0.0", "\"\uD800\""};

    record Mutant(String name, String description, byte[] bytes) {}

    static final java.util.concurrent.atomic.AtomicInteger REFUSED = new java.util.concurrent.atomic.AtomicInteger();
    static final java.util.concurrent.atomic.AtomicInteger RAN = new java.util.concurrent.atomic.AtomicInteger();
    static final java.util.concurrent.atomic.AtomicInteger TOO_LARGE = new java.util.concurrent.atomic.AtomicInteger();

    @org.junit.jupiter.api.AfterAll
    static void summary() {
        System.out.printf("fuzz (seed %d): %d mutants: %d refused with a one-line message, %d accepted and run, %d accepted but"
                + " larger than %d researchers (read only)%n", SEED, CASES, REFUSED.get(), RAN.get(), TOO_LARGE.get(),
                MAX_RUN_POPULATION);
    }

    static List<String[]> originals() throws IOException {
        List<String[]> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(SCENARIOS)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                out.add(new String[] {p.getFileName().toString(), Files.readString(p)});
            }
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> mutantsAreReadOrRefusedInOneLineAndAcceptedOnesRun() throws IOException {
        List<String[]> originals = originals();
        SplittableRandom r = new SplittableRandom(SEED);
        List<DynamicTest> tests = new ArrayList<>();
        for (int k = 0; k < CASES; k++) {
            String[] o = originals.get(r.nextInt(originals.size()));
            Mutant m = mutate(o[0].replace(".yaml", "") + "-mutant-" + k + ".yaml", o[1], r);
            tests.add(DynamicTest.dynamicTest(m.name() + ": " + m.description(), () -> check(m)));
        }
        return tests.stream();
    }

    static Mutant mutate(String name, String text, SplittableRandom r) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int edits = 1 + r.nextInt(3);
        StringBuilder what = new StringBuilder();
        byte[] bytes = null;
        for (int e = 0; e < edits; e++) {
            int i = r.nextInt(lines.size());
            int kind = r.nextInt(10);
            switch (kind) {
                case 0 -> {
                    what.append("delete line ").append(i + 1).append("; ");
                    lines.remove(i);
                }
                case 1 -> {
                    what.append("duplicate line ").append(i + 1).append("; ");
                    lines.add(i, lines.get(i));
                }
                case 2 -> {
                    int j = r.nextInt(lines.size());
                    what.append("swap lines ").append(i + 1).append(" and ").append(j + 1).append("; ");
                    String t = lines.get(i);
                    lines.set(i, lines.get(j));
                    lines.set(j, t);
                }
                case 3 -> {
                    int keep = r.nextInt(Math.max(1, lines.size()));
                    what.append("truncate after line ").append(keep).append("; ");
                    lines = new ArrayList<>(lines.subList(0, keep));
                    if (lines.isEmpty()) {
                        lines.add("");
                    }
                }
                case 4 -> {
                    what.append("indent line ").append(i + 1).append("; ");
                    lines.set(i, "  " + lines.get(i));
                }
                default -> {
                    // replace a scalar value on some line that has one
                    for (int tries = 0; tries < 20; tries++) {
                        int j = r.nextInt(lines.size());
                        Matcher m = SCALAR.matcher(lines.get(j));
                        if (m.find() && !lines.get(j).trim().startsWith("#")) {
                            String rep = REPLACEMENTS[r.nextInt(REPLACEMENTS.length)];
                            what.append("line ").append(j + 1).append(" value -> ")
                                    .append(rep.length() > 20 ? rep.substring(0, 20) + "…" : rep).append("; ");
                            lines.set(j, lines.get(j).substring(0, m.start(2)) + rep);
                            break;
                        }
                    }
                }
            }
        }
        String mutated = String.join("\n", lines);
        int encoding = r.nextInt(40);
        if (encoding == 0) {
            what.append("with a BOM");
            bytes = ("\uFEFF" + mutated).getBytes(StandardCharsets.UTF_8);
        } else if (encoding == 1) {
            what.append("as UTF-16");
            bytes = mutated.getBytes(StandardCharsets.UTF_16);
        } else if (encoding == 2) {
            what.append("as Latin-1");
            bytes = (mutated + "\n# café").getBytes(StandardCharsets.ISO_8859_1);
        } else {
            bytes = mutated.getBytes(StandardCharsets.UTF_8);
        }
        return new Mutant(name, what.toString().trim(), bytes);
    }

    static void check(Mutant m) {
        try {
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> readAndRun(m));
        } catch (Throwable t) {
            keep(m);
            throw t;
        }
    }

    static void readAndRun(Mutant m) {
        Scenario s;
        try {
            s = ScenarioFiles.parse(m.bytes(), m.name());
        } catch (ScenarioException e) {
            String msg = e.getMessage();
            if (!msg.startsWith(m.name() + ":") || !POSITIONED.matcher(msg).matches()) {
                fail("not a one-line positioned message: " + msg);
            }
            REFUSED.incrementAndGet();
            return;
        } catch (RuntimeException e) {
            throw new AssertionError("reading threw " + e + " (the command line would exit 1)", e);
        }
        if (population(s) > MAX_RUN_POPULATION) {
            TOO_LARGE.incrementAndGet();
            return;
        }
        History h = new History();
        InvariantChecker inv = new InvariantChecker();
        try (Simulation sim = Simulation.builder(s.withMonths(Math.min(2, s.months()))).observer(inv)
                .observer(new Metrics(h)).build()) {
            sim.run();
        }
        for (LabRow row : h.labs()) {
            nonNegative(row.headcount(), "headcount", row);
            finiteNonNegative(row.payroll(), "payroll", row);
            finiteOrEmpty(row.meanSalary(), "mean_salary", row);
            finiteOrEmpty(row.meanSkill(), "mean_skill", row);
            finiteOrEmpty(row.meanMorale(), "mean_morale", row);
            finiteNonNegative(row.capability(), "capability", row);
        }
        for (TeamRow row : h.teams()) {
            nonNegative(row.headcount(), "headcount", row);
            finiteOrEmpty(row.meanSalary(), "mean_salary", row);
            finiteOrEmpty(row.meanSkill(), "mean_skill", row);
        }
        RAN.incrementAndGet();
    }

    static long population(Scenario s) {
        long n = s.pool().size() + s.pool().stars().size();
        for (var lab : s.labs()) {
            for (var t : lab.teams()) {
                n += t.headcount() + t.stars().size();
            }
        }
        return n;
    }

    static void nonNegative(int v, String what, Object row) {
        if (v < 0) {
            fail(what + " negative in " + row);
        }
    }

    static void finiteNonNegative(double v, String what, Object row) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            fail(what + " not finite and non-negative in " + row);
        }
    }

    static void finiteOrEmpty(double v, String what, Object row) {
        if (Double.isInfinite(v) || v < 0) {
            fail(what + " infinite or negative in " + row);
        }
    }

    static void keep(Mutant m) {
        try {
            Path dir = Path.of("target/fuzz-failures");
            Files.createDirectories(dir);
            Files.write(dir.resolve(m.name()), m.bytes());
        } catch (IOException ignored) {
            // the test's name and description still say what the mutant was
        }
    }
}
