package org.talentsim.io;

import java.time.YearMonth;
import java.util.List;
import org.talentsim.model.Limits;
import org.talentsim.model.PayScale;
import org.talentsim.model.TickUnit;
import org.talentsim.policy.PolicyRegistry;
import org.talentsim.rng.Streams;
import org.talentsim.scenario.CapabilitySpec;
import org.talentsim.scenario.EventSpec;
import org.talentsim.scenario.InvalidFieldException;
import org.talentsim.scenario.LabSpec;
import org.talentsim.scenario.MarketSpec;
import org.talentsim.scenario.MatchingSpec;
import org.talentsim.scenario.PolicySpec;
import org.talentsim.scenario.PoolSpec;
import org.talentsim.scenario.Scenario;
import org.talentsim.scenario.ScenarioBuilder;

/** Maps the root of a scenario file (format version 1) onto a {@link Scenario}. */
final class ScenarioReader {
    static final List<String> TOP = List.of("version", "name", "description", "start", "months", "tick", "seed",
            "generator", "market", "policies", "labs", "pool", "events");
    static final List<String> MARKET = List.of("payScale", "separation", "offersEmployed", "offersSeeking",
            "retirement", "poolExit", "visibilityGain", "unemploymentValue", "reservationShare", "visaGraceDays",
            "annualRaise", "payAdjust", "offSpecialty", "lumpSumYears", "rehireCoolOffMonths", "hiringCapacity", "matching", "capability");
    static final List<String> CAPABILITY = List.of("researchLagMonths", "depreciation", "knowledgeDepreciation",
            "productWeight", "researchWeight", "infraWeight", "knowledgeHalf", "researchLagShape", "scale", "efficiency");
    static final List<String> POLICIES = List.of("acceptance", "morale", "quits", "production");

    private ScenarioReader() {}

    static Scenario read(YNode root, Doc doc) {
        doc.root = root;
        version(root, doc);
        Fields f = Fields.of(doc, root, "", TOP);
        String name = f.name("name");
        Scenario d = Defaults.SCENARIO;
        String description = f.string("description", d.description());
        YearMonth start = f.month("start", d.start());
        int months = f.integer("months", d.months(), 1, false);
        TickUnit unit = tickUnit(f);
        long seed = f.longValue("seed", d.seed());
        String generator = f.string("generator", d.generator());
        try {
            Streams.requireAlgorithm(generator);
        } catch (IllegalArgumentException e) {
            throw f.fail("generator", e.getMessage());
        }
        MarketSpec market = market(f);
        PolicySpec[] policies = policies(f);
        f.require("labs");
        List<YNode> labNodes = f.list("labs");
        if (labNodes.isEmpty()) {
            throw f.fail("labs", "expected at least one lab, was an empty list");
        }
        LabReader labs = new LabReader(doc);
        List<LabSpec> labList = labs.labs(labNodes, f.path("labs"));
        PoolSpec pool = labs.pool(f);
        EventReader eventReader = new EventReader(doc, labs, start, unit);
        List<EventSpec> events = eventReader.events(f);
        Scenario scenario = f.build(() -> {
            ScenarioBuilder b = Scenario.builder(name).description(description).start(start).months(months)
                    .tickUnit(unit).seed(seed).generator(generator).market(market).labs(labList).pool(pool)
                    .acceptance(policies[0]).morale(policies[1]).quits(policies[2]).production(policies[3]);
            for (int k = 0; k < events.size(); k++) {
                // an event given by tick keeps it when an override moves the start or changes the unit
                if (eventReader.atTick(k)) {
                    b.eventAtTick(events.get(k));
                } else {
                    b.event(events.get(k));
                }
            }
            return b.build();
        });
        return f.build(() -> {
            try {
                return scenario.validate(doc.registry);
            } catch (InvalidFieldException e) {
                throw inFileOrder(e, events);
            }
        });
    }

    /**
     * {@link Scenario#validate} names an event by its index in {@link Scenario#events()}, sorted
     * by tick; the file's order may differ (the sort is stable), so the path is mapped back.
     */
    private static InvalidFieldException inFileOrder(InvalidFieldException e, List<EventSpec> inFile) {
        String f = e.field();
        if (!f.startsWith("events[")) {
            return e;
        }
        int end = f.indexOf(']');
        int sorted = Integer.parseInt(f.substring("events[".length(), end));
        Integer[] order = new Integer[inFile.size()];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        java.util.Arrays.sort(order, (a, b) -> Integer.compare(inFile.get(a).tick(), inFile.get(b).tick()));
        return new InvalidFieldException("events[" + order[sorted] + "]" + f.substring(end + 1), null, e.problem(), e);
    }

    private static void version(YNode root, Doc doc) {
        if (!(root instanceof YNode.Mapping m)) {
            throw doc.fail(root, "", "expected a scenario mapping starting with 'version: 1', was " + root.describe());
        }
        YNode.Mapping.Entry e = m.entry("version");
        if (e == null) {
            // a misspelled version key: say so where it is, as for any other key
            String near = org.talentsim.internal.Suggestions.closest("version", m.entries().keySet());
            if (near != null && !TOP.contains(near)) {
                throw doc.fail(m.entry(near).key(), near, "unknown key, did you mean 'version'? (a scenario starts with 'version: 1')");
            }
        }
        if (e == null || e.value().isNull()) {
            throw doc.fail(m, "version", "is required; expected 'version: 1'");
        }
        if (!(e.value() instanceof YNode.Scalar s) || !s.text.trim().equals("1")) {
            throw doc.fail(e.value(), "version", "expected 1 (the only format version so far), was " + e.value().describe());
        }
    }

    private static TickUnit tickUnit(Fields f) {
        String t = f.string("tick", "month");
        return switch (t) {
            case "month" -> TickUnit.MONTH;
            case "week" -> TickUnit.WEEK;
            default -> throw f.fail("tick", "expected month or week, was " + f.get("tick").describe());
        };
    }

    private static MarketSpec market(Fields top) {
        YNode n = top.get("market");
        MarketSpec m = Defaults.SCENARIO.market();
        if (n == null) {
            return m;
        }
        Fields f = Fields.of(top.doc, n, "market", MARKET);
        if (f.has("payScale")) {
            Fields p = Fields.of(f.doc, f.get("payScale"), f.path("payScale"), List.of("base", "elasticity", "floor"));
            double base = p.money("base", m.payScale().base());
            if (!(base > 0) || Double.isInfinite(base)) {
                throw p.range("base", "must be > 0");
            }
            p.atMost("base", base, Limits.MAX_SALARY, LabReader.SALARY);
            double elasticity = p.atMost("elasticity", p.nonNegative("elasticity", m.payScale().elasticity()),
                    Limits.MAX_ELASTICITY, "the pay scale's elasticity");
            double floor = p.atMost("floor", p.moneyAtLeastZero("floor", m.payScale().floor(), false), Limits.MAX_SALARY,
                    LabReader.SALARY);
            m = m.withPayScale(new PayScale(base, elasticity, floor));
        }
        m = m.withSeparation(f.rate("separation", m.separation()))
                .withOffersEmployed(f.rate("offersEmployed", m.offersEmployed()))
                .withOffersSeeking(f.rate("offersSeeking", m.offersSeeking()))
                .withRetirement(f.rate("retirement", m.retirement()))
                .withPoolExit(f.rate("poolExit", m.poolExit()))
                .withVisibilityGain(f.nonNegative("visibilityGain", m.visibilityGain()))
                .withUnemploymentValue(f.atMost("unemploymentValue",
                        f.moneyAtLeastZero("unemploymentValue", m.unemploymentValue(), false), Limits.MAX_SALARY, LabReader.SALARY))
                .withReservationShare(f.unit("reservationShare", m.reservationShare()))
                .withVisaGraceDays(f.integer("visaGraceDays", m.visaGraceDays(), 0, false))
                .withAnnualRaise(f.nonNegative("annualRaise", m.annualRaise()))
                .withPayAdjust(f.unit("payAdjust", m.payAdjust()))
                .withOffSpecialty(f.unit("offSpecialty", m.offSpecialty()))
                .withLumpSumYears(f.atMost("lumpSumYears", f.positive("lumpSumYears", m.lumpSumYears()),
                        MarketSpec.MAX_LUMP_SUM_YEARS, "years"));
        int coolOff = f.integer("rehireCoolOffMonths", m.rehireCoolOffMonths(), 0, false);
        if (coolOff > MarketSpec.MAX_REHIRE_COOL_OFF_MONTHS) {
            throw f.range("rehireCoolOffMonths", "must be <= " + MarketSpec.MAX_REHIRE_COOL_OFF_MONTHS + " (100 years)");
        }
        m = m.withRehireCoolOffMonths(coolOff).withHiringCapacity(f.rate("hiringCapacity", m.hiringCapacity()));
        if (f.has("matching")) {
            Fields mf = Fields.of(f.doc, f.get("matching"), f.path("matching"), List.of("efficiency", "eta", "tightness"));
            mf.require("efficiency");
            mf.require("eta");
            double a = mf.positive("efficiency", 1);
            double eta = mf.unit("eta", 0.5);
            double theta = mf.has("tightness") ? mf.positive("tightness", 1) : Double.NaN;
            m = m.withMatching(mf.build(() -> new MatchingSpec(a, eta, theta)));
        }
        if (f.has("capability")) {
            m = m.withCapability(capability(Fields.of(f.doc, f.get("capability"), f.path("capability"), CAPABILITY),
                    m.capability()));
        }
        return m;
    }

    private static CapabilitySpec capability(Fields f, CapabilitySpec d) {
        int lag = f.integer("researchLagMonths", d.researchLagMonths(), 0, false);
        if (lag > CapabilitySpec.MAX_RESEARCH_LAG_MONTHS) {
            throw f.range("researchLagMonths", "must be <= " + CapabilitySpec.MAX_RESEARCH_LAG_MONTHS + " (100 years)");
        }
        double dep = f.unit("depreciation", d.depreciation());
        double kdep = f.unit("knowledgeDepreciation", d.knowledgeDepreciation());
        double aP = f.nonNegative("productWeight", d.productWeight());
        double aR = f.nonNegative("researchWeight", d.researchWeight());
        double aI = f.nonNegative("infraWeight", d.infraWeight());
        double half = f.positive("knowledgeHalf", d.knowledgeHalf());
        int shape = f.integer("researchLagShape", d.researchLagShape(), 1, false);
        if (shape > CapabilitySpec.MAX_RESEARCH_LAG_SHAPE) {
            throw f.range("researchLagShape", "must be <= " + CapabilitySpec.MAX_RESEARCH_LAG_SHAPE);
        }
        // absent: calibrated at the start (NaN)
        double scale = f.has("scale") ? f.positive("scale", 1) : d.scale();
        boolean perLab = d.efficiencyPerLab();
        if (f.has("efficiency")) {
            String v = f.string("efficiency", "");
            if (!List.of("market", "lab").contains(v)) {
                throw f.fail("efficiency", "expected market (one efficiency for every lab) or lab (each lab's own,"
                        + " so that it starts at its steady state)" + Suggest.didYouMean(v, List.of("market", "lab"))
                        + ", was " + f.get("efficiency").describe());
            }
            perLab = v.equals("lab");
        }
        boolean each = perLab;
        return f.build(() -> new CapabilitySpec(lag, dep, kdep, aP, aR, aI, half, shape, scale, each));
    }

    private static PolicySpec[] policies(Fields top) {
        PolicySpec[] out = new PolicySpec[4];
        YNode n = top.get("policies");
        if (n == null) {
            return out;
        }
        Fields f = Fields.of(top.doc, n, "policies", POLICIES);
        out[0] = PolicyReader.read(f, "acceptance", PolicyRegistry.ACCEPTANCE, null);
        out[1] = PolicyReader.read(f, "morale", PolicyRegistry.MORALE, null);
        out[2] = PolicyReader.read(f, "quits", PolicyRegistry.QUITS, null);
        out[3] = PolicyReader.read(f, "production", PolicyRegistry.PRODUCTION, null);
        return out;
    }
}
