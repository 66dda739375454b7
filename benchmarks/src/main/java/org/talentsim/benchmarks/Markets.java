package org.talentsim.benchmarks;

import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.talentsim.benchmarks.mason.Kernel;
import org.talentsim.engine.Simulation;
import org.talentsim.model.Focus;
import org.talentsim.model.PayScale;
import org.talentsim.model.PopulationView;
import org.talentsim.model.Status;
import org.talentsim.engine.Editor;
import org.talentsim.scenario.CohortSpec;
import org.talentsim.scenario.Dist;
import org.talentsim.scenario.MarketSpec;
import org.talentsim.scenario.PolicySpec;
import org.talentsim.scenario.Rate;
import org.talentsim.scenario.Scenario;
import org.talentsim.scenario.ScenarioBuilder;

/**
 * The markets the benchmarks run, built in code at any size.
 *
 * <ul>
 *   <li>{@link #flagship}: the policy mix of a realistic run: labs of three teams (research,
 *       product, infra) with finite budgets, star packages and premium offers, match and
 *       stars-only counter-offers, three layoff rules, gap-response and static strategies,
 *       utility acceptance, peer-relative morale, morale quits, visa holders and a pool.</li>
 *   <li>{@link #kernel}: the market kernel the MASON baseline re-implements, with the parameters
 *       of a {@link Kernel}: no budgets, raises, exits, visas or strategy, so that both engines
 *       run exactly the same rules.</li>
 * </ul>
 *
 * <p>Both split the population the same way: {@code poolShare} starts in the pool, the rest is
 * spread evenly over the labs and, inside a lab, 40% research, 40% product, 20% infra.
 */
final class Markets {
    /** Ticks run before a snapshot is taken, so morale, pay and headcounts have moved off the start. */
    static final int WARM_TICKS = 12;

    private static final double FLAGSHIP_POOL = 0.10;
    private static final double FLAGSHIP_OPENINGS = 0.08;
    /** E[s^1.8] for log-normal skill (median 1, sigma 0.5) is 1.5, so mean market pay is 1.5 × w*(1). */
    private static final double MEAN_PAY = 1.5 * 300_000;
    /** Team pay levels (research, product, infra) and their headcount-weighted mean. */
    private static final double[] PAY_LEVELS = {1.2, 1.0, 0.9};
    private static final double MEAN_PAY_LEVEL = 0.4 * 1.2 + 0.4 * 1.0 + 0.2 * 0.9;

    private Markets() {}

    /** The flagship-like policy mix with {@code researchers} people in {@code labs} labs. */
    static Scenario flagship(int researchers, int labs, long seed) {
        return flagship(researchers, labs, seed, "cash");
    }

    /** The flagship market with every lab on the pay policy {@code pay} (default terms): {@code cash}, or e.g. {@code equity-annual}. */
    static Scenario flagship(int researchers, int labs, long seed, String pay) {
        int pool = (int) Math.round(researchers * FLAGSHIP_POOL);
        CohortSpec members = CohortSpec.DEFAULT.withVisaShare(0.1).withVisibility(Dist.beta(2, 6));
        ScenarioBuilder b = Scenario.builder("flagship-" + researchers + "-" + labs).seed(seed).months(120)
                .market(MarketSpec.DEFAULT)
                .pool(pool, CohortSpec.DEFAULT.withVisaShare(0.2).withVisibility(Dist.beta(2, 6)));
        for (int l = 0; l < labs; l++) {
            int head = share(researchers - pool, labs, l);
            int lab = l;
            b.lab("Lab" + l, lb -> {
                lb.prestige(prestige(lab)).productivity(productivity(lab))
                        .budget(1.5 * head * MEAN_PAY * MEAN_PAY_LEVEL)
                        .offer(lab % 4 == 3 ? PolicySpec.of("premium", "premium", 0.25)
                                : PolicySpec.of("star", "premium", 0.2, "threshold", 0.6, "share", 0.8))
                        .retention(lab % 2 == 0 ? PolicySpec.of("match") : PolicySpec.of("stars", "threshold", 0.6))
                        .layoff(PolicySpec.of(new String[] {"lowest-value", "lifo", "random"}[lab % 3]))
                        .strategy(PolicySpec.of(lab % 3 == 0 ? "gap-response" : "static"))
                        .pay(PolicySpec.of(pay));
                teams(lb, head, FLAGSHIP_OPENINGS, PAY_LEVELS, members);
            });
        }
        return b.build();
    }

    /** The kernel of the MASON comparison, configured from {@code k}. */
    static Scenario kernel(int researchers, int labs, Kernel k, long seed) {
        int pool = (int) Math.round(researchers * k.poolShare());
        CohortSpec cohort = CohortSpec.DEFAULT;
        MarketSpec market = MarketSpec.builder().payScale(new PayScale(k.wageBase(), k.wageElasticity()))
                .separation(Rate.perMonth(k.separation())).offersEmployed(Rate.perMonth(k.offersEmployed()))
                .offersSeeking(Rate.perMonth(k.offersSeeking())).retirement(Rate.ZERO).poolExit(Rate.ZERO)
                .visibilityGain(k.visibilityGain()).unemploymentValue(k.unemploymentValue())
                .reservationShare(k.reservationShare()).visaGraceDays(60).annualRaise(0).payAdjust(0)
                .offSpecialty(k.offSpecialty()).hiringCapacity(Rate.perMonth(k.hiringCapacity())).matching(null).capability(null)
                .build();
        ScenarioBuilder b = Scenario.builder("kernel-" + researchers + "-" + labs).seed(seed).months(120)
                .market(market)
                .acceptance(PolicySpec.of("utility", "prestige", k.prestigeWeight(), "morale", k.moraleWeight(),
                        "switchingCost", k.switchingCost()))
                .morale(PolicySpec.of("peer-relative", "base", k.moraleBase(), "pay", k.moralePay(), "layoffs", 0,
                        "gap", 0, "disparity", 0, "leader", 0, "speed", k.moraleSpeed()))
                .quits(PolicySpec.of("morale", "base", k.quitBase(), "pay", k.quitPay(), "morale", k.quitMorale(),
                        "reference", k.quitReference()))
                .pool(pool, cohort);
        for (int l = 0; l < labs; l++) {
            int head = share(researchers - pool, labs, l);
            int lab = l;
            b.lab("Lab" + l, lb -> {
                lb.prestige(prestige(lab)).productivity(productivity(lab))
                        .offer(PolicySpec.of("premium", "premium", k.premium()))
                        .retention(PolicySpec.of("match", "upTo", k.matchUpTo()))
                        .strategy(PolicySpec.of("static"));
                teams(lb, head, k.openingsShare(), PAY_LEVELS, cohort);
            });
        }
        return b.build();
    }

    /**
     * A simulation of {@code s} on {@code threads} threads whose employed have tenures spread over
     * eight years, so that work anniversaries (and raises) fall evenly over the months.
     */
    static Simulation start(Scenario s, int threads) {
        return Simulation.builder(s).threads(threads).initializer(spreadTenure(s.seed())).build();
    }

    /** {@link #start} after {@code ticks} ticks. */
    static Simulation warmed(Scenario s, int threads, int ticks) {
        Simulation sim = start(s, threads);
        sim.run(ticks);
        return sim;
    }

    static Consumer<Editor> spreadTenure(long seed) {
        return e -> {
            SplittableRandom r = new SplittableRandom(seed);
            PopulationView pop = e.world().population();
            for (int i = 0; i < pop.size(); i++) {
                if (pop.status(i) == Status.EMPLOYED) {
                    e.tenure(i, r.nextInt(96));
                }
            }
        };
    }

    private static void teams(ScenarioBuilder.LabBuilder lb, int head, double openings, double[] payLevel,
            CohortSpec members) {
        int research = (int) Math.round(head * 0.4);
        int product = (int) Math.round(head * 0.4);
        int[] sizes = {research, product, head - research - product};
        Focus[] focus = {Focus.RESEARCH, Focus.PRODUCT, Focus.INFRA};
        for (int t = 0; t < 3; t++) {
            int size = sizes[t];
            double pay = payLevel[t];
            lb.team(focus[t].name().toLowerCase(java.util.Locale.ROOT), focus[t], size,
                    tb -> tb.target(size + (int) Math.ceil(size * openings)).payLevel(pay).members(members));
        }
    }

    /** The {@code l}-th of {@code parts} near-equal shares of {@code total}. */
    private static int share(int total, int parts, int l) {
        return total / parts + (l < total % parts ? 1 : 0);
    }

    /** Prestige spread over [0.2, 0.9] by a low-discrepancy sequence (no two neighbours alike). */
    private static double prestige(int l) {
        return 0.2 + 0.7 * frac(l * 0.6180339887498949);
    }

    private static double productivity(int l) {
        return 1.4 + 0.6 * frac(l * 0.7548776662466927);
    }

    private static double frac(double x) {
        return x - Math.floor(x);
    }
}
