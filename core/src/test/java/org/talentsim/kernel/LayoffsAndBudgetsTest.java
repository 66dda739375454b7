package org.talentsim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.talentsim.model.Focus;
import org.talentsim.model.MoveReason;
import org.talentsim.model.TickUnit;
import org.talentsim.scenario.CohortSpec;
import org.talentsim.scenario.EventSpec;
import org.talentsim.scenario.MarketSpec;
import org.talentsim.scenario.Rate;
import org.talentsim.scenario.Scenario;
import org.talentsim.testkit.Recorder;

/** Issue 11, item 2: the re-hire cool-off and cut positions that stay cut. */
class LayoffsAndBudgetsTest {
    /** Seekers hear from a lab every month; nothing else moves. */
    static final MarketSpec SEEKERS = MechanismTest.QUIET.withOffersSeeking(Rate.perMonth(1));

    /** One lab of 100 that lays off 40 straight to the pool in tick 2 and opens 45 positions in tick 3 (week 9); 5 other seekers. */
    static Scenario rehiring(MarketSpec market, TickUnit unit) {
        int t3 = unit == TickUnit.MONTH ? 3 : 9;
        return MechanismTest.quiet("rehire").seed(8).months(30).tickUnit(unit).market(market)
                .lab("L", l -> l.team("T", Focus.PRODUCT, 100, t -> { }))
                .pool(5, CohortSpec.DEFAULT)
                .event(new EventSpec.Layoff(2, "L", List.of("T"), 40, Double.NaN, 0, 16, 2))
                .event(new EventSpec.HiringSpree(t3, "L", "T", 105, Double.NaN))
                .build();
    }

    /** Ticks at which a researcher laid off in tick 2 was hired again by the lab. */
    static List<Integer> rehires(Scenario s) {
        Recorder rec = MechanismTest.run(s, new Recorder(), null);
        Set<Integer> laid = new HashSet<>();
        rec.of(MoveReason.LAID_OFF).forEach(m -> laid.add(m.researcher()));
        assertEquals(40, laid.size());
        assertTrue(rec.of(MoveReason.HIRED).stream().filter(m -> !laid.contains(m.researcher())).count() == 5,
                "the other seekers are hired");
        return rec.of(MoveReason.HIRED).stream().filter(m -> laid.contains(m.researcher())).map(Recorder.Move::tick).toList();
    }

    @Test
    void aLabDoesNotRehireThoseItLaidOffWithinTheCoolOff() {
        List<Integer> none = rehires(rehiring(SEEKERS.withRehireCoolOffMonths(0), TickUnit.MONTH));
        assertTrue(none.size() >= 30 && none.stream().allMatch(t -> t <= 10), "without a cool-off they are back at once: " + none);

        List<Integer> year = rehires(rehiring(SEEKERS, TickUnit.MONTH));
        assertEquals(12, SEEKERS.rehireCoolOffMonths(), "the default");
        assertTrue(year.size() >= 30, "re-hired once the cool-off is over: " + year);
        assertEquals(14, year.stream().mapToInt(Integer::intValue).min().orElseThrow(),
                "laid off in tick 2, not hired back before tick 2 + 12");

        List<Integer> weekly = rehires(rehiring(SEEKERS.withOffersSeeking(Rate.perWeek(1)), TickUnit.WEEK));
        assertEquals(2 + 52, weekly.stream().mapToInt(Integer::intValue).min().orElseThrow(), "12 months are 52 weeks");
    }

    @Test
    void theCoolOffTableForgetsOnlyWhatExpired() {
        LaidOffSet set = new LaidOffSet();
        assertFalse(set.within(7, 1, 12));
        for (int i = 0; i < 1000; i++) {
            set.add(i * 3, 5, 12);
        }
        assertTrue(set.within(0, 5, 12) && set.within(2997, 16, 12), "within 12 ticks");
        assertFalse(set.within(2997, 17, 12), "over after 12 ticks");
        assertFalse(set.within(1, 6, 12), "never laid off");
        set.add(3, 20, 12);
        assertTrue(set.within(3, 31, 12), "a second layoff restarts the cool-off");
        for (int i = 0; i < 1200; i++) {
            set.add(100_000 + i, 30, 12);   // growing drops the expired entries of tick 5
        }
        assertEquals(1 + 1200, set.size(), "only the live entries are kept");
        assertTrue(set.within(3, 31, 12) && set.within(101_199, 41, 12));
        LaidOffSet copy = new LaidOffSet();
        copy.copyFrom(set);
        assertTrue(copy.within(100_000, 35, 12) && !copy.within(0, 35, 12));
    }

    @Test
    void positionsCutByALayoffStayCut() {
        Scenario s = MechanismTest.quiet("cut").seed(9).months(18)
                .market(SEEKERS.withSeparation(Rate.perYear(1.2)))
                .lab("L", l -> l.team("T", Focus.PRODUCT, 300, t -> t.target(330)))
                .pool(400, CohortSpec.DEFAULT)
                .event(new EventSpec.Layoff(4, "L", List.of("T"), 60, Double.NaN, 1, 16, 2))
                .build();
        int[] target = new int[19];
        int[] head = new int[19];
        Recorder rec = MechanismTest.run(s, new Recorder((t, w) -> {
            target[t] = w.team(0).target();
            head[t] = w.team(0).headcount();
        }), null);
        assertTrue(target[3] == 330 && head[3] < 330, "vacancies open before the cut: " + head[3]);
        assertEquals(head[4], target[4], "the cut is taken from the headcount: open vacancies close too");
        assertEquals(60, rec.of(MoveReason.LAID_OFF).size());
        for (int t = 5; t <= 18; t++) {
            assertEquals(target[4], target[t], "the target stays cut in tick " + t);
            assertTrue(head[t] <= target[4], "tick " + t + ": " + head[t] + " > " + target[4]);
        }
        assertTrue(rec.of(MoveReason.QUIT).stream().filter(m -> m.tick() > 4).count() > 100, "heavy attrition after the cut");
        assertTrue(rec.of(MoveReason.HIRED).stream().filter(m -> m.tick() > 4).count() > 100, "whose positions are refilled");
    }
}
