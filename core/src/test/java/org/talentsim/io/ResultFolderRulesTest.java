package org.talentsim.io;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentsim.engine.Simulation;
import org.talentsim.scenario.Scenario;
import org.talentsim.testkit.Worlds;

/**
 * What a result folder's manifest records and the rules a folder must pass before results are
 * written into it: the same scenario, file and overrides ({@link ResultWriter#checkSameScenario}),
 * a usable path ({@link ResultWriter#checkFolder}), and an experiment's or calibration's spec
 * ({@link ResultWriter#prepareFolder}).
 */
class ResultFolderRulesTest {
    static final Scenario WAR = Worlds.twoLabWar(3).withMonths(2);

    static JsonNode manifest(Path out) throws IOException {
        return new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    }

    static void run(Path out, RunInfo info, OfferOutput offers) {
        Runs.runToFolder(Simulation.builder(info.scenario()).threads(1), info, out, offers);
    }

    /**
     * A folder named near the 255-byte limit of a file name is usable, twice (the second run
     * replaces the first): its staging folder's name ({@code .NAME.staging-RANDOM}, 26 bytes more)
     * was too long, and the run failed with "File name too long". Two such names that differ only
     * at their end still get two locks.
     */
    @Test
    void aFolderNamedNearTheLimitIsUsable(@TempDir Path tmp) throws IOException {
        for (String name : List.of("a".repeat(235), "\u00fc".repeat(120), "b".repeat(229), "c".repeat(254))) {
            Path out = tmp.resolve(name);
            run(out, RunInfo.of(WAR, 1), OfferOutput.OFF);
            run(out, RunInfo.of(WAR, 1), OfferOutput.OFF);
            assertTrue(Files.isRegularFile(out.resolve("summary.json")), name.length() + " characters");
            try (var left = Files.list(tmp)) {
                assertTrue(left.noneMatch(p -> p.getFileName().toString().contains(".staging-")
                        || p.getFileName().toString().contains(".old-")), "nothing left beside it");
            }
            assertTrue(ResultFolder.key(name).getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 229, name);
        }
        assertEquals("b".repeat(229), ResultFolder.key("b".repeat(229)), "a name that fits is its own key");
        String x = "x".repeat(240);
        assertFalse(ResultFolder.key(x + "1").equals(ResultFolder.key(x + "2")), "two long names, two keys");
        assertTrue(ResultFolder.key("\u00fc".repeat(120)).startsWith("\u00fc".repeat(100)), "cut on a character");
        // a name the file system itself cannot hold is refused before a run, not after it
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ResultFolder.check(tmp.resolve("d".repeat(256)), java.util.Set.of("labs.csv")));
        assertTrue(e.getMessage().contains("longer than the 255 bytes"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ResultFolder.check(tmp.resolve("\u00fc".repeat(128)), java.util.Set.of()));
    }

    @Test
    void theManifestListsTheOverridesTheFilesAndAPlausibleWallTime(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("a");
        run(out, new RunInfo(WAR, "war.yaml", "ab12", 1, List.of("seed=4", "months=2")), OfferOutput.OFF);
        JsonNode m = manifest(out);
        assertEquals("[\"seed=4\",\"months=2\"]", m.path("overrides").toString());
        List<String> files = new ArrayList<>();
        m.path("files").forEach(f -> files.add(f.asText()));
        assertEquals(List.of("labs.csv", "teams.csv", "market.csv", "moves.csv", "flows.csv", "summary.json", "scenario-as-run.yaml",
                "manifest.json"), files);
        assertEquals(ResultWriter.files(false), files);
        assertFalse(files.contains("offers.csv"));
        double wall = m.path("wall_time_seconds").asDouble();
        assertTrue(wall > 0 && wall < 120, "seconds: " + wall);
        // the build and the platform, for an audit (found by a reproducibility review: the version
        // alone, 0.1.0-SNAPSHOT, is the same for any change of the code)
        assertEquals(RunInfo.build(), m.path("build").asText());
        assertTrue(m.path("build").asText().matches("[0-9a-f]{16}"), m.toString());
        assertEquals(System.getProperty("java.runtime.version"), m.path("java_version").asText());
        assertEquals(System.getProperty("java.vendor"), m.path("java_vendor").asText());
        assertEquals(System.getProperty("os.name") + " " + System.getProperty("os.arch"), m.path("os").asText());

        Path with = tmp.resolve("b");
        run(with, RunInfo.of(WAR, 1), OfferOutput.ON);
        List<String> withFiles = new ArrayList<>();
        manifest(with).path("files").forEach(f -> withFiles.add(f.asText()));
        assertEquals(ResultWriter.files(true), withFiles);
        assertEquals(withFiles.indexOf("moves.csv") + 1, withFiles.indexOf("offers.csv"), "offers.csv right after moves.csv");
        assertEquals("[]", manifest(with).path("overrides").toString());
    }

    @Test
    void aFolderHoldingAnotherScenariosResultsIsRefusedByName(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("res");
        assertDoesNotThrow(() -> ResultWriter.checkSameScenario(out, RunInfo.of(WAR, 1)), "no folder yet");
        // the results of WAR with that override applied (the scenario as run records it)
        Scenario overridden = org.talentsim.Talentsim.defaults().override(WAR, "labs[Alpha].prestige=0.4");
        run(out, new RunInfo(overridden, "dir/war.yaml", "ab12", 1, List.of("labs[Alpha].prestige=0.4")), OfferOutput.OFF);

        assertDoesNotThrow(() -> ResultWriter.checkSameScenario(out, new RunInfo(overridden, "other/war.yaml", "cd", 2, List.of("labs[Alpha].prestige=0.4"))),
                "the same scenario, a file of the same name, the same overrides");
        String other = assertThrows(IllegalArgumentException.class, () -> ResultWriter.checkSameScenario(out,
                new RunInfo(Scenario.builder("peace").lab("L", l -> l.team("T", org.talentsim.model.Focus.RESEARCH, 1, t -> { })).build(),
                        "dir/war.yaml", "ab12", 1, List.of("labs[Alpha].prestige=0.4")))).getMessage();
        assertEquals(out + " holds the results of scenario '" + WAR.name() + "' (dir/war.yaml), not of 'peace' (dir/war.yaml);"
                + " force = true (replaceOtherKinds for a ResultWriter) replaces them, or choose another folder", other);
        String file = assertThrows(IllegalArgumentException.class, () -> ResultWriter.checkSameScenario(out,
                new RunInfo(WAR, "dir/war2.yaml", "ab12", 1, List.of("labs[Alpha].prestige=0.4")))).getMessage();
        assertTrue(file.contains("(dir/war.yaml), not of '" + WAR.name() + "' (dir/war2.yaml)"), file);
        String code = assertThrows(IllegalArgumentException.class, () -> ResultWriter.checkSameScenario(out,
                new RunInfo(WAR, null, null, 1, List.of("labs[Alpha].prestige=0.4")))).getMessage();
        assertTrue(code.endsWith("not of '" + WAR.name() + "'; force = true (replaceOtherKinds for a ResultWriter) replaces them, or choose another folder"), code);
        String overrides = assertThrows(IllegalArgumentException.class, () -> ResultWriter.checkSameScenario(out,
                new RunInfo(WAR, "dir/war.yaml", "ab12", 1, List.of()))).getMessage();
        assertEquals(out + " holds the results of scenario '" + WAR.name() + "' with the overrides labs[Alpha].prestige=0.4, not without;"
                + " force = true (replaceOtherKinds for a ResultWriter) replaces them, or choose another folder", overrides);
        String more = assertThrows(IllegalArgumentException.class, () -> ResultWriter.checkSameScenario(out,
                new RunInfo(WAR, "dir/war.yaml", "ab12", 1, List.of("labs[Alpha].prestige=0.4", "labs[Beta].prestige=0.5")))).getMessage();
        assertTrue(more.contains("with the overrides labs[Alpha].prestige=0.4, not the overrides labs[Alpha].prestige=0.4, labs[Beta].prestige=0.5"), more);
        // another seed or length is the same scenario run again, as with --seed and --months
        assertDoesNotThrow(() -> ResultWriter.checkSameScenario(out, new RunInfo(overridden.withSeed(9).withMonths(1), "dir/war.yaml",
                "ab12", 1, List.of("seed=9", "labs[Alpha].prestige=0.4", " months = 1"))));
        // the same scenario with its overrides written otherwise (the scenario as run the same) replaces its own results
        assertDoesNotThrow(() -> ResultWriter.checkSameScenario(out, new RunInfo(overridden, "dir/war.yaml", "ab12", 1,
                List.of("labs[0].prestige=0.40"))));

        Path built = tmp.resolve("built");
        run(built, RunInfo.of(WAR, 1), OfferOutput.OFF);
        String fromFile = assertThrows(IllegalArgumentException.class, () -> ResultWriter.checkSameScenario(built,
                new RunInfo(WAR, "war.yaml", "ab", 1, List.of()))).getMessage();
        assertTrue(fromFile.contains("(built in code), not of '" + WAR.name() + "' (war.yaml)"), fromFile);
        String noOverrides = assertThrows(IllegalArgumentException.class, () -> ResultWriter.checkSameScenario(built,
                new RunInfo(org.talentsim.Talentsim.defaults().override(WAR, "labs[Beta].prestige=0.5"), null, null, 1,
                        List.of("labs[Beta].prestige=0.5")))).getMessage();
        assertTrue(noOverrides.contains("without overrides, not the overrides labs[Beta].prestige=0.5"), noOverrides);

        Files.writeString(built.resolve("manifest.json"), "{not json");
        String broken = assertThrows(IllegalArgumentException.class, () -> ResultWriter.checkSameScenario(built,
                RunInfo.of(WAR, 1))).getMessage();
        assertTrue(broken.startsWith(built + " holds a manifest.json that is not talentsim's (it cannot be read: "), broken);
        assertTrue(broken.endsWith("); force = true (replaceOtherKinds for a ResultWriter) replaces it, or choose another folder") && !broken.contains("\n"),
                "one line, naming force = true (a student's review): " + broken);
        // a JSON file of the user's named manifest.json is not "the results of scenario ''"
        Files.writeString(built.resolve("manifest.json"), "{\"note\": \"mine\"}");
        String theirs = assertThrows(IllegalArgumentException.class, () -> ResultWriter.checkSameScenario(built,
                RunInfo.of(WAR, 1))).getMessage();
        assertEquals(built + " holds a manifest.json that is not talentsim's (it names no talentsim_version); force = true (replaceOtherKinds for a ResultWriter) replaces it,"
                + " or choose another folder", theirs);
    }

    @Test
    void aPathUnderAFileIsNoResultFolder(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("plain.txt"), "x");
        assertThrows(IllegalArgumentException.class, () -> ResultWriter.checkFolder(file));
        assertThrows(IllegalArgumentException.class, () -> ResultWriter.checkFolder(file.resolve("under")));
        assertDoesNotThrow(() -> ResultWriter.checkFolder(tmp.resolve("new")));
    }

    /** An experiment's folder: resuming the same spec keeps the journal; anything else clears the files first. */
    @Test
    void aSpecFolderIsKeptOnlyWhenResumingTheSameSpec(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("exp");
        List<String> files = List.of("runs.csv", "summary.csv");
        assertFalse(ResultWriter.prepareFolder(dir, "experiment.yaml", "spec: 1\n", "experiment", files, true, false),
                "a new folder: nothing to resume");
        Files.writeString(dir.resolve("runs.csv"), "journal");
        assertTrue(ResultWriter.prepareFolder(dir, "experiment.yaml", "spec: 1\n", "experiment", files, true, false));
        assertTrue(Files.exists(dir.resolve("runs.csv")), "resumed: the journal kept");
        assertFalse(ResultWriter.prepareFolder(dir, "experiment.yaml", "spec: 1\n", "experiment", files, false, false));
        assertFalse(Files.exists(dir.resolve("runs.csv")), "not resuming: cleared");
        Files.writeString(dir.resolve("runs.csv"), "journal");
        String differs = assertThrows(IllegalArgumentException.class,
                () -> ResultWriter.prepareFolder(dir, "experiment.yaml", "spec: 2\n", "experiment", files, true, false)).getMessage();
        // naming where (a strategist's review: "another experiment" did not say the scenario file had changed)
        assertTrue(differs.contains("holds the results of another experiment (its experiment.yaml differs: 'spec: 1' there,"
                + " 'spec: 2' here)"), differs);
        assertEquals(": the scenario file's content (SHA-256 8e6152a4f25f… there, 1f0000000000… here)", ResultWriter.firstDifference(
                "version: 1\nscenario_sha256: 8e6152a4f25ff0128fcba7\nreplications: 4\n",
                "version: 1\nscenario_sha256: 1f0000000000000000000\nreplications: 4\n"));
        assertEquals(": 'replications: 40' there, 'replications: 30' here", ResultWriter.firstDifference("a: 1\nreplications: 40\n",
                "a: 1\nreplications: 30\n"));
        assertEquals(": nothing there, 'metrics: [x]' here", ResultWriter.firstDifference("a: 1\n", "a: 1\nmetrics: [x]\n"));
        assertEquals(": metrics: 'Star.hires' there, 'St*r.hires' here", ResultWriter.firstDifference("a: 1\nmetrics:\n  - 'Star.hires'\n",
                "a: 1\nmetrics:\n  - 'St*r.hires'\n"));
        // other arms: which (an arm count shifted the lines, and an arm was compared with the seed: a student's review)
        String three = "a: 1\narms:\n  'baseline': []\n  'none': ['labs[Meta].retention=none']\n  '80pct': ['labs[Meta].retention.upTo=0.8']\n"
                + "seed: 2026\n";
        String two = "a: 1\narms:\n  'baseline': []\n  'none': ['labs[Meta].retention=none']\nseed: 2026\n";
        assertEquals(": arms baseline, none, 80pct there; baseline, none here", ResultWriter.firstDifference(three, two));
        assertEquals(": arm 'none': '['labs[Meta].retention=none']' there, '['labs[Meta].prestige=0.5']' here",
                ResultWriter.firstDifference(two, two.replace("retention=none", "prestige=0.5")));
        assertEquals(": vary labs[Meta].prestige there; months here", ResultWriter.firstDifference(
                "a: 1\nvary:\n  'labs[Meta].prestige': ['0.5', '0.6']\n", "a: 1\nvary:\n  'months': ['3', '4']\n"));
        assertFalse(ResultWriter.prepareFolder(dir, "experiment.yaml", "spec: 2\n", "experiment", files, true, true),
                "forced over another spec: not resumed");
        assertFalse(Files.exists(dir.resolve("runs.csv")));
        assertEquals("spec: 2\n", Files.readString(dir.resolve("experiment.yaml")));

        // any file of the results' names without the spec is someone else's (summary.csv and
        // report.html were replaced without a word: a reliability review)
        for (String theirs : new String[] {"manifest.json", "runs.csv", "summary.csv", "report.html"}) {
            Path run = Files.createDirectories(tmp.resolve("run-" + theirs));
            Files.writeString(run.resolve(theirs), "x");
            List<String> kind = List.of("calibration.yaml", "runs.csv", "summary.csv", "manifest.json");
            String notOurs = assertThrows(IllegalArgumentException.class,
                    () -> ResultWriter.prepareFolder(run, "calibration.yaml", "c: 1\n", "calibration", kind, false, false))
                    .getMessage();
            assertEquals(run + " holds results that are not this calibration's (" + theirs + ", without calibration.yaml);"
                    + " force = true (replaceOtherKinds for a ResultWriter) replaces them, or choose another folder", notOurs);
            assertFalse(ResultWriter.prepareFolder(run, "calibration.yaml", "c: 1\n", "calibration", kind, false, true));
            if (!theirs.equals("report.html")) {   // (the report is removed when the results are written, not here)
                assertFalse(Files.exists(run.resolve(theirs)), "forced: replaced");
            }
        }
    }

    /**
     * A folder holds one kind's results: a run into an experiment's folder was accepted and its
     * files sat beside the experiment's (the manifest the last writer's), and an experiment
     * resumed into a folder that also held a run's. A run's writer now refuses such a folder
     * unless asked to replace, and then drops the experiment's files with the old set; an
     * experiment refuses a run's files beside its spec unless forced, and then removes them.
     */
    @Test
    void aRunAndAnExperimentNeverShareAFolder(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("x");
        List<String> files = List.of("runs.csv", "summary.csv", "manifest.json");
        ResultWriter.prepareFolder(dir, "experiment.yaml", "spec: 1\n", "experiment", files, false, false);
        Files.writeString(dir.resolve("runs.csv"), "journal");
        Files.writeString(dir.resolve("notes.txt"), "mine");
        RunInfo info = new RunInfo(WAR, "war.yaml", "ab12", 1, List.of());
        String refused = assertThrows(IllegalArgumentException.class, () -> run(dir, info, OfferOutput.OFF)).getMessage();
        assertEquals(dir + " holds the results of an experiment (experiment.yaml), not a run's; force = true (replaceOtherKinds for a ResultWriter) replaces them,"
                + " or choose another folder", refused);
        assertEquals(refused, assertThrows(IllegalArgumentException.class, () -> ResultWriter.checkSameScenario(dir, info)).getMessage());
        assertTrue(Files.exists(dir.resolve("runs.csv")), "nothing lost");
        try (ResultWriter w = new ResultWriter(dir, info, OfferOutput.OFF, true)) {
            try (Simulation sim = Simulation.builder(WAR).threads(1).observer(new org.talentsim.metrics.Metrics(w)).build()) {
                sim.run();
            }
        }
        assertFalse(Files.exists(dir.resolve("experiment.yaml")) || Files.exists(dir.resolve("runs.csv")), "replaced by the run");
        assertTrue(Files.exists(dir.resolve("labs.csv")));
        assertEquals("mine", Files.readString(dir.resolve("notes.txt")), "a user's file is kept");

        // the other way round: a run's results beside an experiment's spec (written by hand here)
        Files.writeString(dir.resolve("experiment.yaml"), "spec: 1\n");
        String beside = assertThrows(IllegalArgumentException.class,
                () -> ResultWriter.prepareFolder(dir, "experiment.yaml", "spec: 1\n", "experiment", files, true, false)).getMessage();
        assertEquals(dir + " holds a run's results (labs.csv) beside this experiment's; force = true (replaceOtherKinds for a ResultWriter) replaces them, or choose another"
                + " folder", beside);
        ResultWriter.prepareFolder(dir, "experiment.yaml", "spec: 1\n", "experiment", files, true, true);
        for (String f : ResultWriter.files(true)) {
            assertFalse(Files.exists(dir.resolve(f)), f + " removed");
        }
        assertEquals("mine", Files.readString(dir.resolve("notes.txt")));
    }

    /**
     * A new set never keeps the report of the set it replaces: the old {@code report.html} was
     * carried into the new folder as a user's file, so a report that then failed to draw (a full
     * disk, a Ctrl-C) left the old run's page beside the new results; the chart files of the old
     * report went along in {@code charts/}. The user's own files there stay.
     */
    @Test
    void aNewSetDropsTheReportOfTheOldOne(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("r");
        RunInfo info = new RunInfo(WAR, "war.yaml", "ab12", 1, List.of());
        run(dir, info, OfferOutput.OFF);
        Files.writeString(dir.resolve("report.html"), report("flows"));
        Files.createDirectories(dir.resolve("charts"));
        Files.writeString(dir.resolve("charts/flows.svg"), "<svg/>");
        Files.writeString(dir.resolve("charts/flows.png"), "png");
        Files.writeString(dir.resolve("charts/my-notes.txt"), "mine");
        Files.writeString(dir.resolve("charts/figure-1.svg"), "mine, named as a chart is, not one of the report's");
        Files.writeString(dir.resolve("notes.txt"), "mine too");
        run(dir, new RunInfo(WAR.withSeed(9), "war.yaml", "ab12", 1, List.of()), OfferOutput.OFF);
        assertFalse(Files.exists(dir.resolve("report.html")), "the old run's page is gone with its results");
        assertFalse(Files.exists(dir.resolve("charts/flows.svg")) || Files.exists(dir.resolve("charts/flows.png")), "its charts too");
        assertEquals("mine", Files.readString(dir.resolve("charts/my-notes.txt")));
        assertTrue(Files.exists(dir.resolve("charts/figure-1.svg")));
        assertEquals("mine too", Files.readString(dir.resolve("notes.txt")));
        assertEquals(9, manifest(dir).get("seed").asInt());
        try (var s = Files.list(tmp)) {
            assertEquals(List.of(".r.lock", "r"), s.map(p -> p.getFileName().toString()).sorted().toList(), "no old folder left");
        }
    }

    /** A talentsim report (the template's generator) with a figure for each of {@code ids}. */
    static String report(String... ids) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html><head>\n<meta name=\"generator\" content=\"talentsim report\">\n"
                + "</head><body>\n");
        for (String id : ids) {
            b.append("<figure class=\"chart\" id=\"fig-").append(id).append("\" data-title=\"t\"><svg></svg></figure>\n");
        }
        return b.append("</body></html>\n").toString();
    }

    /**
     * A run into a folder that never held a talentsim report removed the user's chart-named files
     * there ({@code charts/figure-1.svg}, by the name pattern alone), and one with a page of the
     * user's named report.html likewise: chart files go only with the report that lists them
     * (found by a reliability review).
     */
    @Test
    void chartFilesGoOnlyWithTheReportThatListsThem(@TempDir Path tmp) throws IOException {
        for (String page : new String[] {null, "<html><head><title>my paper</title></head><body><figure class=\"chart\""
                + " id=\"fig-figure-1\"></figure></body></html>"}) {
            Path dir = tmp.resolve(page == null ? "paper" : "paper-with-page");
            Files.createDirectories(dir.resolve("charts"));
            Files.writeString(dir.resolve("charts/figure-1.svg"), "mine");
            Files.writeString(dir.resolve("charts/results.png"), "mine");
            Files.writeString(dir.resolve("charts/events.txt"), "mine");
            if (page != null) {
                Files.writeString(dir.resolve("report.html"), page);
            }
            ResultWriter.removeReport(dir);
            for (String f : List.of("figure-1.svg", "results.png", "events.txt")) {
                assertEquals("mine", Files.readString(dir.resolve("charts").resolve(f)), f);
            }
            // and a run's results written there keep them too
            run(dir, new RunInfo(WAR, "war.yaml", "ab12", 1, List.of()), OfferOutput.OFF);
            for (String f : List.of("figure-1.svg", "results.png", "events.txt")) {
                assertEquals("mine", Files.readString(dir.resolve("charts").resolve(f)), f);
            }
        }
        // a report of ours takes its own charts only
        Path dir = tmp.resolve("ours");
        Files.createDirectories(dir.resolve("charts"));
        Files.writeString(dir.resolve("report.html"), report("headcount-labs", "flows"));
        for (String f : List.of("headcount-labs.svg", "headcount-labs.png", "flows.svg", "events.txt", "figure-1.svg")) {
            Files.writeString(dir.resolve("charts").resolve(f), "x");
        }
        ResultWriter.removeReport(dir);
        try (var s = Files.list(dir.resolve("charts"))) {
            assertEquals(List.of("figure-1.svg"), s.map(p -> p.getFileName().toString()).toList());
        }
        assertFalse(Files.exists(dir.resolve("report.html")));
    }

    /**
     * The set aside is always the last finished set: a folder holding a finished set (a manifest)
     * beside an older set aside replaces that one with its own, and a run that finishes drops any
     * set aside. A run forced over a stopped experiment left the experiment's older set aside, and
     * a later forced start took that for the last and deleted the run's results (a re-check).
     */
    @Test
    void theSetAsideIsAlwaysTheLastFinishedOne(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("k");
        List<String> exp = List.of("runs.csv", "summary.csv", "manifest.json");
        List<String> cal = List.of("evaluations.csv", "estimates.csv", "manifest.json");
        ResultWriter.prepareFolder(dir, "experiment.yaml", "spec: 1\n", "experiment", exp, false, false);
        for (String f : exp) {
            Files.writeString(dir.resolve(f), "experiment");
        }
        ResultWriter.prepareFolder(dir, "calibration.yaml", "c: 1\n", "calibration", cal, false, true);   // stopped: no manifest
        assertEquals("experiment", Files.readString(dir.resolve(ResultWriter.REPLACED).resolve("summary.csv")));
        for (String f : cal) {
            Files.writeString(dir.resolve(f), "calibration");   // a finished set in the folder, beside the older one aside
        }
        ResultWriter.prepareFolder(dir, "experiment.yaml", "spec: 2\n", "experiment", exp, false, true);
        Path aside = dir.resolve(ResultWriter.REPLACED);
        assertEquals("calibration", Files.readString(aside.resolve("estimates.csv")), "the last finished set");
        assertFalse(Files.exists(aside.resolve("summary.csv")), "not the older one");
        // a run that finishes in the folder drops the set aside (it replaced the folder's whole set)
        Path run = tmp.resolve("r");
        Files.createDirectories(run.resolve(ResultWriter.REPLACED));
        Files.writeString(run.resolve(ResultWriter.REPLACED).resolve("summary.csv"), "old");
        org.talentsim.Talentsim.defaults().run(WAR, run);
        assertFalse(Files.exists(run.resolve(ResultWriter.REPLACED)));
        assertTrue(Files.exists(run.resolve("labs.csv")));
    }

    /**
     * A calibration forced into an experiment's folder left the experiment's files beside its own
     * (a report drawn from it mixed the two), and the old report stayed until the new one was
     * drawn; an unfinished calibration (no manifest) is not dropped unasked.
     */
    @Test
    void anotherKindsFilesAndTheOldReportGoWhenAFolderIsPrepared(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("k");
        List<String> exp = List.of("runs.csv", "paths.csv", "summary.csv", "comparison.csv", "manifest.json");
        ResultWriter.prepareFolder(dir, "experiment.yaml", "spec: 1\n", "experiment", exp, false, false);
        for (String f : exp) {
            Files.writeString(dir.resolve(f), "x");
        }
        Files.writeString(dir.resolve("report.html"), report("fan"));
        Files.createDirectories(dir.resolve("charts"));
        Files.writeString(dir.resolve("charts/fan.svg"), "<svg/>");
        List<String> cal = List.of("evaluations.csv", "trace.csv", "estimates.csv", "moments.csv", "summary.json", "fitted.yaml",
                "manifest.json");
        ResultWriter.prepareFolder(dir, "calibration.yaml", "c: 1\n", "calibration", cal, false, true);
        try (var s = Files.list(dir)) {
            assertEquals(List.of(ResultWriter.REPLACED, "calibration.yaml", "charts"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        // the finished experiment it replaces is kept aside until the calibration finishes
        try (var s = Files.list(dir.resolve(ResultWriter.REPLACED))) {
            List<String> aside = new java.util.ArrayList<>(exp);
            aside.addAll(List.of("experiment.yaml", "report.html"));
            assertEquals(aside.stream().sorted().toList(), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        // and back: a finished calibration's files, summary.json too (runs write one, so it is not another kind's name)
        for (String f : cal) {
            Files.writeString(dir.resolve(f), "x");
        }
        ResultWriter.dropReplaced(dir);   // as a calibration that finishes does
        ResultWriter.prepareFolder(dir, "experiment.yaml", "spec: 1\n", "experiment", exp, false, true);
        ResultWriter.dropReplaced(dir);
        try (var s = Files.list(dir)) {
            assertEquals(List.of("charts", "experiment.yaml"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        Files.delete(dir.resolve("experiment.yaml"));
        ResultWriter.prepareFolder(dir, "calibration.yaml", "c: 1\n", "calibration", cal, false, true);
        assertFalse(Files.exists(dir.resolve("charts/fan.svg")));
        // an unfinished calibration: its journal is not dropped by an experiment unasked
        Files.writeString(dir.resolve("evaluations.csv"), "journal");
        String refused = assertThrows(IllegalArgumentException.class,
                () -> ResultWriter.prepareFolder(dir, "experiment.yaml", "spec: 1\n", "experiment", exp, false, false)).getMessage();
        assertEquals(dir + " holds the results of another kind (calibration.yaml), maybe unfinished; force = true (replaceOtherKinds for a ResultWriter) replaces them,"
                + " or choose another folder", refused);
        assertEquals("journal", Files.readString(dir.resolve("evaluations.csv")));
        // resuming keeps its own journal and report
        Files.writeString(dir.resolve("report.html"), "page");
        assertTrue(ResultWriter.prepareFolder(dir, "calibration.yaml", "c: 1\n", "calibration", cal, true, false));
        assertEquals("journal", Files.readString(dir.resolve("evaluations.csv")));
    }

    /** A lock file that is a link or a folder is refused by the folder's check, before a command starts (it was an internal error). */
    @Test
    void anOddLockFileIsRefusedByTheCheck(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("lk");
        Files.createSymbolicLink(tmp.resolve(".lk.lock"), tmp.resolve("victim"));
        String link = assertThrows(IllegalArgumentException.class, () -> ResultWriter.checkFolder(dir)).getMessage();
        assertEquals(tmp.resolve(".lk.lock") + " is a symbolic link, not a lock file: remove it", link);
        Files.delete(tmp.resolve(".lk.lock"));
        Files.createDirectories(tmp.resolve(".lk.lock"));
        String folder = assertThrows(IllegalArgumentException.class, () -> ResultWriter.checkFolder(dir)).getMessage();
        assertEquals(tmp.resolve(".lk.lock") + " is not a regular file, not a lock file: remove it", folder);
        assertFalse(Files.exists(tmp.resolve("victim")));
    }

    /**
     * A user's folder that cannot be moved into the new set (immutable): the new results are in
     * place and the message said "cannot put the results in place"; it now says they are, and
     * where the earlier folder is kept. Needs root and chattr (skipped elsewhere).
     */
    @Test
    void anEarlierFolderThatCannotBeEmptiedIsSaidAsSuch(@TempDir Path tmp) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "needs root for chattr");
        Path dir = tmp.resolve("imm");
        RunInfo info = new RunInfo(WAR, "war.yaml", "ab12", 1, List.of());
        run(dir, info, OfferOutput.OFF);
        Path mine = Files.createDirectories(dir.resolve("mine"));
        Process p = new ProcessBuilder("chattr", "+i", mine.toString()).redirectErrorStream(true).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(p.waitFor() == 0, "chattr +i works here");
        try {
            java.io.UncheckedIOException e = assertThrows(java.io.UncheckedIOException.class,
                    () -> run(dir, new RunInfo(WAR.withSeed(9), "war.yaml", "ab12", 1, List.of()), OfferOutput.OFF));
            assertTrue(e.getMessage().startsWith("the new results are in place in " + dir + ", but [mine] of the earlier folder"
                    + " could not be moved into it; the earlier folder is kept as " + tmp.resolve(".imm.old-")), e.getMessage());
            assertEquals(9, manifest(dir).get("seed").asInt(), "the new set is in place");
        } finally {
            try (var s = Files.list(tmp)) {
                for (Path old : s.filter(x -> x.getFileName().toString().startsWith(".imm.old-")).toList()) {
                    new ProcessBuilder("chattr", "-i", old.resolve("mine").toString()).start().waitFor();
                }
            }
            new ProcessBuilder("chattr", "-i", mine.toString()).start().waitFor();
        }
    }

    /** A folder replaced by a file while the run writes is not overwritten: the run fails and the file stays. */
    @Test
    void aFileThatTookTheFoldersPlaceDuringTheRunIsKept(@TempDir Path tmp) throws IOException {
        Path out = Files.createDirectories(tmp.resolve("res"));
        Files.writeString(out.resolve("labs.csv"), "old");
        assertThrows(IllegalArgumentException.class, () -> {
            try (ResultWriter w = new ResultWriter(out, RunInfo.of(WAR, 1), OfferOutput.OFF)) {
                org.talentsim.metrics.Metrics metrics = new org.talentsim.metrics.Metrics(w);
                try (Simulation sim = Simulation.builder(WAR).observer(metrics).observer((org.talentsim.engine.TickObserver) (t, world, moves) -> {
                    if (t == 1) {
                        try {
                            Files.delete(out.resolve("labs.csv"));
                            Files.delete(out);
                            Files.writeString(out, "mine");
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                }).build()) {
                    sim.run();
                }
            }
        });
        assertEquals("mine", Files.readString(out), "the user's file");
    }

    @Test
    void aWriterOrALockIsRefusedUnderAFile(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("plain.txt"), "x");
        assertThrows(IllegalArgumentException.class, () -> new ResultWriter(file.resolve("res"), RunInfo.of(WAR, 1)));
        assertThrows(IllegalArgumentException.class, () -> ResultWriter.lockFolder(file.resolve("res")));
        assertEquals("x", Files.readString(file));
    }

    /** The lock an experiment takes: a second one is refused while it is held, and it can be taken again once released. */
    @Test
    void aFolderLockIsExclusiveAndReleased(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("exp");
        AutoCloseable lock = ResultWriter.lockFolder(dir);
        assertThrows(FolderBusyException.class, () -> ResultWriter.lockFolder(dir));
        assertThrows(FolderBusyException.class, () -> new ResultWriter(dir, RunInfo.of(WAR, 1)));
        lock.close();
        try (AutoCloseable again = ResultWriter.lockFolder(dir)) {
            assertTrue(Files.isDirectory(tmp), "locked again");
        }
        Runs.runToFolder(WAR, dir, 1);
        assertTrue(Files.exists(dir.resolve("manifest.json")), "a run writes it once the lock is free");
    }

    /**
     * The shutdown hook's work: a JVM that exits before the swap deletes its staging folder and
     * leaves the result folder as it was; once abandoned, the set cannot be committed. After a
     * commit the hook leaves the results alone.
     */
    @Test
    void aJvmExitingBeforeTheSwapLeavesNothingStaged(@TempDir Path dir) throws Exception {
        java.util.Set<String> names = java.util.Set.of("a.csv");
        Path out = dir.resolve("out");
        ResultFolder f = ResultFolder.open(out, names);
        Files.writeString(f.file("a.csv"), "x\n");
        f.abandon();
        try (var in = Files.list(dir)) {
            assertEquals(List.of(".out.lock"), in.map(p -> p.getFileName().toString()).sorted().toList(),
                    "the staging folder went, the result folder was never made");
        }
        IllegalStateException late = assertThrows(IllegalStateException.class, f::commit);
        assertTrue(late.getMessage().contains("were abandoned"), late.getMessage());
        f.close();

        ResultFolder g = ResultFolder.open(out, names);
        Files.writeString(g.file("a.csv"), "y\n");
        g.commit();
        g.abandon();
        g.close();
        assertEquals("y\n", Files.readString(out.resolve("a.csv")), "committed results stay");
    }

    /** Opening and closing a result folder, or failing to lock one that is busy, leaves no file open. */
    @Test
    void noFileStaysOpen(@TempDir Path dir) throws Exception {
        Path fds = Path.of("/proc/self/fd");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(fds), "needs /proc/self/fd (Linux)");
        java.util.Set<String> names = java.util.Set.of("a.csv");
        Path out = dir.resolve("out");
        ResultFolder.open(out, names).close();   // the lock file exists from here on
        long before = openFiles(fds);
        for (int k = 0; k < 20; k++) {
            ResultFolder.open(out, names).close();
            ResultFolder.lockOnly(out, names).close();
        }
        try (java.nio.channels.FileChannel mine = java.nio.channels.FileChannel.open(dir.resolve(".out.lock"),
                java.nio.file.StandardOpenOption.WRITE); var held = mine.lock()) {
            for (int k = 0; k < 20; k++) {
                assertThrows(FolderBusyException.class, () -> ResultFolder.open(out, names), "locked by another channel");
            }
        }
        long after = openFiles(fds);
        assertTrue(after <= before + 2, "open files grew from " + before + " to " + after);
    }

    private static long openFiles(Path fds) throws IOException {
        try (var in = Files.list(fds)) {
            return in.count();
        }
    }

    /**
     * A mount point as a run's folder is refused before the run: the new set replaces the folder
     * by renaming it, which a mount point refuses, so the run went to its end and failed there
     * with an exception's name (found by a review; Docker's -v DIR:/out with --out /out). An
     * experiment or a calibration, which write into their folder, may still use one.
     */
    @Test
    void aMountPointIsRefusedAsARunsFolderBeforeTheRun(@TempDir Path tmp) {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self")), "Linux's /proc, a mount point");
        Path proc = Path.of("/proc");
        assertTrue(ResultFolder.mountPoint(proc));
        assertFalse(ResultFolder.mountPoint(tmp), "a folder of the file system it is on");
        assertFalse(ResultFolder.mountPoint(tmp.resolve("none")), "none yet");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ResultWriter.checkRunFolder(proc));
        assertEquals("/proc is a mount point: a run's results replace the folder whole (by renaming it), which a mount point"
                + " cannot be; give a folder inside it, e.g. /proc/results", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ResultWriter(proc, RunInfo.of(WAR, 1)), "the writer too");
        assertDoesNotThrow(() -> ResultWriter.checkRunFolder(tmp.resolve("out")));
        // mountinfo writes a space, a tab, a line break and a backslash in octal
        assertEquals("/mnt/my results\\x", ResultFolder.unescapeMountPath("/mnt/my\\040results\\134x"));
        assertEquals("/plain", ResultFolder.unescapeMountPath("/plain"));
    }

    /** The current folder is refused; given as an empty path it is said so (the message showed nothing there). */
    @Test
    void theCurrentFolderIsRefusedAndAnEmptyPathNamed() {
        assertEquals(". is or holds the current folder: give a folder of its own",
                assertThrows(IllegalArgumentException.class, () -> ResultWriter.checkFolder(Path.of("."))).getMessage());
        assertEquals("'' (an empty path, the current folder) is or holds the current folder: give a folder of its own",
                assertThrows(IllegalArgumentException.class, () -> ResultWriter.checkFolder(Path.of(""))).getMessage());
    }

    /**
     * What makes two specs the same for a resume: the scenario's path does not count (a moved
     * folder names its copy; the SHA-256 says which scenario), nor the names in a calibration's
     * first line, nor the build line; anything else does, a second "scenario: " line too.
     */
    @Test
    void aSpecsIdentityLeavesOutOnlyTheScenarioPathTheNamesAndTheBuild() {
        String sha = "a".repeat(64);
        assertEquals(ResultWriter.identity("# made by talentsim 1, build x\nversion: 1\nscenario: '../s.yaml'\nscenario_sha256: " + sha + "\n"),
                ResultWriter.identity("version: 1\nscenario: 'scenario-copy.yaml'\nscenario_sha256: " + sha + "\n"));
        assertFalse(ResultWriter.identity("scenario: a\nscenario_sha256: " + sha + "\n").equals(
                ResultWriter.identity("scenario: a\nscenario_sha256: " + "b".repeat(64) + "\n")), "another scenario");
        assertFalse(ResultWriter.identity("scenario: a\nx: 1\nscenario: b\n").equals(ResultWriter.identity("scenario: a\nx: 1\nscenario: c\n")),
                "only the spec's own key");
        assertEquals(ResultWriter.identity("# The calibration file given to talentsim calibrate (c.yaml), scenario s.yaml with SHA-256 "
                        + sha + "\nkind: calibration\n"),
                ResultWriter.identity("# The calibration file given to talentsim calibrate (calibration.yaml), scenario scenario-copy.yaml"
                        + " with SHA-256 " + sha + "\nkind: calibration\n"));
    }

    /**
     * A calibration stopped with evaluations in its journal, run again without --resume: the
     * refusal counts evaluations (each of R runs), not runs (it said "28 runs" for 28
     * evaluations of 8 runs each: found by a calibration review); an experiment's counts runs.
     */
    @Test
    void aStoppedCalibrationIsCountedInEvaluations(@TempDir Path tmp) throws IOException {
        String spec = RunInfo.buildLine() + "\nversion: 1\nkind: calibration\n";
        Path dir = Files.createDirectories(tmp.resolve("cal"));
        Files.writeString(dir.resolve("calibration.yaml"), spec);
        Files.writeString(dir.resolve("evaluations.csv"), "evaluation,theta\n1,a\n2,b\n3,c\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ResultWriter.prepareFolder(dir,
                "calibration.yaml", spec, "calibration", List.of("calibration.yaml", "evaluations.csv"), false, false));
        assertEquals(dir + " holds 3 evaluations of this calibration that finished before it was stopped (evaluations.csv):"
                + " resume = true continues them, force = true starts over without them", e.getMessage());
        Files.writeString(dir.resolve("evaluations.csv"), "evaluation,theta\n1,a\n");
        e = assertThrows(IllegalArgumentException.class, () -> ResultWriter.prepareFolder(dir,
                "calibration.yaml", spec, "calibration", List.of("calibration.yaml", "evaluations.csv"), false, false));
        assertTrue(e.getMessage().contains(" holds 1 evaluation of this calibration"), e.getMessage());
    }
}
