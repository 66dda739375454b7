package org.talentsim.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The documented layering (docs/ARCHITECTURE.md, DESIGN §2), read from the sources: a package
 * imports only packages listed above it; third-party libraries only where the table allows them;
 * no file I/O below {@code io}; the module exports exactly the documented packages; the examples
 * use only exported packages; no unseeded randomness (§4); the library never prints. Each rule
 * is a function of a file's text, and a self-check feeds it wrong sources that it must catch.
 */
class ArchitectureTest {
    /** The packages of core, top to bottom; "" is the root package (the front door), which may import all. */
    static final List<String> ORDER = List.of("internal", "rng", "model", "scenario", "policy", "kernel", "engine", "metrics",
            "io", "experiment", "calibration", "theory", "");

    /** Packages the module exports (all but the kernel and {@code internal}). */
    static final Set<String> EXPORTED = new TreeSet<>(List.of("", "rng", "model", "scenario", "policy", "engine",
            "metrics", "io", "experiment", "calibration", "theory"));

    /** Third-party prefixes, and the packages allowed to use each. */
    static final Map<String, Set<String>> THIRD_PARTY = Map.of(
            "org.slf4j", Set.of("kernel", "engine", "metrics", "io", "experiment", "calibration", "theory", ""),
            "com.fasterxml.jackson", Set.of("io"),
            "org.yaml.snakeyaml", Set.of("io"),
            "org.apache.commons.math3", Set.of("rng", "kernel", "experiment", "calibration", "theory"));

    /** Packages that may do file or stream I/O ({@code java.io}, {@code java.nio}). */
    static final Set<String> IO_ALLOWED = Set.of("internal", "io", "experiment", "calibration", "");

    static final Path SOURCES = Path.of("src/main/java/org/talentsim");
    static final Path EXAMPLES = Path.of("../examples/src/main/java");

    static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);
    static final Pattern QUALIFIED = Pattern.compile("\\borg\\.talentsim\\.(\\w+)\\.[A-Z]");
    static final Pattern OWN = Pattern.compile("^org\\.talentsim\\.(\\w+)\\.[A-Z]");

    static List<Path> sources(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** The package of a core source below org/talentsim ("" for the root). */
    static String packageOf(Path file) {
        Path rel = SOURCES.relativize(file);
        return rel.getNameCount() == 1 ? "" : rel.getName(0).toString();
    }

    /** Every breach of the layering in the text of one file of package {@code own}. */
    static List<String> violations(String own, String source) {
        List<String> bad = new ArrayList<>();
        String code = stripComments(source);
        int rank = ORDER.indexOf(own);
        if (rank < 0) {
            bad.add("package '" + own + "' is not in the documented order");
            return bad;
        }
        Matcher m = IMPORT.matcher(code);
        while (m.find()) {
            String imp = m.group(1);
            if (imp.startsWith("org.talentsim.")) {
                String other = talentsimPackage(imp);
                checkRank(own, rank, other, bad);
            } else if (imp.startsWith("java.io.") || imp.startsWith("java.nio.")) {
                if (!IO_ALLOWED.contains(own) && !imp.equals("java.io.Serializable")) {
                    bad.add("does I/O: imports " + imp);
                }
            } else if (!imp.startsWith("java.") && !imp.startsWith("javax.")) {
                Set<String> allowed = null;
                for (Map.Entry<String, Set<String>> e : THIRD_PARTY.entrySet()) {
                    if (imp.startsWith(e.getKey() + ".")) {
                        allowed = e.getValue();
                    }
                }
                if (allowed == null || !allowed.contains(own)) {
                    bad.add("imports third-party " + imp);
                }
            }
        }
        Matcher q = QUALIFIED.matcher(code.replaceAll("(?m)^import .*$", ""));
        while (q.find()) {
            checkRank(own, rank, q.group(1), bad);
        }
        return bad;
    }

    private static String talentsimPackage(String imp) {
        Matcher own = OWN.matcher(imp);
        return own.find() ? own.group(1) : "";
    }

    private static void checkRank(String own, int rank, String other, List<String> bad) {
        if (other.equals(own)) {
            return;
        }
        int r = ORDER.indexOf(other);
        if (r < 0 || r > rank || ((own.equals("experiment") || own.equals("calibration")) && other.equals("kernel"))) {
            bad.add("(" + (own.isEmpty() ? "root" : own) + ") uses " + (other.isEmpty() ? "the root package" : other));
        }
    }

    @Test
    void everyPackageFollowsTheLayering() throws IOException {
        List<String> bad = new ArrayList<>();
        for (Path f : sources(SOURCES)) {
            for (String v : violations(packageOf(f), Files.readString(f))) {
                bad.add(f + ": " + v);
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void everyPackageHasAPackageInfo() throws IOException {
        Set<String> packages = new TreeSet<>();
        for (Path f : sources(SOURCES)) {
            packages.add(packageOf(f));
        }
        for (String p : packages) {
            assertTrue(Files.exists(SOURCES.resolve(p).resolve("package-info.java")),
                    (p.isEmpty() ? "the root package" : p) + " lacks package-info.java");
        }
    }

    @Test
    void theModuleExportsExactlyTheDocumentedPackages() throws IOException {
        String module = stripComments(Files.readString(Path.of("src/main/java/module-info.java")));
        Matcher m = Pattern.compile("exports\\s+([\\w.]+)\\s*(to\\s+[\\w.,\\s]+)?;").matcher(module);
        Set<String> exported = new TreeSet<>();
        while (m.find()) {
            if (m.group(2) == null) {
                exported.add(m.group(1).equals("org.talentsim") ? "" : m.group(1).substring("org.talentsim.".length()));
            }
        }
        Set<String> present = new TreeSet<>();
        for (Path f : sources(SOURCES)) {
            present.add(packageOf(f));
        }
        Set<String> expected = new TreeSet<>(EXPORTED);
        expected.retainAll(present);
        assertEquals(expected, exported, "module-info.java exports");
        assertTrue(!exported.contains("kernel"), "the kernel is not exported");
    }

    /**
     * The example programs ({@code org.talentsim.examples}) use only exported packages: they show
     * the API a user has. The command line and the report, the library's own front end, may also
     * use {@code org.talentsim.internal} (whole files written atomically, numbers as the result
     * files write them), never the kernel.
     */
    @Test
    void examplesUseOnlyExportedPackages() throws IOException {
        List<String> bad = new ArrayList<>();
        for (Path f : sources(EXAMPLES)) {
            boolean frontEnd = !f.toString().replace('\\', '/').contains("/org/talentsim/examples/");
            Matcher m = IMPORT.matcher(stripComments(Files.readString(f)));
            while (m.find()) {
                String imp = m.group(1);
                String pkg = talentsimPackage(imp);
                if (imp.startsWith("org.talentsim.") && !imp.startsWith("org.talentsim.cli.")
                        && !imp.startsWith("org.talentsim.examples.") && !imp.startsWith("org.talentsim.report.") && !EXPORTED.contains(pkg)
                        && !(frontEnd && pkg.equals("internal"))) {
                    bad.add(f + " imports " + imp);
                }
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void noUnseededRandomnessAndNoPrinting() throws IOException {
        List<String> bad = new ArrayList<>();
        for (Path f : sources(SOURCES)) {
            bad.addAll(randomnessAndPrinting(Files.readString(f)).stream().map(v -> f + ": " + v).toList());
        }
        assertEquals(List.of(), bad);
    }

    /** A merge left unresolved compiles when its markers sit in a comment; no source, doc or scenario may hold one. */
    @Test
    void noMergeConflictMarkers() throws IOException {
        List<String> bad = new ArrayList<>();
        List<Path> roots = List.of(Path.of("src"), Path.of("../examples/src"), Path.of("../benchmarks/src"),
                Path.of("../docs"), Path.of("../README.md"));
        for (Path root : roots) {
            if (!Files.exists(root)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(root)) {
                for (Path f : s.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(java|md|yaml|xml)$")).toList()) {
                    if (hasConflictMarker(Files.readString(f))) {
                        bad.add(f.toString());
                    }
                }
            }
        }
        assertEquals(List.of(), bad);
        assertTrue(hasConflictMarker("a\n<<<<<<< HEAD\nb\n=======\nc\n>>>>>>> x\n"), "the check catches a marker");
        assertTrue(!hasConflictMarker("a <<<<<<< b"), "only at the start of a line");
    }

    static boolean hasConflictMarker(String text) {
        return Pattern.compile("^(<{7} |>{7} )", Pattern.MULTILINE).matcher(text).find();
    }

    static List<String> randomnessAndPrinting(String source) {
        List<String> forbidden = List.of("new Random(", "Math.random(", "getDefault()", "ThreadLocalRandom",
                "new SplittableRandom(", "System.out", "System.err", "printStackTrace", "JDKRandomGenerator()",
                "new MersenneTwister()", "new Well19937c()");
        String code = stripComments(source);
        return forbidden.stream().filter(code::contains).map(s -> "uses " + s).toList();
    }

    /** The self-check: each rule catches a source that breaks it, and passes one that does not. */
    @Test
    void theRulesCatchWhatTheyForbid() {
        assertEquals(1, violations("model", "package x;\nimport org.talentsim.engine.Simulation;\n").size(), "upward import");
        assertEquals(1, violations("scenario", "package x;\nimport org.talentsim.kernel.World;\n").size(), "kernel from scenario");
        assertEquals(1, violations("policy", "class A { org.talentsim.kernel.Market m; }").size(), "qualified name");
        assertEquals(1, violations("model", "import java.nio.file.Files;\n").size(), "I/O in model");
        assertEquals(1, violations("scenario", "import java.io.Reader;\n").size(), "I/O in scenario");
        assertEquals(1, violations("scenario", "import com.fasterxml.jackson.databind.ObjectMapper;\n").size(), "Jackson outside io");
        assertEquals(1, violations("model", "import org.apache.commons.math3.util.FastMath;\n").size(), "Commons Math in model");
        assertEquals(1, violations("kernel", "import com.google.common.collect.Lists;\n").size(), "unlisted library");
        assertEquals(1, violations("rng", "import org.talentsim.Talentsim;\n").size(), "the front door from below");
        assertEquals(1, violations("experiment", "import org.talentsim.kernel.World;\n").size(), "kernel from experiment");
        assertEquals(List.of(), violations("io", "import java.nio.file.Files;\nimport com.fasterxml.jackson.core.JsonToken;\n"
                + "import org.talentsim.scenario.Scenario;\n"));
        assertEquals(List.of(), violations("", "import org.talentsim.io.ScenarioFiles;\nimport java.nio.file.Path;\n"));
        assertEquals(List.of(), violations("model", "/* import org.talentsim.engine.Simulation; */ import java.io.Serializable;\n"));
        assertEquals(1, randomnessAndPrinting("class A { void f() { System.out.println(); } }").size());
        assertEquals(List.of(), randomnessAndPrinting("class A { // System.out\n }"));
    }

    static String stripComments(String s) {
        return s.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
    }
}
