package org.talentsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under a C or POSIX locale Java encodes file names in ASCII: a scenario or folder named with
 * other letters cannot be named at all. The commands say so in one line, exit 2 (a scenario's
 * path gave "internal error" and a stack trace, exit 1; --out gave picocli's "cannot convert …
 * to interface java.nio.file.Path (java.nio.file.InvalidPathException: …)"). In child JVMs.
 */
class PathEncodingTest {
    private static String[] child(Path dir, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder b = new ProcessBuilder(cmd).redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        b.environment().remove("LANG");
        b.environment().remove("LC_CTYPE");
        b.environment().put("LC_ALL", "POSIX");
        int code = b.start().waitFor();
        return new String[] {Integer.toString(code), Files.readString(dir.resolve("err.txt"))};
    }

    @Test
    void aPathTheJvmCannotEncodeIsOneLineAndExit2(@TempDir Path dir) throws Exception {
        String odd = dir + "/\u00fcn\u00ef c\u00f8d\u00e9";
        for (String[] args : List.of(new String[] {"run", odd + "/r\u00e9tention.yaml", "--out", dir.resolve("a").toString()},
                new String[] {"check", odd + "/r\u00e9tention.yaml"},
                new String[] {"run", CliTest.TINY.toAbsolutePath().toString(), "--out", odd + "/\u00f6ut"},
                new String[] {"report", odd})) {
            String[] r = child(dir, args);
            assertEquals("2", r[0], String.join(" ", args) + ": " + r[1]);
            assertTrue(r[1].contains("cannot use the path ") && r[1].contains("LC_ALL=C.UTF-8"), r[1]);
            assertFalse(r[1].contains("Exception") || r[1].contains("\tat "), r[1]);
            assertTrue(r[1].strip().lines().count() <= 2, r[1]); // picocli adds "Try ... --help" to an option's error
        }
    }

    /** A shell command, with {@code env} (null: this JVM's), in {@code dir}; returns exit code and stderr. */
    private static String[] sh(Path dir, String locale, String script) throws Exception {
        ProcessBuilder b = new ProcessBuilder("sh", "-c", script).directory(dir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        b.environment().remove("LANG");
        b.environment().remove("LC_CTYPE");
        b.environment().put("LC_ALL", locale);
        b.environment().put("CP", System.getProperty("java.class.path"));
        b.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        int code = b.start().waitFor();
        return new String[] {Integer.toString(code), Files.readString(dir.resolve("err.txt"))};
    }

    /** u-umlaut, written by the shell from octal escapes (this JVM may not be able to name it). */
    private static final String U = "$(printf '\\303\\274')";

    /**
     * Under POSIX, from a folder whose name the JVM cannot decode: one line, exit 2, and nothing
     * written (Java read the folder as "w??", and the results went to a new "w??/out/tiny" beside it).
     */
    @Test
    void aCurrentFolderTheJvmCannotReadIsOneLineAndExit2(@TempDir Path dir) throws Exception {
        Files.copy(CliTest.TINY, dir.resolve("tiny.yaml"));
        String[] r = sh(dir, "POSIX", "mkdir w" + U + " && cp tiny.yaml w" + U + "/ && cd w" + U
                + " && \"$JAVA\" -cp \"$CP\" " + Main.class.getName() + " run tiny.yaml -q --no-report");
        assertEquals("2", r[0], r[1]);
        assertTrue(r[1].contains("the current folder's name") && r[1].contains("LC_ALL=C.UTF-8"), r[1]);
        try (var s = Files.list(dir)) {
            // counted, not named: a test JVM in a C locale would list w\u00fc as w?? too
            assertEquals(1, s.filter(Files::isDirectory).count(), "only the folder w\u00fc: no w?? beside it");
        }
    }

    /**
     * A result folder with an ASCII name, holding a user's file named outside the encoding, and a
     * manifest naming a scenario file outside it: under POSIX the run replaces the results and
     * keeps the file (it was refused: "cannot use the path ??.txt"), and report DIR draws the page
     * without the scenario's description (it was refused: "Malformed input").
     */
    @Test
    void namesTheJvmCannotEncodeInsideAResultFolderAreKept(@TempDir Path dir) throws Exception {
        Files.copy(CliTest.TINY, dir.resolve("tiny.yaml"));
        String java = "\"$JAVA\" -cp \"$CP\" " + Main.class.getName();
        String[] setup = sh(dir, "C.UTF-8", "mkdir d" + U + " && cp tiny.yaml d" + U + "/t" + U + ".yaml && " + java
                + " run d" + U + "/t" + U + ".yaml --out r -q --no-report && touch r/" + U + ".txt");
        assertEquals("0", setup[0], setup[1]);
        String[] report = sh(dir, "POSIX", java + " report r");
        assertEquals("0", report[0], report[1]);
        String[] plain = sh(dir, "POSIX", java + " run tiny.yaml --out r -q --no-report");
        assertFalse(plain[1].contains("Malformed"), "the manifest's scenario file is compared as text: " + plain[1]);
        String[] again = sh(dir, "POSIX", java + " run tiny.yaml --out r -q --no-report --force");
        assertEquals("0", again[0], again[1]);
        String[] kept = sh(dir, "C.UTF-8", "test -f r/" + U + ".txt && test -f r/summary.json");
        assertEquals("0", kept[0], "the user's file is kept beside the new results");
    }
}
