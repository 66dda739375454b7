package org.talentsim.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * DESIGN §2: a package may import only packages listed above it; §4: no unseeded randomness;
 * the library never prints. Reads the sources of core.
 */
class ArchitectureTest {
    /** The packages of core, top to bottom. */
    static final List<String> ORDER = List.of("rng", "model", "scenario", "policy", "kernel", "engine", "metrics",
            "io", "experiment", "theory");

    static final Path SOURCES = Path.of("src/main/java/org/talentsim");

    static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?org\\.talentsim\\.(\\w+)", Pattern.MULTILINE);
    static final Pattern QUALIFIED = Pattern.compile("\\borg\\.talentsim\\.(\\w+)\\.[A-Z]");

    static List<Path> sources() throws IOException {
        try (Stream<Path> s = Files.walk(SOURCES)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    static String packageOf(Path file) {
        return SOURCES.relativize(file).getName(0).toString();
    }

    @Test
    void everyPackageIsInTheDesignOrder() throws IOException {
        for (Path f : sources()) {
            assertTrue(ORDER.contains(packageOf(f)), "package of " + f + " is not in DESIGN §2");
        }
    }

    @Test
    void packagesImportOnlyPackagesAboveThem() throws IOException {
        List<String> bad = new ArrayList<>();
        for (Path f : sources()) {
            String own = packageOf(f);
            int rank = ORDER.indexOf(own);
            String text = Files.readString(f);
            for (Pattern p : List.of(IMPORT, QUALIFIED)) {
                Matcher m = p.matcher(stripComments(text));
                while (m.find()) {
                    String other = m.group(1);
                    if (other.equals(own)) {
                        continue;
                    }
                    int r = ORDER.indexOf(other);
                    if (r < 0 || r > rank) {
                        bad.add(f + " (" + own + ") uses " + other);
                    }
                }
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void everyPackageHasAPackageInfo() {
        for (String p : ORDER) {
            assertTrue(Files.exists(SOURCES.resolve(p).resolve("package-info.java")), p + " lacks package-info.java");
        }
    }

    @Test
    void noUnseededRandomnessAndNoPrinting() throws IOException {
        List<String> bad = new ArrayList<>();
        List<String> forbidden = List.of("new Random(", "Math.random(", "getDefault()", "ThreadLocalRandom",
                "new SplittableRandom(", "System.out", "System.err", "printStackTrace", "JDKRandomGenerator()",
                "new MersenneTwister()", "new Well19937c()");
        for (Path f : sources()) {
            String code = stripComments(Files.readString(f));
            for (String s : forbidden) {
                if (code.contains(s)) {
                    bad.add(f + " uses " + s);
                }
            }
        }
        assertEquals(List.of(), bad);
    }

    /** The self-check: the rule really catches a wrong import. */
    @Test
    void theRuleCatchesAWrongImport() {
        Matcher m = IMPORT.matcher("package x;\nimport org.talentsim.engine.Simulation;\n");
        assertTrue(m.find());
        assertTrue(ORDER.indexOf(m.group(1)) > ORDER.indexOf("model"), "engine is below model");
    }

    static String stripComments(String s) {
        return s.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
    }
}
