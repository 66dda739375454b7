package org.talentsim.policy;

import java.util.function.IntToDoubleFunction;
import java.util.random.RandomGenerator;
import org.talentsim.model.PopulationView;

/**
 * Chooses who is laid off first: orders candidates, the first {@code k} go. Called once per
 * layoff that the events or a budget cut make, in the tick's order and never by two threads at
 * once.
 */
@FunctionalInterface
public interface LayoffPolicy {
    /**
     * Reorders {@code candidates[0..n)} so that those to lay off first come first. The result must
     * hold the same researchers, each once: anything else stops the run with an error naming the
     * policy.
     */
    void order(int[] candidates, int n, Context c);

    /**
     * @param people the population
     * @param valuation the lab's valuation of a researcher (by index), USD a year
     * @param random a stream reserved for this lab's layoff this tick
     * @param ticksPerYear ticks in a year (12 or 52): tenure is counted in ticks
     */
    record Context(PopulationView people, IntToDoubleFunction valuation, RandomGenerator random, int ticksPerYear) {
        /** Checks that {@code ticksPerYear} is above 0; throws IllegalArgumentException otherwise. */
        public Context {
            if (ticksPerYear <= 0) {
                throw new IllegalArgumentException("ticksPerYear must be > 0, was " + ticksPerYear);
            }
        }

        /** A context for monthly ticks. */
        public Context(PopulationView people, IntToDoubleFunction valuation, RandomGenerator random) {
            this(people, valuation, random, 12);
        }

        /** Researcher {@code i}'s years with its current lab. */
        public double tenureYears(int i) {
            return people.tenure(i) / (double) ticksPerYear;
        }
    }
}
