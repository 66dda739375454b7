package org.talentsim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code Submit} on a class path without Logback, as spark-submit gives it on a Spark installation
 * (whose jars log through log4j; the application jar leaves logging to the cluster): it loaded the
 * command line's Logback set-up to count the runs' warnings and stopped with {@code
 * NoClassDefFoundError: ch/qos/logback/classic/spi/Configurator}, exit 1, before the first run
 * (a review of Spark's side; this module's tests ran with Logback on their class path).
 */
class SubmitWithoutLogbackTest {
    @Test
    void submitRunsWithoutLogback(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("e.yaml"), "version: 1\nscenario: "
                + SubmitTest.ROOT.resolve("examples/scenarios/retention.yaml").toAbsolutePath() + "\nreplications: 2\n"
                + "overrides: ['months=3']\n");
        List<String> cp = new ArrayList<>();
        for (String e : LocalCluster.classPath()) {
            String name = Path.of(e).getFileName().toString();
            if (!name.startsWith("logback-") && !name.startsWith("log4j-to-slf4j")) {
                cp.add(e);
            }
        }
        assertTrue(cp.stream().noneMatch(e -> e.contains("logback")), cp.toString());
        Path out = dir.resolve("out");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dspark.master=local[1]", "-cp", String.join(File.pathSeparator, cp), Submit.class.getName(),
                file.toString(), "--out", out.toString(), "--no-parquet"));
        Process p = new ProcessBuilder(cmd).redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("Submit did not finish");
        }
        String err = Files.readString(dir.resolve("err.txt"));
        assertEquals(0, p.exitValue(), err);
        assertFalse(err.contains("NoClassDefFoundError") || err.contains("\tat "), err);
        assertEquals(3, Files.readAllLines(out.resolve("runs.csv")).size(), "the header and two runs");
        assertTrue(Files.readString(dir.resolve("out.txt")).contains("1 cell x 2 replications = 2 runs"), Files.readString(dir.resolve("out.txt")));
    }
}
