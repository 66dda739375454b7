package org.talentsim.kernel;

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
    /** The labs' package terms (docs/MODEL.md §7.9). */
    private final LabPolicies policies;

    Mover(World world, int graceTicks, int coolOffTicks, LabPolicies policies) {
        this.world = world;
        this.policies = policies;
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
        join(i, toTeam, pay, reason, 0, 0);
    }

    /**
     * Hire or poach researcher {@code i} into {@code toTeam} at annual pay {@code pay} with a
     * sign-on of {@code signOn} USD and a buy-out of {@code buyOut} USD (both paid now by the new
     * lab). Moving to another lab forfeits the old lab's unvested equity and repays a sign-on still
     * in its claw-back period; the new lab's terms give him a grant (docs/MODEL.md §7.9).
     */
    void join(int i, int toTeam, double pay, MoveReason reason, double signOn, double buyOut) {
        Money money = world.money();
        pay = money.salary(pay);
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
        double equity = 0;
        double boughtOut = buyOut;
        if (fromLab != toLab) {
            pop.setTenure(i, 0);
            pop.forfeitStake(i);   // a stake is equity in the employer left behind
            if (fromLab >= 0) {
                world.lab(fromLab).dropTitle(i);
            }
            if (policies.packages) {
                // an acqui-hire's buyer assumes the unvested equity and waives the seller's claw-back
                boolean acquired = reason == MoveReason.ACQUIRED;
                double carried = acquired ? pop.unvestedArray()[i] : 0;
                if (fromLab >= 0) {
                    leaveLab(i, fromTeam, fromLab, !acquired);
                }
                PayTerms terms = policies.terms(toTeam, toLab);
                equity = startPackage(i, terms, toLab, pay, signOn + buyOut);
                if (carried > 0) {
                    double stream = assume(i, terms, toLab, carried, money.cap - pay);
                    if (stream > 0) {
                        // the package's annual value gains the assumed equity's stream: his cash
                        // stays the new pay's, and the pay falls back to it when the grant vests out
                        double raised = money.salary(pay + stream);
                        world.lab(toLab).addPayroll(raised - pay);
                        pop.setSalary(i, raised);
                        equity += raised - pay;
                        pay = raised;
                    }
                    boughtOut = carried;   // the row's bought_out: the equity the buyer took over
                }
            }
        }
        pop.setClock(i, 0);
        log.add(i, fromLab, fromTeam, toLab, toTeam, old, pay, reason);
        if (policies.packages) {
            log.addPackage(signOn, equity, boughtOut);
        }
    }

    /**
     * Researcher {@code i} leaves lab {@code lab}: his unvested equity is forfeited; a sign-on in
     * its claw-back period is repaid to the lab if he leaves of his own accord ({@code repay}),
     * waived otherwise (laid off, retired).
     */
    private void leaveLab(int i, int team, int lab, boolean repay) {
        float[] owed = pop.owedArray();
        if (owed[i] != 0) {
            if (repay) {
                world.lab(lab).addClawback(owed[i]);
            }
            owed[i] = 0;
        }
        double u = pop.unvestedArray()[i];
        if (u > 0) {
            Money money = world.money();
            world.lab(lab).addPackages(-money.units(u), -policies.terms(team, lab).rateUnits(u, pop.vestsLeftArray()[i], money));
        }
        pop.unvestedArray()[i] = 0;
        pop.vestsLeftArray()[i] = 0;
    }

    /**
     * Researcher {@code i}'s grant changed from ({@code u0}, {@code n0}) on terms {@code t0} of
     * lab {@code lab0} to what he holds now on terms {@code t1} of lab {@code lab1}: the labs'
     * sums follow.
     */
    void regrant(int i, double u0, int n0, PayTerms t0, int lab0, PayTerms t1, int lab1) {
        double u1 = pop.unvestedArray()[i];
        int n1 = pop.vestsLeftArray()[i];
        Money money = world.money();
        if (u0 > 0) {
            world.lab(lab0).addPackages(-money.units(u0), -t0.rateUnits(u0, n0, money));
        }
        if (u1 > 0) {
            world.lab(lab1).addPackages(money.units(u1), t1.rateUnits(u1, n1, money));
        }
    }

    /**
     * Lab {@code lab} (on terms {@code t}) assumes {@code usd} of unvested equity a researcher brought in an
     * acqui-hire: it joins his grant, vesting on the lab's schedule; a lab that grants no equity
     * pays it out at once (counted in its sign-ons).
     *
     * <p>His pay must gain the stream it adds to his grant, or the equity part of his pay
     * ({@link PayTerms#rate}) would take it out of his cash; pay is at most
     * the world's highest pay ({@link Money#cap}), so only as much joins the grant as adds at most {@code room} a
     * year, and the rest is paid out at once too.
     *
     * @return the annual equity stream it adds to his grant (0 when paid out)
     */
    private double assume(int i, PayTerms t, int lab, double usd, double room) {
        int n = pop.vestsLeftArray()[i];
        if (t.equity > 0 && n > 0 && room > 0) {
            double u0 = pop.unvestedArray()[i];
            double perUnit = t.rate(1, n);   // the stream of a dollar with n periods left
            double joins = Math.min(usd, room / perUnit);
            pop.unvestedArray()[i] += joins;
            regrant(i, u0, n, t, lab, t, lab);
            if (usd > joins) {
                world.lab(lab).addSignOn(usd - joins);
            }
            return t.rate(u0 + joins, n) - t.rate(u0, n);
        }
        world.lab(lab).addSignOn(usd);
        return 0;
    }

    /** The package on terms {@code t} (of a team of lab {@code lab}) for a newcomer at pay {@code pay} with a lump of {@code lump} USD; returns the grant's annual equity, USD/year. */
    private double startPackage(int i, PayTerms t, int lab, double pay, double lump) {
        double rate = 0;
        if (t.equity > 0 && pay > 0) {
            pop.setGrant(i, t.grant(pay), t.periods);
            regrant(i, 0, 0, t, lab, t, lab);
            rate = t.equity * pay;
        }
        if (lump > 0) {
            world.lab(lab).addSignOn(lump);
            if (t.clawback > 0) {
                pop.setOwed(i, lump);
            }
        }
        return rate;
    }

    /** The incumbent matched an outside offer: same team, higher pay. */
    void counter(int i, double pay) {
        pay = world.money().salary(pay);
        int team = pop.team(i);
        int lab = world.teamLabArray()[team];
        double old = pop.salary(i);
        world.lab(lab).addPayroll(pay - old);
        pop.setSalary(i, pay);
        log.add(i, lab, team, lab, team, old, pay, MoveReason.COUNTERED);
        if (policies.packages) {
            PayTerms t = policies.terms(team, lab);
            double rate = 0;
            if (t.equity > 0 && t.refresh == org.talentsim.policy.PayPolicy.Refresh.AT_RISK) {
                double u0 = pop.unvestedArray()[i];
                int n0 = pop.vestsLeftArray()[i];
                rate = refresh(i, t, pay);
                regrant(i, u0, n0, t, lab, t, lab);
            }
            log.addPackage(0, rate, 0);
        }
    }

    /**
     * A refresher grant: tops researcher {@code i}'s unvested equity up to a whole grant at pay
     * {@code pay} (vesting over the full term from now) if it is below that. Returns the annual
     * equity granted by the top-up, USD/year (0 if none).
     */
    double refresh(int i, PayTerms t, double pay) {
        double full = t.grant(pay);
        float[] u = pop.unvestedArray();
        if (!((float) full > u[i])) {
            return 0;
        }
        double added = full - u[i];
        u[i] = (float) full;
        pop.vestsLeftArray()[i] = (byte) t.periods;
        return added / t.years;
    }

    /** An employed researcher leaves for the pool (quit or exogenous separation). */
    void quit(int i) {
        leaveEmployer(i, MoveReason.QUIT, true);
        pop.setStatus(i, Status.SEEKING);
        startGrace(i);
    }

    /**
     * Researcher {@code i} has just become a seeker: a visa holder's grace clock starts, or,
     * with no grace at all (0 days), he leaves the market at once ({@code VISA_EXIT}): a clock of
     * 0 would have counted down only in the next tick, after a tick of search.
     */
    private void startGrace(int i) {
        if (!pop.visa(i)) {
            pop.setClock(i, 0);
        } else if (graceTicks > 0) {
            pop.setClock(i, graceTicks);
        } else {
            exitPool(i, MoveReason.VISA_EXIT);
        }
    }

    /** An employed researcher leaves the market (retirement). */
    void retire(int i) {
        leaveEmployer(i, MoveReason.EXITED, false);
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
        world.lab(lab).dropTitle(i);
        if (policies.packages) {
            leaveLab(i, team, lab, false);
        }
        log.add(i, lab, team, -1, -1, pay, pay, MoveReason.LAID_OFF);
        if (noticeTicks > 0) {
            pop.setStatus(i, Status.NOTICE);
            pop.setClock(i, noticeTicks);
        } else {
            world.lab(lab).addPayroll(-pay);
            pop.setTeam(i, -1);
            pop.setStatus(i, Status.SEEKING);
            startGrace(i);
        }
    }

    /** The notice of a researcher ran out: the old lab stops paying; the visa grace clock starts. */
    void endNotice(int i) {
        int team = pop.team(i);
        Lab lab = world.lab(world.teamLabArray()[team]);
        lab.addPayroll(-pop.salary(i));
        pop.setTeam(i, -1);
        pop.setStatus(i, Status.SEEKING);
        startGrace(i);
    }

    /** A reorganisation moved researcher {@code i} from {@code fromTeam}/{@code fromLab} (already applied to the state). */
    void logTransfer(int i, int fromLab, int fromTeam) {
        int team = pop.team(i);
        double pay = pop.salary(i);
        log.add(i, fromLab, fromTeam, world.teamLabArray()[team], team, pay, pay, MoveReason.TRANSFERRED);
    }

    private void leaveEmployer(int i, MoveReason reason, boolean repay) {
        int team = pop.team(i);
        int lab = world.teamLabArray()[team];
        double pay = pop.salary(i);
        world.team(team).addHeadcount(-1);
        world.lab(lab).addPayroll(-pay);
        pop.setTeam(i, -1);
        pop.forfeitStake(i);
        world.lab(lab).dropTitle(i);
        if (policies.packages) {
            leaveLab(i, team, lab, repay);
        }
        log.add(i, lab, team, -1, -1, pay, pay, reason);
    }
}
