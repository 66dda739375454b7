package org.talentsim.model;

/** Read-only view of a team (a division of a lab). */
public interface TeamView {
    /** Target value meaning "hire without limit" (theory configurations). */
    int UNLIMITED = Integer.MAX_VALUE;

    /** Global team index. */
    int id();

    /** Name, unique within its lab. */
    String name();

    /** Index of the lab the team belongs to now (a reorganisation can move it). */
    int lab();

    /** What the team works on. */
    Focus focus();

    /** Target headcount; {@link #UNLIMITED} means the team hires without limit. */
    int target();

    /** Pay level relative to the market scale {@code w*(s)} (1 = market pay). */
    double payLevel();

    /** Leader fit in [0,1]: how well the leader suits the team's work; scales morale and output. */
    double leaderFit();

    /**
     * Share of the lab's compute in [0,1]: the scenario's, until teams move or merge (a merged
     * team's goes to the team it joins, and it has 0; a team that moves takes its claim on compute
     * with it, and when a lab's teams claim more than it gives them each gets the same fraction of
     * its claim: docs/MODEL.md 7.2).
     */
    double computeShare();

    /** Protected teams are never hit by layoffs. */
    boolean isProtected();

    /** False once merged into another team. */
    boolean active();

    /** Researchers working in the team now (EMPLOYED only). */
    int headcount();

    /** Open positions: {@code target - headcount}, at least 0; a large number when unlimited. */
    int openings();

    /** Output of the last production phase. */
    double output();

    /** Census of the last metrics phase: sum of members' salaries, USD/year. */
    double sumSalary();

    /** Census: sum of members' morale. */
    double sumMorale();

    /** Census: sum of members' skill. */
    double sumSkill();
}
