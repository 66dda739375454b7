package org.talentsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentsim.RunResult;
import org.talentsim.Talentsim;
import org.talentsim.io.ScenarioFiles;
import org.talentsim.metrics.MoveRow;

/**
 * A visa grace of g ticks leaves g ticks of search (MODEL §7.6, clocks): with 0 days a visa
 * holder who becomes a seeker leaves the market in that tick. A clock of 0 counted down only in
 * the next tick, so 0 days gave the search of a whole month, as 30 days did.
 */
class VisaGraceTest {
    static String scenario(int graceDays) {
        return "version: 1\nname: visa\nmonths: 6\nmarket:\n  separation: 0/year\n  offersEmployed: 0/year\n"
                + "  offersSeeking: 0/year\n  retirement: 0/year\n  poolExit: 0/year\n  visaGraceDays: " + graceDays + "\n"
                + "policies:\n  quits: none\nlabs:\n  - name: A\n    teams:\n      - name: T\n        focus: research\n"
                + "        headcount: 0\n        stars:\n          - {name: s1, skill: 1, salary: 520000, visa: true}\n"
                + "          - {name: s2, skill: 1, salary: 520000, visa: true}\n"
                + "          - {name: s3, skill: 1, salary: 520000}\n"
                + "events:\n  - {date: 2025-02, type: dismissal, lab: A, researchers: [s1, s3], noticeMonths: 0}\n"
                + "  - {date: 2025-02, type: dismissal, lab: A, researchers: s2, noticeMonths: 1}\n";
    }

    /** The tick of each named researcher's row with reason {@code reason}, or 0. */
    static int tick(RunResult r, String name, String reason) {
        return r.moves().stream().filter(m -> name.equals(m.name()) && m.reason().name().equals(reason)).mapToInt(MoveRow::tick)
                .findFirst().orElse(0);
    }

    @Test
    void noGraceMeansLeavingTheMarketAtOnceAndOneMonthMeansAMonthOfSearch() {
        for (int threads = 1; threads <= 2; threads++) {
            Talentsim ts = Talentsim.defaults().withThreads(threads);
            RunResult none = ts.run(ScenarioFiles.parse(scenario(0), "visa.yaml"));
            assertEquals(List.of(2, 2), List.of(tick(none, "s1", "LAID_OFF"), tick(none, "s1", "VISA_EXIT")),
                    "no notice, no grace: out in the month of the dismissal");
            assertEquals(List.of(2, 3), List.of(tick(none, "s2", "LAID_OFF"), tick(none, "s2", "VISA_EXIT")),
                    "a month's notice, no grace: out when the notice ends");
            assertEquals(0, tick(none, "s3", "VISA_EXIT"), "no visa, no clock");
            RunResult month = ts.run(ScenarioFiles.parse(scenario(30), "visa.yaml"));
            assertEquals(3, tick(month, "s1", "VISA_EXIT"), "30 days: one month of search, then out");
            assertEquals(4, tick(month, "s2", "VISA_EXIT"));
        }
    }
}
