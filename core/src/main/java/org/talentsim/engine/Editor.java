package org.talentsim.engine;

import org.talentsim.kernel.Lab;
import org.talentsim.kernel.Population;
import org.talentsim.kernel.Team;
import org.talentsim.kernel.World;
import org.talentsim.model.Status;
import org.talentsim.model.WorldView;

/**
 * The narrow write API of user phases and start-state initializers: the changes a phase may
 * make to labs, teams and researchers, each checked (a bad value throws {@link
 * IllegalArgumentException} naming it). Moving people between labs is not here: moves go
 * through the market so that every one is logged and the balance rule holds. The one
 * exception, {@link #employ}, is allowed only before the first tick (to set up a starting
 * state).
 *
 * <p>An editor is valid only during the call that was given it (a user phase's {@code run}, an
 * initializer): kept and used later, between ticks or in an observer, it refuses every change
 * with an {@link IllegalStateException}, since a change there would be seen by no phase's
 * checks and by some observers and not others.
 */
public final class Editor {
    private final World world;
    private boolean beforeFirstTick = true;
    /** Whether a user phase or an initializer is running: the only times a change may be made. */
    private boolean open;

    Editor(World world) {
        this.world = world;
    }

    void started() {
        beforeFirstTick = false;
    }

    /** Opens (a user phase or an initializer starts) or closes (it returned) the editor to changes. */
    void open(boolean open) {
        this.open = open;
    }

    private void requireOpen() {
        if (!open) {
            throw new IllegalStateException("this Editor was kept after the user phase or initializer it was given to had"
                    + " returned: it makes changes only during that call (use the one the next call is given)");
        }
    }

    /** The state, read-only and live. */
    public WorldView world() {
        return world.view();
    }

    /** Sets a lab's prestige, in [0,1]. */
    public Editor prestige(int lab, double v) {
        lab(lab).setPrestige(unit("prestige", v));
        return this;
    }

    /** Sets a lab's annual payroll budget, USD/year ({@code >= 0}; infinity for none). */
    public Editor budget(int lab, double v) {
        if (!(v >= 0)) {
            throw new IllegalArgumentException("budget must be >= 0, was " + v);
        }
        lab(lab).setBudget(v);
        return this;
    }

    /** Sets a lab-level leader fit, in [0,1] (multiplies every team's). */
    public Editor labLeaderFit(int lab, double v) {
        lab(lab).setLeaderFit(unit("leaderFit", v));
        return this;
    }

    /** Sets the premium over current pay that a lab's offers add ({@code >= 0}). */
    public Editor offerPremium(int lab, double v) {
        lab(lab).setOfferPremium(finiteNonNegative("offerPremium", v));
        return this;
    }

    /** Sets a lab's capability index ({@code >= 0}). */
    public Editor capability(int lab, double v) {
        lab(lab).setCapability(finiteNonNegative("capability", v));
        return this;
    }

    /** Sets a team's target headcount ({@code >= 0}). */
    public Editor target(int team, int v) {
        if (v < 0) {
            throw new IllegalArgumentException("target must be >= 0, was " + v);
        }
        team(team).setTarget(v);
        return this;
    }

    /** Sets a team's pay level relative to the market scale ({@code > 0}). */
    public Editor payLevel(int team, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("payLevel must be > 0, was " + v);
        }
        team(team).setPayLevel(v);
        return this;
    }

    /** Sets a team's leader fit, in [0,1]. */
    public Editor teamLeaderFit(int team, double v) {
        team(team).setLeaderFit(unit("leaderFit", v));
        return this;
    }

    /** Sets researcher {@code i}'s morale, in [0,1]. */
    public Editor morale(int i, double v) {
        population().setMorale(researcher(i), unit("morale", v));
        return this;
    }

    /** Sets researcher {@code i}'s visibility, in [0,1]. */
    public Editor visibility(int i, double v) {
        population().setVisibility(researcher(i), unit("visibility", v));
        return this;
    }

    /**
     * Sets researcher {@code i}'s annual pay, USD/year ({@code >= 0}, at most the world's pay cap:
     * $1B, lower for a pay scale's base of 300 or less, docs/MODEL.md §7.2).
     */
    public Editor salary(int i, double v) {
        population().setSalary(researcher(i), pay("salary", v));
        return this;
    }

    /** Sets researcher {@code i}'s tenure with the current employer, in ticks ({@code >= 0}). */
    public Editor tenure(int i, int ticks) {
        if (ticks < 0) {
            throw new IllegalArgumentException("tenure must be >= 0, was " + ticks);
        }
        population().setTenure(researcher(i), ticks);
        return this;
    }

    /**
     * Puts seeker {@code i} to work in {@code team} at {@code salary}, with {@code reference} as
     * the best outside bid matched so far. Only before the first tick (a starting state).
     *
     * @throws IllegalStateException after the first tick has started
     */
    public Editor employ(int i, int team, double salary, double reference) {
        if (!beforeFirstTick) {
            throw new IllegalStateException("employ() sets up a starting state: it is allowed only before the first tick");
        }
        Population p = population();
        researcher(i);
        team(team);
        if (p.status(i) != Status.SEEKING) {
            throw new IllegalArgumentException("researcher " + i + " is " + p.status(i) + ", not SEEKING");
        }
        pay("salary", salary);
        finiteNonNegative("reference", reference);
        p.setTeam(i, team);
        p.setStatus(i, Status.EMPLOYED);
        p.setSalary(i, salary);
        p.setReference(i, reference);
        return this;
    }

    private Population population() {
        requireOpen();
        return world.population();
    }

    private int researcher(int i) {
        if (i < 0 || i >= world.population().size()) {
            throw new IllegalArgumentException("no researcher " + i + " (there are " + world.population().size() + ")");
        }
        return i;
    }

    private Lab lab(int id) {
        requireOpen();
        if (id < 0 || id >= world.labCount()) {
            throw new IllegalArgumentException("no lab " + id + " (there are " + world.labCount() + ")");
        }
        return world.lab(id);
    }

    private Team team(int id) {
        requireOpen();
        if (id < 0 || id >= world.teamCount()) {
            throw new IllegalArgumentException("no team " + id + " (there are " + world.teamCount() + ")");
        }
        return world.team(id);
    }

    private static double unit(String field, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(field + " must be in [0,1], was " + v);
        }
        return v;
    }

    /** A pay: finite, {@code >= 0} and at most the world's cap (set as is, never cut silently). */
    private double pay(String field, double v) {
        finiteNonNegative(field, v);
        double cap = population().salaryCap();
        if (v > cap) {
            throw new IllegalArgumentException(field + " must be at most " + cap + ", the pay cap of this world's money unit (docs/MODEL.md §7.2), was " + v);
        }
        return v;
    }

    private static double finiteNonNegative(String field, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(field + " must be a finite number >= 0, was " + v);
        }
        return v;
    }
}
