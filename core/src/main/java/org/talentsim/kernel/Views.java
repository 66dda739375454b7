package org.talentsim.kernel;

import java.time.YearMonth;
import java.util.AbstractList;
import java.util.List;
import org.talentsim.model.Focus;
import org.talentsim.model.LabView;
import org.talentsim.model.MoveReason;
import org.talentsim.model.MovesView;
import org.talentsim.model.OfferOutcome;
import org.talentsim.model.OffersView;
import org.talentsim.model.PayScale;
import org.talentsim.model.PopulationView;
import org.talentsim.model.SkippedEvent;
import org.talentsim.model.Status;
import org.talentsim.model.TeamView;
import org.talentsim.model.TickUnit;
import org.talentsim.model.WorldView;

/**
 * The read-only views the engine hands to observers, user phases and policies: each reads the
 * kernel object it stands for and can do nothing else. The kernel's own objects implement the
 * same interfaces, and were handed out themselves, so that a cast ({@code (Population)
 * world.population()}) on the class path, where the module's encapsulation does not hold, gave
 * their setters: an observer could change pay mid-run without a word (an economist's review).
 * Each kernel object keeps one view (so a view is the same object wherever it is reached, and
 * costs nothing per tick).
 */
final class Views {
    private Views() {}

    /** The world, read-only. */
    static final class World implements WorldView {
        private final org.talentsim.kernel.World w;
        private final List<LabView> labs;
        private final List<TeamView> teams;

        World(org.talentsim.kernel.World w) {
            this.w = w;
            this.labs = new AbstractList<>() {
                @Override
                public LabView get(int index) {
                    return w.labs().get(index).view();
                }

                @Override
                public int size() {
                    return w.labs().size();
                }
            };
            this.teams = new AbstractList<>() {
                @Override
                public TeamView get(int index) {
                    return w.teams().get(index).view();
                }

                @Override
                public int size() {
                    return w.teams().size();
                }
            };
        }

        /** The world this is a view of (for {@link Internals#world}). */
        org.talentsim.kernel.World world() {
            return w;
        }

        @Override public PopulationView population() { return w.population().view(); }
        @Override public PayScale payScale() { return w.payScale(); }
        @Override public TickUnit tickUnit() { return w.tickUnit(); }
        @Override public YearMonth start() { return w.start(); }
        @Override public int tick() { return w.tick(); }
        @Override public String date(int t) { return w.date(t); }
        @Override public List<? extends LabView> labs() { return labs; }
        @Override public List<? extends TeamView> teams() { return teams; }
        @Override public int labCount() { return w.labCount(); }
        @Override public int teamCount() { return w.teamCount(); }
        @Override public LabView lab(int id) { return w.lab(id).view(); }
        @Override public TeamView team(int id) { return w.team(id).view(); }
        @Override public int labIndex(String name) { return w.labIndex(name); }
        @Override public int teamIndex(int lab, String team) { return w.teamIndex(lab, team); }
        @Override public int labOf(int i) { return w.labOf(i); }
        @Override public List<SkippedEvent> skippedEvents() { return w.skippedEvents(); }
        @Override public int headcount(int id) { return w.headcount(id); }

        @Override
        public String toString() {
            return "WorldView[tick " + w.tick() + ", " + w.labCount() + " labs, " + w.population().size() + " researchers]";
        }
    }

    /** The population, read-only. */
    static final class People implements PopulationView {
        private final Population p;

        People(Population p) {
            this.p = p;
        }

        @Override public int size() { return p.size(); }
        @Override public double skill(int i) { return p.skill(i); }
        @Override public Focus specialty(int i) { return p.specialty(i); }
        @Override public double salary(int i) { return p.salary(i); }
        @Override public double morale(int i) { return p.morale(i); }
        @Override public double visibility(int i) { return p.visibility(i); }
        @Override public int team(int i) { return p.team(i); }
        @Override public Status status(int i) { return p.status(i); }
        @Override public int ticksInStatus(int i) { return p.ticksInStatus(i); }
        @Override public int tenure(int i) { return p.tenure(i); }
        @Override public boolean visa(int i) { return p.visa(i); }
        @Override public int clock(int i) { return p.clock(i); }
        @Override public double reference(int i) { return p.reference(i); }
        @Override public double unvestedEquity(int i) { return p.unvestedEquity(i); }
        @Override public double signOnOwed(int i) { return p.signOnOwed(i); }
        @Override public String name(int i) { return p.name(i); }
        @Override public int[] namedIndices() { return p.namedIndices(); }

        @Override
        public String toString() {
            return "PopulationView[" + p.size() + " researchers]";
        }
    }

    /** A lab, read-only. */
    static final class LabV implements LabView {
        private final Lab l;

        LabV(Lab l) {
            this.l = l;
        }

        @Override public int id() { return l.id(); }
        @Override public String name() { return l.name(); }
        @Override public double prestige() { return l.prestige(); }
        @Override public double budget() { return l.budget(); }
        @Override public double capability() { return l.capability(); }
        @Override public double capabilityEfficiency() { return l.capabilityEfficiency(); }
        @Override public double knowledge() { return l.knowledge(); }
        @Override public double productivity() { return l.productivity(); }
        @Override public double postedWage() { return l.postedWage(); }
        @Override public double offerPremium() { return l.offerPremium(); }
        @Override public double leaderFit() { return l.leaderFit(); }
        @Override public int foundedTick() { return l.foundedTick(); }
        @Override public List<Integer> teams() { return l.teams(); }
        @Override public int teamCount() { return l.teamCount(); }
        @Override public int team(int k) { return l.team(k); }
        @Override public double payroll() { return l.payroll(); }
        @Override public double spent() { return l.spent(); }
        @Override public double equityVested() { return l.equityVested(); }
        @Override public double signOns() { return l.signOns(); }
        @Override public double clawedBack() { return l.clawedBack(); }
        @Override public double unvested() { return l.unvested(); }
        @Override public double acquisitions() { return l.acquisitions(); }
        @Override public String title(int i) { return l.title(i); }
        @Override public double severance() { return l.severance(); }
        @Override public int budgetLayoffs() { return l.budgetLayoffs(); }
        @Override public double recentLayoffs() { return l.recentLayoffs(); }

        @Override
        public String toString() {
            return "LabView[" + l.name() + "]";
        }
    }

    /** A team, read-only. */
    static final class TeamV implements TeamView {
        private final Team t;

        TeamV(Team t) {
            this.t = t;
        }

        @Override public int id() { return t.id(); }
        @Override public String name() { return t.name(); }
        @Override public int lab() { return t.lab(); }
        @Override public Focus focus() { return t.focus(); }
        @Override public int target() { return t.target(); }
        @Override public double payLevel() { return t.payLevel(); }
        @Override public double leaderFit() { return t.leaderFit(); }
        @Override public double computeShare() { return t.computeShare(); }
        @Override public boolean isProtected() { return t.isProtected(); }
        @Override public boolean active() { return t.active(); }
        @Override public int headcount() { return t.headcount(); }
        @Override public int openings() { return t.openings(); }
        @Override public double output() { return t.output(); }
        @Override public double sumSalary() { return t.sumSalary(); }
        @Override public double sumMorale() { return t.sumMorale(); }
        @Override public double sumSkill() { return t.sumSkill(); }

        @Override
        public String toString() {
            return "TeamView[" + t.name() + "]";
        }
    }

    /** The tick's moves, read-only. */
    static final class Moves implements MovesView {
        private final MoveLog m;

        Moves(MoveLog m) {
            this.m = m;
        }

        @Override public int size() { return m.size(); }
        @Override public int researcher(int row) { return m.researcher(row); }
        @Override public int fromLab(int row) { return m.fromLab(row); }
        @Override public int fromTeam(int row) { return m.fromTeam(row); }
        @Override public int toLab(int row) { return m.toLab(row); }
        @Override public int toTeam(int row) { return m.toTeam(row); }
        @Override public double oldSalary(int row) { return m.oldSalary(row); }
        @Override public double newSalary(int row) { return m.newSalary(row); }
        @Override public MoveReason reason(int row) { return m.reason(row); }
        @Override public double signOn(int row) { return m.signOn(row); }
        @Override public double annualEquity(int row) { return m.annualEquity(row); }
        @Override public double boughtOut(int row) { return m.boughtOut(row); }

        @Override
        public String toString() {
            return "MovesView[" + m.size() + " moves]";
        }
    }

    /** The tick's offers, read-only. */
    static final class Offers implements OffersView {
        private final OfferLog o;

        Offers(OfferLog o) {
            this.o = o;
        }

        @Override public int size() { return o.size(); }
        @Override public int researcher(int row) { return o.researcher(row); }
        @Override public int fromLab(int row) { return o.fromLab(row); }
        @Override public int fromTeam(int row) { return o.fromTeam(row); }
        @Override public int toLab(int row) { return o.toLab(row); }
        @Override public int toTeam(int row) { return o.toTeam(row); }
        @Override public double offer(int row) { return o.offer(row); }
        @Override public double counter(int row) { return o.counter(row); }
        @Override public OfferOutcome outcome(int row) { return o.outcome(row); }

        @Override
        public String toString() {
            return "OffersView[" + o.size() + " offers]";
        }
    }
}
