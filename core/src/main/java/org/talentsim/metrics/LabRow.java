package org.talentsim.metrics;

/**
 * One row of {@code labs.csv}: a lab at the end of a tick. Means are over the employed; NaN
 * when the lab has nobody. {@code severance} is the severance charged in the tick (USD);
 * {@code budget} the lab's payroll budget at the end of the tick (USD/year; infinite when the
 * lab has none, an empty cell in the file). The package columns (docs/MODEL.md §7.9), USD:
 * {@code equityVested}, {@code signOns} (sign-ons and buy-outs paid) and {@code clawedBack}
 * (repaid by leavers) in the tick; {@code unvested}, the equity granted and not yet vested at
 * the end of the tick (a liability of the lab). {@code acquiredIn}, {@code acquiredOut} count the
 * tick's {@code ACQUIRED} rows into and out of the lab; {@code acquisitions} is the price of the
 * acqui-hires it paid in the tick (USD, a one-off outlay outside the payroll budget, part of its
 * spend). {@code offerPremium} is the premium its strategy adds to its offers at the end of the
 * tick (a share: 0.05 is 5% above the pricing; 0 with the {@code static} strategy), so a
 * strategy's response can be read from the results, not only its budget's. {@code budgetLayoffs}:
 * of the tick's layoffs, those its budget forced. {@code countered}: the tick's {@code COUNTERED}
 * rows from the lab (a counter-offer that kept someone); {@code transfersIn}, {@code transfersOut}:
 * its {@code TRANSFERRED} rows from or to another lab (a team moved between labs; a transfer inside
 * the lab moves no one in or out); {@code foundersIn}, {@code foundersOut}: its {@code FOUNDED}
 * rows (a founder joining the lab he founds, leaving the lab he leaves). With them the columns
 * add up, tick by tick: headcount − the tick before's = hires + poached_in + acquired_in +
 * transfers_in + founders_in − poached_out − acquired_out − transfers_out − founders_out − quits −
 * layoffs − exits (an economist's review: a founded lab or a moved team left a gap no column
 * explained).
 */
public record LabRow(int tick, String date, String lab, int headcount, int hires, int poachedIn,
        int poachedOut, int quits, int layoffs, int exits, double payroll, double meanSalary,
        double meanMorale, double meanSkill, double capability, double severance, double budget,
        double equityVested, double signOns, double clawedBack, double unvested,
        int acquiredIn, int acquiredOut, double acquisitions, double offerPremium, int budgetLayoffs,
        int countered, int transfersIn, int transfersOut, int foundersIn, int foundersOut) {
    /** The CSV header, in column order. */
    public static final String HEADER = "tick,date,lab,headcount,hires,poached_in,poached_out,quits,layoffs,exits,payroll,mean_salary,mean_morale,mean_skill,capability,severance,budget,equity_vested,sign_ons,clawed_back,unvested,acquired_in,acquired_out,acquisitions,offer_premium,budget_layoffs,countered,transfers_in,transfers_out,founders_in,founders_out";
}
