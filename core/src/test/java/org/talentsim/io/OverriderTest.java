package org.talentsim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.talentsim.experiment.Overrides;
import org.talentsim.model.Focus;
import org.talentsim.scenario.EventSpec;
import org.talentsim.scenario.OverrideException;
import org.talentsim.scenario.Scenario;

/**
 * How an override finds what it changes ({@link Overrider}): list items by name, id or index (an
 * index at the end of the list, a selector too long to be an index), the messages for what it
 * cannot find, and which override a reader's error is blamed on, with list items named.
 */
class OverriderTest {
    static final Scenario BASE = Scenario.builder("ov").seed(4).months(3)
            .lab("Alpha", l -> l.team("R", Focus.RESEARCH, 10, t -> t.target(12)))
            .lab("Beta", l -> l.offer("premium", "premium", 0.2).team("S", Focus.PRODUCT, 8, t -> t.target(8)))
            .event(new EventSpec.HiringSpree(2, "Alpha", "R", 20, 2.0))
            .build();

    static Scenario apply(String... overrides) {
        return Overrides.parse(overrides).applyTo(BASE);
    }

    static String problem(String... overrides) {
        return assertThrows(OverrideException.class, () -> apply(overrides)).problem();
    }

    static String override(String... overrides) {
        return assertThrows(OverrideException.class, () -> apply(overrides)).override();
    }

    /**
     * A scenario built in code with a policy parameter the registry refuses (it is checked only
     * against a registry): an override that has nothing to do with it used to take the blame
     * ("--set seed=3: labs[0].retention.upTo: ..."); the error now says the scenario was invalid
     * before any override. An override of that very field still is the one named.
     */
    @Test
    void aScenarioInvalidBeforeTheOverridesIsNotBlamedOnThem() {
        Scenario bad = Scenario.builder("x").months(6)
                .lab("Alpha", l -> l.retention("match", "upTo", 5.0).team("R", Focus.RESEARCH, 50, t -> { }))
                .lab("Beta", l -> l.team("R", Focus.RESEARCH, 60, t -> { })).build();
        org.talentsim.scenario.InvalidFieldException e = assertThrows(org.talentsim.scenario.InvalidFieldException.class,
                () -> Overrides.parse("seed=3").applyTo(bad));
        assertEquals("labs[0].retention.upTo", e.field());
        assertEquals("labs[0].retention.upTo: retention policy 'match': upTo must be in [0,1], was 5.0 (in the scenario itself,"
                + " before any override)", e.getMessage());
        OverrideException o = assertThrows(OverrideException.class, () -> Overrides.parse("labs[Alpha].retention.upTo=7").applyTo(bad));
        assertEquals("override labs[Alpha].retention.upTo=7: retention policy 'match': upTo must be in [0,1], was 7.0", o.getMessage());
        assertEquals(3, Overrides.parse("seed=3", "labs[Alpha].retention.upTo=0.5").applyTo(bad).seed(), "fixed by an override: fine");
    }

    /**
     * {@code events[ID]=} removes the event: "what if the freeze never happened" had no override
     * but moving the event past the run's end (a scenario author's review). Indices name the
     * file's events in every override of the list, removed or not.
     */
    @Test
    void anEmptyEventRemovesIt() {
        Scenario three = Scenario.builder("ov").seed(4).months(6)
                .lab("Alpha", l -> l.team("R", Focus.RESEARCH, 10, t -> t.target(12)))
                .event(new EventSpec.HiringSpree(2, "Alpha", "R", 0, Double.NaN, "freeze"))
                .event(new EventSpec.HiringSpree(3, "Alpha", "R", 20, Double.NaN, "spree"))
                .event(new EventSpec.HiringSpree(4, "Alpha", "R", 30, Double.NaN, "more"))
                .build();
        Scenario without = Overrides.parse("events[freeze]=").applyTo(three);
        assertEquals(java.util.List.of("spree", "more"), without.events().stream().map(EventSpec::id).toList());
        // events[0] removed, then events[1] is still the file's second event, not the third
        Scenario both = Overrides.parse("events[0]=", "events[1].target=25").applyTo(three);
        assertEquals(2, both.events().size());
        assertEquals(25, ((EventSpec.HiringSpree) both.events().get(0)).target());
        assertEquals(30, ((EventSpec.HiringSpree) both.events().get(1)).target());
        assertEquals(0, Overrides.parse("events[freeze]=", "events[spree]=", "events[more]=").applyTo(three).events().size());
        // a field of an event removed before is refused: it would go with the event
        OverrideException gone = assertThrows(OverrideException.class,
                () -> Overrides.parse("events[freeze]=", "events[freeze].target=5").applyTo(three));
        org.junit.jupiter.api.Assertions.assertTrue(gone.getMessage().contains("events[freeze] is removed by an earlier override"),
                gone.getMessage());
        // an unknown id is refused as before
        assertThrows(OverrideException.class, () -> Overrides.parse("events[thaw]=").applyTo(three));
        // only an event: a team or a lab is not removed so, and the message says how (it said "expected a mapping …,
        // was nothing": a reliability review)
        OverrideException team = assertThrows(OverrideException.class, () -> Overrides.parse("labs[Alpha].teams[R]=").applyTo(three));
        assertEquals("override labs[Alpha].teams[R]=: an empty value removes a key (its default applies) or an event (events[ID]=),"
                + " not an item of labs[Alpha].teams: labs[Alpha].teams[R] cannot be removed so; to leave it out, give labs[Alpha].teams"
                + " whole without it (labs[Alpha].teams=[...])", team.getMessage());
        OverrideException lab = assertThrows(OverrideException.class, () -> Overrides.parse("labs[0]=").applyTo(three));
        org.junit.jupiter.api.Assertions.assertTrue(lab.getMessage().contains("labs[0] cannot be removed so"), lab.getMessage());
    }

    @Test
    void itemsAreFoundByNameOrByIndexUpToTheLast() {
        assertEquals(0.7, apply("labs[1].prestige=0.7").labs().get(1).prestige());
        assertEquals(0.7, apply("labs[Beta].prestige=0.7").labs().get(1).prestige());
        assertEquals(15, apply("labs[Alpha].teams[0].target=15").labs().get(0).teams().get(0).target());
        assertEquals("the scenario has labs[0] to labs[1], no labs[2]", problem("labs[2].prestige=0.7"));
        assertEquals("labs[Alpha] has teams[0] to teams[0], no teams[1]", problem("labs[Alpha].teams[1].target=3"));
        assertEquals("the scenario has no lab '0000000001'; its labs: Alpha, Beta", problem("labs[0000000001].prestige=0.7"),
                "ten digits are a name, not an index");
        assertEquals(3.0, ((EventSpec.HiringSpree) apply("events[0].payLevel=3").events().get(0)).payLevel());
    }

    @Test
    void whatCannotBeFoundIsNamedWithTheClosestAndTheChoices() {
        assertEquals("the scenario has no lab 'Alpah' (did you mean 'Alpha'?); its labs: Alpha, Beta",
                problem("labs[Alpah].prestige=0.7"));
        assertEquals("the scenario has no event with id 'spree'; no event has an id (give one with 'id:', or select by index:"
                + " events[0])", problem("events[spree].payLevel=3"));
        assertEquals("labs is a list: select an item, like labs[NAME].prestige", problem("labs.prestige=0.7"));
        assertEquals("labs[Alpha].teams[R].target: expected a whole number, was a mapping",
                problem("labs[Alpha].teams[R].target.x=1"), "the reader's message, with the items named");
    }

    @Test
    void aPolicyGivenByNameKeepsItsNameWhenAParameterIsSet() {
        Scenario s = apply("labs[Beta].offer.premium=0.4");
        assertEquals("premium", s.labs().get(1).offer().name());
        assertEquals("0.4", String.valueOf(s.labs().get(1).offer().params().get("premium")));
    }

    /** The reader's complaint goes to the override that set the field, even when a later one is fine. */
    @Test
    void aReadersErrorIsBlamedOnTheOverrideThatCausedIt() {
        assertEquals("labs[Alpha].prestige=7", override("labs[Alpha].prestige=7", "seed=5"));
        assertEquals("labs[Alpha].prestiege=0.5", override("seed=5", "labs[Alpha].prestiege=0.5"));
        String unknown = problem("seed=5", "labs[Alpha].prestiege=0.5");
        assertEquals("unknown key 'prestiege' (did you mean 'prestige'?)", unknown.substring(0, Math.min(unknown.length(),
                "unknown key 'prestiege' (did you mean 'prestige'?)".length())), unknown);
        String nested = problem("labs[Alpha].teams[R]={name: R, focus: bogus, headcount: 3}");
        assertEquals(true, nested.startsWith("labs[Alpha].teams[R].focus: "), nested);
    }

    /**
     * An error the reader finds elsewhere than at an override's path is blamed on the override the
     * problem names (a name already used at labs[0], a date before the start), else on all of them:
     * it was blamed on the last, "--set seed=5", which had nothing to do with it (found by a reviewer).
     */
    @Test
    void anErrorElsewhereIsBlamedOnTheOverrideItNamesElseOnAll() {
        assertEquals("labs[Alpha].name=Beta", override("labs[Alpha].name=Beta", "seed=5"));
        assertEquals("start=2025-03", override("start=2025-03", "seed=5"), "the spree's date is before the new start");
        assertEquals("labs[Alpha].prestige=2", override("labs[Alpha].prestige=2", "seed=5"), "at its own path, as before");
    }

    /**
     * A library's message does not speak of {@code --set}, an option its user never typed (found
     * by a reviewer); the command line's words come from {@code asSetOptions}, several overrides
     * blamed together as the options they were given as.
     */
    @Test
    void messagesAreTheLibrarysAndTheCommandLinesAreAsked() {
        OverrideException one = new OverrideException("market.separation=-0.1/year", "must be >= 0");
        assertEquals("override market.separation=-0.1/year: must be >= 0", one.getMessage());
        assertEquals("--set market.separation=-0.1/year: must be >= 0", one.asSetOptions());
        OverrideException two = new OverrideException(java.util.List.of("a=1", "b=2"), "a name given twice", null);
        assertEquals("overrides a=1, b=2: a name given twice", two.getMessage());
        assertEquals("--set a=1 --set b=2: a name given twice", two.asSetOptions());
        assertEquals("a=1, b=2", two.override());
        assertThrows(IllegalArgumentException.class, () -> new OverrideException(java.util.List.of(), "x", null));
    }
}
