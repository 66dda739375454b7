package org.talentsim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.talentsim.engine.PhaseId;
import org.talentsim.engine.Simulation;
import org.talentsim.engine.TickObserver;
import org.talentsim.model.LabView;
import org.talentsim.model.MovesView;
import org.talentsim.model.OffersView;
import org.talentsim.model.PopulationView;
import org.talentsim.model.TeamView;
import org.talentsim.model.WorldView;
import org.talentsim.policy.AcceptancePolicy;
import org.talentsim.policy.LabStrategy;
import org.talentsim.policy.LayoffPolicy;
import org.talentsim.policy.MoralePolicy;
import org.talentsim.policy.OfferPolicy;
import org.talentsim.policy.PolicyRegistry;
import org.talentsim.policy.RetentionPolicy;
import org.talentsim.scenario.PolicySpec;
import org.talentsim.scenario.Scenario;
import org.talentsim.testkit.Worlds;

/**
 * What the engine hands out — to observers, user phases and policies — is a read-only view, not
 * the kernel's object: a cast of an observer's world to the kernel's {@code Population} gave its
 * setters on the class path, and an observer halved a lab's payroll mid-run without a word (an
 * economist's review). Each view reads exactly what its object does.
 */
class ReadOnlyViewsTest {
    /** The kernel's classes: no object handed out may be one of them. */
    static final Set<Class<?>> KERNEL = Set.of(World.class, Population.class, Lab.class, Team.class, MoveLog.class, OfferLog.class);

    static void readOnly(Object o, String where) {
        assertFalse(KERNEL.contains(o.getClass()), where + " is the kernel's " + o.getClass().getSimpleName());
    }

    /**
     * On the class path (the README's route) the kernel package is not shut by the module, and
     * {@code Internals.world} turned an observer's view back into the state: an observer set a
     * researcher's pay to 1e9 mid-run (an economist's review). Code outside the project's packages
     * is now refused, and the engine's accessor cannot be replaced; the project's own code still
     * reaches the state.
     */
    @Test
    void codeOutsideTheProjectCannotUnwrapAView() {
        Scenario s = Worlds.everything(3).withMonths(2);
        List<String> refused = new ArrayList<>();
        Simulation sim = Simulation.builder(s).observer((tick, world, moves) -> {
            IllegalCallerException x = org.junit.jupiter.api.Assertions.assertThrows(IllegalCallerException.class,
                    () -> outsider.Outsider.world(world));
            refused.add(x.getMessage());
            assertSame(World.class, Internals.world(world).getClass());   // the project's own tests still can
        }).build();
        sim.run(2);
        assertEquals(2, refused.size());
        assertTrue(refused.get(0).startsWith("outsider.Outsider may not reach the kernel's mutable state"), refused.get(0));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalCallerException.class, () -> outsider.Outsider.market(sim));
        IllegalCallerException x = org.junit.jupiter.api.Assertions.assertThrows(IllegalCallerException.class,
                outsider.Outsider::install);
        assertEquals("only the engine installs the kernel's accessor, not outsider.Outsider", x.getMessage());
        assertSame(Internals.world(sim.world()).population(), Internals.market(sim).world().population());
    }

    @Test
    void observersAndUserPhasesGetViews() {
        Scenario s = Worlds.everything(3).withMonths(8);
        List<String> seen = new ArrayList<>();
        TickObserver looker = new TickObserver() {
            @Override
            public void onStart(WorldView w) {
                check(w, "onStart");
            }

            @Override
            public boolean wantsOffers() {
                return true;
            }

            @Override
            public void onOffers(int tick, WorldView w, OffersView offers) {
                readOnly(offers, "the offers");
            }

            @Override
            public void onTick(int tick, WorldView w, MovesView moves) {
                check(w, "onTick");
                readOnly(moves, "the moves");
            }

            @Override
            public void onEnd(WorldView w) {
                check(w, "onEnd");
            }

            void check(WorldView w, String where) {
                readOnly(w, where);
                readOnly(w.population(), where + ": population()");
                for (int l = 0; l < w.labCount(); l++) {
                    readOnly(w.lab(l), where + ": lab(" + l + ")");
                    assertSame(w.lab(l), w.labs().get(l), "one view per lab");
                }
                for (TeamView t : w.teams()) {
                    readOnly(t, where + ": a team");
                }
                seen.add(where);
            }
        };
        try (Simulation sim = Simulation.builder(s).observer(looker).after(PhaseId.OFFERS, ctx -> {
            readOnly(ctx.world(), "a user phase's world");
            readOnly(ctx.edit().world(), "the editor's world");
        }).build()) {
            readOnly(sim.world(), "Simulation.world()");
            sim.run();
        }
        assertTrue(seen.contains("onStart") && seen.contains("onEnd") && seen.size() == 10, seen.toString());
    }

    /** Every policy's inputs: the population, lab and team they name are views too. */
    @Test
    void policiesGetViews() {
        PolicyRegistry defaults = PolicyRegistry.defaults();
        Set<String> seen = ConcurrentHashMap.newKeySet();
        PolicyRegistry reg = PolicyRegistry.defaults()
                .register(PolicyRegistry.OFFER, "seen", spec -> {
                    OfferPolicy inner = defaults.create(PolicyRegistry.OFFER, PolicySpec.of("premium", "premium", 0.2));
                    return q -> {
                        readOnly(q.people(), "an offer's people");
                        readOnly(q.lab(), "an offer's lab");
                        readOnly(q.team(), "an offer's team");
                        seen.add("offer");
                        return inner.price(q);
                    };
                })
                .register(PolicyRegistry.RETENTION, "seen", spec -> {
                    RetentionPolicy inner = defaults.create(PolicyRegistry.RETENTION, PolicySpec.of("match"));
                    return q -> {
                        readOnly(q.people(), "a counter's people");
                        readOnly(q.lab(), "a counter's lab");
                        seen.add("retention");
                        return inner.counter(q);
                    };
                })
                .register(PolicyRegistry.ACCEPTANCE, "seen", spec -> {
                    AcceptancePolicy inner = defaults.create(PolicyRegistry.ACCEPTANCE, PolicySpec.of("utility"));
                    return c -> {
                        readOnly(c.people(), "an acceptance's people");
                        seen.add("acceptance");
                        return inner.accept(c);
                    };
                })
                .register(PolicyRegistry.MORALE, "seen", spec -> {
                    MoralePolicy inner = defaults.create(PolicyRegistry.MORALE, PolicySpec.of("peer-relative"));
                    return in -> {
                        readOnly(in.people(), "morale's people");
                        seen.add("morale");
                        return inner.morale(in);
                    };
                })
                .register(PolicyRegistry.LAYOFF, "seen", spec -> {
                    LayoffPolicy inner = defaults.create(PolicyRegistry.LAYOFF, PolicySpec.of("lowest-output"));
                    return (candidates, n, c) -> {
                        readOnly(c.people(), "a layoff's people");
                        seen.add("layoff");
                        inner.order(candidates, n, c);
                    };
                })
                .register(PolicyRegistry.STRATEGY, "seen", spec -> {
                    LabStrategy inner = defaults.create(PolicyRegistry.STRATEGY, PolicySpec.of("gap-response"));
                    return sit -> {
                        readOnly(sit.lab(), "a strategy's lab");
                        seen.add("strategy");
                        return inner.adjust(sit);
                    };
                });
        PolicySpec seenSpec = PolicySpec.of("seen");
        org.talentsim.scenario.ScenarioBuilder b = Scenario.builder("seen").seed(5).months(12).acceptance(seenSpec).morale(seenSpec)
                .lab("Seen", l -> l.prestige(0.7).budget(400e6).offer(seenSpec).retention(seenSpec).layoff(seenSpec).strategy(seenSpec)
                        .team("R", org.talentsim.model.Focus.RESEARCH, 200, t -> t.target(260))
                        .team("P", org.talentsim.model.Focus.PRODUCT, 100, t -> t.target(100)))
                .lab("Rival", l -> l.prestige(0.8).budget(500e6).capability(200)
                        .team("R", org.talentsim.model.Focus.RESEARCH, 250, t -> t.target(300)))
                .pool(300);
        b.event(new org.talentsim.scenario.EventSpec.Layoff(4, "Seen", List.of("P"), 20, Double.NaN, 1, 16, 2));
        Scenario seeing = b.build();
        try (Simulation sim = Simulation.builder(seeing).registry(reg).build()) {
            sim.run();
        }
        assertEquals(Set.of("offer", "retention", "acceptance", "morale", "layoff", "strategy"), seen);
    }

    /** Each view reads what its kernel object does: every method without arguments, or of one index. */
    @Test
    void eachViewReadsItsObject() throws Exception {
        try (Simulation sim = Simulation.of(Worlds.everything(7).withMonths(6))) {
            sim.run(6);
            World w = Internals.market(sim).world();
            same(WorldView.class, w, w.view(), 3);
            same(PopulationView.class, w.population(), w.population().view(), 50);
            for (int l = 0; l < w.labCount(); l++) {
                same(LabView.class, w.lab(l), w.lab(l).view(), 5);
            }
            for (int t = 0; t < w.teamCount(); t++) {
                same(TeamView.class, w.team(t), w.team(t).view(), 0);
            }
            same(MovesView.class, w.moves(), w.moves().view(), Math.min(5, w.moves().size()));
        }
    }

    private static void same(Class<?> iface, Object kernel, Object view, int indices) throws Exception {
        for (Method m : iface.getMethods()) {
            if (m.getParameterCount() == 0) {
                assertEquals(render(m.invoke(kernel)), render(m.invoke(view)), iface.getSimpleName() + "." + m.getName());
            } else if (m.getParameterCount() == 1 && m.getParameterTypes()[0] == int.class) {
                for (int i = 0; i < indices; i++) {
                    Object k;
                    try {
                        k = m.invoke(kernel, i);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        continue;   // not an index this object has (a lab's team k)
                    }
                    assertEquals(render(k), render(m.invoke(view, i)), iface.getSimpleName() + "." + m.getName() + "(" + i + ")");
                }
            }
        }
    }

    /** Values compared as text; a view or kernel object by what it is a view of, a list by its elements. */
    private static String render(Object o) {
        if (o instanceof int[] a) {
            return java.util.Arrays.toString(a);
        }
        if (o instanceof LabView l) {
            return "lab " + l.id();
        }
        if (o instanceof TeamView t) {
            return "team " + t.id();
        }
        if (o instanceof PopulationView p) {
            return "population of " + p.size();
        }
        if (o instanceof List<?> list) {
            List<String> out = new ArrayList<>();
            list.forEach(e -> out.add(render(e)));
            return out.toString();
        }
        return String.valueOf(o);
    }
}
