package org.talentsim.scenario;

import java.util.List;

/**
 * What an event can do to a running market: the primitive operations the simulation kernel
 * offers to {@link EventSpec#apply}. Labs, teams and researchers are named as in the scenario;
 * {@link Scenario} has checked (through {@link EventSpec#checkReferences}) that they exist at the
 * event's tick. Values are taken as given: an event validates its own fields.
 *
 * <p>Effects on labs, teams and researchers take effect at once, in the events phase; layoffs,
 * dismissals and raids are queued and run in the layoffs and offers phases of the same tick.
 */
public interface EventEffects {
    /** The tick being applied. */
    int tick();

    /** Sets a lab's prestige, in [0,1]. */
    void setPrestige(String lab, double prestige);

    /** Sets the leader fit, in [0,1], of a team, or of the whole lab when {@code team} is null. */
    void setLeaderFit(String lab, String team, double leaderFit);

    /**
     * The lab's budget becomes {@code max(0, budget × factor + delta)} (a factor of 0 discards the
     * old budget, even an unlimited one); {@code factor} and {@code delta} must be finite (else an
     * IllegalArgumentException fails the tick).
     */
    void scaleBudget(String lab, double factor, double delta);

    /**
     * The lab's capability becomes {@code max(0, capability × factor + delta)} (a factor of 0
     * discards the old value); {@code factor} and {@code delta} must be finite (else an
     * IllegalArgumentException fails the tick).
     */
    void scaleCapability(String lab, double factor, double delta);

    /**
     * Replaces a lab's policy of {@code slot} ({@link PolicyCatalog.Slot#OFFER}, {@code RETENTION}
     * or {@code LAYOFF}) by a new one made from {@code policy}: from this tick on, its offers,
     * counter-offers or layoffs follow it ({@link EventSpec.PolicyChange}); the scenario has
     * checked it against the registry it runs with.
     *
     * @throws IllegalArgumentException for another slot (a strategy or pay policy is the lab's for the whole run)
     */
    default void setPolicy(String lab, PolicyCatalog.Slot slot, PolicySpec policy) {
        throw new UnsupportedOperationException("policy changes are not applied here");
    }

    /** Sets a team's target headcount ({@link org.talentsim.model.TeamView#UNLIMITED} for no limit). */
    void setTarget(String lab, String team, int target);

    /** Sets a team's pay level relative to the market ({@code > 0}). */
    void setPayLevel(String lab, String team, double payLevel);

    /** Sets a researcher's visibility, in [0,1]; skipped (with a warning) when a team has no employed member to pick. */
    void setVisibility(ResearcherRef researcher, double visibility);

    /** Moves a team with its members to another lab ({@code TRANSFERRED} rows). */
    void moveTeam(String lab, String team, String toLab);

    /** Merges a team into another team of the same lab ({@code TRANSFERRED} rows); targets add up. */
    void mergeTeam(String lab, String team, String into);

    /**
     * The founder leaves to found a new lab and joins its first team at {@code founderSalary}
     * (NaN keeps the current pay; a {@code FOUNDED} row), holding {@code stake} in it; skipped
     * when the founder is not in the market.
     */
    void foundLab(ResearcherRef founder, LabSpec lab, double founderSalary, Stake stake);

    /** {@link #foundLab(ResearcherRef, LabSpec, double, Stake)} with the default founder's stake ({@link Stake#FOUNDER}). */
    default void foundLab(ResearcherRef founder, LabSpec lab, double founderSalary) {
        foundLab(founder, lab, founderSalary, Stake.FOUNDER);
    }

    /**
     * Queues a layoff for the layoffs phase: {@code count} people (or, when {@code count < 0},
     * {@code share} of the headcount) from the named teams (all unprotected teams when empty),
     * chosen by the lab's layoff policy, on the given terms.
     */
    void queueLayoff(String lab, List<String> teams, int count, double share, LayoffTerms terms);

    /**
     * Queues the dismissal of named researchers by {@code lab} for the layoffs phase; those not
     * employed by {@code lab} then are skipped (with a logged note).
     */
    void queueDismissal(String lab, List<String> researchers, LayoffTerms terms);

    /**
     * Queues a raid for the offers phase: the lab's team makes offers to the {@code count} most
     * skilled (or most visible) employees of a rival lab (one team of it, or all when
     * {@code fromTeam} is null).
     */
    void queueRaid(String lab, String team, String fromLab, String fromTeam, int count, boolean byVisibility);

    /**
     * Queues a job fair for the offers phase of this tick: {@code offers} teams invite the
     * researcher at once and he takes the best ({@link EventSpec.JobFair}).
     */
    void queueJobFair(ResearcherRef researcher, int offers);

    /**
     * An acqui-hire ({@link EventSpec.AcquiHire}), at once: the people bought move to the
     * buyer's team ({@code ACQUIRED} rows), the price is charged to the buyer's spend, and, with
     * {@code closeSeller}, the seller's remaining staff are laid off and its teams closed.
     */
    void acquire(EventSpec.AcquiHire deal);
}
