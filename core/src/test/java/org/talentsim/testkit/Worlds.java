package org.talentsim.testkit;

import java.util.List;
import java.util.SplittableRandom;
import org.talentsim.model.Focus;
import org.talentsim.scenario.CohortSpec;
import org.talentsim.scenario.Dist;
import org.talentsim.scenario.EventSpec;
import org.talentsim.scenario.LabSpec;
import org.talentsim.scenario.MarketSpec;
import org.talentsim.scenario.PolicySpec;
import org.talentsim.scenario.Rate;
import org.talentsim.scenario.ResearcherRef;
import org.talentsim.scenario.Scenario;
import org.talentsim.scenario.ScenarioBuilder;
import org.talentsim.scenario.StarSpec;
import org.talentsim.scenario.TeamSpec;

/** Scenarios used across tests. */
public final class Worlds {
    private Worlds() {}

    /** Two labs in a poaching war: Alpha pays a premium and counters, Beta does neither. */
    public static Scenario twoLabWar(long seed) {
        return Scenario.builder("two-lab-war")
                .seed(seed)
                .months(24)
                .lab("Alpha", lab -> lab.prestige(0.8).budget(200e6).productivity(2.0)
                        .offer(PolicySpec.of("star", "premium", 0.3))
                        .retention(PolicySpec.of("match"))
                        .team("Research", Focus.RESEARCH, 150, t -> t.target(260).payLevel(1.3))
                        .team("Product", Focus.PRODUCT, 100, t -> t.target(120)))
                .lab("Beta", lab -> lab.prestige(0.6).budget(300e6)
                        .team("Research", Focus.RESEARCH, 250, t -> t.target(260))
                        .team("Product", Focus.PRODUCT, 150, t -> t.target(160)))
                .pool(200, CohortSpec.DEFAULT.withVisaShare(0.3))
                .build();
    }

    /** A small world with every kind of event, for invariants and determinism tests. */
    public static Scenario everything(long seed) {
        ScenarioBuilder b = Scenario.builder("everything").seed(seed).months(30)
                .market(MarketSpec.DEFAULT)
                .lab("Big", lab -> lab.prestige(0.7).budget(500e6).strategy(PolicySpec.of("gap-response"))
                        .offer(PolicySpec.of("premium", "premium", 0.25)).retention(PolicySpec.of("match"))
                        .pay(PolicySpec.of("equity-at-risk", "equity", 0.5, "signOn", 0.1, "clawbackMonths", 6))
                        .team("Elite", Focus.RESEARCH, 20, t -> t.target(60).payLevel(3).protect().minSkill(1.5)
                                .pay("equity", "equity", 0.8, "signOn", 0.35, "clawbackMonths", 12)
                                .star(new StarSpec("Star One", 6, 20e6, 0.9, false)))
                        .team("Science", Focus.RESEARCH, 200, t -> t.leaderFit(0.9)
                                .star(new StarSpec("Chief", 5, 5e6, 0.95, false))
                                .star(new StarSpec("Director", 3, 1.5e6, 0.4, true)))
                        .team("Apps", Focus.PRODUCT, 250, t -> t.leaderFit(0.4)
                                .members(CohortSpec.DEFAULT.withVisaShare(0.4)))
                        .team("Infra", Focus.INFRA, 100, t -> {}))
                .lab("Rival", lab -> lab.prestige(0.8).budget(400e6).retention(PolicySpec.of("stars"))
                        .offer(PolicySpec.of("star"))
                        .pay(PolicySpec.of("equity-annual", "equity", 0.3, "cliffMonths", 6, "buyOut", 0.5))
                        .team("Core", Focus.RESEARCH, 150, t -> t.target(200))
                        .team("Prod", Focus.PRODUCT, 150, t -> t.target(180)))
                .lab("Small", lab -> lab.prestige(0.3).budget(60e6).layoff(PolicySpec.of("lifo"))
                        .team("All", Focus.PRODUCT, 80, t -> t.target(100)))
                .pool(300, CohortSpec.DEFAULT.withVisaShare(0.3).withVisibility(Dist.beta(2, 5)));
        b.event(new EventSpec.CapabilityJump(2, "Rival", 1.3, 0));
        b.event(new EventSpec.LeaderChange(4, "Big", null, 0.9));
        b.event(new EventSpec.BudgetChange(4, "Big", 1.0, 100e6));
        b.event(new EventSpec.HiringSpree(5, "Big", "Elite", 80, 4.0));
        b.event(new EventSpec.Raid(6, "Big", "Elite", "Rival", "Core", 8, false));
        b.event(new EventSpec.Layoff(10, "Big", List.of("Apps", "Infra"), 120, Double.NaN, 1, 16, 2));
        b.event(new EventSpec.Layoff(10, "Small", List.of(), -1, 0.2, 2, 8, 1));
        b.event(new EventSpec.Dismissal(10, "Big", List.of("Director"), 2, 16, 2));
        b.event(new EventSpec.VisibilityRise(11, ResearcherRef.named("Director"), 1.0));
        b.event(new EventSpec.JobFair(12, ResearcherRef.named("Director"), 3));
        b.event(new EventSpec.TeamMerge(14, "Big", "Infra", "Apps"));
        b.event(new EventSpec.TeamMove(16, "Rival", "Prod", "Small"));
        b.event(new EventSpec.Found(18, ResearcherRef.named("Chief"),
                new LabSpec("NewCo", 0.6, 80e6, 10, 1.8, Double.NaN, PolicySpec.of("star"), null, null, null,
                        PolicySpec.of("equity", "equity", 0.8, "years", 4, "cliffMonths", 12),
                        List.of(new TeamSpec("Founders", Focus.RESEARCH, 0, 40, 1.5, 1.0, 1.0, false, null, null))),
                3e6));
        return b.build();
    }

    /**
     * Acqui-hires (issue 16 item 4): Buyer buys Seller's team Core whole at tick 3, with its
     * star Lead as leader and a title, paying 30% more; at tick 6 it buys the named star Solo out
     * of Start (a start-up), which then closes; Other is a bystander that poaches and is poached.
     * Several chunks of researchers, so threads split the work.
     */
    public static Scenario acquiHire(long seed) {
        ScenarioBuilder b = Scenario.builder("acqui-hire").seed(seed).months(12)
                .market(MarketSpec.DEFAULT)
                .lab("Buyer", lab -> lab.prestige(0.7).budget(3e9).retention(PolicySpec.of("match"))
                        .team("AI", Focus.RESEARCH, 3000, t -> t.target(3100))
                        .team("Prod", Focus.PRODUCT, 2000, t -> { }))
                .lab("Seller", lab -> lab.prestige(0.5).budget(1.5e9)
                        .team("Core", Focus.RESEARCH, 300, t -> t.star(new StarSpec("Lead", 6, 3e6, 0.9, false)))
                        .team("Rest", Focus.PRODUCT, 2500, t -> { }))
                .lab("Start", lab -> lab.prestige(0.4).budget(60e6)
                        .team("All", Focus.RESEARCH, 40, t -> t.star(new StarSpec("Solo", 5, 2e6, 0.6, false))))
                .lab("Other", lab -> lab.prestige(0.6).offer(PolicySpec.of("premium", "premium", 0.25))
                        .team("R", Focus.RESEARCH, 3000, t -> t.target(3300)))
                .pool(1000, CohortSpec.DEFAULT.withVisaShare(0.2));
        b.event(new EventSpec.AcquiHire(3, "Buyer", "AI", "Seller", "Core", List.of(), 14.3e9, 0.3, "Lead",
                "Chief AI Officer, over all AI units", false, null, "core-deal"));
        b.event(new EventSpec.AcquiHire(6, "Buyer", "AI", "Start", null, List.of("Solo"), 2.5e9, 0, null, null,
                true, new org.talentsim.scenario.LayoffTerms(1, 8, 1), null));
        return b.build();
    }

    /**
     * Budgets under pressure from raises: two labs start about 10% under their budgets, then a
     * spree raises their teams' pay levels to 1.4, so that anniversary raises (5% a year, and half
     * the gap to the pay level) want about twice the room; one of them also has openings to fill,
     * and an unlimited rival poaches with a premium. Several chunks of researchers.
     */
    public static Scenario tightBudgets(long seed, org.talentsim.model.TickUnit unit) {
        MarketSpec m = MarketSpec.DEFAULT.withAnnualRaise(0.05).withPayAdjust(0.5);
        // mean starting pay at pay level 1: 300k · E[s^1.8] · E[e^(0.15 Z)] ≈ 455k, so 1,600 people cost ≈ 728M
        ScenarioBuilder b = Scenario.builder("tight-budgets").seed(seed).months(36).tickUnit(unit).market(m)
                .lab("Tight", lab -> lab.prestige(0.6).budget(800e6).retention(PolicySpec.of("match"))
                        .team("R", Focus.RESEARCH, 800, t -> { })
                        .team("P", Focus.PRODUCT, 800, t -> { }))
                .lab("Lean", lab -> lab.prestige(0.5).budget(420e6).offer(PolicySpec.of("premium", "premium", 0.3))
                        .team("R", Focus.RESEARCH, 800, t -> t.target(1000)))
                .lab("Rich", lab -> lab.prestige(0.7).offer(PolicySpec.of("premium", "premium", 0.3))
                        .retention(PolicySpec.of("match"))
                        .team("R", Focus.RESEARCH, 1000, t -> t.target(1200)))
                .pool(800, CohortSpec.DEFAULT);
        b.event(new EventSpec.HiringSpree(1, "Tight", "R", 800, 1.4));
        b.event(new EventSpec.HiringSpree(1, "Tight", "P", 800, 1.4));
        b.event(new EventSpec.HiringSpree(1, "Lean", "R", 1000, 1.4));
        return b.build();
    }

    /** A randomly configured world (labs, teams, policies, events) drawn from {@code seed}. */
    public static Scenario random(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        String[] offers = {"premium", "star", "posted", "bertrand"};
        String[] retention = {"none", "match", "stars"};
        String[] layoff = {"lowest-output", "lowest-value", "lifo", "random"};
        String[] acceptance = {"higher-wage", "utility"};
        int labs = 2 + r.nextInt(4);
        ScenarioBuilder b = Scenario.builder("random-" + seed).seed(seed).months(12 + r.nextInt(24))
                .market(MarketSpec.builder().payScale(MarketSpec.DEFAULT.payScale())
                        .separation(Rate.perYear(r.nextDouble(0.01, 0.3)))
                        .offersEmployed(Rate.perYear(r.nextDouble(0.1, 2))).offersSeeking(Rate.perYear(r.nextDouble(0.5, 6)))
                        .retirement(Rate.perYear(r.nextDouble(0, 0.05))).poolExit(Rate.perYear(r.nextDouble(0, 0.3)))
                        .visibilityGain(r.nextDouble(0, 6)).unemploymentValue(100_000).reservationShare(r.nextDouble())
                        .visaGraceDays(60).annualRaise(r.nextDouble(0, 0.1)).payAdjust(r.nextDouble(0, 0.5))
                        .offSpecialty(r.nextDouble(0.5, 1)).matching(null).capability(null).build())
                .acceptance(PolicySpec.of(acceptance[r.nextInt(2)]))
                .pool(r.nextInt(400), CohortSpec.DEFAULT.withVisaShare(r.nextDouble(0, 0.5)));
        // a lab whose teams are all protected cannot be laid off as a whole (refused): it gets a leader change instead
        boolean[] unprotected = new boolean[labs];
        for (int l = 0; l < labs; l++) {
            int li = l;
            String offer = offers[r.nextInt(offers.length)];
            double posted = 200_000 + r.nextDouble() * 600_000;
            int teams = 1 + r.nextInt(3);
            double budget = r.nextBoolean() ? Double.POSITIVE_INFINITY : 30e6 + r.nextDouble() * 300e6;
            String ret = retention[r.nextInt(3)];
            String lay = layoff[r.nextInt(layoff.length)];
            double prod = 1 + r.nextDouble() * 2;
            b.lab("L" + l, lab -> {
                lab.prestige(r.nextDouble()).budget(budget).productivity(prod).postedWage(posted)
                        .offer(PolicySpec.of(offer)).retention(PolicySpec.of(ret)).layoff(PolicySpec.of(lay))
                        .strategy(PolicySpec.of(r.nextBoolean() ? "static" : "gap-response"));
                for (int t = 0; t < teams; t++) {
                    int head = r.nextInt(150);
                    int target = head + r.nextInt(60) - 20;
                    Focus f = Focus.values()[r.nextInt(3)];
                    boolean prot = r.nextInt(4) == 0;
                    lab.team("T" + t, f, head, tb -> {
                        tb.target(Math.max(0, target)).payLevel(0.7 + r.nextDouble()).leaderFit(r.nextDouble());
                        if (prot) {
                            tb.protect();
                        }
                    });
                    unprotected[li] |= !prot;
                }
                String[] pays = {"cash", "equity", "equity-annual", "equity-at-risk"};
                String pay = pays[r.nextInt(pays.length)];
                lab.pay(pay.equals("cash") ? PolicySpec.of(pay, "signOn", r.nextDouble(0, 0.5))
                        : PolicySpec.of(pay, "equity", r.nextDouble(), "years", 1 + r.nextInt(4),
                                "cliffMonths", r.nextInt(13), "vestMonths", 1 + r.nextInt(6),
                                "signOn", r.nextDouble(0, 0.5), "buyOut", r.nextDouble()));
            });
        }
        int events = r.nextInt(6);
        for (int e = 0; e < events; e++) {
            int tick = 1 + r.nextInt(12);
            int li = r.nextInt(labs);
            String lab = "L" + li;
            switch (r.nextInt(4)) {
                case 0 -> {
                    double share = r.nextDouble(0, 0.4);
                    int notice = r.nextInt(3);
                    b.event(unprotected[li] ? new EventSpec.Layoff(tick, lab, List.of(), -1, share, notice, 16, 2)
                            : new EventSpec.LeaderChange(tick, lab, null, share));
                }
                case 1 -> b.event(new EventSpec.BudgetChange(tick, lab, r.nextDouble(0.5, 1.5), 0));
                case 2 -> b.event(new EventSpec.CapabilityJump(tick, lab, r.nextDouble(0.8, 1.5), 0));
                default -> b.event(new EventSpec.LeaderChange(tick, lab, null, r.nextDouble()));
            }
        }
        return b.build();
    }
}
