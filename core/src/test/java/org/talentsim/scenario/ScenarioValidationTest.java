package org.talentsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentsim.model.Focus;
import org.talentsim.model.TickUnit;

/** Records reject bad values with messages that name the field and the value. */
class ScenarioValidationTest {
    static ScenarioBuilder base() {
        return Scenario.builder("s").lab("Meta", l -> l.team("FAIR", Focus.RESEARCH, 10, t -> { })
                .team("TBD Lab", Focus.RESEARCH, 5, t -> t.protect()));
    }

    static String message(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    /** A run whose last month is December 9999 is accepted; one a month longer is not (9999-07 plus 6 months was refused: an adversarial review). */
    @Test
    void aRunMayEndInTheLastMonthOf9999() {
        Scenario s = Scenario.builder("far").start(java.time.YearMonth.of(9999, 7)).months(6)
                .lab("A", l -> l.team("R", Focus.RESEARCH, 3, t -> { })).build();
        assertEquals(6, s.months());
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class, () -> Scenario.builder("far")
                .start(java.time.YearMonth.of(9999, 7)).months(7).lab("A", l -> l.team("R", Focus.RESEARCH, 3, t -> { })).build());
        assertTrue(x.getMessage().contains("the run must lie within the years 1900 to 9999, was 9999-07 plus 7 months"), x.getMessage());
    }

    @Test
    void fieldsNameThemselves() {
        assertEquals("team 'X'.leaderFit must be in [0,1], was 1.4",
                message(() -> new ScenarioBuilder.TeamBuilder("X", Focus.RESEARCH, 1).leaderFit(1.4).build()));
        // built in a lab, the lab is named: two labs' teams called Research told apart (an API user's review)
        assertEquals("lab 'L', team 'Research'.headcount must be >= 0, was -10",
                message(() -> new ScenarioBuilder.LabBuilder("L").team("Research", Focus.RESEARCH, -10, t -> { }).build()));
        assertEquals("lab 'L'.prestige must be in [0,1], was NaN",
                message(() -> new ScenarioBuilder.LabBuilder("L").prestige(Double.NaN).build()));
        assertEquals("months must be > 0, was 0", message(() -> base().months(0).build()));
        assertEquals("rate must be >= 0, was -0.1", message(() -> Rate.perYear(-0.1)));
        assertEquals("lognormal: sigma must be >= 0, was -1.0", message(() -> Dist.lognormal(1, -1)));
    }

    /**
     * A lab's name may not hold '>': flow metrics are named {@code market.flow.FROM>TO}, and labs
     * 'A', 'B>C' and 'A>B', 'C' would give one name to two flows (one silently lost). In code, and
     * for a lab founded by an event, as in files.
     */
    /** 'A/R' would own the metrics of lab A's team R (A/R.hires). */
    @Test
    void aLabsNameHasNoSlashWhichWouldMakeTeamMetricNamesAmbiguous() {
        String m = message(() -> new ScenarioBuilder.LabBuilder("A/R").team("R", Focus.RESEARCH, 1, t -> { }).build());
        assertTrue(m.startsWith("lab.name 'A/R' contains '/'"), m);
        assertEquals("A/R", org.talentsim.experiment.StandardMetrics.teamName("A", "R"), "the ambiguity the rule prevents");
        // a team's name may hold one: the lab is what comes before the first
        assertEquals("A/R/2", org.talentsim.experiment.StandardMetrics.teamName("A", "R/2"));
    }

    @Test
    void aLabsNameHasNoArrowWhichWouldMakeFlowNamesAmbiguous() {
        String m = message(() -> new ScenarioBuilder.LabBuilder("B>C").team("R", Focus.RESEARCH, 1, t -> { }).build());
        assertTrue(m.startsWith("lab.name 'B>C' contains '>'"), m);
        assertTrue(m.contains("market.flow.FROM>TO"), m);
        assertEquals("market.flow.A>B>C", org.talentsim.experiment.StandardMetrics.flowName("A", "B>C"),
                "the ambiguity the rule prevents");
        assertEquals("market.flow.A>B>C", org.talentsim.experiment.StandardMetrics.flowName("A>B", "C"));
    }

    /**
     * A lab's teams' compute shares add up to at most 1 (each is a share of the lab's compute; four
     * teams at 1 gave the lab four times its compute); decimal shares that add up to 1 in floating
     * point's way (0.55 + 0.05 + 0.3 + 0.1) pass, and so do shares adding up to less.
     */
    @Test
    void aLabsComputeSharesAddUpToAtMostOne() {
        String m = message(() -> new ScenarioBuilder.LabBuilder("L").team("A", Focus.RESEARCH, 1, t -> t.computeShare(1))
                .team("B", Focus.PRODUCT, 1, t -> t.computeShare(0.25)).build());
        assertEquals("teams (lab 'L'): their computeShare add up to 1.25 (A 1, B 0.25), over 1: each is a share of the lab's"
                + " compute", m);
        new ScenarioBuilder.LabBuilder("L").team("A", Focus.PRODUCT, 1, t -> t.computeShare(0.55))
                .team("B", Focus.RESEARCH, 1, t -> t.computeShare(0.05)).team("C", Focus.PRODUCT, 1, t -> t.computeShare(0.3))
                .team("D", Focus.INFRA, 1, t -> t.computeShare(0.1)).build();
        new ScenarioBuilder.LabBuilder("L").team("A", Focus.PRODUCT, 1, t -> t.computeShare(0.2)).build();
    }

    /**
     * A team that gives no compute share gets equal parts of what the others leave: 1/teams when
     * none gives one (0.6 given and a team at 1/2 added up to 1.1 before the shares were checked).
     */
    @Test
    void teamsWithoutAShareSplitWhatTheOthersLeave() {
        LabSpec some = new ScenarioBuilder.LabBuilder("L").team("A", Focus.PRODUCT, 1, t -> t.computeShare(0.6))
                .team("B", Focus.RESEARCH, 1, t -> { }).team("C", Focus.INFRA, 1, t -> { }).build();
        assertEquals(0.6, some.computeShare(some.teams().get(0)));
        assertEquals(0.2, some.computeShare(some.teams().get(1)), 1e-15);
        assertEquals(0.2, some.computeShare(some.teams().get(2)), 1e-15);
        assertTrue(Double.isNaN(some.teams().get(1).computeShare()), "not given, and kept so (for edits and overrides)");
        LabSpec none = new ScenarioBuilder.LabBuilder("L").team("A", Focus.PRODUCT, 1, t -> { })
                .team("B", Focus.RESEARCH, 1, t -> { }).build();
        assertEquals(0.5, none.computeShare(none.teams().get(0)));
        assertEquals(0.5, none.computeShare(none.teams().get(1)));
        // a team added to the edited lab splits with them: 1/3 each (it got 0 when their 1/2 had been fixed)
        LabSpec three = none.toBuilder().team("C", Focus.INFRA, 1, t -> { }).build();
        for (TeamSpec t : three.teams()) {
            assertEquals(1.0 / 3, three.computeShare(t), 1e-15, t.name());
        }
        LabSpec full = new ScenarioBuilder.LabBuilder("L").team("A", Focus.PRODUCT, 1, t -> t.computeShare(1))
                .team("B", Focus.RESEARCH, 1, t -> { }).build();
        assertEquals(0, full.computeShare(full.teams().get(1)), "nothing left");
    }

    @Test
    void eventsMustReferToKnownLabsAndTeams() {
        assertEquals("events[0].lab (LeaderChange at tick 3): unknown lab 'Meat', did you mean 'Meta'? (known labs: Meta)",
                message(() -> base().event(new EventSpec.LeaderChange(3, "Meat", null, 0.5)).build()));
        assertEquals("events[0].team (HiringSpree at tick 2): lab 'Meta' has no team 'TBD', did you mean 'TBD Lab'? (its teams: FAIR, TBD Lab)",
                message(() -> base().event(new EventSpec.HiringSpree(2, "Meta", "TBD", 50, Double.NaN)).build()));
        assertEquals("events[0].teams[0] (Layoff at tick 10): team 'TBD Lab' of 'Meta' is protected and cannot be laid off",
                message(() -> base().event(new EventSpec.Layoff(10, "Meta", List.of("TBD Lab"), 5, Double.NaN, 1, 16, 2)).build()));
        assertEquals("layoff at Meta: give exactly one of count and share",
                message(() -> new EventSpec.Layoff(10, "Meta", List.of(), 5, 0.1, 1, 16, 2)));
        // a team named twice was cut twice over (a share of 20% laid off 37%), a researcher named
        // twice reported as a part of the dismissal the run skipped (a review)
        assertEquals("layoff.teams[2] names 'FAIR' again (also layoff.teams[0]): list each once",
                message(() -> new EventSpec.Layoff(10, "Meta", List.of("FAIR", "TBD Lab", "FAIR"), -1, 0.2, 1, 16, 2)));
        assertEquals("dismissal.researchers[1] names 'Yann' again (also dismissal.researchers[0]): list each once",
                message(() -> new EventSpec.Dismissal(10, "Meta", List.of("Yann", "Yann"), 1, 16, 2)));
    }

    @Test
    void laterEventsMayReferToFoundedLabs() {
        LabSpec newLab = new ScenarioBuilder.LabBuilder("AMI").team("Core", Focus.RESEARCH, 0, t -> t.target(20)).build();
        Scenario s = base().event(new EventSpec.Found(5, ResearcherRef.mostVisible("Meta", "FAIR"), newLab, Double.NaN))
                .event(new EventSpec.BudgetChange(6, "AMI", 2, 0)).build();
        assertEquals(2, s.events().size());
        assertEquals("events[1].lab (BudgetChange at tick 4): unknown lab 'AMI' (known labs: Meta)",
                message(() -> base().event(new EventSpec.Found(5, ResearcherRef.mostVisible("Meta", "FAIR"), newLab, Double.NaN))
                        .event(new EventSpec.BudgetChange(4, "AMI", 2, 0)).build()));
    }

    @Test
    void ratesConvertToTicks() {
        assertEquals(0.02, Rate.perYear(0.24).perTick(TickUnit.MONTH), 1e-15);
        assertEquals(0.05, Rate.perMonth(0.05).perTick(TickUnit.MONTH), 0);
        assertEquals(0.05 * 12 / 52, Rate.perMonth(0.05).perTick(TickUnit.WEEK), 1e-15);
        assertEquals(24, base().months(6).tickUnit(TickUnit.WEEK).build().ticks() - 2, "26 weeks in 6 months");
    }
}
