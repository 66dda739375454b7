package org.talentsim.calibration;

import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.exception.MaxCountExceededException;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.SimpleValueChecker;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talentsim.rng.Samplers;
import org.talentsim.rng.Streams;

/**
 * Bounded derivative-free minimisation on the unit cube (each parameter mapped to [0, 1] over
 * its bounds), from several starts: the file's start, then points of a Halton sequence inside
 * [0.1, 0.9]^P. BOBYQA (Powell 2009) with 2P+1 interpolation points, or CMA-ES (Hansen 2006)
 * drawing from a stream of the calibration's seed; one parameter: Brent's method. Each start
 * stops at its evaluation budget; the caller keeps the best vector seen.
 */
final class Search {
    private static final Logger LOG = LoggerFactory.getLogger(Search.class);
    private static final int[] PRIMES = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71};

    private Search() {}

    /** Start {@code s} (0 = the file's start) in the unit cube. */
    static double[] start(Calibration c, int s) {
        int p = c.parameters().size();
        double[] u = new double[p];
        for (int j = 0; j < p; j++) {
            u[j] = s == 0 ? c.parameters().get(j).unit(c.parameters().get(j).start()) : 0.1 + 0.8 * halton(s, PRIMES[j]);
        }
        return u;
    }

    static double halton(int index, int base) {
        double f = 1;
        double r = 0;
        int i = index;
        while (i > 0) {
            f /= base;
            r += f * (i % base);
            i /= base;
        }
        return r;
    }

    /**
     * Minimises {@code f} over [0, 1]^P from {@code u0} with at most {@code budget} evaluations;
     * true when the budget stopped it (not the optimiser's own convergence test, nor its giving up).
     */
    static boolean minimise(Calibration c, int s, double[] u0, int budget, ToDoubleFunction<double[]> f) {
        int p = u0.length;
        try {
            if (p == 1) {
                new BrentOptimizer(1e-3, 1e-4).optimize(new MaxEval(budget),
                        new UnivariateObjectiveFunction(x -> f.applyAsDouble(new double[] {x})), GoalType.MINIMIZE,
                        new SearchInterval(0, 1, Math.min(1, Math.max(0, u0[0]))));
            } else if (c.optimizer().equals("cmaes")) {
                double[] sigma = new double[p];
                java.util.Arrays.fill(sigma, 0.3);
                int lambda = 4 + (int) Math.floor(3 * Math.log(p));
                var random = Samplers.commonsMath(Streams.of(Streams.DEFAULT_ALGORITHM, c.seed()).stream(0xCA11B8A7EL, s));
                new CMAESOptimizer(budget, 0, true, 0, 0, random, false, new SimpleValueChecker(1e-8, 1e-10)).optimize(
                        new MaxEval(budget), new MaxIter(budget), new ObjectiveFunction(f::applyAsDouble),
                        GoalType.MINIMIZE, new InitialGuess(u0), bounds(p), new CMAESOptimizer.Sigma(sigma),
                        new CMAESOptimizer.PopulationSize(lambda));
            } else {
                return bobyqa(u0, budget, f);
            }
        } catch (MaxCountExceededException e) {
            // the budget is spent (evaluations, or CMA-ES's generations): the best vector seen so far stands
            return true;
        } catch (RuntimeException e) {
            if (!fromOptimiser(e)) {
                throw e; // a run failed: the caller reports it
            }
            // the optimiser gave up (BOBYQA has paths it refuses to take): the best vector seen stands
            LOG.warn("start {}: the optimiser stopped early: {}", s + 1, e.toString());
        }
        return false;
    }

    /** Whether {@code e} was thrown by the optimiser itself (Commons Math), not by a run of the model. */
    static boolean fromOptimiser(RuntimeException e) {
        return e.getClass().getName().startsWith("org.apache.commons.math3.");
    }

    /**
     * BOBYQA, restarted from the best point with a fresh trust region while a restart improves
     * the objective by more than 0.1% and the budget lasts: on a simulated objective (piecewise
     * constant at fine scales, even with common random numbers) one BOBYQA run often stops early,
     * its trust region shrunk around a step of the noise.
     */
    private static boolean bobyqa(double[] u0, int budget, ToDoubleFunction<double[]> f) {
        int p = u0.length;
        int[] used = {0};
        double[] best = {Double.POSITIVE_INFINITY};
        double[][] bestU = {u0.clone()};
        ToDoubleFunction<double[]> counted = u -> {
            used[0]++;
            double q = f.applyAsDouble(u);
            if (q < best[0]) {
                best[0] = q;
                bestU[0] = u.clone();
            }
            return q;
        };
        // the start itself first: BOBYQA's first trust region (0.2 of the range) must fit inside
        // the box, so Commons Math moves a start nearer a bound than that inward (0.04 in [0.02,
        // 0.3] became 0.076) and never evaluates it; the start asked for is in the trace, and a
        // candidate for the estimate, all the same
        counted.applyAsDouble(u0.clone());
        double before = Double.POSITIVE_INFINITY;
        double[] from = u0.clone();
        while (budget - used[0] >= 2 * p + 3) {
            try {
                new BOBYQAOptimizer(2 * p + 1, 0.2, 1e-3).optimize(new MaxEval(budget - used[0]),
                        new ObjectiveFunction(counted::applyAsDouble), GoalType.MINIMIZE, new InitialGuess(from), bounds(p));
            } catch (TooManyEvaluationsException e) {
                return true;
            } catch (RuntimeException e) {
                if (!fromOptimiser(e)) {
                    throw e;
                }
                LOG.warn("BOBYQA stopped early: {}", e.toString());
                return false;
            }
            if (Double.isFinite(before) && !(best[0] < before - 1e-3 * Math.abs(before))) {
                return false;   // a restart no longer improves: converged
            }
            before = best[0];
            from = bestU[0].clone();
        }
        // too few evaluations left for another restart, the last one still improving
        return true;
    }

    private static SimpleBounds bounds(int p) {
        double[] lo = new double[p];
        double[] hi = new double[p];
        java.util.Arrays.fill(hi, 1);
        return new SimpleBounds(lo, hi);
    }
}
