package org.talentsim.policy;

import java.util.function.IntToDoubleFunction;
import java.util.random.RandomGenerator;
import org.talentsim.model.PopulationView;

/** Chooses who is laid off first: orders candidates, the first {@code k} go. */
@FunctionalInterface
public interface LayoffPolicy {
    /** Reorders {@code candidates[0..n)} so that those to lay off first come first. */
    void order(int[] candidates, int n, Context c);

    /**
     * @param people the population
     * @param valuation the lab's valuation of a researcher (by index)
     * @param random a stream reserved for this lab's layoff this tick
     */
    record Context(PopulationView people, IntToDoubleFunction valuation, RandomGenerator random) {}
}
