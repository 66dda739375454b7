package org.talentsim.scenario;

import org.talentsim.model.Limits;

/**
 * A named researcher placed in a team (or in the pool): stars, leaders, founders.
 *
 * @param name unique name
 * @param skill skill, {@code > 0}
 * @param salary annual pay, USD, {@code >= 0}
 * @param visibility in [0,1]
 * @param visa holds a job-tied visa
 * @param stake unvested equity in the employer, forfeited by leaving (a star under contract);
 *     {@link Stake#NONE} by default, and for a researcher in the pool (no employer)
 */
public record StarSpec(String name, double skill, double salary, double visibility, boolean visa, Stake stake) {
    /** Without a stake. */
    public StarSpec(String name, double skill, double salary, double visibility, boolean visa) {
        this(name, skill, salary, visibility, visa, Stake.NONE);
    }

    /**
     * Checks the name (a name the result files can write in a cell), {@code skill} in (0, 1000]
     * ({@link Limits#MAX_SKILL}), {@code salary} in [0, 10⁹] USD a year ({@link Limits#MAX_SALARY}) and
     * {@code visibility} in [0,1]; throws IllegalArgumentException naming the field otherwise. A null
     * stake becomes {@link Stake#NONE}.
     */
    public StarSpec {
        stake = stake == null ? Stake.NONE : stake;
        Check.label("star.name", name);
        Check.positive("star '" + name + "'.skill", skill);
        Check.atMost("star '" + name + "'.skill", skill, Limits.MAX_SKILL, "the highest skill");
        Check.nonNegative("star '" + name + "'.salary", salary);
        Check.atMost("star '" + name + "'.salary", salary, Limits.MAX_SALARY, "the highest annual pay, USD");
        Check.unit("star '" + name + "'.visibility", visibility);
    }
}
