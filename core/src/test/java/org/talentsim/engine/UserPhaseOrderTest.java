package org.talentsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentsim.testkit.Worlds;

/**
 * User phases run where they were registered, once per tick, whichever built-in phases the engine
 * fuses for the slots that are free: every subset of slots below gives the slots in phase order.
 */
class UserPhaseOrderTest {
    /** Every slot, in the order a tick passes them. */
    private static List<String> allSlots() {
        List<String> slots = new ArrayList<>();
        for (PhaseId id : PhaseId.values()) {
            slots.add("before " + id);
            slots.add("after " + id);
        }
        return slots;
    }

    @Test
    void userPhasesRunInTheirSlotsInPhaseOrder() {
        List<List<String>> subsets = List.of(
                allSlots(),                                              // nothing fused
                List.of("before MORALE", "after OFFERS", "before PAYROLL", "after METRICS"),   // everything fused
                List.of("after SEARCH"),                                 // morale+search fused, offers apart
                List.of("before OFFERS", "after LAYOFFS"),
                List.of("after MORALE", "before METRICS"),
                List.of("after PAYROLL"),
                List.of("before EVENTS", "after EVENTS", "before PRODUCTION", "after PRODUCTION"));
        for (List<String> slots : subsets) {
            List<String> seen = new ArrayList<>();
            Simulation.Builder b = Simulation.builder(Worlds.twoLabWar(3));
            for (String slot : slots) {
                String[] parts = slot.split(" ");
                PhaseId id = PhaseId.valueOf(parts[1]);
                Phase record = ctx -> seen.add(ctx.tick() + " " + slot);
                if (parts[0].equals("before")) {
                    b.before(id, record);
                } else {
                    b.after(id, record);
                }
            }
            try (Simulation sim = b.build()) {
                sim.run(2);
            }
            List<String> expected = new ArrayList<>();
            for (int tick = 1; tick <= 2; tick++) {
                for (String slot : allSlots()) {
                    if (slots.contains(slot)) {
                        expected.add(tick + " " + slot);
                    }
                }
            }
            assertEquals(expected, seen, "slots " + slots);
        }
    }
}
