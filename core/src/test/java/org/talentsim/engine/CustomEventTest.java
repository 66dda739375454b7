package org.talentsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentsim.io.ScenarioException;
import org.talentsim.io.ScenarioFiles;
import org.talentsim.model.Focus;
import org.talentsim.policy.PolicyRegistry;
import org.talentsim.scenario.EventEffects;
import org.talentsim.scenario.EventFields;
import org.talentsim.scenario.EventSink;
import org.talentsim.scenario.EventSpec;
import org.talentsim.scenario.EventType;
import org.talentsim.scenario.EventTypes;
import org.talentsim.scenario.InvalidFieldException;
import org.talentsim.scenario.Roster;
import org.talentsim.scenario.Scenario;

/**
 * Adding an event type is one class: {@link PrestigeShock}, defined here in test code, is read
 * from a file (with positions in its errors), written back, checked for references and run,
 * registered in an {@link EventTypes} and with no change to the reader, writer, checks or kernel.
 */
class CustomEventTest {
    /** A scandal or a prize: the lab's prestige becomes {@code prestige}. */
    record PrestigeShock(int tick, String lab, double prestige) implements EventSpec {
        static final EventType<PrestigeShock> TYPE = EventType.of("prestigeShock", List.of("lab", "prestige"),
                PrestigeShock::read);

        PrestigeShock {
            if (!(prestige >= 0 && prestige <= 1)) {
                throw new IllegalArgumentException("prestigeShock.prestige must be in [0,1], was " + prestige);
            }
        }

        static PrestigeShock read(EventFields f, int tick) {
            String lab = f.name("lab");
            f.require("prestige");
            double prestige = f.unit("prestige", 0);
            return f.build(() -> new PrestigeShock(tick, lab, prestige));
        }

        @Override
        public EventType<PrestigeShock> type() {
            return TYPE;
        }

        @Override
        public void checkReferences(Roster roster) {
            roster.requireLab("lab", lab);
        }

        @Override
        public void write(EventSink out) {
            out.string("lab", lab).number("prestige", prestige);
        }

        @Override
        public void apply(EventEffects market) {
            market.setPrestige(lab, prestige);
        }
    }

    /** A budget change by a factor the event computes: here NaN (a division by zero in a user's code). */
    record BadBudget(int tick, String lab, double factor) implements EventSpec {
        static final EventType<BadBudget> TYPE = EventType.of("badBudget", List.of("lab"), (f, tick) -> {
            String lab = f.name("lab");
            return f.build(() -> new BadBudget(tick, lab, Double.NaN));
        });

        @Override
        public EventType<BadBudget> type() {
            return TYPE;
        }

        @Override
        public void checkReferences(Roster roster) {
            roster.requireLab("lab", lab);
        }

        @Override
        public void write(EventSink out) {
            out.string("lab", lab);
        }

        @Override
        public void apply(EventEffects market) {
            market.scaleBudget(lab, factor, 0);
        }
    }

    /** A custom event that keeps an id (in code). */
    record Tagged(int tick, String lab, String id) implements EventSpec {
        @Override
        public EventType<PrestigeShock> type() {
            return PrestigeShock.TYPE;
        }

        @Override
        public void checkReferences(Roster roster) {
            roster.requireLab("lab", lab);
        }

        @Override
        public void write(EventSink out) {
            out.string("lab", lab).number("prestige", 0.5);
        }

        @Override
        public void apply(EventEffects market) {
            market.setPrestige(lab, 0.5);
        }
    }

    /**
     * A custom event's id is checked as a built-in's and a file's: digits only read as an index in
     * an override, and the scenario written out could not be read back (found by an API review).
     */
    @Test
    void aCustomEventsIdOfDigitsOnlyIsRefused() {
        Scenario base = parse("    lab: Meta\n    prestige: 0.9\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> base.toBuilder().event(new Tagged(2, "Meta", "42")).build());
        assertTrue(e.getMessage().contains("events[1].id") && e.getMessage().contains("'42': an id of digits only"), e.getMessage());
        assertEquals("shock-2", base.toBuilder().event(new Tagged(2, "Meta", "shock-2")).build().events().get(0).id());
    }

    /**
     * A factor of NaN from a custom event fails the tick naming it, as a prestige outside [0,1]
     * does; it became the largest budget with a warning, or a NaN budget without one (found by an
     * API review).
     */
    @Test
    void aBudgetChangeByNaNFailsTheTick() {
        Scenario s = ScenarioFiles.parse(HEAD.replace("type: prestigeShock", "type: badBudget") + "    lab: Meta\n", "bad.yaml",
                PolicyRegistry.defaults(), EventTypes.defaults().register(BadBudget.TYPE));
        TickFailedException e = assertThrows(TickFailedException.class, () -> {
            try (Simulation sim = Simulation.builder(s).build()) {
                sim.run();
            }
        });
        assertTrue(e.getCause() instanceof IllegalArgumentException
                && e.getCause().getMessage().equals("budget factor must be a finite number, was NaN"), String.valueOf(e.getCause()));
    }

    static final EventTypes TYPES = EventTypes.defaults().register(PrestigeShock.TYPE);

    static final String HEAD = """
            version: 1
            name: shock
            months: 6
            labs:
              - name: Meta
                prestige: 0.5
                teams:
                  - name: FAIR
                    focus: research
                    headcount: 40
              - name: OpenAI
                teams:
                  - name: Research
                    focus: research
                    headcount: 40
            events:
              - date: 2025-03
                type: prestigeShock
            """;

    static Scenario parse(String events) {
        return ScenarioFiles.parse(HEAD + events, "shock.yaml", PolicyRegistry.defaults(), TYPES);
    }

    static String error(String events) {
        return assertThrows(ScenarioException.class, () -> parse(events)).getMessage();
    }

    /**
     * An experiment over a scenario with an event of a custom type: its text is read with the
     * builder's event types, and the arms differ as the event says. Without {@code events(...)}
     * it is refused, as the text cannot be read with the built-in types (an experiment could not
     * use a custom event at all: found by an API review).
     */
    @Test
    void anExperimentReadsItsScenarioWithTheEventTypesGiven(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        Scenario s = parse("    lab: Meta\n    prestige: 0.9\n");
        org.talentsim.experiment.Experiment.Builder b = org.talentsim.experiment.Experiment.builder().scenario(s)
                .arm("shock", List.of()).arm("none", List.of("events[0].prestige=0.5")).replications(2);
        ScenarioException refused = assertThrows(ScenarioException.class, b::build);
        assertTrue(refused.getMessage().contains("unknown event type 'prestigeShock'"), refused.getMessage());
        org.talentsim.experiment.Experiment e = b.events(TYPES).build();
        assertTrue(!e.portable(), "custom types run on this machine only");
        try (org.talentsim.experiment.LocalExecutor ex = new org.talentsim.experiment.LocalExecutor(2)) {
            org.talentsim.experiment.ExperimentRunner.Result r = org.talentsim.experiment.ExperimentRunner.run(e, ex,
                    dir.resolve("out"), false, false, (done, total) -> { });
            assertEquals(4, r.ran());
        }
        assertTrue(e.toYaml(dir).startsWith("# The resolved spec of a talentsim experiment run with a policy registry, event types"));
    }

    @Test
    void readsFromAFile() {
        Scenario s = parse("    lab: Meta\n    prestige: 0.9\n");
        assertEquals(List.of(new PrestigeShock(3, "Meta", 0.9)), s.events());
    }

    @Test
    void itsErrorsNameFileLineColumnAndField() {
        assertEquals("shock.yaml:20:15: events[0].prestige: must be in [0,1], was 1.5",
                error("    lab: Meta\n    prestige: 1.5\n"));
        assertEquals("shock.yaml:17:5: events[0].prestige: is required", error("    lab: Meta\n"));
        assertEquals("shock.yaml:20:5: events[0].factor: unknown key; expected one of: type, date, tick, id, lab, prestige",
                error("    lab: Meta\n    factor: 2\n"));
        String unregistered = assertThrows(ScenarioException.class,
                () -> ScenarioFiles.parse(HEAD + "    lab: Meta\n    prestige: 0.9\n", "shock.yaml")).getMessage();
        assertTrue(unregistered.startsWith("shock.yaml:18:11: events[0].type: unknown event type 'prestigeShock'"),
                unregistered);
    }

    @Test
    void theFrontDoorLoadsItOnceRegistered(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("shock.yaml");
        java.nio.file.Files.writeString(file, HEAD + "    lab: Meta\n    prestige: 0.9\n");
        org.talentsim.Talentsim ts = org.talentsim.Talentsim.defaults().withEventTypes(TYPES);
        assertEquals(List.of(new PrestigeShock(3, "Meta", 0.9)), ts.load(file).events());
        assertEquals(ts.load(file), ts.withThreads(2).load(file), "the copy keeps the event types");
        assertThrows(ScenarioException.class, () -> org.talentsim.Talentsim.defaults().load(file));
    }

    @Test
    void checksItsReferencesWithAPath() {
        assertEquals("shock.yaml:19:10: events[0].lab: unknown lab 'Metaa', did you mean 'Meta'? (known labs: Meta, OpenAI)",
                error("    lab: Metaa\n    prestige: 0.9\n"));
        InvalidFieldException e = assertThrows(InvalidFieldException.class, () -> builder()
                .event(new PrestigeShock(4, "Nowhere", 0.9)).build());
        assertEquals("events[0].lab", e.field());
        assertEquals("events[0].lab (PrestigeShock at tick 4): unknown lab 'Nowhere' (known labs: Meta, OpenAI)",
                e.getMessage());
    }

    @Test
    void roundTripsThroughTheWriter() {
        Scenario s = builder().event(new PrestigeShock(2, "OpenAI", 0.125)).build();
        String yaml = ScenarioFiles.write(s);
        assertTrue(yaml.contains("  - date: 2025-02\n    type: prestigeShock\n    lab: OpenAI\n    prestige: 0.125\n"), yaml);
        Scenario back = ScenarioFiles.parse(yaml, "back.yaml", PolicyRegistry.defaults(), TYPES);
        assertEquals(s, back);
        assertEquals(yaml, ScenarioFiles.write(back));
    }

    @Test
    void runsInASimulation() {
        Scenario s = parse("    lab: Meta\n    prestige: 0.9\n");
        List<Double> prestige = new ArrayList<>();
        try (Simulation sim = Simulation.builder(s).observer((tick, world, moves) ->
                prestige.add(world.lab(world.labIndex("Meta")).prestige())).build()) {
            sim.run();
        }
        assertEquals(List.of(0.5, 0.5, 0.9, 0.9, 0.9, 0.9), prestige);
    }

    static org.talentsim.scenario.ScenarioBuilder builder() {
        return Scenario.builder("shock").months(6)
                .lab("Meta", l -> l.prestige(0.5).team("FAIR", Focus.RESEARCH, 40, t -> { }))
                .lab("OpenAI", l -> l.team("Research", Focus.RESEARCH, 40, t -> { }));
    }
}
