package org.talentsim.metrics;

/** One row of {@code teams.csv}: a team at the end of a tick. Means NaN when it has nobody. */
public record TeamRow(int tick, String date, String lab, String team, int headcount, double meanSalary,
        double meanMorale, double meanSkill, double output) {
    /** The CSV header, in column order. */
    public static final String HEADER = "tick,date,lab,team,headcount,mean_salary,mean_morale,mean_skill,output";
}
