package org.talentsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command that logs nothing does not start SLF4J and Logback on its way out: the shutdown hook
 * that silences Spark's log asked for the logger context in every JVM, which set Logback up at
 * exit (~60 ms of CPU for {@code --version}). In a child JVM, its class loading logged.
 */
class QuietExitTest {
    @Test
    void versionLoadsNoLoggingClassesEvenAtExit(@TempDir Path dir) throws Exception {
        Path classes = dir.resolve("classes.txt");
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + classes, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--version")).redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
        assertEquals(0, p.waitFor(), Files.readString(dir.resolve("err.txt")));
        assertTrue(Files.readString(dir.resolve("out.txt")).startsWith("talentsim "), "the version printed");
        String loaded = Files.readString(classes);
        assertTrue(loaded.contains(Main.class.getName()), "the class-load log is read");
        assertFalse(loaded.contains("ch.qos.logback."), "Logback was started");
        assertFalse(loaded.contains("org.slf4j.LoggerFactory "), "SLF4J was started");
    }
}
