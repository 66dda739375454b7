package org.talentsim.scenario;

/**
 * Names one researcher in an event: a named researcher ({@code name}), or the most visible
 * employed member of a lab's team (ties go to the lowest index) when {@code name} is null.
 *
 * @param name a named researcher, or null
 * @param lab the lab (when picking by team)
 * @param team the team (when picking by team; null picks across the lab)
 */
public record ResearcherRef(String name, String lab, String team) {
    /**
     * Checks that a name or a lab is given; throws IllegalArgumentException otherwise (whether they
     * exist is checked against the scenario when it is built).
     */
    public ResearcherRef {
        if (name == null && lab == null) {
            throw new IllegalArgumentException("researcher: give a name, or a lab (and team) to pick its most visible member");
        }
    }

    /** A named researcher. */
    public static ResearcherRef named(String name) {
        return new ResearcherRef(name, null, null);
    }

    /** The most visible member of a team. */
    public static ResearcherRef mostVisible(String lab, String team) {
        return new ResearcherRef(null, lab, team);
    }

    @Override
    public String toString() {
        return name != null ? name : "most visible of " + lab + (team == null ? "" : "/" + team);
    }
}
