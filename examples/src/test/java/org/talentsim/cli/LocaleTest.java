package org.talentsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output does not depend on the JVM's locale: reports drawn under German and Arabic locales are
 * byte-identical to those drawn under the root locale (JFreeChart's default tick formats wrote
 * 0,020 and Arabic-Indic digits on the axes of sweeps, comparisons and calibrations), and so are
 * the command line's messages (its printf wrote the counts in Arabic-Indic digits).
 */
class LocaleTest {
    private static final List<Locale> LOCALES = List.of(Locale.GERMANY, new Locale("ar", "SA"), new Locale("hi", "IN"));

    @Test
    void reportsAreTheSameInEveryLocale(@TempDir Path dir) throws Exception {
        Path sweep = dir.resolve("sweep");
        Path compare = dir.resolve("compare");
        Path run = dir.resolve("run");
        String[] before = new String[3];
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ROOT);
            assertEquals(0, Cli.run("sweep", CliTest.TINY.toString(), "--vary", "market.annualRaise=0.02,0.03,0.05", "-r", "2",
                    "--out", sweep.toString(), "-q", "--metrics", "Meta.quits,market.unemployment_end").exit());
            assertEquals(0, Cli.run("compare", CliTest.TINY.toString(), "--arm", "sep:market.separation=0.3/year", "-r", "3",
                    "--out", compare.toString(), "-q").exit());
            assertEquals(0, Cli.run("run", CliTest.TINY.toString(), "--out", run.toString(), "-q").exit());
            List<Path> dirs = List.of(sweep, compare, run);
            for (int k = 0; k < 3; k++) {
                before[k] = Files.readString(dirs.get(k).resolve("report.html"));
            }
            for (Locale l : LOCALES) {
                Locale.setDefault(l);
                for (int k = 0; k < 3; k++) {
                    Cli r = Cli.run("report", dirs.get(k).toString());
                    assertEquals(0, r.exit(), r.err());
                    assertEquals(before[k], Files.readString(dirs.get(k).resolve("report.html")), dirs.get(k) + " under " + l);
                }
            }
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void messagesAreTheSameInEveryLocale(@TempDir Path dir) {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ROOT);
            String check = Cli.run("check", CliTest.TINY.toString()).out();
            String run = Cli.run("run", CliTest.TINY.toString(), "--out", dir.resolve("r").toString(), "-q", "--no-report").out();
            for (Locale l : LOCALES) {
                Locale.setDefault(l);
                assertEquals(check, Cli.run("check", CliTest.TINY.toString()).out(), "check under " + l);
                assertEquals(run, Cli.run("run", CliTest.TINY.toString(), "--out", dir.resolve("r").toString(), "-q",
                        "--no-report").out(), "run under " + l);
            }
        } finally {
            Locale.setDefault(saved);
        }
    }
}
