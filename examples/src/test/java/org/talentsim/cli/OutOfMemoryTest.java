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
}
