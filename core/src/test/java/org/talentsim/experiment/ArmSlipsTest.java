package org.talentsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentsim.io.ScenarioException;
import org.talentsim.io.ScenarioFiles;
import org.talentsim.scenario.Scenario;

/**
 * Slips in an experiment's arms that ran without a word (a strategist's and a reliability
 * review): an arm that changes nothing, two arms alike (every difference 0, read as "changes
 * nothing"), and a path set twice in one arm (only the last value counted).
 */
class ArmSlipsTest {
    private static final Path RETENTION = ExperimentTest.RETENTION;

    private static Experiment.Builder base() {
        return Experiment.builder().scenario(RETENTION).replications(2);
    }

    @Test
    void anArmThatChangesNothingOrTwoArmsAlikeAreRefused() {
        ExperimentException nothing = assertThrows(ExperimentException.class,
                () -> base().arm("baseline", List.of()).arm("x", List.of()).build());
        assertEquals("arms 'baseline' and 'x' run the same scenario: every difference between them would be 0; drop one, or"
                + " check its values", nothing.getMessage());
        // Keeper's prestige is 0.6 in the file: restated, it is the baseline
        ExperimentException restated = assertThrows(ExperimentException.class,
                () -> base().arm("baseline", List.of()).arm("x", List.of("labs[Keeper].prestige=0.60")).build());
        assertEquals("arms 'baseline' and 'x' run the same scenario (what 'x' sets, labs[Keeper].prestige=0.60, is what"
                + " 'baseline' has): every difference between them would be 0; drop one, or check its values", restated.getMessage());
        // one lab by its index and by its name
        ExperimentException alike = assertThrows(ExperimentException.class, () -> base().arm("a", List.of("labs[Keeper].prestige=0.7"))
                .arm("b", List.of("labs[0].prestige=0.7")).build());
        assertTrue(alike.getMessage().startsWith("arms 'a' and 'b' run the same scenario"), alike.getMessage());
        // arms that differ are fine
        assertEquals(2, base().arm("baseline", List.of()).arm("x", List.of("labs[Keeper].prestige=0.7")).build().cells().size());
    }

    @Test
    void aPathSetTwiceInOneListIsRefusedAValueRestatedIsNot() {
        ExperimentException arm = assertThrows(ExperimentException.class, () -> base().arm("baseline", List.of())
                .arm("x", List.of("labs[Keeper].retention.upTo=0.8", "labs[Keeper].retention.upTo=0.5")).build());
        assertEquals("arm 'x': labs[Keeper].retention.upTo is set twice (labs[Keeper].retention.upTo=0.8, then"
                + " labs[Keeper].retention.upTo=0.5): only the last would count; give it once", arm.getMessage());
        // the overrides of every run are applied in order, as --set's are (documented): a later one wins
        assertEquals(1, base().override("labs[0].prestige=0.5").override("labs[Keeper].prestige=0.7").build().cells().size());
        Scenario s = ScenarioFiles.read(RETENTION);
        assertNull(Overrides.setTwice(List.of("months=6", "months=6"), s), "restated: harmless");
        assertNull(Overrides.setTwice(List.of("labs[Keeper].retention=none", "labs[Keeper].retention.upTo=0.5"), s),
                "a field and one under it: in order, as documented");
        assertNull(Overrides.setTwice(List.of("labs[Keeper].prestige=0.5", "labs[Leaker].prestige=0.7"), s), "two labs");
    }

    @Test
    void inAFileTheArmIsNamedAtItsLine(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("e.yaml"), "version: 1\nscenario: " + RETENTION + "\narms:\n  baseline: []\n"
                + "  up: ['labs[Keeper].retention.upTo=0.8', 'labs[Keeper].retention.upTo=0.5']\n");
        ScenarioException x = assertThrows(ScenarioException.class, () -> Experiment.read(file));
        assertEquals(5, x.line(), x.getMessage());
        assertTrue(x.getMessage().endsWith("arm 'up': labs[Keeper].retention.upTo is set twice (labs[Keeper].retention.upTo=0.8,"
                + " then labs[Keeper].retention.upTo=0.5): only the last would count; give it once"), x.getMessage());
    }

    /**
     * A path that replaces a field set before it under it loses the field's value: refused as a path
     * set twice is (two cells of a grid ran the same scenario, said as "a varied value written two
     * ways"); in a grid the problem is at the varied path that sets again, where it was at 1:1 (an
     * adversarial review). The other order layers, as documented.
     */
    @Test
    void aPathThatReplacesAFieldSetBeforeItIsRefusedAtItsPlace(@TempDir Path dir) throws IOException {
        Scenario s = ScenarioFiles.read(RETENTION);
        assertEquals("labs[Keeper] replaces the whole of labs[0].prestige, set before it (labs[0].prestige=0.7, then"
                + " labs[Keeper]={name: Keeper}): the first would not count; set the field in the value of labs[Keeper], or give"
                + " labs[Keeper] first", Overrides.setTwice(List.of("labs[0].prestige=0.7", "labs[Keeper]={name: Keeper}"), s));
        assertNull(Overrides.setTwice(List.of("labs[Keeper].retention=none", "labs[Keeper].retention.upTo=0.5"), s), "layered");
        assertNull(Overrides.setTwice(List.of("labs[Keeper].retention.upTo=0.5", "labs[Keeper].retentionX=1"), s),
                "a name that only starts alike is not under it");
        String head = "version: 1\nscenario: " + RETENTION + "\nreplications: 2\n";
        Path replaced = Files.writeString(dir.resolve("replaced.yaml"), head
                + "vary:\n  labs[Keeper].prestige: [0.5, 0.7]\n  labs[Keeper].retention: [none, 'match']\n"
                + "  labs[0]: ['{name: Keeper, teams: [{name: R, focus: research, headcount: 5}]}']\n");
        ScenarioException x = assertThrows(ScenarioException.class, () -> Experiment.read(replaced));
        assertEquals(7, x.line(), x.getMessage());
        assertTrue(x.getMessage().contains("labs[0] replaces the whole of labs[Keeper].prestige, set before it"), x.getMessage());
        Path twice = Files.writeString(dir.resolve("twice.yaml"), head
                + "vary:\n  labs[Keeper].prestige: [0.5, 0.7]\n  labs[0].prestige: [0.3, 0.4]\n");
        ScenarioException t = assertThrows(ScenarioException.class, () -> Experiment.read(twice));
        assertEquals(6, t.line(), t.getMessage());
        assertTrue(t.getMessage().contains("labs[0].prestige sets labs[Keeper].prestige again"), t.getMessage());
        // two cells alike because a later varied field sets what the first path's values differ in:
        // at the value of the first path whose values differ (it was at 1:1)
        Path alike = Files.writeString(dir.resolve("alike.yaml"), head
                + "vary:\n  labs[Keeper].retention: ['{name: match, upTo: 0.5}', match]\n  labs[Keeper].retention.upTo: [0.8, 0.9]\n");
        ScenarioException a = assertThrows(ScenarioException.class, () -> Experiment.read(alike));
        assertEquals(5, a.line(), a.getMessage());
        assertTrue(a.getMessage().contains("run the same scenario: a varied value is given twice, written two ways, or another"
                + " varied path sets it anyway"), a.getMessage());
    }

    /** A scenario's field at an experiment file's top is said to be one, with the override that makes the change. */
    @Test
    void aScenariosFieldAtTheTopNamesTheOverride(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("e.yaml"), "version: 1\nscenario: " + RETENTION + "\nmonths: 6\narms:\n"
                + "  baseline: []\n  up: ['labs[Keeper].retention.upTo=0.8']\n");
        ScenarioException x = assertThrows(ScenarioException.class, () -> Experiment.read(file));
        assertEquals(3, x.line(), x.getMessage());
        assertTrue(x.getMessage().endsWith("months: a scenario's field, not an experiment's: change the scenario for every run with"
                + " overrides: ['months=6'] (or --months on the command line)"), x.getMessage());
    }

    /** A rate written in two units was two cells alike, a rounding apart (0.6/12 is not 0.05 in binary): refused as 0.5 and 0.50 were. */
    @Test
    void aVariedRateOrAmountGivenTwiceInOtherUnitsIsRefused() {
        ExperimentException rate = assertThrows(ExperimentException.class, () -> base().vary("market.offersEmployed",
                List.of("0.6/year", "0.05/month", "1/year")).build());
        assertEquals("cells 'market.offersEmployed=0.6/year' and 'market.offersEmployed=0.05/month' run the same scenario: a varied"
                + " value is given twice, written two ways (0.05 per month)", rate.getMessage());
        assertEquals(3, base().vary("market.offersEmployed", List.of("0.6/year", "0.06/month", "1/year")).build().cells().size());
    }

    /** Arms alike but for how a rate is written, or whose only change is the scenario's name: every difference 0 (a review). */
    @Test
    void armsAlikeButForHowARateIsWrittenOrOnlyRenamedAreRefused() {
        ExperimentException units = assertThrows(ExperimentException.class, () -> base().arm("a", List.of("market.offersEmployed=0.6/year"))
                .arm("b", List.of("market.offersEmployed=0.05/month")).baseline("a").build());
        assertEquals("arms 'a' and 'b' run the same scenario: market.offersEmployed 0.6/year and 0.05/month are the same (0.05 per"
                + " month); drop one, or check its values", units.getMessage());
        ExperimentException renamed = assertThrows(ExperimentException.class, () -> base().arm("baseline", List.of())
                .arm("x", List.of("name=other")).build());
        assertEquals("arm 'x' changes only the scenario's name: its runs are the same as an arm that does not; drop it",
                renamed.getMessage());
        assertEquals(2, base().arm("a", List.of("market.offersEmployed=0.6/year")).arm("b", List.of("market.offersEmployed=0.06/month"))
                .build().cells().size(), "other rates");
    }
}
