package org.talentsim.kernel;

import java.util.function.DoubleSupplier;
import java.util.random.RandomGenerator;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.ParetoDistribution;
import org.talentsim.model.Focus;
import org.talentsim.kernel.Lab;
import org.talentsim.model.PayScale;
import org.talentsim.kernel.Population;
import org.talentsim.model.Status;
import org.talentsim.kernel.Team;
import org.talentsim.kernel.World;
import org.talentsim.rng.Samplers;
import org.talentsim.rng.Streams;
import org.talentsim.scenario.CohortSpec;
import org.talentsim.scenario.Dist;
import org.talentsim.scenario.LabSpec;
import org.talentsim.scenario.Scenario;
import org.talentsim.scenario.StarSpec;
import org.talentsim.scenario.TeamSpec;

/**
 * Builds the starting world of a scenario: labs, teams, and the population in a fixed order
 * (each lab's teams in order, each team's drawn members then its stars; then the pool and its
 * stars). Each cohort draws from its own stream (seed, INIT, cohort number). Team members get a
 * tenure drawn uniformly in [0, 5 years), so work anniversaries (raises) are spread over the year.
 */
final class WorldFactory {
    private WorldFactory() {}

    /** Marks a morale to be set to the steady state of the morale rule once the census has run (MODEL §5). */
    static final float STEADY = Float.NaN;
    /** Starting morale of pool members whose cohort gives none. */
    static final double POOL_MORALE = 0.7;

    static int populationSize(Scenario s) {
        long n = s.pool().size() + s.pool().stars().size();
        for (LabSpec l : s.labs()) {
            for (TeamSpec t : l.teams()) {
                n += t.headcount() + t.stars().size();
            }
        }
        // Scenario's constructor refuses more than Scenario.MAX_POPULATION researchers
        assert n <= Scenario.MAX_POPULATION : "population of " + n + " researchers passed validation";
        return (int) n;
    }

    static Lab newLab(int id, LabSpec l, int researchStages, int tick) {
        Lab lab = new Lab(id, l.name(), l.prestige(), l.budget(), l.capability(), l.productivity(),
                l.postedWage(), 0, researchStages, tick);
        // the teams splitting its compute: those given a share above 0; what it gives them: their claims (MODEL 7.2)
        int parts = computeParts(l);
        double capacity = 0;
        for (TeamSpec t : l.teams()) {
            capacity += l.computeShare(t) * parts;
        }
        lab.setCompute(parts, capacity);
        return lab;
    }

    /** Team {@code t} of lab {@code lab}, built from spec {@code spec} (which resolves a share the team does not give). */
    static Team newTeam(int id, Lab lab, LabSpec spec, TeamSpec t) {
        double share = spec.computeShare(t);
        Team team = new Team(id, t.name(), lab.id(), t.focus(), t.target(), t.payLevel(), t.leaderFit(),
                share, t.protectedTeam());
        team.setMinSkill(t.minSkill());
        team.setComputeClaim(share * lab.computeParts());   // (the lab's parts, counted once when it was built)
        return team;
    }

    /** The equal parts lab {@code l}'s compute is counted in: its teams with a share above 0, at least 1 (MODEL 7.2). */
    private static int computeParts(LabSpec l) {
        int parts = 0;
        for (TeamSpec t : l.teams()) {
            parts += l.computeShare(t) > 0 ? 1 : 0;
        }
        return Math.max(1, parts);
    }

    static World build(Scenario s, Streams streams, int researchStages) {
        Population pop = new Population(populationSize(s));
        PayScale scale = s.market().payScale();
        World w = new World(pop, scale, s.tickUnit(), s.start());
        // the unit first: drawn salaries stop at its cap, as pay the run computes does
        w.setMoney(Money.of(scale.base(), s.highestNamedPay()));
        int next = staff(s, streams, researchStages, w);
        pool(s, streams, w, next);
        return w;
    }

    /*
     * The loops are methods of their own, each compiled alone when a market of 10,000 labs or
     * 100,000 researchers makes it hot (C2 compiled the whole of build() twice, on the stack and
     * as a method, in `validate`).
     */

    /** The labs, their teams and their starting staff, in the file's order; the index after the last. */
    private static int staff(Scenario s, Streams streams, int researchStages, World w) {
        Population pop = w.population();
        PayScale scale = w.payScale();
        int next = 0;
        long cohort = 0;
        for (LabSpec ls : s.labs()) {
            Lab lab = w.addLab(newLab(w.labCount(), ls, researchStages, 0));
            for (TeamSpec ts : ls.teams()) {
                Team team = w.addTeam(newTeam(w.teamCount(), lab, ls, ts));
                RandomGenerator g = streams.stream(0, StreamKeys.INIT, cohort++);
                Draws d = new Draws(ts.members(), g);
                int maxTenure = 5 * s.tickUnit().ticksPerYear();
                for (int k = 0; k < ts.headcount(); k++) {
                    d.draw(pop, next, ts.focus(), ts.payLevel(), scale);
                    employ(pop, next, team, s.market().unemploymentValue());
                    pop.setTenure(next++, g.nextInt(maxTenure));
                }
                for (StarSpec st : ts.stars()) {
                    star(pop, next, st, ts.focus());
                    pop.setMorale(next, STEADY);
                    employ(pop, next++, team, s.market().unemploymentValue());
                }
            }
        }
        return next;
    }

    /** The starting pool from index {@code next} on: its cohort (the stream after the teams'), then its named stars. */
    private static void pool(Scenario s, Streams streams, World w, int next) {
        Population pop = w.population();
        PayScale scale = w.payScale();
        long cohort = 0;
        for (LabSpec ls : s.labs()) {
            cohort += ls.teams().size();
        }
        RandomGenerator g = streams.stream(0, StreamKeys.INIT, cohort);
        CohortSpec pc = s.pool().cohort();
        // a seeker has no team whose steady state it could start at: it keeps the morale it brings
        Draws d = new Draws(pc.morale() == null ? pc.withMorale(Dist.constant(POOL_MORALE)) : pc, g);
        for (int k = 0; k < s.pool().size(); k++) {
            Focus f = Focus.values()[g.nextInt(3)];
            d.draw(pop, next, f, 1.0, scale);
            pop.setReference(next, s.market().unemploymentValue());
            next++;
        }
        for (StarSpec st : s.pool().stars()) {
            star(pop, next, st, Focus.RESEARCH);
            pop.setReference(next, s.market().unemploymentValue());
            next++;
        }
    }

    private static void employ(Population pop, int i, Team team, double b) {
        pop.setTeam(i, team.id());
        pop.setStatus(i, Status.EMPLOYED);
        pop.setReference(i, b);
        team.addHeadcount(1);
    }

    private static void star(Population pop, int i, StarSpec st, Focus focus) {
        pop.setName(i, st.name());
        pop.setSkill(i, st.skill());
        pop.setSalary(i, st.salary());
        pop.setVisibility(i, st.visibility());
        pop.setVisa(i, st.visa());
        pop.setSpecialty(i, focus);
        pop.setMorale(i, 0.7);
    }

    /** Samplers of one cohort, bound to its stream. */
    private static final class Draws {
        private final CohortSpec c;
        private final RandomGenerator g;
        private final DoubleSupplier skill;
        private final DoubleSupplier salary;
        private final DoubleSupplier visibility;
        private final DoubleSupplier morale;

        Draws(CohortSpec c, RandomGenerator g) {
            this.c = c;
            this.g = g;
            skill = sampler(c.skill(), g);
            salary = c.salary() == null ? null : sampler(c.salary(), g);
            visibility = sampler(c.visibility(), g);
            morale = c.morale() == null ? null : sampler(c.morale(), g);
        }

        void draw(Population pop, int i, Focus focus, double payLevel, PayScale scale) {
            double s = org.talentsim.model.Limits.skill(skill.getAsDouble());
            pop.setSkill(i, s);
            pop.setSpecialty(i, focus);
            double pay;
            if (salary == null) {
                double noise = c.salaryNoise() > 0 ? Math.exp(c.salaryNoise() * g.nextGaussian()) : 1.0;
                pay = payLevel * scale.wage((float) s) * noise;
            } else {
                pay = Math.max(0, salary.getAsDouble());
            }
            pop.setSalary(i, pay);
            pop.setVisa(i, c.visaShare() > 0 && g.nextDouble() < c.visaShare());
            pop.setVisibility(i, clamp01(visibility.getAsDouble()));
            pop.setMorale(i, morale == null ? STEADY : clamp01(morale.getAsDouble()));
        }
    }

    private static double clamp01(double v) {
        return Math.max(0, Math.min(1, v));
    }

    /** A sampler of a distribution drawing from the stream (Commons Math samplers bound to our generator). */
    static DoubleSupplier sampler(Dist d, RandomGenerator g) {
        return switch (d.kind()) {
            case CONSTANT -> d::a;
            case UNIFORM -> () -> d.a() + (d.b() - d.a()) * g.nextDouble();
            case NORMAL -> () -> d.a() + d.b() * g.nextGaussian();
            case LOGNORMAL -> () -> d.a() * Math.exp(d.b() * g.nextGaussian());
            case BETA -> new BetaDistribution(Samplers.commonsMath(g), d.a(), d.b())::sample;
            case PARETO -> new ParetoDistribution(Samplers.commonsMath(g), d.a(), d.b())::sample;
        };
    }
}
