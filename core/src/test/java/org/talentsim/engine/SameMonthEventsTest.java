package org.talentsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.talentsim.RunResult;
import org.talentsim.Talentsim;
import org.talentsim.io.ScenarioException;
import org.talentsim.io.ScenarioFiles;
import org.talentsim.model.MoveReason;

/**
 * A layoff (or raid, or dismissal) runs later in its month than a reorganisation of the same
 * month: a layoff of A's team P listed before P's move to B passed the check and crashed the run
 * (an IndexOutOfBoundsException), a raid from a moved team took people from the rest of the lab,
 * a layoff before a merge laid off nobody. Such a file is now refused; the reorganisation listed
 * first, with the layoff naming the team where it then is, runs as written.
 */
class SameMonthEventsTest {
    static final String HEAD = "version: 1\nname: t\nmonths: 4\nlabs:\n  - name: A\n    teams:\n"
            + "      - {name: R, focus: research, headcount: 30}\n      - {name: P, focus: product, headcount: 20}\n"
            + "  - name: B\n    teams:\n      - {name: Q, focus: research, headcount: 30}\n"
            + "      - {name: Z, focus: product, headcount: 30}\nevents:\n";

    @Test
    void aLayoffOfATeamMovedThatMonthIsRefusedAndTheOtherOrderRuns() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioFiles.parse(HEAD
                + "  - {date: 2025-02, type: layoff, lab: A, teams: [P], count: 5}\n"
                + "  - {date: 2025-02, type: teamMove, lab: A, team: P, toLab: B}\n", "t.yaml"));
        assertTrue(e.getMessage().startsWith("t.yaml:15:51: events[1].team: team 'P' of 'A' moves to 'B' in the month in which"
                + " events[0] (Layoff at tick 2) names team 'P' of 'A'"), e.getMessage());
        // a lab laid off as a whole, then a team moving in: refused at the destination
        ScenarioException into = assertThrows(ScenarioException.class, () -> ScenarioFiles.parse(HEAD
                + "  - {date: 2025-02, type: layoff, lab: B, count: 5}\n"
                + "  - {date: 2025-02, type: teamMove, lab: A, team: P, toLab: B}\n", "t.yaml"));
        assertTrue(into.getMessage().contains("events[1].toLab: team 'P' of 'A' moves to 'B' in the month in which events[0]"
                + " (Layoff at tick 2) names lab 'B' as a whole"), into.getMessage());
        // a month apart, or the move listed first (the layoff naming P where it then is): accepted and run
        for (String events : new String[] {
            "  - {date: 2025-02, type: teamMove, lab: A, team: P, toLab: B}\n  - {date: 2025-02, type: layoff, lab: B, teams: [P], count: 5}\n",
            "  - {date: 2025-02, type: layoff, lab: A, teams: [P], count: 5}\n  - {date: 2025-03, type: teamMove, lab: A, team: P, toLab: B}\n"}) {
            RunResult r = Talentsim.defaults().run(ScenarioFiles.parse(HEAD + events, "t.yaml"));
            long cut = r.moves().stream().filter(m -> m.reason() == MoveReason.LAID_OFF && m.tick() == 2 && m.fromTeam().equals("P"))
                    .count();
            assertEquals(5, cut, events);
        }
    }
}
