package org.talentsim.metrics;

import org.talentsim.model.MoveReason;

/**
 * One row of {@code moves.csv}. Lab and team names are empty ("") for the pool; {@code name} is
 * the researcher's name in the scenario (a {@code StarSpec}), "" for an unnamed researcher.
 */
public record MoveRow(int tick, String date, int researcher, String fromLab, String fromTeam, String toLab,
        String toTeam, double oldSalary, double newSalary, MoveReason reason, String name) {
    /** The CSV header, in column order. */
    public static final String HEADER = "tick,date,researcher,from_lab,from_team,to_lab,to_team,old_salary,new_salary,reason,name";
}
