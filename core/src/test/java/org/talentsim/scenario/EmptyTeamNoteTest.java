package org.talentsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentsim.io.ScenarioFiles;

/**
 * A layoff of teams that start with no one is noted only where they hire no one by then: a
 * founded lab's teams (its founder joins) and a team an earlier raid fills were noted falsely,
 * and the runs laid people off there (re-checks of the day's notes).
 */
class EmptyTeamNoteTest {
    static List<String> noOne(String events) {
        return ScenarioFiles.parse(String.join("\n", "version: 1", "name: empty", "months: 6", "labs:",
                "  - name: Alpha", "    teams:", "      - {name: R, focus: research, headcount: 50}",
                "      - {name: Idle, focus: product, headcount: 0, target: 0}",
                "  - name: Beta", "    teams: [{name: R, focus: research, headcount: 50}]", "events:", events) + "\n", "e.yaml")
                .notes().stream().filter(n -> n.contains("start with no one")).toList();
    }

    @Test
    void aTeamARaidFillsIsNotNoted() {
        assertEquals(1, noOne("  - {date: 2025-04, type: layoff, lab: Alpha, teams: [Idle], count: 3}").size());
        assertEquals(List.of(), noOne(String.join("\n",
                "  - {date: 2025-02, type: raid, lab: Alpha, team: Idle, fromLab: Beta, fromTeam: R, count: 5}",
                "  - {date: 2025-04, type: layoff, lab: Alpha, teams: [Idle], count: 3}")));
        // a raid after the layoff fills it too late
        assertEquals(1, noOne(String.join("\n",
                "  - {date: 2025-04, type: layoff, lab: Alpha, teams: [Idle], count: 3}",
                "  - {date: 2025-05, type: raid, lab: Alpha, team: Idle, fromLab: Beta, fromTeam: R, count: 5}")).size());
    }
}
