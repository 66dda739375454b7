package org.talentsim.benchmarks.mason;

import ec.util.MersenneTwisterFast;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * One researcher as a MASON agent. Each step: morale moves toward the peer-pay target, then one
 * uniform decides between a quit to the pool, an outside offer, or nothing (a seeker: an offer or
 * nothing); an offer is priced, countered and accepted or refused at once, and a move applied if
 * the team still has an opening.
 */
final class Researcher implements Steppable {
    private static final long serialVersionUID = 1L;

    final double skill;
    final int specialty;
    final double visibility;
    double salary;
    /** ln(salary), kept with it ({@link #setSalary}). */
    float lnSalary;
    double morale;
    double reference;
    Team team;

    Researcher(double skill, int specialty, double visibility, double salary, double morale, double reference, Team team) {
        this.skill = skill;
        this.specialty = specialty;
        this.visibility = visibility;
        setSalary(salary);
        this.morale = morale;
        this.reference = reference;
        this.team = team;
    }

    /**
     * Sets the pay and its log, as talentsim keeps both: the log of the pay rounded to a float (as
     * the medians see pay), so someone paid the median has a gap of exactly 0; above every median
     * for no pay.
     */
    void setSalary(double pay) {
        salary = pay;
        lnSalary = pay > 0 ? (float) Math.log((float) pay) : Float.MAX_VALUE;
    }

    @Override
    public void step(SimState state) {
        MasonMarket m = (MasonMarket) state;
        Kernel k = m.kernel;
        MersenneTwisterFast random = m.random;
        boolean canOffer = m.board.size > 0;
        double vf = k.visibilityFactor(visibility);
        if (team == null) {
            double off = canOffer ? Math.min(1, k.offersSeeking() * vf) : 0;
            double x = random.nextDouble();
            if (x < off) {
                offer(m, m.board.pick(x / off));
            }
            return;
        }
        double gap = Math.max(0, team.lab.lnMedianPay - lnSalary);
        double target = Math.max(0, Math.min(1, k.moraleBase() - k.moralePay() * gap));
        morale = Math.max(0, Math.min(1, morale + k.moraleSpeed() * (target - morale)));
        double sep = Math.min(1, k.separation() + k.quitHazard(morale, gap));
        double off = canOffer ? Math.min(1 - sep, k.offersEmployed() * vf) : 0;
        double x = random.nextDouble();
        if (x < sep) {
            m.quit(this);
        } else if (x < sep + off) {
            offer(m, m.board.pick((x - sep) / off));
        }
    }

    /** An offer from {@code to}: priced by the poacher, matched by the incumbent, then chosen. */
    private void offer(MasonMarket m, Team to) {
        if (!to.hiring() || (team != null && team.lab == to.lab)) {
            return;
        }
        Kernel k = m.kernel;
        double market = k.wage(skill);
        double valuation = to.valuation(k, market, specialty);
        double going = to.payLevel * market;
        if (team == null) {
            double reservation = Math.max(k.unemploymentValue(), k.reservationShare() * salary);
            double pay = Math.min(Math.max(reservation, going), valuation);
            if (pay > 0 && pay >= reservation) {
                m.join(this, to, pay, false);
                reference = reservation;
            }
            return;
        }
        double pay = Math.min(Math.max(salary * (1 + k.premium()), going), valuation);
        if (!(pay > 0)) {
            return;
        }
        // the incumbent counters with the pay that keeps the researcher in its own terms
        // (prestige, morale, cost of moving), if its cap reaches it (MODEL §7.5)
        double stay = salary;
        boolean countered = false;
        double toKeep = pay * Math.exp(k.prestigeWeight() * (to.lab.prestige - team.lab.prestige) - k.switchingCost()
                - k.moraleWeight() * (morale - 0.5)) * (1 + 1e-9);
        if (toKeep > salary) {
            double own = team.valuation(k, market, specialty);
            if (Math.min(k.matchUpTo() * own, own) >= toKeep) {
                stay = toKeep;
                countered = true;
            }
        }
        // the move's utility over staying's, in one log as talentsim's acceptance takes it
        boolean move = stay > 0
                ? Math.log(pay / stay) + k.prestigeWeight() * (to.lab.prestige - team.lab.prestige) - k.switchingCost()
                        > k.moraleWeight() * (morale - 0.5)
                : pay > stay;
        if (move) {
            m.join(this, to, pay, true);
            reference = stay;
        } else if (countered) {
            setSalary(stay);
            reference = Math.max(reference, pay);
            m.counters++;
        }
    }
}
