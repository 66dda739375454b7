package org.talentsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentsim.io.ScenarioFiles;

/**
 * Names that differ only in case or only by a letter of another script that looks the same are
 * accepted (the files, metrics and overrides tell them apart) with a note: two labs both read
 * "Meta" in the results (an adversarial review).
 */
class LookalikeNamesTest {
    static Scenario scenario(String a, String b, String teamA, String teamB) {
        return ScenarioFiles.parse(String.join("\n", "version: 1", "name: twins", "months: 2", "labs:",
                "  - name: \"" + a + "\"", "    teams: [{name: \"" + teamA + "\", focus: research, headcount: 5}, {name: \"" + teamB
                + "\", focus: product, headcount: 5}]",
                "  - name: \"" + b + "\"", "    teams: [{name: R, focus: research, headcount: 5}]") + "\n", "twins.yaml");
    }

    static List<String> alike(Scenario s) {
        return s.notes().stream().filter(n -> n.contains("differ only in case") || n.contains("look alike")).toList();
    }

    @Test
    void twinsAreNoted() {
        assertEquals(List.of("labs 'Meta' and 'meta' differ only in case: the result files, metrics and overrides tell them"
                + " apart, a reader of the results may not; give them names that differ to the eye"),
                alike(scenario("Meta", "meta", "A", "B")));
        List<String> cyrillic = alike(scenario("Meta", "\u041ceta", "A", "B"));
        assertEquals(1, cyrillic.size(), cyrillic.toString());
        assertTrue(cyrillic.get(0).startsWith("labs 'Meta' and '\u041ceta' look alike (letters of another script or form: '\u041c'"
                + " U+041C against U+004D)"), cyrillic.get(0));
        // the Latin letters that differ only in case are not listed as another script's (a re-check)
        List<String> mixed = alike(scenario("Meta", "M\u0415TA", "A", "B"));
        assertEquals(1, mixed.size(), mixed.toString());
        assertTrue(mixed.get(0).contains("(letters of another script or form: '\u0415' U+0415 against U+0065)"), mixed.get(0));
        // fullwidth letters and the Roman numeral M (compatibility forms)
        assertEquals(1, alike(scenario("Meta", "\uff2d\uff25\uff34\uff21", "A", "B")).size());
        assertEquals(1, alike(scenario("Meta", "\u216feta", "A", "B")).size());
        List<String> teams = alike(scenario("Meta", "OpenAI", "Res\u0435arch", "Research"));
        assertEquals(1, teams.size(), teams.toString());
        assertTrue(teams.get(0).startsWith("teams of labs[Meta] 'Res\u0435arch' and 'Research' look alike"), teams.get(0));
    }

    @Test
    void namesThatDifferToTheEyeAreNot() {
        assertEquals(List.of(), alike(scenario("Meta", "Metal", "A", "B")));
        assertEquals(List.of(), alike(scenario("xAI", "AI", "Research", "Research 2")));
        // a team's name may be another lab's team's
        assertEquals(List.of(), alike(scenario("Meta", "OpenAI", "R", "B")));
    }
}
