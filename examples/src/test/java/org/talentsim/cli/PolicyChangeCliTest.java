package org.talentsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A policyChange from a file: a slip in its policy is refused at its line, and the report names the change on its time axis. */
class PolicyChangeCliTest {
    private static String scenario(String event) throws Exception {
        String base = Files.readString(Path.of("scenarios/retention.yaml"));
        return base.replace("\npool:", "\nevents:\n  - " + event + "\n\npool:").replace("months: 24", "months: 6");
    }

    @Test
    void aSlipIsRefusedAtItsLineAndTheReportNamesTheChange(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), scenario("{date: 2025-03, type: policyChange, lab: Leaker, retention: macth}"));
        Cli c = Cli.run("check", bad.toString());
        assertEquals(2, c.exit());
        assertTrue(c.err().matches("(?s)" + java.util.regex.Pattern.quote(bad.toString())
                + ":\\d+:\\d+: events\\[0\\]\\.retention: unknown retention policy 'macth', did you mean 'match'\\?.*"), c.err());
        assertTrue(!c.err().contains("\tat "), "no stack trace");
        Path posted = Files.writeString(dir.resolve("posted.yaml"), scenario("{date: 2025-03, type: policyChange, lab: Leaker, offer: posted}"));
        Cli p = Cli.run("run", posted.toString(), "--out", dir.resolve("p").toString(), "-q");
        assertEquals(2, p.exit(), "run refuses what check refuses");
        assertTrue(p.err().contains("events[0].offer: policy 'posted' needs the lab's postedWage"), p.err());
        Path ok = Files.writeString(dir.resolve("ok.yaml"), scenario("{date: 2025-03, type: policyChange, lab: Leaker, retention: {name: match, upTo: 0.9}, layoff: lifo}"));
        Cli r = Cli.run("run", ok.toString(), "--out", dir.resolve("o").toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        String html = Files.readString(dir.resolve("o/report.html"));
        assertTrue(html.contains("Leaker retention: match (upTo 0.9), layoff: lifo"), "the event's label");
    }
}
