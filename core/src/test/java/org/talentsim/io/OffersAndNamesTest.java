package org.talentsim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentsim.RunResult;
import org.talentsim.Talentsim;
import org.talentsim.engine.Simulation;
import org.talentsim.internal.Num;
import org.talentsim.kernel.Internals;
import org.talentsim.metrics.History;
import org.talentsim.metrics.LabRow;
import org.talentsim.metrics.Metrics;
import org.talentsim.metrics.MoveRow;
import org.talentsim.metrics.OfferRow;
import org.talentsim.metrics.Summary;
import org.talentsim.model.Focus;
import org.talentsim.model.MoveReason;
import org.talentsim.model.OfferOutcome;
import org.talentsim.model.Status;
import org.talentsim.scenario.EventSpec;
import org.talentsim.scenario.MarketSpec;
import org.talentsim.scenario.PolicySpec;
import org.talentsim.scenario.Rate;
import org.talentsim.scenario.Scenario;
import org.talentsim.scenario.StarSpec;
import org.talentsim.testkit.Digests;
import org.talentsim.testkit.Worlds;

/**
 * Issue 11, items 9 and 10: {@code offers.csv} (one row per offer made, behind {@link OfferOutput}),
 * the severance and budget columns of {@code labs.csv}, the {@code name} column of {@code
 * moves.csv} and the named researchers of {@code summary.json}.
 */
class OffersAndNamesTest {
    /** No separations, offers, exits or raises: only the events happen. */
    static final MarketSpec QUIET = MarketSpec.DEFAULT.withSeparation(Rate.ZERO).withOffersEmployed(Rate.ZERO)
            .withOffersSeeking(Rate.ZERO).withRetirement(Rate.ZERO).withPoolExit(Rate.ZERO).withAnnualRaise(0)
            .withPayAdjust(0);

    /**
     * Big raids Rival's two stars in tick 1 with a posted wage of $3M. Rival matches (up to its
     * valuation and its budget room of $0.5M): Target (paid $1M) could get at most $1.5M, below the
     * $3M that would keep it, so Rival makes no counter it cannot win and Target leaves;
     * Second (paid $2.9M) is matched at $3M and, under higher-wage acceptance, stays.
     */
    static Scenario raid(String offerPolicy) {
        return Scenario.builder("raid").seed(1).months(3).market(QUIET).quits(PolicySpec.of("none"))
                .acceptance(PolicySpec.of("higher-wage"))
                .lab("Big", l -> l.prestige(0.5).postedWage(3e6).offer(PolicySpec.of(offerPolicy))
                        .team("Elite", Focus.RESEARCH, 0, t -> { }))
                .lab("Rival", l -> l.prestige(0.5).budget(4.4e6).retention(PolicySpec.of("match"))
                        .team("Core", Focus.RESEARCH, 0, t -> t
                                .star(new StarSpec("Target", 5, 1e6, 0.5, false))
                                .star(new StarSpec("Second", 4, 2.9e6, 0.5, false))))
                .event(new EventSpec.Raid(1, "Big", "Elite", "Rival", "Core", 2, false))
                .build();
    }

    @Test
    void aRaidWritesOneRowPerOfferWithTheCounterAndTheOutcome(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("raid");
        Talentsim.defaults().run(raid("posted"), out);
        assertEquals(List.of(OFFERS_HEADER,
                "1,2025-01,0,Rival,Big,3000000,,ACCEPTED,Target,Core,Elite,5,RESEARCH,FALSE",
                "1,2025-01,1,Rival,Big,3000000,3000000,COUNTERED,Second,Core,Elite,4,RESEARCH,FALSE"), Files.readAllLines(out.resolve("offers.csv")));
        assertEquals(List.of(MOVES_HEADER,
                "1,2025-01,0,Rival,Core,Big,Elite,1000000,3000000,POACHED,Target,0,0,0,5,RESEARCH,FALSE",
                "1,2025-01,1,Rival,Core,Rival,Core,2900000,3000000,COUNTERED,Second,0,0,0,4,RESEARCH,FALSE"),
                Files.readAllLines(out.resolve("moves.csv")));
    }

    @Test
    void theAuctionPathRecordsTheWinningPriceAndTheLosersBid() {
        RunResult r = Talentsim.defaults().run(raid("bertrand").toBuilder()
                .editLab("Big", l -> l.productivity(2)).build());
        // Rival's top bid for Target is its budget room: 1e6 + 0.5e6; Big (valuing him twice as
        // much) wins and pays exactly that (pure Bertrand)
        OfferRow target = r.offers().get(0);
        assertEquals(new OfferRow(1, "2025-01", 0, "Rival", "Big", 1.5e6, 1.5e6, OfferOutcome.ACCEPTED, "Target", "Core", "Elite",
                5, Focus.RESEARCH, false), target);
        assertEquals(2, r.offers().size());
        OfferRow second = r.offers().get(1);
        assertEquals(OfferOutcome.ACCEPTED, second.outcome());
        assertEquals(second.offer(), second.counter(), "the winner pays the loser's top bid");
        assertEquals(List.of(1.5e6, second.offer()), r.moves().stream().map(MoveRow::newSalary).toList());
    }

    /**
     * Who moved, without a join (an economist's review: researcher indices joined to nothing): each
     * row of moves and offers carries its researcher's skill, specialty and visa, the same on
     * every row of that researcher, and an offer its teams: each offer that moved or kept someone
     * has the move row of the same tick and researcher, with the same labs, teams and attributes.
     * Over several seeds of a world with visas, stars and four kinds of team.
     */
    @Test
    void movesAndOffersSayWhoMovedAndFromWhichTeam() {
        int checked = 0;
        for (long seed = 1; seed <= 4; seed++) {
            RunResult r = Talentsim.defaults().run(Worlds.everything(seed));
            Map<Integer, List<Object>> who = new HashMap<>();
            Map<String, MoveRow> moveOf = new HashMap<>();
            java.util.Set<Boolean> visas = new java.util.HashSet<>();
            java.util.Set<Focus> specialties = new java.util.HashSet<>();
            for (MoveRow m : r.moves()) {
                List<Object> attrs = List.of(m.skill(), m.specialty(), m.visa());
                assertEquals(attrs, who.computeIfAbsent(m.researcher(), k -> attrs), "researcher " + m.researcher());
                assertTrue(m.skill() > 0 && Double.isFinite(m.skill()), m.toString());
                visas.add(m.visa());
                specialties.add(m.specialty());
                moveOf.putIfAbsent(m.tick() + "/" + m.researcher() + "/" + m.reason(), m);
            }
            assertEquals(java.util.Set.of(true, false), visas, "visa holders and others move");
            assertEquals(3, specialties.size(), "every specialty moves");
            for (OfferRow o : r.offers()) {
                List<Object> attrs = List.of(o.skill(), o.specialty(), o.visa());
                assertEquals(attrs, who.computeIfAbsent(o.researcher(), k -> attrs), "researcher " + o.researcher());
                assertEquals(o.fromLab().isEmpty(), o.fromTeam().isEmpty(), o.toString());
                assertFalse(o.toTeam().isEmpty(), o.toString());
                MoveReason reason = switch (o.outcome()) {
                    case HIRED -> MoveReason.HIRED;
                    case ACCEPTED -> MoveReason.POACHED;
                    case COUNTERED -> MoveReason.COUNTERED;
                    default -> null;
                };
                if (reason == null) {
                    continue;
                }
                MoveRow m = moveOf.get(o.tick() + "/" + o.researcher() + "/" + reason);
                assertTrue(m != null, "the move of " + o);
                assertEquals(o.fromLab(), m.fromLab(), o.toString());
                assertEquals(o.fromTeam(), m.fromTeam(), o.toString());
                if (reason != MoveReason.COUNTERED) {
                    assertEquals(List.of(o.toLab(), o.toTeam()), List.of(m.toLab(), m.toTeam()), o.toString());
                }
                checked++;
            }
        }
        assertTrue(checked > 100, checked + " offers checked against their moves");
    }

    /**
     * labs.csv's {@code budget_layoffs}: of a tick's layoffs, those the budget forced, never more
     * than its layoffs, and where the budget cuts in the month of an event's layoff, the two
     * apart (the report credited them all to the event: a scenario author's review).
     */
    @Test
    void budgetLayoffsArePartOfTheLayoffsAndSaidApart() {
        // Rival's payroll (~300 researchers) well over a budget cut to a tenth in month 3, when an
        // event lays off 10 of its Core team too
        Scenario s = Scenario.builder("cut").seed(3).months(4)
                .lab("Big", l -> l.team("Research", Focus.RESEARCH, 100, t -> { }))
                .lab("Rival", l -> l.budget(400e6).team("Core", Focus.RESEARCH, 150, t -> { }).team("Prod", Focus.PRODUCT, 150, t -> { }))
                .event(new EventSpec.BudgetChange(3, "Rival", 0.1, 0))
                .event(new EventSpec.Layoff(3, "Rival", List.of("Core"), 10, Double.NaN, 2, 16, 2))
                .build();
        RunResult r = Talentsim.defaults().run(s);
        for (LabRow row : r.labs()) {
            assertTrue(row.budgetLayoffs() >= 0 && row.budgetLayoffs() <= row.layoffs(), row.toString());
        }
        LabRow march = r.labs().stream().filter(x -> x.tick() == 3 && x.lab().equals("Rival")).findFirst().orElseThrow();
        assertTrue(march.budgetLayoffs() > 0, "the budget forced some: " + march);
        assertEquals(10, march.layoffs() - march.budgetLayoffs(), "the event's 10 apart: " + march);
        // in the month before, none
        assertTrue(r.labs().stream().filter(x -> x.tick() < 3).allMatch(x -> x.budgetLayoffs() == 0));
    }

    static final String OFFERS_HEADER = "tick,date,researcher,from_lab,to_lab,offer,counter,outcome,name,from_team,to_team,skill,"
            + "specialty,visa";
    static final String MOVES_HEADER = "tick,date,researcher,from_lab,from_team,to_lab,to_team,old_salary,new_salary,reason,name,"
            + "sign_on,annual_equity,bought_out,skill,specialty,visa";

    @Test
    void columnsAreAppendedAtTheEndAndEveryRowIsAsWideAsItsHeader(@TempDir Path tmp) throws IOException {
        assertEquals("tick,date,lab,headcount,hires,poached_in,poached_out,quits,layoffs,exits,payroll,mean_salary,"
                + "mean_morale,mean_skill,capability,severance,budget,equity_vested,sign_ons,clawed_back,unvested,"
                + "acquired_in,acquired_out,acquisitions,offer_premium,budget_layoffs,countered,transfers_in,transfers_out,founders_in,"
                + "founders_out", LabRow.HEADER);
        assertEquals(MOVES_HEADER, MoveRow.HEADER);
        assertEquals(OFFERS_HEADER, OfferRow.HEADER);
        Path out = tmp.resolve("everything");
        Talentsim.defaults().run(Worlds.everything(3), out);
        for (String f : List.of("labs.csv", "market.csv", "moves.csv", "offers.csv")) {
            List<String> lines = Files.readAllLines(out.resolve(f));
            int cells = lines.get(0).split(",", -1).length;
            assertTrue(lines.size() > 10, f);
            for (String l : lines) {
                assertEquals(cells, l.split(",", -1).length, f + ": " + l);
            }
        }
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        List<String> files = new ArrayList<>();
        manifest.get("files").forEach(n -> files.add(n.asText()));
        assertEquals(List.of("labs.csv", "teams.csv", "market.csv", "moves.csv", "offers.csv", "flows.csv", "summary.json",
                "scenario-as-run.yaml", "manifest.json"), files);
    }

    /**
     * Every HIRED, POACHED and COUNTERED move made by the offers phase has its offer row (HIRED,
     * ACCEPTED, COUNTERED) in the same tick, from and to the same labs, at the same pay; a DECLINED
     * offer has no such move. Over ten seeds of worlds with every event, both pricing paths
     * (take-it-or-leave-it and the auction), and random worlds.
     */
    @Test
    void offersAndMovesAgree() {
        int[] outcomes = new int[OfferOutcome.values().length];
        for (long seed = 1; seed <= 10; seed++) {
            Scenario bertrand = Worlds.twoLabWar(seed).toBuilder()
                    .editLab("Alpha", l -> l.offer(PolicySpec.of("bertrand")))
                    .editLab("Beta", l -> l.offer(PolicySpec.of("bertrand")).retention(PolicySpec.of("match")))
                    .build().withMonths(12);
            for (Scenario s : List.of(Worlds.everything(seed), bertrand, Worlds.random(seed))) {
                RunResult r = Talentsim.defaults().run(s);
                assertFalse(r.offers().isEmpty(), s.name() + " seed " + seed);
                Map<String, Integer> fromOffers = new TreeMap<>();
                for (OfferRow o : r.offers()) {
                    outcomes[o.outcome().ordinal()]++;
                    if (o.outcome() == OfferOutcome.DECLINED) {
                        continue;   // no move: checked by the equality below (a move needs a matching row)
                    }
                    MoveReason why = switch (o.outcome()) {
                        case HIRED -> MoveReason.HIRED;
                        case ACCEPTED -> MoveReason.POACHED;
                        default -> MoveReason.COUNTERED;
                    };
                    double pay = o.outcome() == OfferOutcome.COUNTERED ? o.counter() : o.offer();
                    fromOffers.merge(key(o.tick(), o.researcher(), o.fromLab(), why == MoveReason.COUNTERED ? o.fromLab()
                            : o.toLab(), pay, why), 1, Integer::sum);
                    assertTrue(o.outcome() != OfferOutcome.HIRED || o.fromLab().isEmpty(), "a hire comes from the pool: " + o);
                    assertTrue(o.outcome() == OfferOutcome.HIRED || !o.fromLab().isEmpty(), "from an employer: " + o);
                }
                Map<String, Integer> fromMoves = new TreeMap<>();
                for (MoveRow m : r.moves()) {
                    if (m.reason() == MoveReason.HIRED || m.reason() == MoveReason.POACHED
                            || m.reason() == MoveReason.COUNTERED) {
                        fromMoves.merge(key(m.tick(), m.researcher(), m.fromLab(), m.toLab(), m.newSalary(), m.reason()), 1,
                                Integer::sum);
                    }
                }
                assertEquals(fromMoves, fromOffers, s.name() + " seed " + seed);
            }
        }
        for (OfferOutcome o : OfferOutcome.values()) {
            assertTrue(outcomes[o.ordinal()] > 0, "some " + o + " offers: " + java.util.Arrays.toString(outcomes));
        }
    }

    private static String key(int tick, int who, String from, String to, double pay, MoveReason why) {
        return tick + "/" + who + "/" + from + ">" + to + "/" + pay + "/" + why;
    }

    @Test
    void offersAreRecordedByDefaultUnder100000ResearchersAndCanBeForcedEitherWay(@TempDir Path tmp) throws IOException {
        Scenario small = Worlds.twoLabWar(2).withMonths(2);
        Scenario large = small.toBuilder().pool(100_000 - (int) small.population() + 200).build();
        Scenario justUnder = small.toBuilder().pool(100_000 - (int) small.population() + 199).build();
        assertEquals(100_000, large.population());
        assertTrue(OfferOutput.AUTO.records(small) && OfferOutput.AUTO.records(justUnder));
        assertFalse(OfferOutput.AUTO.records(large));
        assertTrue(OfferOutput.ON.records(large));
        assertFalse(OfferOutput.OFF.records(small));
        assertEquals(OfferOutput.AUTO, OfferOutput.of(null));
        assertEquals(OfferOutput.ON, OfferOutput.of(true));
        assertEquals(OfferOutput.OFF, OfferOutput.of(false));

        Path out = tmp.resolve("res");
        RunResult auto = Talentsim.defaults().run(small, out);
        assertTrue(Files.isRegularFile(out.resolve("offers.csv")), "on by default for a small scenario");
        assertFalse(auto.offers().isEmpty());
        String digest = digestWithoutOffers(out);
        RunResult off = Talentsim.defaults().withOffers(OfferOutput.OFF).run(small, out);
        assertFalse(Files.exists(out.resolve("offers.csv")), "forced off: the old offers.csv goes with the old set");
        assertEquals(List.of(), off.offers());
        assertEquals(digest, digestWithoutOffers(out), "recording changes no result");
        assertEquals(auto.moves(), off.moves());

        Path big = tmp.resolve("big");
        Runs.runToFolder(Simulation.builder(large.withMonths(1)), RunInfo.of(large.withMonths(1), 1), big);
        assertFalse(Files.exists(big.resolve("offers.csv")), "off by default from 100,000 researchers");
        Runs.runToFolder(Simulation.builder(large.withMonths(1)), RunInfo.of(large.withMonths(1), 1), big, OfferOutput.ON);
        assertTrue(Files.readAllLines(big.resolve("offers.csv")).size() > 1, "forced on");
    }

    private static String digestWithoutOffers(Path dir) throws IOException {
        StringBuilder b = new StringBuilder();
        for (String f : Digests.FILES) {
            b.append(f).append('\n').append(Files.readString(dir.resolve(f)));
        }
        return RunInfo.sha256(b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void theKernelRecordsNothingUnlessAnObserverWantsOffers() {
        Scenario s = Worlds.twoLabWar(3).withMonths(2);
        try (Simulation sim = Simulation.builder(s).observer(new Metrics(new History())).build()) {
            sim.step();
            assertFalse(Internals.market(sim).world().offers().on());
        }
        History h = new History(true);
        try (Simulation sim = Simulation.builder(s).observer(new Metrics(h)).build()) {
            sim.run();
            assertTrue(Internals.market(sim).world().offers().on());
            assertEquals(0, Internals.market(sim).world().offers().size(), "cleared after the observers");
        }
        assertFalse(h.offers().isEmpty());
    }

    @Test
    void severanceAndBudgetAreWrittenPerLabAndTick(@TempDir Path tmp) throws IOException {
        Scenario s = Scenario.builder("severance").seed(2).months(4).market(QUIET).quits(PolicySpec.of("none"))
                .lab("L", l -> l.budget(50e6).team("T", Focus.RESEARCH, 0, t -> t
                        .star(new StarSpec("Ann", 3, 1.3e6, 0.5, false))
                        .star(new StarSpec("Bob", 3, 1.3e6, 0.5, false))))
                .lab("Open", l -> l.team("T", Focus.RESEARCH, 5, t -> { }))
                .event(new EventSpec.Layoff(2, "L", List.of("T"), 1, Double.NaN, 1, 16, 2))
                .build();
        History h = new History();
        int[] tenure = new int[2];
        try (Simulation sim = Simulation.builder(s).observer(new Metrics(h)).observer((t, w, m) -> {
            if (t == 1) {
                tenure[0] = w.population().tenure(0);
                tenure[1] = w.population().tenure(1);
            }
        }).build()) {
            sim.run();
        }
        MoveRow laid = h.moves().stream().filter(m -> m.reason() == MoveReason.LAID_OFF).findFirst().orElseThrow();
        double years = tenure[laid.researcher()] / 12.0;
        double expected = 1.3e6 * (16 + 2 * years) / 52.0;
        for (LabRow r : h.labs()) {
            boolean layoffTick = r.lab().equals("L") && r.tick() == 2;
            assertEquals(layoffTick ? expected : 0.0, r.severance(), 1e-6, r.toString());
            assertEquals(r.lab().equals("L") ? 50e6 : Double.POSITIVE_INFINITY, r.budget(), r.toString());
        }
        Path out = tmp.resolve("sev");
        Talentsim.defaults().run(s, out);
        List<String> labs = Files.readAllLines(out.resolve("labs.csv"));
        assertTrue(labs.get(3).startsWith("2,") && labs.get(3).contains(",L,"), labs.get(3));
        String[] c = labs.get(3).split(",", -1);
        assertEquals(Num.format(expected), c[15]);
        assertEquals("50000000", c[16]);
        String[] open = labs.get(4).split(",", -1);
        assertEquals("Open", open[2]);
        assertEquals("0", open[15]);
        assertEquals("", open[16], "no budget: an empty cell");
    }

    @Test
    void namedResearchersHaveTheirNameInMovesAndAreListedInTheSummary(@TempDir Path tmp) throws IOException {
        Scenario s = Worlds.everything(2);
        Path out = tmp.resolve("named");
        RunResult r = Talentsim.defaults().run(s, out);
        Map<Integer, String> names = new HashMap<>();
        for (Summary.NamedResearcher n : r.summary().named()) {
            names.put(n.index(), n.name());
        }
        assertEquals(List.of("Star One", "Chief", "Director"), r.summary().named().stream()
                .map(Summary.NamedResearcher::name).toList(), "in index order (the order of the scenario)");
        int named = 0;
        for (MoveRow m : r.moves()) {
            assertEquals(names.getOrDefault(m.researcher(), ""), m.name(), m.toString());
            named += m.name().isEmpty() ? 0 : 1;
        }
        assertTrue(named >= 2, "the Director's dismissal and the Chief's founding at least: " + named);
        assertTrue(r.moves().stream().anyMatch(m -> m.reason() == MoveReason.FOUNDED && m.name().equals("Chief")));
        for (OfferRow o : r.offers()) {
            assertEquals(names.getOrDefault(o.researcher(), ""), o.name(), o.toString());
        }

        JsonNode list = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("named_researchers");
        assertEquals(3, list.size());
        try (Simulation sim = Simulation.builder(s).build()) {
            sim.run();
            var w = sim.world();
            for (int k = 0; k < list.size(); k++) {
                JsonNode n = list.get(k);
                Summary.NamedResearcher e = r.summary().named().get(k);
                int i = n.get("index").asInt();
                assertEquals(e.index(), i);
                assertEquals(e.name(), n.get("name").asText());
                assertEquals(w.population().name(i), e.name());
                Status st = w.population().status(i);
                assertEquals(st.name(), n.get("status").asText());
                assertEquals(st, e.status());
                int team = w.population().team(i);
                assertEquals(team < 0 ? null : w.team(team).name(), n.get("team").isNull() ? null : n.get("team").asText());
                assertEquals(team < 0 ? null : w.lab(w.team(team).lab()).name(),
                        n.get("lab").isNull() ? null : n.get("lab").asText());
                assertEquals(w.population().salary(i), n.get("salary").asDouble(), 1e-3 * w.population().salary(i));
            }
        }
    }

    /**
     * The visa column of moves.csv and offers.csv is written TRUE or FALSE, as every flag of the
     * result files ({@link Num#flag}): "true" stayed text in R's read.csv, where mean(visa) gave NA
     * and a filter on it an error (an economist's review).
     */
    @Test
    void theVisaColumnIsAFlagRReadsAsLogical(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("war");
        Runs.runToFolder(org.talentsim.testkit.Worlds.twoLabWar(42), out, 1);
        for (String file : List.of("moves.csv", "offers.csv")) {
            List<String> lines = Files.readAllLines(out.resolve(file));
            int visa = List.of(lines.get(0).split(",")).indexOf("visa");
            Map<String, Integer> seen = new TreeMap<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",", -1);
                seen.merge(f[visa], 1, Integer::sum);
            }
            assertEquals(List.of("FALSE", "TRUE"), new ArrayList<>(seen.keySet()), file + ": " + seen);
        }
    }
}
