package org.talentsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A command whose output cannot be written does not claim success. */
class OutputFailureTest {
    static final String SCENARIO = Path.of("scenarios/bm1.yaml").toFile().exists() ? "scenarios/bm1.yaml"
            : "../examples/scenarios/bm1.yaml";

    @Test
    void checkIntoAFailingWriterExitsWithOne() {
        CommandLine cl = Main.commandLine(new Main());
        cl.setOut(new PrintWriter(new Writer() {
            @Override public void write(char[] b, int off, int len) throws IOException { throw new IOException("No space left on device"); }
            @Override public void flush() throws IOException { throw new IOException("No space left on device"); }
            @Override public void close() { }
        }));
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        assertEquals(1, Main.execute(cl, "check", SCENARIO));
        assertEquals("talentsim: cannot write to standard output (a full disk, or a pipe closed early, as by | head): what it"
                + " printed is cut short; result files are written apart from it" + System.lineSeparator(), err.toString());
    }

    @Test
    void checkWithStandardOutputOnDevFullExitsWithOne() throws Exception {
        File full = new File("/dev/full");
        if (!full.exists()) {
            System.out.println("skipped: no /dev/full on this machine");
            return;
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "check", SCENARIO)
                .redirectOutput(full).redirectError(ProcessBuilder.Redirect.PIPE).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, p.waitFor(), err);
        assertTrue(err.contains("cannot write to standard output"), err);
        assertTrue(Files.exists(Path.of(SCENARIO)));
    }
}
