package org.talentsim;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentsim.io.ResultWriter;
import org.talentsim.io.RunInfo;
import org.talentsim.io.ScenarioFiles;
import org.talentsim.scenario.Scenario;
import org.talentsim.testkit.Worlds;

/**
 * A scenario loaded through the library remembers its file, hash and overrides, so that
 * {@code Talentsim.run(scenario, dir)} writes the manifest the command line writes for the same
 * file and {@code --set}s (it wrote one for a scenario built in code, and the command line then
 * refused that folder without {@code --force}).
 */
class ScenarioOriginTest {
    static final Scenario WAR = Worlds.twoLabWar(11).withMonths(6);

    @Test
    void loadingOverridingAndTheWithersKeepTheOriginAndTheBuilderDropsIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("war.yaml");
        ScenarioFiles.write(WAR, file);
        String sha = RunInfo.sha256(Files.readAllBytes(file));
        Talentsim ts = Talentsim.defaults();
        Scenario loaded = ts.load(file);
        assertEquals(Optional.of(new Scenario.Origin(file.toString(), sha, List.of())), loaded.origin());
        assertEquals(Optional.empty(), WAR.origin(), "built in code");
        assertEquals(WAR, loaded, "the origin is not part of equality");
        assertEquals(WAR.hashCode(), loaded.hashCode());

        Scenario once = ts.override(loaded, "labs[Alpha].prestige=0.4");
        Scenario twice = ts.override(once.withSeed(5).withMonths(4), "market.separation=0.2/year", "seed=9");
        assertEquals(List.of("labs[Alpha].prestige=0.4"), once.origin().orElseThrow().overrides());
        assertEquals(List.of("labs[Alpha].prestige=0.4", "market.separation=0.2/year", "seed=9"),
                twice.origin().orElseThrow().overrides(), "in the order applied, as written");
        assertEquals(sha, twice.origin().orElseThrow().sha256());
        assertEquals(9, twice.seed());
        assertEquals(4, twice.months());
        assertEquals(Optional.empty(), twice.toBuilder().build().origin(), "changed in code: built in code");
        assertEquals(Optional.empty(), ts.override(WAR, "seed=3").origin(), "overrides of a scenario built in code");
        assertEquals(loaded.origin(), ts.override(loaded).origin(), "no overrides: the same");
    }

    @Test
    void runToAFolderRecordsTheFileHashAndOverridesAsTheCommandLineDoes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("war.yaml");
        ScenarioFiles.write(WAR, file);
        byte[] bytes = Files.readAllBytes(file);
        Talentsim ts = Talentsim.defaults();
        Scenario s = ts.override(ts.load(file), "labs[Alpha].prestige=0.4").withSeed(3);
        Path out = dir.resolve("out");
        ts.run(s, out);
        JsonNode m = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals(file.toString(), m.get("scenario_file").asText());
        assertEquals(RunInfo.sha256(bytes), m.get("scenario_sha256").asText());
        assertEquals("[\"labs[Alpha].prestige=0.4\"]", m.get("overrides").toString());
        assertEquals(3, m.get("seed").asLong());
        // what the command line checks before running into that folder again with the same --set
        RunInfo cli = new RunInfo(s, file.toString(), RunInfo.sha256(bytes), 1, List.of("labs[Alpha].prestige=0.4"));
        assertEquals(cli, RunInfo.of(s, 1));
        assertDoesNotThrow(() -> ResultWriter.checkSameScenario(out, cli));

        Path built = dir.resolve("built");
        ts.run(WAR, built);
        JsonNode b = new ObjectMapper().readTree(built.resolve("manifest.json").toFile());
        assertTrue(b.get("scenario_file").isNull(), b.toString());
        assertEquals(RunInfo.sha256(WAR.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                b.get("scenario_sha256").asText(), "built in code: the hash of its text form");
    }
}
