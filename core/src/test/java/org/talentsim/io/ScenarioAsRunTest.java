package org.talentsim.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.talentsim.Talentsim;
import org.talentsim.scenario.Scenario;
import org.talentsim.testkit.Worlds;

/**
 * A run's folder holds the scenario as it ran ({@link ResultWriter#SCENARIO_AS_RUN}): read back, it
 * is the run's scenario (overrides, seed and months applied), and running it gives the same result
 * files, byte for byte; the manifest records its SHA-256.
 */
class ScenarioAsRunTest {
    private static final List<String> SAME = List.of("labs.csv", "teams.csv", "moves.csv", "offers.csv", "flows.csv",
            "summary.json", ResultWriter.SCENARIO_AS_RUN);

    static Stream<Scenario> scenarios() {
        Talentsim t = Talentsim.defaults();
        return Stream.of(Worlds.twoLabWar(7).withMonths(6), Worlds.everything(3).withMonths(8), Worlds.acquiHire(2),
                t.override(Worlds.twoLabWar(4).withMonths(5), "seed=19", "labs[Alpha].budget=40M", "market.separation=0.2/year"),
                Worlds.random(5).withMonths(4), Worlds.random(12).withMonths(4));
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void runningTheCopyGivesTheSameResults(Scenario s, @TempDir Path tmp) throws IOException {
        Path first = tmp.resolve("first");
        Path again = tmp.resolve("again");
        Talentsim.defaults().run(s, first);
        Path copy = first.resolve(ResultWriter.SCENARIO_AS_RUN);
        byte[] bytes = Files.readAllBytes(copy);
        Scenario back = ScenarioFiles.read(copy);
        assertEquals(s, back, "the copy reads back as the scenario that ran");
        assertEquals(RunInfo.sha256(bytes), new ObjectMapper().readTree(first.resolve("manifest.json").toFile())
                .path("scenario_as_run_sha256").asText());
        assertTrue(new String(bytes, java.nio.charset.StandardCharsets.UTF_8).startsWith("# The scenario as run"));
        Talentsim.defaults().withThreads(2).run(back, again);
        for (String f : SAME) {
            Path a = first.resolve(f);
            if (Files.exists(a) || Files.exists(again.resolve(f))) {
                assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(again.resolve(f)), f);
            }
        }
    }

    @Test
    void theCopyIsNotRunIntoItsOwnFolder(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("out");
        Scenario s = Worlds.twoLabWar(3).withMonths(3);
        Talentsim.defaults().run(s, out);
        Path copy = out.resolve(ResultWriter.SCENARIO_AS_RUN);
        Files.writeString(copy, Files.readString(copy) + "# my note\n");
        byte[] labs = Files.readAllBytes(out.resolve("labs.csv"));
        Scenario fromCopy = ScenarioFiles.read(copy);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Talentsim.defaults().run(fromCopy, out));
        assertEquals(copy + " is the copy of the scenario as run that the results in " + out
                + " replace: copy it to another file to run it, or choose another folder", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ResultWriter.checkRunFolder(out, RunInfo.of(fromCopy, 1)));
        assertTrue(Files.readString(copy).endsWith("# my note\n"), "the file run is kept");
        assertArrayEquals(labs, Files.readAllBytes(out.resolve("labs.csv")), "and the results");
        // through another name for the same file too (a link)
        Path link = tmp.resolve("link.yaml");
        Files.createSymbolicLink(link, copy);
        assertThrows(IllegalArgumentException.class, () -> Talentsim.defaults().run(ScenarioFiles.read(link), out));
        // into another folder it runs, and the folder's copy is the same scenario
        Path other = tmp.resolve("other");
        Talentsim.defaults().run(fromCopy, other);
        assertEquals(s, ScenarioFiles.read(other.resolve(ResultWriter.SCENARIO_AS_RUN)));
        assertFalse(Files.readString(other.resolve(ResultWriter.SCENARIO_AS_RUN)).contains("my note"));
    }
}
