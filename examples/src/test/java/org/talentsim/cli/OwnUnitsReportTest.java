package org.talentsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scenario paying in its own units (a pay scale of 300 or less) has no dollars anywhere in its
 * report: the charts' axes said so already, but the named researchers' table and chart, the
 * layoffs' severance and a budget change's mark still wrote "$".
 */
class OwnUnitsReportTest {
    @Test
    void noDollarsInAReportInTheScenariosUnits(@TempDir Path dir) throws IOException {
        String yaml = Files.readString(ReportOptionsTest.TINY)
                .replace("pool:\n", "market:\n  payScale: {base: 300, elasticity: 1.8}\npool:\n")
                .replace("salary: 20M", "salary: 20k")
                .replace("events:\n", "events:\n  - {date: 2025-06, type: budgetChange, lab: Meta, delta: 50M}\n");
        Path file = Files.writeString(dir.resolve("units.yaml"), yaml);
        Cli r = Cli.run("run", file.toString(), "--out", dir.resolve("out").toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        String html = Files.readString(dir.resolve("out/report.html"));
        assertTrue(html.contains("Star One"), "the named researcher is shown");
        assertTrue(html.contains("<h3>Layoffs</h3>"), "the layoffs' table is shown");
        assertTrue(html.contains("Meta budget +50M"), "the budget change's mark, in the scenario's units");
        // every table cell and chart text: no dollar sign (the page's own prose names no amounts)
        Matcher cells = Pattern.compile("<(td|text)[^>]*>([^<]*)</(td|text)>").matcher(html);
        int seen = 0;
        while (cells.find()) {
            assertFalse(cells.group(2).contains("$"), "a cell or chart text with dollars: " + cells.group(2));
            seen++;
        }
        assertTrue(seen > 100, "cells and chart texts read: " + seen);
        assertTrue(html.contains("pay per year, the scenario&apos;s units"), "the axes say the unit");

        // the same scenario in dollars keeps them
        Path dollars = Files.writeString(dir.resolve("dollars.yaml"), yaml.replace("base: 300,", "base: 300k,"));
        Cli d = Cli.run("run", dollars.toString(), "--out", dir.resolve("d").toString(), "-q");
        assertEquals(0, d.exit(), d.err());
        String usd = Files.readString(dir.resolve("d/report.html"));
        assertTrue(usd.contains("Meta budget +$50M"), "in dollars the mark says so");
        assertTrue(Pattern.compile("<td[^>]*>\\$[0-9]").matcher(usd).find(), "pay cells in dollars");
    }
}
