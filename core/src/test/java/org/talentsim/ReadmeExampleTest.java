package org.talentsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's library example, read from README.md itself: its first {@code java} block must
 * compile as printed (imports included) against the library alone and, run from the project
 * root, tell a poaching war that Alpha wins.
 */
// compiles the README with javac (5 s); left out of the mutation run
@Tag("slow")
class ReadmeExampleTest {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    static String firstJavaBlock() throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"));
        Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(m.find(), "README.md has a java block");
        return m.group(1);
    }

    @Test
    void readmeExampleCompilesAsPrintedAndRuns(@TempDir Path tmp) throws Exception {
        String code = firstJavaBlock();
        Matcher cls = Pattern.compile("public class (\\w+)").matcher(code);
        assertTrue(cls.find(), "the README example is a whole class");
        String name = cls.group(1);
        Path src = tmp.resolve(name + ".java");
        Files.writeString(src, code);
        ToolProvider javac = ToolProvider.findFirst("javac").orElse(null);
        assertNotNull(javac, "tests run on a JDK");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errs = new PrintStream(err, true, StandardCharsets.UTF_8);
        // the library's own classes and its dependencies, not the tests
        List<String> cp = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (!e.contains("test-classes")) {
                cp.add(e);
            }
        }
        int rc = javac.run(errs, errs, "-d", tmp.toString(), "-cp", String.join(java.io.File.pathSeparator, cp),
                "--release", "17", src.toString());
        assertEquals(0, rc, "the README example does not compile:\n" + err.toString(StandardCharsets.UTF_8));

        cp.add(0, tmp.toString());
        String out = runFromRoot(String.join(java.io.File.pathSeparator, cp), name);
        assertTrue(out.contains("Beta   -> Alpha"), out);
        Matcher poached = Pattern.compile("Alpha poached (\\d+) researchers").matcher(out);
        assertTrue(poached.find(), out);
        assertTrue(Integer.parseInt(poached.group(1)) > 50, "Alpha wins the war: " + out);
        assertTrue(out.contains("meta-2025: 7 labs at the start"), out);
        // what the README says it prints, line by line (it showed no output: a newcomer's review)
        List<String> printed = printedBlock();
        assertEquals(7, printed.size(), printed.toString());
        List<String> lines = out.lines().toList();
        for (String line : printed) {
            assertTrue(lines.contains(line), "the README says the example prints '" + line + "':\n" + out);
        }
    }

    /** The lines of the README's first {@code text} block after its library example: what the example prints. */
    static List<String> printedBlock() throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"));
        int after = readme.indexOf("It prints");
        assertTrue(after > 0, "the README says what the example prints");
        Matcher m = Pattern.compile("```text\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(m.find(after), "a text block after 'It prints'");
        return m.group(1).lines().toList();
    }

    /** Runs the example in a JVM of its own started in the project root (as a user would), returning its output. */
    private static String runFromRoot(String classPath, String name) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-cp", classPath, name).directory(ROOT.toFile())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), "the README example failed:\n" + out);
        return out;
    }
}
