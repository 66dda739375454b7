package org.talentsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a run of the flagship in a fresh JVM does not start: the JDK's random-generator factory
 * (a service look-up over every algorithm, their annotations read, a constructor called by
 * reflection; 35-45 ms of a fresh JVM's main thread, on every run, before the default
 * algorithm's generator became the built-in one).
 */
class StartUpClassesTest {
    @Test
    void aRunOfTheDefaultAlgorithmNeverLoadsTheJdksGeneratorFactory(@TempDir Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = dir.resolve("classes.log");
        Process p = new ProcessBuilder(java, "-Xlog:class+load=info", "-cp", System.getProperty("java.class.path"),
                "org.talentsim.cli.Main", "run", "scenarios/meta-2025.yaml", "--out", dir.resolve("run").toString(), "-q",
                "--no-report").redirectErrorStream(true).redirectOutput(log.toFile()).start();
        String classes;
        assertEquals(0, p.waitFor(), () -> read(log));
        classes = read(log);
        assertTrue(classes.contains("org.talentsim.internal.L64X128Mix "), "the log lists the classes loaded");
        assertFalse(classes.contains("java.util.random.RandomGeneratorFactory "), "the JDK's generator factory was loaded");
        assertTrue(Files.isRegularFile(dir.resolve("run/summary.json")));
        // another algorithm, named in the file, still comes from the JDK
        Path other = dir.resolve("other.yaml");
        Files.writeString(other, Files.readString(Path.of("scenarios/meta-2025.yaml")).replaceFirst("(?m)^seed: ", "generator: Xoshiro256PlusPlus\nseed: "));
        Process q = new ProcessBuilder(java, "-Xlog:class+load=info", "-cp", System.getProperty("java.class.path"),
                "org.talentsim.cli.Main", "run", other.toString(), "--out", dir.resolve("other").toString(), "-q", "--no-report")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertEquals(0, q.waitFor(), () -> read(log));
        assertTrue(read(log).contains("java.util.random.RandomGeneratorFactory "), "Xoshiro256PlusPlus is the JDK's");
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
