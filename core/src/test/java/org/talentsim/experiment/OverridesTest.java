package org.talentsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.talentsim.Talentsim;
import org.talentsim.io.ScenarioException;
import org.talentsim.io.ScenarioFiles;
import org.talentsim.scenario.EventSpec;
import org.talentsim.scenario.FieldOverride;
import org.talentsim.scenario.OverrideException;
import org.talentsim.scenario.Scenario;

/**
 * Overrides by path: each kind of path applied to meta-2025 equals the same edit made in the
 * file; errors are one line naming the override; overrides compose in order; nothing a file
 * refuses gets through.
 */
class OverridesTest {
    static final Path FILE = Path.of("../examples/scenarios/meta-2025.yaml");
    /** meta-2025, whose hiring spree has the id tbd-spree. */
    static final String TEXT = text();
    static final Scenario META = ScenarioFiles.parse(TEXT, "meta-2025.yaml");

    private static String text() {
        try {
            return Files.readString(FILE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The file with {@code from} (which must occur once) replaced by {@code to}, read. */
    static Scenario edited(String from, String to) {
        int at = TEXT.indexOf(from);
        assertTrue(at >= 0 && TEXT.indexOf(from, at + 1) < 0, "once in the file: " + from);
        return ScenarioFiles.parse(TEXT.replace(from, to), "meta-2025.yaml");
    }

    static Stream<Arguments> paths() {
        return Stream.of(
                Arguments.of("market.separation=0.2/year", "separation: 0.03/year", "separation: 0.2/year"),
                Arguments.of("market.separation=0.02/month", "separation: 0.03/year", "separation: 0.02/month"),
                Arguments.of("market.payScale.base=400k", "payScale: {base: 300k", "payScale: {base: 400k"),
                Arguments.of("market.offSpecialty=0.5", "  payAdjust: 0.25\n", "  payAdjust: 0.25\n  offSpecialty: 0.5\n"),
                Arguments.of("market.rehireCoolOffMonths=6", "  payAdjust: 0.25\n", "  payAdjust: 0.25\n  rehireCoolOffMonths: 6\n"),
                Arguments.of("labs[Meta].layoff.seniority=0.1", "    layoff: lowest-output ", "    layoff: {name: lowest-output, seniority: 0.1} "),
                Arguments.of("policies.acceptance=higher-wage",
                        "acceptance: {name: utility, prestige: 0.8, morale: 0.3, switchingCost: 0.05}", "acceptance: higher-wage"),
                Arguments.of("policies.quits.pay=4", "pay: 3,", "pay: 4,"),
                Arguments.of("labs[Meta].retention=none", "retention: match               # S8", "retention: none               # S8"),
                Arguments.of("labs[Meta].retention.upTo=1", "retention: match               # S8", "retention: {name: match, upTo: 1}               # S8"),
                Arguments.of("labs[OpenAI].retention.upTo=1", "    retention: match\n    strategy: gap-response\n    teams:\n"
                        + "      - name: Research\n        focus: research\n        headcount: 900",
                        "    retention: {name: match, upTo: 1}\n    strategy: gap-response\n    teams:\n"
                        + "      - name: Research\n        focus: research\n        headcount: 900"),
                Arguments.of("labs[Meta].retention={name: match, upTo: 0.5}", "retention: match               # S8",
                        "retention: {name: match, upTo: 0.5}               # S8"),
                Arguments.of("labs[Meta].budget=5B", "budget: 2.1B", "budget: 5B"),
                Arguments.of("labs[Meta].budget=unlimited", "budget: 2.1B", "budget: unlimited"),
                Arguments.of("labs[Meta].teams[TBD Lab].payLevel=3", "payLevel: 4", "payLevel: 3"),
                Arguments.of("labs[Meta].teams[TBD Lab].target=unlimited", "target: 0\n        payLevel: 4", "target: unlimited\n        payLevel: 4"),
                Arguments.of("labs[Meta].teams[TBD Lab].minSkill=", "        minSkill: 3                  # hires only the very best\n", ""),
                Arguments.of("labs[Meta].teams[FAIR].stars[Yann LeCun].salary=20M", "salary: 10M", "salary: 20M"),
                Arguments.of("labs[0].teams[0].payLevel=3", "payLevel: 4", "payLevel: 3"),
                Arguments.of("events[tbd-spree].payLevel=3", "payLevel: 5}", "payLevel: 3}"),
                Arguments.of("events[5].payLevel=3", "payLevel: 5}", "payLevel: 3}"),
                Arguments.of("pool.size=100", "size: 3000", "size: 100"),
                Arguments.of("seed=7", "seed: 2026", "seed: 7"),
                Arguments.of("months=12", "months: 24", "months: 12"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paths")
    void anOverrideEqualsTheSameEditOfTheFile(String override, String from, String to) {
        Scenario expected = edited(from, to);
        Scenario actual = Overrides.parse(override).applyTo(META);
        assertNotEquals(META, expected, "the edit changes something");
        assertEquals(expected, actual, override);
        assertEquals(expected, Talentsim.defaults().override(META, override));
    }

    /** {@link Overrides#setting}: only the top key itself, in order, as written. */
    @Test
    void theOverridesThatSetATopKeyAreFound() {
        Overrides o = Overrides.parse("seed=5", "labs[seed].budget=1B", "market.seed=1", "months=12", "seed=6");
        assertEquals(List.of("seed=5", "seed=6"), o.setting("seed").stream().map(FieldOverride::text).toList());
        assertEquals(List.of("months=12"), o.setting("months").stream().map(FieldOverride::text).toList());
        assertTrue(o.setting("start").isEmpty());
        assertEquals(List.of(), Overrides.none().setting("seed"));
    }

    @Test
    void eventsKeepTheirIds() {
        EventSpec spree = META.events().get(5);
        assertEquals("tbd-spree", spree.id());
        assertEquals(new EventSpec.HiringSpree(6, "Meta", "TBD Lab", 40, 5, "tbd-spree"), spree);
        assertEquals(META, ScenarioFiles.parse(ScenarioFiles.write(META), "again"));
        assertEquals(new EventSpec.HiringSpree(6, "Meta", "TBD Lab", 20, 5, null), new EventSpec.HiringSpree(6, "Meta", "TBD Lab", 20, 5));
    }

    @Test
    void eventIdsAreUniqueNames() {
        String twice = TEXT.replace("type: leaderChange, id: scale-ai-leader, lab: Meta, leaderFit: 0.9}",
                "type: leaderChange, id: tbd-spree, lab: Meta, leaderFit: 0.9}");
        assertTrue(!twice.equals(TEXT), "the file's leader change is where the test puts the duplicate");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioFiles.parse(twice, "m.yaml"));
        assertEquals("events[5].id", e.path());
        assertEquals("an event with id 'tbd-spree' is already defined at events[2]", e.problem());
        ScenarioException bad = assertThrows(ScenarioException.class,
                () -> ScenarioFiles.parse(TEXT.replace("id: tbd-spree", "id: 'a,b'"), "m.yaml"));
        assertEquals("events[5].id", bad.path());
        assertThrows(IllegalArgumentException.class, () -> new EventSpec.HiringSpree(6, "Meta", "TBD Lab", 20, 5, ""));
    }

    /**
     * Compute shares not given stay not given through an override: setting one team's share leaves
     * the others splitting what it leaves, as the same edit of a file does (the others' 1/3 had been
     * written out as given, and the override was refused as adding up to 1.17); removing a share
     * gives it back its part of the rest.
     */
    @Test
    void sharesNotGivenSplitWhatAnOverrideLeaves() {
        Scenario three = Scenario.builder("shares").lab("L", l -> l.team("T0", org.talentsim.model.Focus.RESEARCH, 5, t -> { })
                .team("T1", org.talentsim.model.Focus.PRODUCT, 5, t -> { }).team("T2", org.talentsim.model.Focus.INFRA, 5, t -> { }))
                .build();
        Scenario half = Overrides.parse("labs[L].teams[T0].computeShare=0.5").applyTo(three);
        org.talentsim.scenario.LabSpec l = half.labs().get(0);
        assertEquals(0.5, l.computeShare(l.teams().get(0)));
        assertEquals(0.25, l.computeShare(l.teams().get(1)));
        assertEquals(0.25, l.computeShare(l.teams().get(2)));
        Scenario back = Overrides.parse("labs[L].teams[T0].computeShare=").applyTo(half);
        assertEquals(three, back, "the share removed: all three split the lab's compute again");
    }

    /**
     * When the shares of a lab's teams add up to too much, the override blamed is the last that
     * sets a share, not the last that sets anything of a team (a leader fit after it was blamed:
     * found by a review).
     */
    @Test
    void theOverrideOfTheFieldTheProblemNamesIsBlamed() {
        OverrideException e = assertThrows(OverrideException.class, () -> Overrides.parse(
                "labs[Meta].teams[Products].computeShare=0.35", "labs[Meta].teams[TBD Lab].leaderFit=0.5").applyTo(META));
        assertEquals("labs[Meta].teams[Products].computeShare=0.35", e.override());
        assertTrue(e.problem().contains("computeShare add up to"), e.problem());
        OverrideException later = assertThrows(OverrideException.class, () -> Overrides.parse(
                "labs[Meta].teams[TBD Lab].leaderFit=0.5", "labs[Meta].teams[FAIR].computeShare=0.3",
                "labs[Meta].teams[Infra].leaderFit=0.5").applyTo(META));
        assertEquals("labs[Meta].teams[FAIR].computeShare=0.3", later.override());
        // a whole team given as a mapping that sets the share
        String team = "labs[Meta].teams[FAIR]={name: FAIR, focus: research, headcount: 698, computeShare: 0.3}";
        OverrideException whole = assertThrows(OverrideException.class, () -> Overrides.parse(
                team, "labs[Meta].teams[Infra].leaderFit=0.5").applyTo(META));
        assertEquals(team, whole.override());
        // a share set on its own comes before a whole team that restates its share (found by a review)
        OverrideException restated = assertThrows(OverrideException.class, () -> Overrides.parse(
                "labs[Meta].teams[Infra].computeShare=0.5", team.replace("0.3}", "0.05}")).applyTo(META));
        assertEquals("labs[Meta].teams[Infra].computeShare=0.5", restated.override());
    }

    @Test
    void overridesComposeInOrder() {
        assertEquals(edited("months: 24", "months: 6"), Overrides.parse("months=12", "months=6").applyTo(META));
        assertEquals(edited("months: 24", "months: 12"), Overrides.parse("months=6", "months=12").applyTo(META));
        // each alone is refused (posted needs postedWage); together they are a valid scenario
        Scenario posted = edited("    offer: {name: star, premium: 0.25, threshold: 0.6, share: 0.9, cap: 75M}\n",
                "    offer: posted\n    postedWage: 400k\n");
        assertEquals(posted, Overrides.parse("labs[Meta].offer=posted", "labs[Meta].postedWage=400k").applyTo(META));
        assertEquals(posted, Overrides.parse("labs[Meta].offer=posted").and("labs[Meta].postedWage", "400k").applyTo(META));
        Scenario twice = Overrides.parse("labs[Meta].offer=posted", "labs[Meta].postedWage=400k").applyTo(META);
        assertEquals(twice, Overrides.parse("labs[Meta].offer=posted").applyTo(
                Overrides.parse("labs[Meta].postedWage=400k").applyTo(META)));
        assertSame(META, Overrides.none().applyTo(META));
        // a null path or value is refused where it is given (it became "null=x", refused only when applied)
        assertEquals("path", assertThrows(NullPointerException.class, () -> Overrides.none().and(null, "x")).getMessage());
        assertEquals("value", assertThrows(NullPointerException.class, () -> Overrides.none().and("months", null)).getMessage());
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of("labs[Meta].teams[TBD].payLevel=3",
                        "labs[Meta] has no team 'TBD' (did you mean 'TBD Lab'?); its teams: FAIR, Infra, Products, TBD Lab"),
                Arguments.of("market.seperation=0.02", "unknown key 'seperation' (did you mean 'separation'?)"),
                Arguments.of("labs[Meta].budget=lots", "expected an amount in USD like 450000, 450k, 2.5M or 14.3B, was 'lots'"),
                Arguments.of("labs[Meat].budget=5B", "the scenario has no lab 'Meat' (did you mean 'Meta'?); its labs: Anthropic,"
                        + " Apple, DeepSeek, Google DeepMind, Meta, OpenAI, xAI"),
                Arguments.of("events[tbd-sprie].payLevel=3", "the scenario has no event with id 'tbd-sprie' (did you mean"
                        + " 'tbd-spree'?); its event ids: injection, llama-4-disappoints, new-chief-scientist, r1-release,"
                        + " scale-ai-leader, tbd-spree (or select by index: events[0])"),
                Arguments.of("events[40].payLevel=3", "the scenario has events[0] to events[15], no events[40]"),
                Arguments.of("market.separation=0.02", "expected a rate with its unit, like 0.2/year (per week, month or year),"
                        + " was 0.02"),
                Arguments.of("market.separation=2/week", "per-tick separation + retirement + offers to the employed must be <= 1,"
                        + " was 8.66667 + 0.000833333 + 0.05 = 8.7175 a month (lower the rates or use tick: week)"),
                Arguments.of("labs[Meta].prestige=1.5", "must be in [0,1], was 1.5"),
                Arguments.of("labs[Meta].teams[TBD Lab].payLevel=0", "must be > 0, was 0"),
                Arguments.of("labs[Meta].budget=1e16", "must be at most 1000000000000000 (USD a year; leave it out for no limit), was 1e16"),
                Arguments.of("labs[Meta].retention=matcher", "unknown retention policy 'matcher', did you mean 'match'? (known: match, none, stars)"),
                Arguments.of("labs[Meta].retention.upTo=-1", "retention policy 'match': upTo must be in [0,1], was -1.0"),
                Arguments.of("labs[Meta].retention.foo=1", "retention policy 'match' has no parameter 'foo'; its parameters: [upTo]"),
                Arguments.of("labs[Meta].offer=posted", "policy 'posted' needs the lab's postedWage"),
                Arguments.of("labs[Meta].name=", "is required"),
                Arguments.of("labs[Meta].teams[FAIR].focus=science", "expected research, product or infra, was 'science'"),
                Arguments.of("months=0", "must be > 0, was 0"),
                Arguments.of("seed=seven", "expected a whole number, was 'seven'"),
                Arguments.of("seed=99999999999999999999999",
                        "expected a whole number from -9223372036854775808 to 9223372036854775807, was 99999999999999999999999"),
                Arguments.of("market.payScale.nope=1", "unknown key 'nope'; expected one of: base, elasticity, floor"),
                Arguments.of("market.separation.rate=1", "market.separation: expected a rate like 0.2/year, was a mapping"),
                Arguments.of("labs.budget=1", "labs is a list: select an item, like labs[NAME].budget"),
                Arguments.of("labs[Meta]=[1, 2]", ""),
                Arguments.of("labs[Meta].budget=[1, 2", "invalid YAML: expected ',' or ']', but got <stream end> (while parsing a flow sequence)"),
                Arguments.of("labs[Meta].budget", "expected PATH=VALUE, like market.separation=0.2/year"),
                Arguments.of("labs[Meta.budget=1", "expected ']' to close '[Meta.budget=1'"),
                Arguments.of("labs..budget=1", ""),
                Arguments.of("=1", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void errorsAreOneLineNamingTheOverride(String override, String problem) {
        OverrideException e = assertThrows(OverrideException.class, () -> Overrides.parse(override).applyTo(META));
        if (!problem.isEmpty()) {
            // a library's words; the command line's (asSetOptions) name the option it was given as
            assertEquals("override " + override + ": " + problem, e.getMessage());
            assertEquals("--set " + override + ": " + problem, e.asSetOptions());
        }
        assertTrue(e.getMessage().startsWith("override " + override + ": "), e.getMessage());
        assertFalse(e.getMessage().contains("--set"), e.getMessage());
        assertTrue(e.getMessage().lines().count() == 1, e.getMessage());
    }
}
