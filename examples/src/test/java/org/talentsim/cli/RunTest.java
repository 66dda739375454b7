package org.talentsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentsim.engine.TickObserver;
import org.talentsim.io.RunInfo;

/** {@code run}: the seven result files and their headers, and an output folder that is never left half-written. */
class RunTest {
    static final Path TINY = CliTest.TINY;

    /**
     * DESIGN §6, verbatim, then the columns appended since (only ever at the end: issue 11 added
     * severance and budget to labs.csv, name to moves.csv; issue 16 the package columns
     * equity_vested, sign_ons, clawed_back, unvested and the acqui-hire columns acquired_in,
     * acquired_out, acquisitions to labs.csv, sign_on, annual_equity, bought_out to moves.csv),
     * and offers.csv (issue 11, item 9); the researcher's skill, specialty and visa to moves.csv and offers.csv, and
     * the teams to offers.csv (an economist's review: who moved, without a join).
     */
    static final Map<String, String> HEADERS = Map.of(
            "labs.csv", "tick,date,lab,headcount,hires,poached_in,poached_out,quits,layoffs,exits,payroll,mean_salary,mean_morale,mean_skill,capability"
                    + ",severance,budget,equity_vested,sign_ons,clawed_back,unvested,acquired_in,acquired_out,acquisitions,offer_premium,budget_layoffs"
                    + ",countered,transfers_in,transfers_out,founders_in,founders_out",
            "teams.csv", "tick,date,lab,team,headcount,mean_salary,mean_morale,mean_skill,output",
            "moves.csv", "tick,date,researcher,from_lab,from_team,to_lab,to_team,old_salary,new_salary,reason"
                    + ",name,sign_on,annual_equity,bought_out,skill,specialty,visa",
            "flows.csv", "from_lab,to_lab,count",
            "offers.csv", "tick,date,researcher,from_lab,to_lab,offer,counter,outcome,name,from_team,to_team,skill,specialty,visa");

    @Test
    void writesTheSixFilesWithTheDesignHeaders(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("res");
        Cli r = Cli.run("run", TINY.toString(), "--out", out.toString(), "--threads", "2");
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err(), "no progress bar without a terminal");
        for (String f : new String[] {"manifest.json", "labs.csv", "teams.csv", "moves.csv", "flows.csv", "summary.json",
            "offers.csv"}) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        for (Map.Entry<String, String> e : HEADERS.entrySet()) {
            assertEquals(e.getValue(), Files.readAllLines(out.resolve(e.getKey())).get(0), e.getKey());
        }
        JsonNode m = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals(TINY.toString(), m.get("scenario_file").asText());
        assertEquals(RunInfo.sha256(Files.readAllBytes(TINY)), m.get("scenario_sha256").asText());
        assertEquals(11, m.get("seed").asLong());
        assertEquals(2, m.get("threads").asInt());
        assertTrue(new ObjectMapper().readTree(out.resolve("summary.json").toFile()).has("labs"));
        assertTrue(r.out().contains("start") && r.out().contains("end") && r.out().contains("OpenAI"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("Meta\\s+141\\s.*")),
                "Meta starts with 140 drawn researchers and its star:\n" + r.out());
    }

    /** offers.csv: on by default for a small scenario, off with --no-offers, on again with --offers. */
    @Test
    void offersAreWrittenByDefaultForASmallScenarioAndTheFlagsForceThem(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("res");
        Cli r = Cli.run("run", TINY.toString(), "--out", out.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        assertEquals(HEADERS.get("offers.csv"), Files.readAllLines(out.resolve("offers.csv")).get(0));
        assertTrue(Files.readAllLines(out.resolve("offers.csv")).size() > 1, "some offers");
        byte[] moves = Files.readAllBytes(out.resolve("moves.csv"));

        r = Cli.run("run", TINY.toString(), "--out", out.toString(), "-q", "--no-offers");
        assertEquals(0, r.exit(), r.err());
        assertFalse(Files.exists(out.resolve("offers.csv")), "--no-offers: the new set has none");
        assertTrue(r.out().contains("(labs.csv, teams.csv, market.csv, moves.csv, flows.csv, summary.json, scenario-as-run.yaml, manifest.json)\nReport: "), r.out());
        assertTrue(java.util.Arrays.equals(moves, Files.readAllBytes(out.resolve("moves.csv"))), "the same moves");
        JsonNode m = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertFalse(m.get("files").toString().contains("offers.csv"), m.toString());

        r = Cli.run("run", TINY.toString(), "--out", out.toString(), "-q", "--offers");
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.isRegularFile(out.resolve("offers.csv")));
        assertTrue(r.out().contains("moves.csv, offers.csv, flows.csv"), r.out());
    }

    @Test
    void seedAndMonthsOverrideTheScenario(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("res");
        assertEquals(0, Cli.run("run", TINY.toString(), "--out", out.toString(), "--seed", "99", "--months", "3", "-q").exit());
        JsonNode m = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals(99, m.get("seed").asLong());
        assertEquals(3, m.get("months").asInt());
        assertEquals("3", Files.readAllLines(out.resolve("labs.csv")).get(Files.readAllLines(out.resolve("labs.csv")).size() - 1).split(",")[0]);
    }

    /**
     * The folder's {@code scenario-as-run.yaml} holds the overrides, the seed and the months: run
     * on its own, without them, it gives the same files. Run into its own folder it is refused
     * before anything is written (its results would replace it), with or without --force.
     */
    @Test
    void theScenarioAsRunGivesTheSameResultsAndIsNotRunOverItself(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("res");
        Cli r = Cli.run("run", TINY.toString(), "--out", out.toString(), "--seed", "5", "--months", "4",
                "--set", "labs[Meta].prestige=0.3", "-q", "--no-report");
        assertEquals(0, r.exit(), r.err());
        Path copy = out.resolve("scenario-as-run.yaml");
        String text = Files.readString(copy);
        assertTrue(text.contains("\nseed: 5\n") && text.contains("\nmonths: 4\n"), text);
        Path again = dir.resolve("again");
        r = Cli.run("run", copy.toString(), "--out", again.toString(), "-q", "--no-report", "--threads", "2");
        assertEquals(0, r.exit(), r.err());
        for (String f : List.of("labs.csv", "teams.csv", "moves.csv", "offers.csv", "flows.csv", "summary.json", "scenario-as-run.yaml")) {
            assertEquals(Files.readString(out.resolve(f)), Files.readString(again.resolve(f)), f);
        }
        byte[] manifest = Files.readAllBytes(out.resolve("manifest.json"));
        for (String force : new String[] {"-q", "--force"}) {
            r = Cli.run("run", copy.toString(), "--out", out.toString(), force);
            assertEquals(Main.BAD_INPUT, r.exit(), r.out());
            assertTrue(r.err().endsWith("\n--out: " + copy + " is the copy of the scenario as run that the results in "
                    + out + " replace: copy it to another file to run it, or choose another --out\n"), r.err());
            assertEquals(text, Files.readString(copy));
            assertTrue(java.util.Arrays.equals(manifest, Files.readAllBytes(out.resolve("manifest.json"))), "nothing written");
        }
    }

    @Test
    void anInvalidScenarioLeavesTheFolderUntouched(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("res");
        assertEquals(0, Cli.run("run", TINY.toString(), "--out", out.toString()).exit());
        Files.writeString(out.resolve("notes.txt"), "mine");
        Map<String, String> before = snapshot(out);
        Cli r = Cli.run("run", CliTest.INVALID.toString(), "--out", out.toString());
        assertEquals(2, r.exit());
        assertEquals(1, r.err().lines().count(), "one line, no stack trace: " + r.err());
        assertEquals(before, snapshot(out));
    }

    @Test
    void anInterruptedRunLeavesNoHalfWrittenFile(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("res");
        assertEquals(0, Cli.run("run", TINY.toString(), "--out", out.toString()).exit());
        Map<String, String> before = snapshot(out);
        Main main = new Main().observe(interruptAt(5));
        Cli r = Cli.run(main, "run", TINY.toString(), "--out", out.toString(), "--seed", "5");
        assertEquals(Main.INTERNAL_ERROR, r.exit());
        assertTrue(r.err().contains("power cut"), r.err());
        assertEquals(before, snapshot(out), "earlier results intact, no temporary files left");

        Path fresh = dir.resolve("fresh");
        assertEquals(1, Cli.run(new Main().observe(interruptAt(3)), "run", TINY.toString(), "--out", fresh.toString()).exit());
        assertFalse(Files.exists(fresh), "a folder created for a failed run is removed again");
    }

    static TickObserver interruptAt(int tick) {
        return (t, world, moves) -> {
            if (t == tick) {
                throw new IllegalStateException("power cut at tick " + t);
            }
        };
    }

    /** Every entry under the folder (hidden ones too, links not followed) with its kind, modification time and content. */
    static Map<String, String> snapshotTree(Path dir) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.toList()) {
                String v = Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toString();
                if (Files.isSymbolicLink(p)) {
                    v += " -> " + Files.readSymbolicLink(p);
                } else if (Files.isRegularFile(p)) {
                    v += " " + Files.readString(p).hashCode() + " " + Files.size(p);
                } else {
                    v += " folder";
                }
                m.put(dir.relativize(p).toString(), v);
            }
        }
        return m;
    }

    /** Every file of the folder (hidden ones too) with its modification time and content. */
    static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                FileTime t = Files.getLastModifiedTime(p);
                m.put(p.getFileName().toString(), t + " " + Files.readString(p).hashCode() + " " + Files.size(p));
            }
        }
        return m;
    }
}
