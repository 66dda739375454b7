package org.talentsim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.talentsim.model.Focus;
import org.talentsim.model.PayScale;
import org.talentsim.kernel.Team;
import org.talentsim.model.TickUnit;
import org.talentsim.scenario.CapabilitySpec;
import org.talentsim.scenario.CohortSpec;
import org.talentsim.scenario.Dist;
import org.talentsim.scenario.EventSpec;
import org.talentsim.scenario.LabSpec;
import org.talentsim.scenario.MarketSpec;
import org.talentsim.scenario.MatchingSpec;
import org.talentsim.scenario.PolicySpec;
import org.talentsim.scenario.PoolSpec;
import org.talentsim.scenario.Rate;
import org.talentsim.scenario.ResearcherRef;
import org.talentsim.scenario.Scenario;
import org.talentsim.scenario.ScenarioBuilder;
import org.talentsim.scenario.Stake;
import org.talentsim.scenario.StarSpec;
import org.talentsim.scenario.TeamSpec;
import org.talentsim.testkit.Worlds;

/** Writing a scenario and reading it back gives an equal record, and writing again the same text. */
class ScenarioRoundTripTest {
    static void roundTrip(Scenario s) {
        String yaml = ScenarioFiles.write(s);
        Scenario back = ScenarioFiles.parse(yaml, s.name() + ".yaml");
        assertEquals(s, back, () -> "round trip changed the scenario; written as:\n" + yaml);
        assertEquals(yaml, ScenarioFiles.write(back));
    }

    static Stream<Named<Scenario>> worlds() {
        return Stream.concat(Stream.of(Worlds.twoLabWar(7), Worlds.everything(3), Worlds.acquiHire(2), allFeatures(TickUnit.MONTH),
                allFeatures(TickUnit.WEEK), minimal()), LongStream.rangeClosed(1, 40).mapToObj(Worlds::random))
                .map(s -> Named.of(s.name() + " (" + s.tickUnit() + ")", s));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("worlds")
    void roundTripsExactly(Scenario s) {
        roundTrip(s);
    }

    @Test
    void aMinimalFileGivesTheBuilderDefaults() {
        Scenario s = ScenarioFiles.parse("version: 1\nname: minimal\nlabs:\n  - name: Solo\n", "m.yaml");
        assertEquals(minimal(), s);
    }

    @Test
    void writesToAFileAtomically(@TempDir Path dir) {
        Path f = dir.resolve("s.yaml");
        ScenarioFiles.write(Worlds.everything(1), f);
        assertEquals(Worlds.everything(1), ScenarioFiles.read(f));
        try (Stream<Path> files = listQuietly(dir)) {
            assertEquals(List.of(f), files.toList());
        }
    }

    private static Stream<Path> listQuietly(Path dir) {
        try {
            return Files.list(dir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Scenario minimal() {
        return Scenario.builder("minimal").lab("Solo", l -> { }).build();
    }

    /** Every feature of the format, with values that are hard to write back exactly. */
    static Scenario allFeatures(TickUnit unit) {
        MarketSpec market = MarketSpec.builder().payScale(new PayScale(312_345.67, 1.25)).separation(Rate.perWeek(0.001))
                .offersEmployed(Rate.perMonth(0.05)).offersSeeking(Rate.perYear(2.5)).retirement(Rate.perYear(1e-7))
                .poolExit(Rate.perMonth(0)).visibilityGain(0.1 + 0.2).unemploymentValue(55_500).reservationShare(1)
                .visaGraceDays(0).annualRaise(0.031).payAdjust(0).offSpecialty(1).rehireCoolOffMonths(0).hiringCapacity(Rate.perYear(0.6))
                .matching(new MatchingSpec(0.7, 0.5, Double.NaN)).capability(new CapabilitySpec(0, 0.3, 0.1, 0.02, 0, 0.25, 12.5, 3, 0.1 + 0.2, true))
                .build();
        CohortSpec cohort = new CohortSpec(Dist.pareto(0.5, 2.5), Dist.lognormal(450_000, 0.3), 0, 1,
                Dist.uniform(0.1, 0.9), Dist.normal(0.6, 0.05));
        ScenarioBuilder b = Scenario.builder("all features: yes #1")
                .description("Line one\nline two: with 'quotes', a tab\t, unicode 田渊栋 and a backslash \\")
                .start(YearMonth.of(2024, 11)).months(18).tickUnit(unit).seed(-9_007_199_254_740_993L)
                .generator("Xoshiro256PlusPlus").market(market)
                .acceptance(PolicySpec.of("utility", "switchingCost", 0.05, "prestige", 0.3))
                .morale(PolicySpec.of("fixed")).quits(PolicySpec.of("none"))
                .production(PolicySpec.of("effort", "effortFloor", 0.2))
                .lab("yes", l -> l.prestige(1).budget(14.3e9).capability(0).productivity(2.75).postedWage(412_500.5)
                        .offer(PolicySpec.of("posted")).retention(PolicySpec.of("stars", "upTo", 0.9, "threshold", 0.75))
                        .layoff(PolicySpec.of("random")).strategy(PolicySpec.of("gap-response", "threshold", 0.15))
                        .team("TBD Lab", Focus.RESEARCH, 30, t -> t.unlimited().payLevel(4.5).leaderFit(1).computeShare(0.6)
                                .protect().members(cohort)
                                .star(new StarSpec("Alexandr Wang", 7.5, 100e6, 1, false, new Stake(0.35, 36)))
                                .star(new StarSpec("~", 3, 1_234_567.89, 0, true, new Stake(0, 60))))
                        .team("2025-10-01", Focus.INFRA, 0, t -> t.target(0).computeShare(0.3))
                        .team("Products & Apps", Focus.PRODUCT, 500, t -> t.target(400).computeShare(0.1).leaderFit(0)))
                .lab("# rival", l -> l.budget(0).team("Core", Focus.RESEARCH, 5, t -> { }))
                .lab("Third", l -> l.team("A", Focus.PRODUCT, 1, t -> { }))
                .pool(new PoolSpec(1234, cohort, List.of(new StarSpec("Free Agent", 2, 0, 0.25, true))));
        LabSpec founded = new LabSpec("New Lab", 0.9, Double.POSITIVE_INFINITY, 0, 1.5, Double.NaN, null, null, null, null, null,
                List.of(new TeamSpec("Core", Focus.RESEARCH, 0, Team.UNLIMITED, 2, 0.95, 1, true, null, null)));
        int firstOfMarch = unit.tickOf(YearMonth.of(2024, 11), YearMonth.of(2025, 3));
        b.event(new EventSpec.CapabilityJump(1, "# rival", 1.25, -3.5))
                .event(new EventSpec.BudgetChange(3, "yes", 0, -2.5e6))
                .event(new EventSpec.LeaderChange(firstOfMarch, "yes", "Products & Apps", 0.33))
                .event(new EventSpec.LeaderChange(firstOfMarch, "Third", null, 0))
                .event(new EventSpec.HiringSpree(5, "yes", "2025-10-01", Team.UNLIMITED, Double.NaN))
                .event(new EventSpec.HiringSpree(5, "yes", "TBD Lab", 90, 6))
                .event(new EventSpec.Raid(6, "yes", "TBD Lab", "# rival", null, 8, true))
                .event(new EventSpec.Raid(6, "Third", "A", "yes", "Products & Apps", 1, false))
                .event(new EventSpec.Layoff(7, "yes", List.of("Products & Apps", "2025-10-01"), 600, Double.NaN, 0, 0, 0))
                .event(new EventSpec.Layoff(7, "Third", List.of(), -1, 0.125, 3, 16.5, 2))
                .event(new EventSpec.Dismissal(7, "yes", List.of("~", "Alexandr Wang"), 1, 8, 0.5))
                .event(new EventSpec.VisibilityRise(8, ResearcherRef.named("~"), 0.95))
                .event(new EventSpec.VisibilityRise(8, ResearcherRef.mostVisible("yes", null), 1))
                .event(new EventSpec.VisibilityRise(8, new ResearcherRef("Free Agent", "yes", "TBD Lab"), 0.5))
                .event(new EventSpec.JobFair(9, ResearcherRef.named("~"), 7, "fair"))
                .event(new EventSpec.TeamMerge(9, "yes", "2025-10-01", "TBD Lab"))
                .event(new EventSpec.TeamMove(10, "Third", "A", "# rival"))
                .event(new EventSpec.Found(11, ResearcherRef.mostVisible("yes", "TBD Lab"), founded, 2.5e6,
                        new Stake(0.6, 24), null))
                .event(new EventSpec.Found(12, ResearcherRef.named("Alexandr Wang"),
                        new LabSpec("Other", 0.5, 1e9, 1, 1.5, 300_000, PolicySpec.of("bertrand"), null, null, null, null,
                                List.of(new TeamSpec("X", Focus.PRODUCT, 0, 10, 1, 0.8, 1, false, null, null))), Double.NaN))
                .event(new EventSpec.BudgetChange(13, "New Lab", 1.5, 0))
                .event(new EventSpec.LeaderChange(400, "Third", null, 0.5));
        return b.build();
    }

    @Test
    void policyParametersKeepTheirOrderFreeForm() {
        PolicySpec p = new PolicySpec("premium", Map.of("premium", 0.35));
        Scenario s = Scenario.builder("p").lab("L", l -> l.offer(p)).build();
        roundTrip(s);
    }
}
