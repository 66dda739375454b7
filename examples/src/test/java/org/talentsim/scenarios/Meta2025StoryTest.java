package org.talentsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.talentsim.metrics.History;
import org.talentsim.metrics.LabRow;
import org.talentsim.metrics.MoveRow;
import org.talentsim.metrics.TeamRow;
import org.talentsim.model.MoveReason;

/** The flagship tells ../shared/STORY.md: asserted on its results (default seed and length). */
class Meta2025StoryTest {
    static History h;

    @BeforeAll
    static void run() {
        h = Runs.run("meta-2025.yaml");
    }

    static List<MoveRow> moves(MoveReason r) {
        return h.moves().stream().filter(m -> m.reason() == r).toList();
    }

    static List<TeamRow> team(String name) {
        return h.teams().stream().filter(t -> t.lab().equals("Meta") && t.team().equals(name)).toList();
    }

    @Test
    void aboutSixHundredLaidOffFromMetaInOctoberAndNoneFromTbdLab() {
        List<MoveRow> laid = moves(MoveReason.LAID_OFF).stream()
                .filter(m -> m.fromLab().equals("Meta") && m.date().equals("2025-10")).toList();
        assertTrue(laid.size() >= 590 && laid.size() <= 610, "laid off in 2025-10: " + laid.size());
        assertTrue(moves(MoveReason.LAID_OFF).stream().noneMatch(m -> m.fromTeam().equals("TBD Lab")));
        Set<String> teams = laid.stream().map(MoveRow::fromTeam).collect(Collectors.toSet());
        assertEquals(Set.of("FAIR", "Products", "Infra"), teams);
    }

    @Test
    void metaEndsTheYearUnderThreeThousand() {
        List<LabRow> meta = h.labs().stream().filter(r -> r.lab().equals("Meta")).toList();
        assertTrue(meta.get(0).headcount() > 3300, "about 3,600 before the cut: " + meta.get(0).headcount());
        LabRow oct = meta.stream().filter(r -> r.date().equals("2025-10")).findFirst().orElseThrow();
        assertTrue(oct.headcount() < 3000, "just under 3,000 after: " + oct.headcount());
    }

    @Test
    void tbdLabNeverShrinksInTheLayoffMonthAndGrowsAfterJune() {
        List<TeamRow> tbd = team("TBD Lab");
        Map<String, Integer> hc = new TreeMap<>();
        tbd.forEach(t -> hc.put(t.date(), t.headcount()));
        assertTrue(hc.get("2025-10") >= hc.get("2025-09"), "October: " + hc.get("2025-09") + " -> " + hc.get("2025-10"));
        assertTrue(hc.get("2025-09") > hc.get("2025-06"), "grows after June: " + hc);
        assertTrue(hc.get("2025-12") >= 2 * hc.get("2025-05"), "a few dozen by year end: " + hc);
    }

    @Test
    void tbdLabTakesAtLeastFiveFromOpenAiInOneMonth() {
        Map<String, Long> perMonth = moves(MoveReason.POACHED).stream()
                .filter(m -> m.fromLab().equals("OpenAI") && m.toTeam().equals("TBD Lab"))
                .collect(Collectors.groupingBy(MoveRow::date, TreeMap::new, Collectors.counting()));
        assertTrue(perMonth.values().stream().anyMatch(n -> n >= 5), "OpenAI -> TBD Lab by month: " + perMonth);
    }

    @Test
    void starPackagesAreExtreme() {
        double top = moves(MoveReason.POACHED).stream().filter(m -> m.toTeam().equals("TBD Lab"))
                .mapToDouble(MoveRow::newSalary).max().orElseThrow();
        assertTrue(top > 100e6, "the top package: " + top);
        double tbd = team("TBD Lab").get(team("TBD Lab").size() - 1).meanSalary();
        double products = team("Products").get(team("Products").size() - 1).meanSalary();
        assertTrue(tbd > 10 * products, "TBD Lab's average pay is far above the other units: " + tbd + " vs " + products);
    }

    @Test
    void someVisaHoldersAmongThoseLaidOffLeaveTheMarket() {
        Set<Integer> laid = moves(MoveReason.LAID_OFF).stream().filter(m -> m.date().equals("2025-10"))
                .map(MoveRow::researcher).collect(Collectors.toSet());
        List<MoveRow> exits = moves(MoveReason.VISA_EXIT).stream().filter(m -> laid.contains(m.researcher())).toList();
        assertTrue(exits.size() >= 3, "visa exits among the laid off: " + exits.size());
        assertTrue(exits.stream().allMatch(m -> m.tick() >= 10 + 2 + 2), "not before notice (2) and grace (2 months) ran out");
    }

    @Test
    void aFounderLeavesToStartALabThatHires() {
        List<MoveRow> founded = moves(MoveReason.FOUNDED);
        assertEquals(1, founded.size());
        assertEquals("AMI Labs", founded.get(0).toLab());
        assertEquals("FAIR", founded.get(0).fromTeam());
        assertTrue(moves(MoveReason.HIRED).stream().filter(m -> m.toLab().equals("AMI Labs")).count()
                + moves(MoveReason.POACHED).stream().filter(m -> m.toLab().equals("AMI Labs")).count() >= 10);
    }

    @Test
    void theDismissedDirectorIsHiredSoonAfter() {
        MoveRow cut = moves(MoveReason.LAID_OFF).stream()
                .filter(m -> m.date().equals("2025-10") && m.fromTeam().equals("FAIR") && m.oldSalary() == 1.8e6)
                .findFirst().orElseThrow();
        MoveRow next = h.moves().stream().filter(m -> m.researcher() == cut.researcher() && m.tick() > cut.tick())
                .findFirst().orElseThrow();
        assertEquals(MoveReason.HIRED, next.reason());
        assertTrue(next.tick() - cut.tick() <= 3, "an instant job fair: hired " + (next.tick() - cut.tick()) + " months later");
    }

    @Test
    void productsMoraleSitsBelowTbdLab() {
        double products = team("Products").get(11).meanMorale();
        double tbd = team("TBD Lab").get(11).meanMorale();
        assertTrue(products < tbd - 0.2, "Products " + products + " vs TBD Lab " + tbd);
    }
}
