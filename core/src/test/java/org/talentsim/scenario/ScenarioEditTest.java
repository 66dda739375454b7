package org.talentsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.talentsim.io.ScenarioFiles;

/** A loaded scenario can be changed in code without re-typing constructors: toBuilder, editLab, editTeam, with…. */
class ScenarioEditTest {
    static final Scenario META = ScenarioFiles.read(Path.of("../examples/scenarios/meta-2025.yaml"));

    @Test
    void toBuilderRebuildsAnEqualScenario() {
        assertEquals(META, META.toBuilder().build());
        assertEquals(META.hashCode(), META.toBuilder().build().hashCode());
        for (LabSpec l : META.labs()) {
            assertEquals(l, l.toBuilder().build());
            for (TeamSpec t : l.teams()) {
                assertEquals(t, t.toBuilder().build());
            }
        }
        assertEquals(META.market(), META.market().toBuilder().build());
    }

    @Test
    void editingALabChangesThatLabOnly() {
        Scenario noCounter = META.toBuilder()
                .editLab("Meta", lab -> lab.retention("none").editTeam("TBD Lab", t -> t.payLevel(3)))
                .build();
        assertNotEquals(META, noCounter);
        for (int k = 0; k < META.labs().size(); k++) {
            LabSpec before = META.labs().get(k);
            LabSpec after = noCounter.labs().get(k);
            if (before.name().equals("Meta")) {
                assertEquals(PolicySpec.of("none"), after.retention());
                assertEquals(before.offer(), after.offer());
                for (int t = 0; t < before.teams().size(); t++) {
                    TeamSpec tb = before.teams().get(t);
                    TeamSpec ta = after.teams().get(t);
                    if (tb.name().equals("TBD Lab")) {
                        assertEquals(3, ta.payLevel());
                        assertEquals(tb.toBuilder().payLevel(3).build(), ta);
                    } else {
                        assertEquals(tb, ta);
                    }
                }
            } else {
                assertEquals(before, after);
            }
        }
        assertEquals(META.events(), noCounter.events());
    }

    @Test
    void unknownNamesAreErrorsThatListTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> META.toBuilder().editLab("Metaa", lab -> { }));
        assertTrue(e.getMessage().contains("no lab named 'Metaa'") && e.getMessage().contains("OpenAI"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> META.toBuilder().editLab("Meta", lab -> lab.editTeam("TBD", t -> { })));
        assertTrue(e.getMessage().contains("has no team 'TBD'") && e.getMessage().contains("TBD Lab"), e.getMessage());
    }

    @Test
    void eventsCanBeRemovedOrReplaced() {
        Scenario noRaids = META.toBuilder().removeEvents(ev -> ev instanceof EventSpec.Raid).build();
        assertTrue(META.events().stream().anyMatch(ev -> ev instanceof EventSpec.Raid));
        assertTrue(noRaids.events().stream().noneMatch(ev -> ev instanceof EventSpec.Raid));
        assertEquals(META.events().size() - META.events().stream().filter(ev -> ev instanceof EventSpec.Raid).count(),
                noRaids.events().size());
        assertEquals(0, META.toBuilder().events(java.util.List.of()).build().events().size());
    }

    @Test
    void marketSpecBuilderAndWithAgree() {
        MarketSpec a = MarketSpec.DEFAULT.toBuilder().separation(Rate.perYear(0.02)).annualRaise(0.05).build();
        MarketSpec b = MarketSpec.DEFAULT.withSeparation(Rate.perYear(0.02)).withAnnualRaise(0.05);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(MarketSpec.DEFAULT, a);
        assertEquals(MarketSpec.DEFAULT, MarketSpec.builder().build());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MarketSpec.builder().reservationShare(1.5).build());
        assertTrue(e.getMessage().contains("market.reservationShare"), e.getMessage());
        assertTrue(a.toString().contains("annualRaise=0.05"), a.toString());
    }
}
