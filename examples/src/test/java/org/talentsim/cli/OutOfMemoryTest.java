package org.talentsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * A command that runs out of heap past the memory estimate ends with one line and the -Xmx
 * advice, not an OutOfMemoryError's stack trace (found by a scenario author's review).
 */
class OutOfMemoryTest {
    @CommandLine.Command(name = "greedy")
    static final class Greedy implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new OutOfMemoryError("Java heap space");
        }
    }

    @Test
    void outOfMemoryIsOneLineWithTheAdvice() {
        CommandLine cl = new CommandLine(new Greedy());
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        int code = Main.execute(cl);
        assertEquals(Main.INTERNAL_ERROR, code);
        String text = err.toString();
        assertEquals(1, text.lines().count(), text);
        assertTrue(text.startsWith("talentsim: out of memory: the JVM may use ") && text.contains("raise -Xmx (e.g. JAVA_OPTS=-Xmx"),
                text);
        assertFalse(text.contains("\tat "), "no stack trace");
    }

    /**
     * A run out of heap says that line only, in a JVM that exits with it: the hook that tells of
     * a run stopped by a signal was left in place by an Error, and would have added "stopped
     * before the run ended" (a re-check of the day's fixes).
     */
    @Test
    void aRunOutOfMemorySaysOneLine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        Process p = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), OutOfMemoryRunMain.class.getName(), "run",
                java.nio.file.Path.of("src/test/resources/scenarios/tiny.yaml").toAbsolutePath().toString(), "--out",
                dir.resolve("res").toString(), "-q").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String text = new String(p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(Main.INTERNAL_ERROR, p.waitFor(), text);
        assertEquals(1, text.lines().count(), text);
        assertTrue(text.startsWith("talentsim: out of memory: the JVM may use "), text);
        assertFalse(java.nio.file.Files.exists(dir.resolve("res")), "nothing written");
    }
}
