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
}
