package org.talentsim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files from a hostile-input campaign: what is not a regular file, endless or huge input, other
 * encodings, and values that would break a message over several lines. Each is refused at once
 * with one line naming the file (and the position, when there is one).
 */
class HostileFilesTest {
    static final Duration FAST = Duration.ofSeconds(10);
    static final String HEAD = "version: 1\nname: t\n";
    static final String LAB = "labs:\n  - name: Meta\n    teams:\n      - {name: FAIR, focus: research, headcount: 10}\n";

    static String error(String text) {
        return assertTimeoutPreemptively(FAST,
                () -> assertThrows(ScenarioException.class, () -> ScenarioFiles.parse(text, "t.yaml")).getMessage());
    }

    static String error(byte[] bytes) {
        return assertTimeoutPreemptively(FAST,
                () -> assertThrows(ScenarioException.class, () -> ScenarioFiles.parse(bytes, "t.yaml")).getMessage());
    }

    static String readError(Path file) {
        return assertTimeoutPreemptively(FAST,
                () -> assertThrows(ScenarioException.class, () -> ScenarioFiles.read(file)).getMessage());
    }

    @Test
    void aFifoIsRefusedWithoutOpeningIt(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe.yaml");
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor() == 0;
        } catch (IOException e) {
            made = false;
        }
        if (!made) {
            System.out.println("HostileFilesTest: skipped the FIFO case: mkfifo is not available here");
        }
        Assumptions.assumeTrue(made, "mkfifo is not available");
        assertEquals(fifo + ": expected a scenario file, was a FIFO (named pipe)", readError(fifo));
    }

    @Test
    void devicesAreRefusedAtOnce() {
        Path zero = Path.of("/dev/zero");
        if (!Files.exists(zero)) {
            System.out.println("HostileFilesTest: skipped the /dev/zero case: no /dev/zero here");
        }
        Assumptions.assumeTrue(Files.exists(zero), "no /dev/zero");
        assertEquals("/dev/zero: expected a scenario file, was a character device", readError(zero));
        assertEquals("/dev/null: expected a scenario file, was a character device", readError(Path.of("/dev/null")));
    }

    @Test
    void readingStopsAtTheByteCapWhateverTheFileClaims() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 'x');
                return len;
            }
        };
        ScenarioException e = assertTimeoutPreemptively(FAST,
                () -> assertThrows(ScenarioException.class, () -> ScenarioFiles.read(endless, "proc.yaml", 1000)));
        assertEquals("proc.yaml: the file is larger than the limit of " + ScenarioFiles.MAX_BYTES + " bytes", e.getMessage());
    }

    @Test
    void anUnreadableFileSaysWhy(@TempDir Path dir) throws Exception {
        assertEquals("permission denied", ScenarioFiles.reason(new AccessDeniedException("/x.yaml")));
        assertEquals("Too many levels of symbolic links",
                ScenarioFiles.reason(new java.nio.file.FileSystemException("/x.yaml", null, "Too many levels of symbolic links")));
        Path f = Files.writeString(dir.resolve("secret.yaml"), HEAD + LAB);
        boolean posix = f.getFileSystem().supportedFileAttributeViews().contains("posix");
        Assumptions.assumeTrue(posix, "no POSIX permissions here");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
        boolean readable = Files.isReadable(f);
        if (readable) {
            System.out.println("HostileFilesTest: skipped the unreadable-file case: running as root,"
                    + " where permissions do not stop reading (the reason itself is checked above)");
        }
        Assumptions.assumeFalse(readable, "running as root: permissions do not stop reading");
        assertEquals(f + ": cannot read: permission denied", readError(f));
    }

    @Test
    void aHugeNumberIsRefusedQuickly() {
        String digits = "1".repeat(5_000_000);
        assertEquals("t.yaml:3:100001: the line is longer than the limit of 100000 characters",
                error(HEAD + "months: \"" + digits + "\"\n" + LAB));
        assertEquals("t.yaml:3:100001: the line is longer than the limit of 100000 characters",
                error(HEAD + "months: " + digits + "\n" + LAB));
        String n401 = "1".repeat(401);
        assertEquals("t.yaml:3:9: months: expected a whole number of at most 400 characters, was 401 characters long",
                error(HEAD + "months: " + n401 + "\n" + LAB));
        assertEquals("t.yaml:4:25: labs[0].prestige: expected a number of at most 400 characters, was 401 characters long",
                error(HEAD + "labs:\n  - {name: A, prestige: \"" + n401 + "\"}\n"));
        assertEquals("t.yaml:4:23: labs[0].budget: expected an amount of at most 400 characters, was 402 characters long",
                error(HEAD + "labs:\n  - {name: A, budget: " + n401 + "k}\n"));
        assertEquals("t.yaml:3:22: market.separation: expected a number of at most 400 characters, was 401 characters long",
                error(HEAD + "market: {separation: " + n401 + "/year}\n" + LAB));
        assertEquals("t.yaml:9:12: pool.cohort.skill: normal: expected a number of at most 400 characters,"
                + " was 401 characters long", error(HEAD + LAB + "pool:\n  cohort:\n    skill: normal(1, " + n401 + ")\n"));
    }

    @Test
    void aNumberBeyondTheDoubleRangeIsAnError() {
        assertEquals("t.yaml:4:23: labs[0].budget: expected an amount in USD of magnitude below 1.8e308, was '1e2147483647k'",
                error(HEAD + "labs:\n  - {name: A, budget: 1e2147483647k}\n"));
        assertEquals("t.yaml:4:23: labs[0].budget: expected an amount in USD of magnitude below 1.8e308, was 1e400",
                error(HEAD + "labs:\n  - {name: A, budget: 1e400}\n"));
        assertEquals("t.yaml:4:25: labs[0].prestige: expected a number of magnitude below 1.8e308, was '-1e2147483647'",
                error(HEAD + "labs:\n  - {name: A, prestige: \"-1e2147483647\"}\n"));
        // infinity is written as such
        assertEquals(Double.POSITIVE_INFINITY,
                ScenarioFiles.parse(HEAD + "labs:\n  - {name: A, budget: .inf}\n", "t.yaml").labs().get(0).budget());
    }

    @Test
    void aNonZeroNumberTooSmallForADoubleIsAnErrorNotZero() {
        assertEquals("t.yaml:7:22: market.separation: expected a number of magnitude at least 4.9e-324, or 0 (a smaller one"
                + " is not 0 but reads as 0), was '1e-400/year'", error(HEAD + LAB + "market: {separation: 1e-400/year}\n"));
        assertEquals("t.yaml:4:23: labs[0].budget: expected an amount in USD of magnitude at least 4.9e-324, or 0 (a smaller"
                + " one is not 0 but reads as 0), was '1e-330k'", error(HEAD + "labs:\n  - {name: A, budget: 1e-330k}\n"));
        assertEquals("t.yaml:7:22: market.separation: expected a number of magnitude below 1.8e308, was '1e400/year'",
                error(HEAD + LAB + "market: {separation: 1e400/year}\n"));
        assertEquals("t.yaml:9:12: pool.cohort.skill: expected a number of magnitude at least 4.9e-324, or 0 (a smaller one"
                + " is not 0 but reads as 0), was 1e-999", error(HEAD + LAB + "pool:\n  cohort:\n    skill: 1e-999\n"));
        // zero written with a tiny exponent is zero; the smallest double is read as itself
        assertEquals(0.0, ScenarioFiles.parse(HEAD + "labs:\n  - {name: A, budget: 0e-400}\n", "t.yaml").labs().get(0).budget());
        assertEquals(Double.MIN_VALUE,
                ScenarioFiles.parse(HEAD + "labs:\n  - {name: A, prestige: 4.9e-324}\n", "t.yaml").labs().get(0).prestige());
    }

    @Test
    void wideEncodingsAreNamedAtTheStart() {
        String text = HEAD + LAB;
        for (String cs : List.of("UTF-16", "UTF-16BE", "UTF-16LE")) {
            assertEquals("t.yaml:1:1: the file is UTF-16; save it as UTF-8", error(text.getBytes(Charset.forName(cs))), cs);
            assertEquals("t.yaml:1:1: the file is UTF-16; save it as UTF-8",
                    error(("\uFEFF" + text).getBytes(Charset.forName(cs))), cs + " with a byte order mark");
        }
        for (String cs : List.of("UTF-32BE", "UTF-32LE")) {
            assertEquals("t.yaml:1:1: the file is UTF-32; save it as UTF-8", error(text.getBytes(Charset.forName(cs))), cs);
            assertEquals("t.yaml:1:1: the file is UTF-32; save it as UTF-8",
                    error(("\uFEFF" + text).getBytes(Charset.forName(cs))), cs + " with a byte order mark");
        }
    }

    @Test
    void aByteThatIsNotUtf8IsReportedWhereItIs() {
        byte[] latin1 = (HEAD + "description: caf\u00e9\n" + LAB).getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("t.yaml:3:17: expected UTF-8 text, found bytes that are not UTF-8 (0xE9)", error(latin1));
        byte[] afterUtf8 = (HEAD + "description: \u00e9t\u00e9 \uD83D\uDE00 \r\nx: caf\u00e9").getBytes(StandardCharsets.UTF_8);
        byte[] broken = java.util.Arrays.copyOf(afterUtf8, afterUtf8.length - 1); // cuts the last é in half
        assertEquals("t.yaml:4:7: expected UTF-8 text, found bytes that are not UTF-8 (0xC3)", error(broken));
    }

    /** A value that starts with * unquoted ('*.poached_out' in an experiment's metrics): the alias it is read as, and the fix. */
    @Test
    void anUnquotedStarSaysToQuoteIt() {
        assertEquals("t.yaml:3:15: invalid YAML: unexpected character found .(46) (while scanning an alias); a value that"
                + " starts with * is read as an alias: quote it, like '*.poached_out'", error(HEAD + "description: *.x\n" + LAB));
        // a pattern that is a valid alias name: read as an alias to nothing
        assertTrue(error(HEAD + "description: *_end\n" + LAB).endsWith("expected an alias to an earlier anchored mapping or list, was"
                + " '*_end'; a value that starts with * is read as an alias: quote it, like '*_end'"));
    }

    @Test
    void aSpecialCharacterIsReportedWhereItIs() {
        assertEquals("t.yaml:4:6: invalid YAML: special characters are not allowed (U+0000)",
                error(HEAD + "labs:\n  - {\0name: A}\n"));
        assertEquals("t.yaml:3:14: invalid YAML: special characters are not allowed (U+0007)",
                error(HEAD + "description: \u0007\n" + LAB));
        assertEquals("t.yaml:3:14: invalid YAML: special characters are not allowed (U+FFFF)",
                error(HEAD + "description: \uFFFF\n" + LAB));
        // tabs, emoji and a byte order mark at the start are fine
        ScenarioFiles.parse("\uFEFF" + HEAD + "description: \"a\tb \uD83D\uDE00\"\n" + LAB, "t.yaml");
    }

    @Test
    void everyEchoedValueStaysOnOneLine() {
        String nasty = "a\nb\rc\td\u2028e\u001b[31mf\u0085g";
        String yamlNasty = "\"a\\nb\\rc\\td\\u2028e\\e[31mf\\Ng\"";
        List<String> files = List.of(
                HEAD + "months: " + yamlNasty + "\n" + LAB,
                HEAD + "start: " + yamlNasty + "\n" + LAB,
                HEAD + "market: {separation: " + yamlNasty + "}\n" + LAB,
                HEAD + "market: {separation: \"-1\\n/year\"}\n" + LAB,
                HEAD + "labs:\n  - {name: A, prestige: \"\\n2\\n\"}\n",
                HEAD + "labs:\n  - {name: A, budget: " + yamlNasty + "}\n",
                HEAD + "labs:\n  - {name: " + yamlNasty + "}\n",
                HEAD + "labs:\n  - {name: A, offer: {name: premium, premium: " + yamlNasty + "}}\n",
                HEAD + "labs:\n  - {name: A, offer: " + yamlNasty + "}\n",
                HEAD + "labs:\n  - {name: A, " + yamlNasty + ": 1}\n",
                HEAD + LAB + "pool: {cohort: {skill: \"normal(1,\\n2,\\n3)\"}}\n",
                HEAD + LAB + "pool: {cohort: {skill: \"normal(1,\\n" + "x".repeat(100) + ")\"}}\n",
                HEAD + LAB + "events:\n  - {date: 2025-03, type: layoff, lab: " + yamlNasty + ", count: 1}\n",
                HEAD + LAB + "events:\n  - {date: 2025-03, type: " + yamlNasty + "}\n",
                HEAD + LAB + "events:\n  - {date: 2025-03, type: leaderChange, lab: Meta, team: " + yamlNasty
                        + ", leaderFit: 0.5}\n",
                HEAD + LAB + "events:\n  - {date: 2025-03, type: visibilityRise, researcher: " + yamlNasty + "}\n");
        for (String f : files) {
            String m = error(f);
            assertTrue(m.startsWith("t.yaml:") && !m.contains("invalid YAML"), m);
            assertTrue(m.chars().noneMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029'),
                    "one printable line: " + m);
            assertFalse(m.contains(nasty), m);
        }
        ScenarioException e = new ScenarioException("a\nb.yaml", 1, 2, "x\ny", "was '\u001b'");
        assertEquals("a\\u000Ab.yaml:1:2: x\\u000Ay: was '\\u001B'", e.getMessage());
        assertTrue(e.getMessage().endsWith(e.problem()));
    }
}
