package org.talentsim.metrics;

import org.talentsim.model.Focus;
import org.talentsim.model.MoveReason;

/**
 * One row of {@code moves.csv}. Lab and team names are empty ("") for the pool; {@code name} is
 * the researcher's name in the scenario (a {@code StarSpec}), "" for an unnamed researcher. The
 * package columns (docs/MODEL.md §7.9): {@code signOn} paid by the new lab (USD, buy-out
 * excluded), {@code annualEquity} granted with the row (USD/year: a hire's grant, or a refresher
 * with a counter-offer), {@code boughtOut} the forfeited value the new lab paid for (USD); 0 when
 * none. The researcher's {@code skill} (s in docs/MODEL.md's valuations), {@code specialty} and
 * {@code visa} (whether they hold a work visa tied to the job) are set when the population is
 * made and stay for the whole run: with them, the rows of moves and offers say who moved without
 * a join to another file.
 */
public record MoveRow(int tick, String date, int researcher, String fromLab, String fromTeam, String toLab,
        String toTeam, double oldSalary, double newSalary, MoveReason reason, String name,
        double signOn, double annualEquity, double boughtOut, double skill, Focus specialty, boolean visa) {
    /** The CSV header, in column order. */
    public static final String HEADER = "tick,date,researcher,from_lab,from_team,to_lab,to_team,old_salary,new_salary,reason,name,sign_on,annual_equity,bought_out,skill,specialty,visa";
}
