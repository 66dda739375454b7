package org.talentsim.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentsim.engine.Simulation;
import org.talentsim.model.Focus;
import org.talentsim.model.TickUnit;
import org.talentsim.scenario.EventSpec;
import org.talentsim.scenario.InvalidFieldException;
import org.talentsim.scenario.MarketSpec;
import org.talentsim.scenario.PolicyCatalog;
import org.talentsim.scenario.PolicySpec;
import org.talentsim.scenario.Rate;
import org.talentsim.scenario.ResearcherRef;
import org.talentsim.scenario.Scenario;
import org.talentsim.scenario.ScenarioBuilder;

/**
 * {@link Scenario#validate(PolicyCatalog)} with the policy registry (built-in and custom
 * policies) and with catalogs of its own; {@link Simulation.Builder#build()} validates against
 * the registry it is given, and the rules the kernel used to enforce are the scenario's now.
 */
class PolicyCatalogTest {
    /** A custom offer policy that prices from the posted wage and says so. */
    static final OfferPolicy FROM_POSTED = new OfferPolicy() {
        @Override
        public double price(Quote q) {
            return 1.1 * q.lab().postedWage();
        }

        @Override
        public boolean needsPostedWage() {
            return true;
        }
    };

    static PolicyRegistry custom() {
        return PolicyRegistry.defaults()
                .register(PolicyRegistry.OFFER, "posted-plus", spec -> FROM_POSTED)
                .register(PolicyRegistry.RETENTION, "picky", java.util.Set.of("upTo"), spec -> {
                    if (spec.param("upTo", 1) > 0.5) {
                        throw new IllegalArgumentException("retention policy 'picky': upTo must be <= 0.5, was "
                                + spec.param("upTo", 1));
                    }
                    return q -> spec.param("upTo", 1) * q.valuation();
                });
    }

    static ScenarioBuilder twoLabs(PolicySpec betaOffer, double betaPosted) {
        return Scenario.builder("catalog").months(2)
                .lab("Alpha", l -> l.team("Core", Focus.RESEARCH, 20, t -> {}))
                .lab("Beta", l -> l.offer(betaOffer).postedWage(betaPosted).team("Core", Focus.RESEARCH, 20, t -> {}))
                .pool(10, org.talentsim.scenario.CohortSpec.DEFAULT);
    }

    @Test
    void customPolicyThatNeedsAPostedWage() {
        Scenario without = twoLabs(PolicySpec.of("posted-plus"), Double.NaN).build();
        InvalidFieldException e = assertThrows(InvalidFieldException.class, () -> without.validate(custom()));
        assertEquals("labs[1].offer", e.field());
        assertEquals("policy 'posted-plus' needs the lab's postedWage", e.problem());
        assertEquals("labs[1].offer (lab 'Beta'): policy 'posted-plus' needs the lab's postedWage", e.getMessage());

        Scenario with = twoLabs(PolicySpec.of("posted-plus"), 400_000).build();
        assertSame(with, with.validate(custom()));
        try (Simulation sim = Simulation.builder(with).registry(custom()).build()) {
            sim.step();
        }
    }

    @Test
    void builtInPostedNeedsAPostedWage() {
        assertTrue(Offers.posted(PolicySpec.of("posted")).needsPostedWage());
        assertTrue(!Offers.premium(PolicySpec.of("premium")).needsPostedWage());
        Scenario s = twoLabs(PolicySpec.of("posted"), Double.NaN).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Simulation.of(s));
        assertEquals("labs[1].offer (lab 'Beta'): policy 'posted' needs the lab's postedWage", e.getMessage());
    }

    @Test
    void simulationValidatesAgainstTheRegistryItIsGiven() {
        Scenario s = twoLabs(PolicySpec.of("posted-plus"), 300_000).build();
        // the default registry does not know the custom name
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Simulation.of(s));
        assertTrue(e.getMessage().startsWith("labs[1].offer (lab 'Beta'): unknown offer policy 'posted-plus'"), e.getMessage());
        try (Simulation sim = Simulation.builder(s).registry(custom()).build()) {
            sim.step();
        }
    }

    @Test
    void aFactoryRejectingAParameterIsAFieldError() {
        Scenario s = Scenario.builder("picky").months(1)
                .lab("Alpha", l -> l.retention(PolicySpec.of("picky", "upTo", 0.9)).team("Core", Focus.RESEARCH, 5, t -> {}))
                .build();
        InvalidFieldException e = assertThrows(InvalidFieldException.class,
                () -> Simulation.builder(s).registry(custom()).build());
        assertEquals("labs[0].retention", e.field());
        assertEquals("retention policy 'picky': upTo must be <= 0.5, was 0.9", e.problem());
        assertInstanceOf(IllegalArgumentException.class, e.getCause());

        Scenario bertrand = Scenario.builder("bertrand").months(1)
                .lab("Alpha", l -> l.offer(PolicySpec.of("bertrand", "optionValue", 0.5, "low", 2, "high", 1))
                        .team("Core", Focus.RESEARCH, 5, t -> {}))
                .build();
        InvalidFieldException b = assertThrows(InvalidFieldException.class, () -> bertrand.validate(PolicyRegistry.defaults()));
        assertEquals("labs[0].offer (lab 'Alpha'): offer policy 'bertrand': high must be > low, was 1.0 <= 2.0", b.getMessage());
    }

    @Test
    void everySlotIsAskedOnceWithItsLab() {
        Scenario s = twoLabs(PolicySpec.of("star"), Double.NaN)
                .event(new EventSpec.Found(5, ResearcherRef.mostVisible("Alpha", "Core"),
                        new ScenarioBuilder.LabBuilder("New").team("Core", Focus.RESEARCH, 0, t -> {}).build(), Double.NaN))
                .build();
        List<String> asked = new ArrayList<>();
        s.validate((slot, spec, lab) -> asked.add(slot.field() + "=" + spec.name() + "@" + (lab == null ? "-" : lab.name())));
        assertEquals(List.of("acceptance=utility@-", "morale=peer-relative@-", "quits=morale@-", "production=effort@-",
                "offer=premium@Alpha", "retention=none@Alpha", "layoff=lowest-output@Alpha", "strategy=static@Alpha", "pay=cash@Alpha",
                "offer=star@Beta", "retention=none@Beta", "layoff=lowest-output@Beta", "strategy=static@Beta", "pay=cash@Beta",
                "offer=premium@New", "retention=none@New", "layoff=lowest-output@New", "strategy=static@New", "pay=cash@New"), asked);
    }

    @Test
    void aFoundedLabsPoliciesAreChecked() {
        Scenario s = twoLabs(PolicySpec.of("premium"), Double.NaN)
                .event(new EventSpec.BudgetChange(9, "Alpha", 1.1, 0))
                .event(new EventSpec.Found(5, ResearcherRef.mostVisible("Alpha", "Core"),
                        new ScenarioBuilder.LabBuilder("New").offer(PolicySpec.of("posted"))
                                .team("Core", Focus.RESEARCH, 0, t -> {}).build(), Double.NaN))
                .build();
        InvalidFieldException e = assertThrows(InvalidFieldException.class, () -> Simulation.of(s));
        // events() is sorted by tick: the found event (tick 5) comes first
        assertEquals("events[0].lab.offer", e.field());
        assertEquals("events[0].lab.offer (lab 'New'): policy 'posted' needs the lab's postedWage", e.getMessage());
    }

    @Test
    void marketWidePoliciesAreChecked() {
        Scenario s = twoLabs(PolicySpec.of("premium"), Double.NaN).acceptance(PolicySpec.of("utility", "prestige", -1)).build();
        InvalidFieldException e = assertThrows(InvalidFieldException.class, () -> Simulation.of(s));
        assertEquals("policies.acceptance", e.field());
        assertEquals("policies.acceptance: acceptance policy 'utility': prestige must be a finite number >= 0, was -1.0", e.getMessage());
        PolicyCatalog refuseQuits = (slot, spec, lab) -> {
            if (slot == PolicyCatalog.Slot.QUITS) {
                throw new IllegalArgumentException("no quits here");
            }
        };
        assertEquals("policies.quits: no quits here",
                assertThrows(InvalidFieldException.class, () -> s.validate(refuseQuits)).getMessage());
    }

    @Test
    void ratesPerTickAreTheScenariosRule() {
        MarketSpec fast = MarketSpec.DEFAULT.withOffersEmployed(Rate.perMonth(1.2));
        InvalidFieldException e = assertThrows(InvalidFieldException.class,
                () -> twoLabs(PolicySpec.of("premium"), Double.NaN).market(fast).build());
        assertEquals("market.offersEmployed", e.field());
        assertTrue(e.problem().startsWith("per-tick separation + retirement + offers to the employed must be <= 1, was "),
                e.problem());
        assertTrue(e.problem().endsWith(" a month (lower the rates or use tick: week)"), e.problem());
        // the same rates are fine with weekly ticks
        Scenario weekly = twoLabs(PolicySpec.of("premium"), Double.NaN).market(fast).tickUnit(TickUnit.WEEK).build();
        try (Simulation sim = Simulation.of(weekly)) {
            sim.step();
        }
        MarketSpec seekers = MarketSpec.DEFAULT.withOffersSeeking(Rate.perMonth(0.9)).withPoolExit(Rate.perWeek(0.2));
        InvalidFieldException s = assertThrows(InvalidFieldException.class,
                () -> twoLabs(PolicySpec.of("premium"), Double.NaN).market(seekers).build());
        assertEquals("market.offersSeeking", s.field());
        assertTrue(s.problem().startsWith("per-tick offers to seekers + pool exit must be <= 1, was 0.9 + 0.866667 = 1.76667 a month"),
                s.problem());
        // the sum may reach 1 exactly
        twoLabs(PolicySpec.of("premium"), Double.NaN)
                .market(MarketSpec.DEFAULT.withOffersSeeking(Rate.perMonth(0.5)).withPoolExit(Rate.perMonth(0.5))).build();
    }

    @Test
    void thePopulationMustFitInArrays() {
        InvalidFieldException e = assertThrows(InvalidFieldException.class, () -> Scenario.builder("huge")
                .lab("Alpha", l -> l.team("A", Focus.RESEARCH, 30_000_000, t -> {})
                        .team("B", Focus.PRODUCT, 30_000_000, t -> {}))
                .build());
        assertEquals("labs[0].teams[1].headcount", e.field());
        assertEquals("labs[0].teams[1].headcount (team 'B' of lab 'Alpha'): the population reaches 60000000 researchers"
                + " with this field, more than the limit of " + Scenario.MAX_POPULATION, e.getMessage());
        InvalidFieldException p = assertThrows(InvalidFieldException.class, () -> Scenario.builder("huge")
                .lab("Alpha", l -> l.team("A", Focus.RESEARCH, 30_000_000, t -> {}))
                .pool(Integer.MAX_VALUE, org.talentsim.scenario.CohortSpec.DEFAULT)
                .build());
        assertEquals("pool.size", p.field());
    }

    @Test
    void theResearchLagIsBounded() {
        org.talentsim.scenario.CapabilitySpec d = org.talentsim.scenario.CapabilitySpec.DEFAULT;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new org.talentsim.scenario.CapabilitySpec(
                2_000_000_000, d.depreciation(), d.knowledgeDepreciation(), d.productWeight(), d.researchWeight(),
                d.infraWeight(), d.knowledgeHalf()));
        assertEquals("capability.researchLagMonths must be <= 1200 (100 years), was 2000000000", e.getMessage());
        Scenario longest = twoLabs(PolicySpec.of("premium"), Double.NaN).tickUnit(TickUnit.WEEK)
                .market(MarketSpec.DEFAULT.withCapability(new org.talentsim.scenario.CapabilitySpec(
                        org.talentsim.scenario.CapabilitySpec.MAX_RESEARCH_LAG_MONTHS, d.depreciation(),
                        d.knowledgeDepreciation(), d.productWeight(), d.researchWeight(), d.infraWeight(), d.knowledgeHalf())))
                .build();
        try (Simulation sim = Simulation.of(longest)) {
            sim.step();
        }
    }
}
