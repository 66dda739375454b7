package org.talentsim.kernel;

import org.talentsim.model.Limits;
import org.talentsim.kernel.Lab;
import org.talentsim.kernel.MoveLog;
import org.talentsim.model.MoveReason;
import org.talentsim.kernel.Population;
import org.talentsim.model.Status;
import org.talentsim.kernel.Team;
import org.talentsim.kernel.World;

/**
 * Applies moves to the state, keeping team headcounts and lab payrolls in step, and logs one row
 * per move. Every change of a researcher's employer goes through here.
 *
 * <p>Accounting: headcount counts EMPLOYED members; a lab's payroll counts EMPLOYED and NOTICE
 * people it pays. A LAID_OFF row moves someone out of the headcount (to the pool, in the log)
 * while the old lab keeps paying until the notice ends or a new job starts.
 */
final class Mover {
    private final World world;
    private final Population pop;
    private final MoveLog log;
    private int graceTicks;
    /** The re-hire cool-off, ticks (0: layoffs are not recorded). */
    private final int coolOffTicks;

    Mover(World world, int graceTicks, int coolOffTicks) {
        this.world = world;
        this.pop = world.population();
        this.log = world.moves();
        this.graceTicks = graceTicks;
        this.coolOffTicks = coolOffTicks;
    }

    int graceTicks() {
        return graceTicks;
    }

    /** Hire (from the pool or notice), poach (from another lab), found, or transfer into {@code toTeam} at {@code pay}. */
    void join(int i, int toTeam, double pay, MoveReason reason) {
        pay = Limits.salary(pay);
        byte st = pop.statusArray()[i];
        int fromTeam = pop.team(i);
        int fromLab = fromTeam < 0 ? -1 : world.teamLabArray()[fromTeam];
        double old = pop.salary(i);
        if (fromTeam >= 0 && st == Status.EMPLOYED_CODE) {
            world.team(fromTeam).addHeadcount(-1);
            world.lab(fromLab).addPayroll(-old);
        } else if (fromTeam >= 0 && st == Status.NOTICE_CODE) {
            world.lab(fromLab).addPayroll(-old);
            fromTeam = -1;
            fromLab = -1;
        } else {
            fromTeam = -1;
            fromLab = -1;
        }
        Team t = world.team(toTeam);
        int toLab = t.lab();
        t.addHeadcount(1);
        world.lab(toLab).addPayroll(pay);
        pop.setTeam(i, toTeam);
        pop.setSalary(i, pay);
        if (st != Status.EMPLOYED_CODE) {
            pop.setStatus(i, Status.EMPLOYED);
        }
        if (fromLab != toLab) {
            pop.setTenure(i, 0);
            pop.forfeitStake(i);   // a stake is equity in the employer left behind
        }
        pop.setClock(i, 0);
        log.add(i, fromLab, fromTeam, toLab, toTeam, old, pay, reason);
    }

    /** The incumbent matched an outside offer: same team, higher pay. */
    void counter(int i, double pay) {
        pay = Limits.salary(pay);
        int team = pop.team(i);
        int lab = world.teamLabArray()[team];
        double old = pop.salary(i);
        world.lab(lab).addPayroll(pay - old);
        pop.setSalary(i, pay);
        log.add(i, lab, team, lab, team, old, pay, MoveReason.COUNTERED);
    }

    /** An employed researcher leaves for the pool (quit or exogenous separation). */
    void quit(int i) {
        leaveEmployer(i, MoveReason.QUIT);
        pop.setStatus(i, Status.SEEKING);
        pop.setClock(i, pop.visa(i) ? graceTicks : 0);
    }

    /** An employed researcher leaves the market (retirement). */
    void retire(int i) {
        leaveEmployer(i, MoveReason.EXITED);
        pop.setStatus(i, Status.EXITED);
        pop.setClock(i, 0);
    }

    /** A seeker leaves the market ({@code VISA_EXIT} or {@code EXITED}). */
    void exitPool(int i, MoveReason reason) {
        double pay = pop.salary(i);
        pop.setStatus(i, Status.EXITED);
        pop.setClock(i, 0);
        pop.setTeam(i, -1);
        log.add(i, -1, -1, -1, -1, pay, pay, reason);
    }

    /**
     * Puts an employed researcher on paid notice for {@code noticeTicks}; 0 sends them to the pool
     * at once. The lab and {@code tick} are recorded for the re-hire cool-off.
     */
    void layOff(int i, int noticeTicks, int tick) {
        int team = pop.team(i);
        int lab = world.teamLabArray()[team];
        double pay = pop.salary(i);
        if (coolOffTicks > 0) {
            world.lab(lab).recordLayoff(i, tick, coolOffTicks);
        }
        world.team(team).addHeadcount(-1);
        pop.forfeitStake(i);
        log.add(i, lab, team, -1, -1, pay, pay, MoveReason.LAID_OFF);
        if (noticeTicks > 0) {
            pop.setStatus(i, Status.NOTICE);
            pop.setClock(i, noticeTicks);
        } else {
            world.lab(lab).addPayroll(-pay);
            pop.setTeam(i, -1);
            pop.setStatus(i, Status.SEEKING);
            pop.setClock(i, pop.visa(i) ? graceTicks : 0);
        }
    }

    /** The notice of a researcher ran out: the old lab stops paying; the visa grace clock starts. */
    void endNotice(int i) {
        int team = pop.team(i);
        Lab lab = world.lab(world.teamLabArray()[team]);
        lab.addPayroll(-pop.salary(i));
        pop.setTeam(i, -1);
        pop.setStatus(i, Status.SEEKING);
        pop.setClock(i, pop.visa(i) ? graceTicks : 0);
    }

    /** A reorganisation moved researcher {@code i} from {@code fromTeam}/{@code fromLab} (already applied to the state). */
    void logTransfer(int i, int fromLab, int fromTeam) {
        int team = pop.team(i);
        double pay = pop.salary(i);
        log.add(i, fromLab, fromTeam, world.teamLabArray()[team], team, pay, pay, MoveReason.TRANSFERRED);
    }

    private void leaveEmployer(int i, MoveReason reason) {
        int team = pop.team(i);
        int lab = world.teamLabArray()[team];
        double pay = pop.salary(i);
        world.team(team).addHeadcount(-1);
        world.lab(lab).addPayroll(-pay);
        pop.setTeam(i, -1);
        pop.forfeitStake(i);
        log.add(i, lab, team, -1, -1, pay, pay, reason);
    }
}
