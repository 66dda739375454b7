package org.talentsim.theory;

import java.time.YearMonth;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.talentsim.model.Focus;
import org.talentsim.model.PayScale;
import org.talentsim.model.PopulationView;
import org.talentsim.model.Status;
import org.talentsim.model.TickUnit;
import org.talentsim.engine.Editor;
import org.talentsim.policy.PolicyRegistry;
import org.talentsim.rng.Streams;
import org.talentsim.scenario.CohortSpec;
import org.talentsim.scenario.Dist;
import org.talentsim.scenario.MarketSpec;
import org.talentsim.scenario.MatchingSpec;
import org.talentsim.scenario.PolicySpec;
import org.talentsim.scenario.Rate;
import org.talentsim.scenario.Scenario;
import org.talentsim.scenario.ScenarioBuilder;

/**
 * The theory models of THEORY.md as configurations of the engine's policies (DESIGN §3.4):
 *
 * <ul>
 *   <li>Burdett–Mortensen: J labs post fixed wages (offer policy {@code posted}), workers take
 *       any higher wage ({@code higher-wage}), the unemployed any wage ≥ R, no counter-offers, no
 *       quits beyond δ, unlimited openings and budgets. With J large (default 10 000) the
 *       posted wages are the quantiles {@code F⁻¹((j − ½)/J)} of the equilibrium F: a fine
 *       discretisation of the continuous model.</li>
 *   <li>Postel-Vinay–Robin: J labs of productivity {@code F⁻¹((j − ½)/J)}, Bertrand bidding up to
 *       productivity with the wage rule φ(q, p) (a {@code bertrand} offer policy registered as
 *       {@code pvr}), every incumbent counters ({@code match}); b = p_min.</li>
 *   <li>Mortensen–Pissarides: one lab with unlimited openings; seekers meet it with probability
 *       f(θ) = A·θ^(1−η) (matching mode with fixed θ, i.e. V = θ·U posted each period).</li>
 * </ul>
 *
 * All workers have skill 1 and the pay scale is the identity, so a lab's valuation is its
 * productivity. Rates are per month: with weekly ticks each probability is the monthly one times
 * 12/52 (THEORY §0: the stationary values do not change).
 */
public final class TheoryMarkets {
    /** Labs used to discretise a continuous offer distribution. */
    public static final int DEFAULT_LABS = 10_000;

    private static final long STATIONARY_KEY = 0x5354415449304eL;

    private TheoryMarkets() {}

    /** Options shared by the configurations. */
    public record Options(int workers, int months, long seed, TickUnit tick, int labs, boolean stationary) {
        /**
         * Checks that {@code workers}, {@code months} and {@code labs} are at least 1 and that {@code tick}
         * is given; throws IllegalArgumentException (NullPointerException for the tick) otherwise.
         */
        public Options {
            if (workers < 1) {
                throw new IllegalArgumentException("workers must be >= 1, was " + workers);
            }
            if (months < 1) {
                throw new IllegalArgumentException("months must be >= 1, was " + months);
            }
            if (labs < 1) {
                throw new IllegalArgumentException("labs must be >= 1, was " + labs);
            }
            Objects.requireNonNull(tick, "tick");
        }

        /** N workers for T months, monthly ticks, {@link #DEFAULT_LABS} labs, stationary start. */
        public static Options of(int workers, int months, long seed) {
            return new Options(workers, months, seed, TickUnit.MONTH, DEFAULT_LABS, true);
        }

        /** These options with ticks of {@code t} (the rates stay monthly ones, converted to the tick). */
        public Options withTick(TickUnit t) { return new Options(workers, months, seed, t, labs, stationary); }
        /** These options with {@code j} labs (at least 1) to discretise the offer or productivity distribution. */
        public Options withLabs(int j) { return new Options(workers, months, seed, tick, j, stationary); }
        /** These options with every worker starting unemployed, in the pool, instead of in the stationary state. */
        public Options startingUnemployed() { return new Options(workers, months, seed, tick, labs, false); }
    }

    private static MarketSpec market(double d, double l0, double l1, double b) {
        return MarketSpec.DEFAULT.withPayScale(new PayScale(1, 1)).withSeparation(Rate.perMonth(d))
                .withOffersEmployed(Rate.perMonth(l1)).withOffersSeeking(Rate.perMonth(l0))
                .withRetirement(Rate.ZERO).withPoolExit(Rate.ZERO).withVisibilityGain(0)
                .withUnemploymentValue(b).withReservationShare(0).withAnnualRaise(0).withPayAdjust(0)
                .withOffSpecialty(1);
    }

    private static ScenarioBuilder base(String name, Options o) {
        return Scenario.builder(name).start(YearMonth.of(2000, 1)).months(o.months()).tickUnit(o.tick())
                .seed(o.seed()).morale(PolicySpec.of("fixed")).quits(PolicySpec.of("none"))
                .pool(o.workers(), new CohortSpec(Dist.constant(1), Dist.constant(0), 0, 0, Dist.constant(0),
                        Dist.constant(0.5)));
    }

    /** The quantile of rank j (1-based) of J: (j − ½)/J. */
    static double rank(int j, int labs) {
        return (j - 0.5) / labs;
    }

    /** Burdett–Mortensen with the equilibrium offer distribution of {@code m}, posted by {@code o.labs()} labs. */
    public static TheoryMarket burdettMortensen(BurdettMortensen m, Options o) {
        ScenarioBuilder b = base("burdett-mortensen", o).market(market(m.d(), m.l0(), m.l1(), m.reservationWage()))
                .acceptance(PolicySpec.of("higher-wage"));
        double[] wages = new double[o.labs()];
        PolicySpec posted = PolicySpec.of("posted");   // one immutable spec for all the labs
        for (int j = 1; j <= o.labs(); j++) {
            double w = m.offerQuantile(rank(j, o.labs()));
            wages[j - 1] = w;
            b.lab("L" + j, lab -> lab.productivity(m.p()).postedWage(w).offer(posted)
                    .team("T", Focus.RESEARCH, 0, t -> t.unlimited()));
        }
        Scenario s = b.build();
        if (!o.stationary()) {
            return new TheoryMarket(s, PolicyRegistry.defaults(), null);
        }
        return new TheoryMarket(s, PolicyRegistry.defaults(), w -> {
            RandomGenerator g = stationaryStream(s);
            PopulationView pop = w.world().population();
            for (int i = 0; i < pop.size(); i++) {
                double u = g.nextDouble();
                double v = g.nextDouble();
                if (u < m.unemployment()) {
                    continue;
                }
                double wage = m.drawEarned(v);
                int j = labOf(m.offerCdf(wage), o.labs());
                employ(w, i, j, wages[j], m.reservationWage());
            }
        });
    }

    /**
     * Postel-Vinay–Robin with F discretised over {@code o.labs()} labs.
     *
     * @throws IllegalArgumentException when the entry wage φ(b, p_max) is negative (possible in
     *     the model with patient workers; the engine pays no negative wages)
     */
    public static TheoryMarket postelVinayRobin(PostelVinayRobin m, Options o) {
        OfferDistribution f = m.offers();
        double entry = m.entryWage(f.upper());
        if (!(entry >= 0)) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "entry wage phi(b, p_max) = %.4f is negative with these parameters (c = %.4f); the engine pays"
                    + " no negative wages: lower beta or l1, or narrow [p_min, p_max]", entry, m.c()));
        }
        ScenarioBuilder b = base("postel-vinay-robin", o).market(market(m.d(), m.l0(), m.l1(), m.b()))
                .acceptance(PolicySpec.of("higher-wage"));
        double[] p = new double[o.labs()];
        PolicySpec bid = PolicySpec.of("pvr");   // one immutable spec of each for all the labs
        PolicySpec match = PolicySpec.of("match");
        for (int j = 1; j <= o.labs(); j++) {
            double pj = f.quantile(rank(j, o.labs()));
            p[j - 1] = pj;
            b.lab("L" + j, lab -> lab.productivity(pj).offer(bid).retention(match)
                    .team("T", Focus.RESEARCH, 0, t -> t.unlimited()));
        }
        Scenario s = b.build();
        PolicyRegistry reg = PolicyRegistry.defaults()
                .register(PolicyRegistry.OFFER, "pvr", spec -> PolicyRegistry.bertrand(m::wage));
        if (!o.stationary()) {
            return new TheoryMarket(s, reg, null);
        }
        return new TheoryMarket(s, reg, w -> {
            RandomGenerator g = stationaryStream(s);
            PopulationView pop = w.world().population();
            for (int i = 0; i < pop.size(); i++) {
                double u = g.nextDouble();
                double u1 = g.nextDouble();
                double u2 = g.nextDouble();
                if (u < m.unemployment()) {
                    continue;
                }
                PostelVinayRobin.State st = m.stationaryState(u1, u2);
                int j = labOf(f.cdf(st.p()), o.labs());
                double q = Math.min(st.q(), p[j]);
                employ(w, i, j, m.wage(q, p[j]), q);
            }
        });
    }

    /**
     * Mortensen–Pissarides: separation s, matching A·u^η·v^(1−η) at fixed tightness θ.
     *
     * @throws IllegalArgumentException where the job-finding rate is above the tightness (more
     *     matches than vacancies, {@code f(θ)/θ > 1})
     */
    public static TheoryMarket mortensenPissarides(MortensenPissarides m, double theta, Options o) {
        // the textbook model has m(u, v) <= min(u, v): a job-finding rate above the tightness fills each
        // vacancy more than once (A = 1.5, eta = 0.5, theta = 0.5: every seeker hired from half as many
        // vacancies), which the closed form capped at u alone did not see (an economist's review)
        double perVacancy = m.jobFinding(theta) / theta;
        if (perVacancy > 1 + 1e-12) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "these parameters give more matches than"
                    + " vacancies: f(theta) / theta = %.4g hires per vacancy (the textbook model needs m(u, v) <= min(u, v),"
                    + " so A * theta^(-eta) <= 1 where f(theta) < 1); lower A or raise theta", perVacancy));
        }
        MarketSpec spec = market(m.s(), 0, 0, 0).withMatching(new MatchingSpec(m.a(), m.eta(), theta));
        Scenario s = base("mortensen-pissarides", o).market(spec).acceptance(PolicySpec.of("higher-wage"))
                .lab("Firms", lab -> lab.productivity(1).postedWage(1).offer(PolicySpec.of("posted"))
                        .team("T", Focus.RESEARCH, 0, t -> t.unlimited()))
                .build();
        if (!o.stationary()) {
            return new TheoryMarket(s, PolicyRegistry.defaults(), null);
        }
        return new TheoryMarket(s, PolicyRegistry.defaults(), w -> {
            RandomGenerator g = stationaryStream(s);
            double u = m.unemployment(theta);
            for (int i = 0; i < w.world().population().size(); i++) {
                if (g.nextDouble() >= u) {
                    employ(w, i, 0, 1, 0);
                }
            }
        });
    }

    /** The lab index (0-based) whose rank interval contains CDF value {@code f}. */
    static int labOf(double f, int labs) {
        int j = (int) Math.ceil(f * labs) - 1;
        return Math.max(0, Math.min(labs - 1, j));
    }

    private static RandomGenerator stationaryStream(Scenario s) {
        return Streams.of(s.generator(), s.seed()).stream(STATIONARY_KEY);
    }

    private static void employ(Editor w, int i, int lab, double wage, double reference) {
        w.employ(i, w.world().lab(lab).team(0), wage, reference);
    }
}
