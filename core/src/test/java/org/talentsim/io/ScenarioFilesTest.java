package org.talentsim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentsim.model.TickUnit;
import org.talentsim.policy.PolicyRegistry;
import org.talentsim.scenario.Dist;
import org.talentsim.scenario.EventSpec;
import org.talentsim.scenario.PolicySpec;
import org.talentsim.scenario.Rate;
import org.talentsim.scenario.Scenario;

/** Values in their file forms, defaults, and the limits that keep hostile files harmless. */
class ScenarioFilesTest {
    static final String HEAD = "version: 1\nname: t\n";
    static final String LAB = "labs:\n  - name: Meta\n    teams:\n      - {name: FAIR, focus: research, headcount: 10}\n";

    static Scenario parse(String body) {
        return ScenarioFiles.parse(HEAD + body, "t.yaml");
    }

    static String error(String text) {
        return assertThrows(ScenarioException.class, () -> ScenarioFiles.parse(text, "t.yaml")).getMessage();
    }

    @Test
    void moneyTakesSuffixes() {
        Scenario s = parse("labs:\n  - {name: A, budget: 450k}\n  - {name: B, budget: 2.5M}\n  - {name: C, budget: 14.3B}\n"
                + "  - {name: D, budget: 1_000_000}\n  - {name: E, budget: unlimited}\n  - {name: F, budget: 1e6}\n");
        assertEquals(List.of(450_000.0, 2_500_000.0, 14_300_000_000.0, 1_000_000.0, Double.POSITIVE_INFINITY, 1e6),
                s.labs().stream().map(l -> l.budget()).toList());
    }

    @Test
    void ratesCarryTheirUnit() {
        Scenario s = parse("market:\n  separation: 0.2/year\n  offersEmployed: 0.05/month\n  offersSeeking: 0.2/week\n" + LAB);
        assertEquals(Rate.perYear(0.2), s.market().separation());
        assertEquals(Rate.perMonth(0.05), s.market().offersEmployed());
        assertEquals(Rate.perWeek(0.2), s.market().offersSeeking(), "1/week would be more than 1 a month: not a scenario that runs");
        assertEquals(Rate.perYear(0.01), s.market().retirement(), "omitted market keys keep the defaults");
    }

    @Test
    void distributionsAndBareNumbers() {
        Scenario s = parse("pool:\n  size: 10\n  cohort:\n    skill: lognormal(1, 0.5)\n    salary: uniform(200k, 1.5M)\n"
                + "    visibility: beta(2, 8)\n    morale: 0.6\n" + LAB);
        assertEquals(Dist.lognormal(1, 0.5), s.pool().cohort().skill());
        assertEquals(Dist.uniform(200_000, 1_500_000), s.pool().cohort().salary());
        assertEquals(Dist.constant(0.6), s.pool().cohort().morale());
    }

    @Test
    void policiesByNameOrWithParameters() {
        Scenario s = parse("policies:\n  acceptance: {name: utility, switchingCost: 0.05}\n  quits: none\n" + LAB);
        assertEquals(PolicySpec.of("utility", "switchingCost", 0.05), s.acceptance());
        assertEquals(PolicySpec.of("none"), s.quits());
        assertEquals(PolicySpec.of("premium"), s.labs().get(0).offer(), "lab policies keep the record defaults");
    }

    @Test
    void aCustomRegistryAcceptsItsOwnPolicies() {
        PolicyRegistry reg = PolicyRegistry.defaults().register(PolicyRegistry.RETENTION, "always-double", spec -> q -> 2 * q.offer());
        String text = HEAD + "labs:\n  - name: L\n    retention: always-double\n";
        assertEquals("always-double", ScenarioFiles.parse(text, "t.yaml", reg).labs().get(0).retention().name());
        assertTrue(error(text).contains("unknown retention policy 'always-double'"));
    }

    @Test
    void datesBecomeTicks() {
        Scenario s = parse("start: 2025-01\n" + LAB + "events:\n  - {date: 2025-10, type: budgetChange, lab: Meta, factor: 2}\n"
                + "  - {tick: 3, type: capabilityJump, lab: Meta, delta: 5}\n");
        assertEquals(List.of(3, 10), s.events().stream().map(EventSpec::tick).toList());
        Scenario w = parse("start: 2025-01\ntick: week\n" + LAB + "events:\n  - {date: 2025-03, type: budgetChange, lab: Meta, factor: 2}\n");
        assertEquals(TickUnit.WEEK.tickOf(w.start(), java.time.YearMonth.of(2025, 3)), w.events().get(0).tick());
    }

    @Test
    void aliasesShareANodeWithinALimit() {
        Scenario s = parse("pool:\n  size: 5\n  cohort: &c {visaShare: 0.5}\nlabs:\n  - name: A\n    teams:\n"
                + "      - {name: T, focus: research, headcount: 1, members: *c}\n");
        assertEquals(0.5, s.labs().get(0).teams().get(0).members().visaShare());
        StringBuilder many = new StringBuilder(HEAD + "pool: {size: 0, stars: &a []}\nlabs:\n  - name: L\n    teams:\n");
        for (int i = 0; i < YamlTree.MAX_ALIASES + 1; i++) {
            many.append("      - *a\n");
        }
        String m = error(many.toString());
        assertTrue(m.contains("more than " + YamlTree.MAX_ALIASES + " aliases"), m);
    }

    @Test
    void billionLaughsFailFast() {
        StringBuilder b = new StringBuilder(HEAD + "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            b.append("a").append(i).append(": &a").append(i).append(" [");
            for (int k = 0; k < 9; k++) {
                b.append(k == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            b.append("]\n");
        }
        String m = error(b.toString());
        assertTrue(m.contains("aliases"), m);
    }

    @Test
    void deepNestingIsRefused() {
        String deep = HEAD + "labs: " + "[".repeat(200) + "]".repeat(200) + "\n";
        String m = error(deep);
        assertTrue(m.contains("nested deeper than") || m.contains("nesting depth"), m);
    }

    @Test
    void tagsNeverInstantiateAnything() {
        String m = error(HEAD + "labs:\n  - !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x/\"]]]]\n");
        assertEquals("t.yaml:4:5: labs[0]: expected plain data without YAML tags, was the tag '!!javax.script.ScriptEngineManager'", m);
        String custom = error(HEAD + "description: !custom x\n" + LAB);
        assertTrue(custom.contains("was the tag '!custom'"), custom);
    }

    @Test
    void onlyOneDocument() {
        assertEquals("t.yaml:5:1: only one YAML document per file is allowed; found a second one",
                error(HEAD + "labs: [{name: L}]\n---\nname: again\n"));
    }

    @Test
    void bytesMustBeUtf8AndMayStartWithAMark() {
        byte[] bom = ("\uFEFF" + HEAD + LAB).getBytes(StandardCharsets.UTF_8);
        assertEquals("t", ScenarioFiles.parse(bom, "t.yaml").name());
        byte[] latin1 = (HEAD + "description: caf\u00e9\n" + LAB).getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("t.yaml:3:17: expected UTF-8 text, found bytes that are not UTF-8 (0xE9)",
                assertThrows(ScenarioException.class, () -> ScenarioFiles.parse(latin1, "t.yaml")).getMessage());
    }

    @Test
    void missingFilesAndFoldersAreScenarioErrors(@TempDir Path dir) {
        Path missing = dir.resolve("nope.yaml");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioFiles.read(missing));
        assertEquals(missing + ": no such file", e.getMessage());
        assertEquals(0, e.line());
        assertEquals(dir + ": expected a scenario file, was a directory",
                assertThrows(ScenarioException.class, () -> ScenarioFiles.read(dir)).getMessage());
    }

    /** A file name missed by a character or two names the file of the folder it meant (found by a reviewer). */
    @Test
    void aMissingFileSuggestsTheNearestInItsFolder(@TempDir Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("meta-2025.yaml"), "version: 1\n");
        java.nio.file.Files.writeString(dir.resolve("retention.yaml"), "version: 1\n");
        java.nio.file.Files.createDirectory(dir.resolve("meta-2026.yaml"));   // a folder is no suggestion
        assertEquals(dir.resolve("meta2025.yaml") + ": no such file (did you mean " + dir.resolve("meta-2025.yaml") + "?)",
                assertThrows(ScenarioException.class, () -> ScenarioFiles.read(dir.resolve("meta2025.yaml"))).getMessage());
        assertEquals(dir.resolve("bidding-war.yaml") + ": no such file",
                assertThrows(ScenarioException.class, () -> ScenarioFiles.read(dir.resolve("bidding-war.yaml"))).getMessage());
        assertEquals(dir.resolve("nofolder/meta-2025.yaml") + ": no such file",
                assertThrows(ScenarioException.class, () -> ScenarioFiles.read(dir.resolve("nofolder/meta-2025.yaml"))).getMessage());
        // the name without its ending: that file, before any other close name (it suggested
        // meta-2025-calibrated.yaml for meta-2025; found by a student's review)
        java.nio.file.Files.writeString(dir.resolve("meta-2025-calibrated.yaml"), "version: 1\n");
        assertEquals(dir.resolve("meta-2025") + ": no such file (did you mean " + dir.resolve("meta-2025.yaml") + "?)",
                assertThrows(ScenarioException.class, () -> ScenarioFiles.read(dir.resolve("meta-2025"))).getMessage());
        // a folder misspelt (scenario/ for scenarios/: a student's try): the file in the folder of the closest name
        java.nio.file.Files.createDirectories(dir.resolve("scenarios"));
        java.nio.file.Files.writeString(dir.resolve("scenarios/x.yaml"), "version: 1\n");
        assertEquals(dir.resolve("scenario/x.yaml") + ": no such file (did you mean " + dir.resolve("scenarios/x.yaml") + "?)",
                assertThrows(ScenarioException.class, () -> ScenarioFiles.read(dir.resolve("scenario/x.yaml"))).getMessage());
        // the extension is not what makes two names close: nope.yaml is not typo.yaml (three letters of
        // four changed; an economist's review), but a mistyped extension still finds its file
        java.nio.file.Files.writeString(dir.resolve("typo.yaml"), "version: 1\n");
        assertEquals(dir.resolve("nope.yaml") + ": no such file",
                assertThrows(ScenarioException.class, () -> ScenarioFiles.read(dir.resolve("nope.yaml"))).getMessage());
        assertEquals(dir.resolve("typo.yml") + ": no such file (did you mean " + dir.resolve("typo.yaml") + "?)",
                assertThrows(ScenarioException.class, () -> ScenarioFiles.read(dir.resolve("typo.yml"))).getMessage());
        assertEquals(dir.resolve("typp.yaml") + ": no such file (did you mean " + dir.resolve("typo.yaml") + "?)",
                assertThrows(ScenarioException.class, () -> ScenarioFiles.read(dir.resolve("typp.yaml"))).getMessage());
        // the same name with another extension before a close name with this one (a re-check)
        java.nio.file.Files.writeString(dir.resolve("beta.yaml"), "version: 1\n");
        java.nio.file.Files.writeString(dir.resolve("zeta.yml"), "version: 1\n");
        java.nio.file.Files.writeString(dir.resolve("zeta.bak"), "x\n");   // (not a scenario: not suggested, a re-check)
        java.nio.file.Files.writeString(dir.resolve("zeta.csv"), "x\n");
        assertEquals(dir.resolve("zeta.yaml") + ": no such file (did you mean " + dir.resolve("zeta.yml") + "?)",
                assertThrows(ScenarioException.class, () -> ScenarioFiles.read(dir.resolve("zeta.yaml"))).getMessage());
        // a relative path whose folder is not there (run from another folder): where it was looked for
        Path relative = Path.of("no-such-folder-here/meta-2025.yaml");
        assertEquals(relative + ": no such file (looked for " + relative.toAbsolutePath().normalize()
                + ": a relative path is taken from the current folder)",
                assertThrows(ScenarioException.class, () -> ScenarioFiles.read(relative)).getMessage());
    }

    @Test
    void readsFromAFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("ok.yaml");
        Files.writeString(f, HEAD + LAB);
        assertEquals("Meta", ScenarioFiles.read(f).labs().get(0).name());
    }

    @Test
    void referencesFollowTheTimeline() {
        String events = "events:\n  - {date: 2025-03, type: teamMove, lab: Meta, team: FAIR, toLab: B}\n"
                + "  - {date: 2025-02, type: leaderChange, lab: B, team: FAIR, leaderFit: 0.5}\n";
        assertEquals("t.yaml:10:55: events[1].team: lab 'B' has no team 'FAIR' (its teams: none)",
                error(HEAD + LAB + "  - name: B\n" + events));
        String later = events.replace("2025-02", "2025-04");
        assertEquals(2, parse(LAB + "  - name: B\n" + later).events().size());
    }

    @Test
    void theExampleOfTheFormatDocumentIsValid() throws Exception {
        String doc = Files.readString(Path.of("../docs/SCENARIO_FORMAT.md"));
        int from = doc.indexOf("```yaml\n") + "```yaml\n".length();
        Scenario s = ScenarioFiles.parse(doc.substring(from, doc.indexOf("```", from)), "SCENARIO_FORMAT.md");
        assertEquals("bidding-war", s.name());
        assertEquals(2, s.events().size());
        assertEquals(2.5e9, s.labs().get(0).budget());
        // TBD Lab gives 0.6: FAIR, giving none, gets what is left (1/teams, 0.5, added up to 1.1)
        assertEquals(0.4, s.labs().get(0).computeShare(s.labs().get(0).teams().get(1)), 1e-15, "what TBD Lab leaves");
    }
}
