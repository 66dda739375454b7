package org.talentsim.kernel;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talentsim.kernel.Lab;
import org.talentsim.model.MoveReason;
import org.talentsim.kernel.Population;
import org.talentsim.model.Status;
import org.talentsim.kernel.Team;
import org.talentsim.kernel.World;
import org.talentsim.scenario.EventSpec;
import org.talentsim.scenario.LabSpec;
import org.talentsim.scenario.ResearcherRef;
import org.talentsim.scenario.TeamSpec;

/**
 * Phase 1: applies the events scheduled for the tick, in timeline order. Layoffs and raids are
 * queued for their phases (layoffs, offers); everything else takes effect at once.
 */
final class EventDesk {
    private static final Logger LOG = LoggerFactory.getLogger(EventDesk.class);

    private final Market m;

    EventDesk(Market m) {
        this.m = m;
    }

    void apply(int tick) {
        var events = m.scenario.events();
        int next = 0;
        while (next < events.size() && events.get(next).tick() < tick) {
            next++;
        }
        while (next < events.size() && events.get(next).tick() == tick) {
            EventSpec e = events.get(next++);
            LOG.debug("tick {}: {}", tick, e);
            apply(tick, e);
        }
    }

    private void apply(int tick, EventSpec e) {
        World w = m.world;
        m.invalidateCensus();
        if (e instanceof EventSpec.Layoff l) {
            m.pendingLayoffs.add(l);
        } else if (e instanceof EventSpec.Raid r) {
            m.pendingRaids.add(r);
        } else if (e instanceof EventSpec.Dismissal d) {
            m.pendingDismissals.add(d);
        } else if (e instanceof EventSpec.LeaderChange c) {
            Lab lab = lab(c.lab());
            if (c.team() == null) {
                lab.setLeaderFit(c.leaderFit());
            } else {
                w.team(team(lab, c.team())).setLeaderFit(c.leaderFit());
            }
        } else if (e instanceof EventSpec.BudgetChange b) {
            Lab lab = lab(b.lab());
            double scaled = b.factor() == 0 ? 0 : lab.budget() * b.factor();
            lab.setBudget(Math.max(0, scaled + b.delta()));
        } else if (e instanceof EventSpec.CapabilityJump j) {
            Lab lab = lab(j.lab());
            double scaled = j.factor() == 0 ? 0 : lab.capability() * j.factor();
            lab.setCapability(Math.max(0, scaled + j.delta()));
        } else if (e instanceof EventSpec.HiringSpree h) {
            Team t = w.team(team(lab(h.lab()), h.team()));
            t.setTarget(h.target());
            if (!Double.isNaN(h.payLevel())) {
                t.setPayLevel(h.payLevel());
            }
        } else if (e instanceof EventSpec.VisibilityRise v) {
            int i = researcher(v.researcher());
            if (i >= 0) {
                m.pop.setVisibility(i, v.visibility());
            }
        } else if (e instanceof EventSpec.TeamMove mv) {
            moveTeam(lab(mv.lab()), mv.team(), lab(mv.toLab()));
        } else if (e instanceof EventSpec.TeamMerge mg) {
            Lab lab = lab(mg.lab());
            merge(team(lab, mg.team()), team(lab, mg.into()));
        } else if (e instanceof EventSpec.Found f) {
            found(tick, f);
        } else {
            throw new IllegalStateException("unhandled event " + e);
        }
    }

    private Lab lab(String name) {
        int id = m.world.labIndex(name);
        if (id < 0) {
            throw new IllegalStateException("event refers to unknown lab '" + name + "'");
        }
        return m.world.lab(id);
    }

    private int team(Lab lab, String name) {
        int id = m.world.teamIndex(lab.id(), name);
        if (id < 0) {
            throw new IllegalStateException("event refers to unknown team '" + name + "' of '" + lab.name() + "'");
        }
        return id;
    }

    private int researcher(ResearcherRef ref) {
        if (ref.name() != null) {
            int i = m.pop.indexOf(ref.name());
            if (i < 0) {
                throw new IllegalStateException("event refers to unknown researcher '" + ref.name() + "'");
            }
            return i;
        }
        Lab lab = lab(ref.lab());
        int team = ref.team() == null ? -1 : team(lab, ref.team());
        int[] top = Ranking.top(m.pop, m.world, lab.id(), team, 1, true);
        if (top.length == 0) {
            LOG.warn("event skipped: {} has no employed member to pick", ref);
            return -1;
        }
        return top[0];
    }

    private void moveTeam(Lab from, String teamName, Lab to) {
        int t = team(from, teamName);
        m.world.moveTeam(t, to.id());
        Population pop = m.pop;
        for (int i = 0; i < pop.size(); i++) {
            if (pop.team(i) != t) {
                continue;
            }
            byte st = pop.statusArray()[i];
            from.addPayroll(-pop.salary(i));
            to.addPayroll(pop.salary(i));
            if (st == Status.EMPLOYED_CODE) {
                m.mover.logTransfer(i, from.id(), t);
            }
        }
    }

    private void merge(int team, int into) {
        Team a = m.world.team(team);
        Team b = m.world.team(into);
        Population pop = m.pop;
        int lab = a.lab();
        for (int i = 0; i < pop.size(); i++) {
            if (pop.team(i) != team) {
                continue;
            }
            pop.setTeam(i, into);
            if (pop.statusArray()[i] == Status.EMPLOYED_CODE) {
                a.addHeadcount(-1);
                b.addHeadcount(1);
                m.mover.logTransfer(i, lab, team);
            }
        }
        if (b.target() != Team.UNLIMITED) {
            b.setTarget(a.target() == Team.UNLIMITED ? Team.UNLIMITED : b.target() + a.target());
        }
        a.deactivate();
    }

    private void found(int tick, EventSpec.Found f) {
        int founder = researcher(f.founder());
        if (founder < 0 || m.pop.status(founder) == Status.EXITED) {
            LOG.warn("tick {}: founding of '{}' skipped: {} is not in the market", tick, f.lab().name(), f.founder());
            return;
        }
        World w = m.world;
        LabSpec spec = f.lab();
        Lab lab = w.addLab(WorldFactory.newLab(w.labCount(), spec, m.researchLagTicks, tick));
        m.labPolicies.add(m.registry, spec);
        int first = -1;
        for (TeamSpec ts : spec.teams()) {
            Team t = w.addTeam(WorldFactory.newTeam(w.teamCount(), lab.id(), ts));
            if (first < 0) {
                first = t.id();
            }
        }
        double pay = Double.isNaN(f.founderSalary()) ? m.pop.salary(founder) : f.founderSalary();
        m.mover.join(founder, first, pay, MoveReason.FOUNDED);
        m.pop.setReference(founder, m.spec.unemploymentValue());
    }
}
