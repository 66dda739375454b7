/**
 * Calibration and sensitivity (docs/CALIBRATION.md): a {@link org.talentsim.calibration.Calibration}
 * (read from a calibration file: the scenario, the parameters to estimate as override paths with
 * bounds, the target moments with their standard errors or weights, R replications, the seed) is
 * estimated by the simulated method of moments in {@link org.talentsim.calibration.Calibrator}
 * (BOBYQA or CMA-ES from several starts, common random numbers across evaluations, sandwich
 * standard errors counting the data's and the simulation's noise, the J test), and screened by Morris's elementary
 * effects in {@link org.talentsim.calibration.Sensitivity}. Runs go through the experiments'
 * {@link org.talentsim.experiment.Executor}; results do not depend on it or on the thread count.
 *
 * <p>Imports: {@code rng}, {@code scenario}, {@code policy}, {@code io}, {@code experiment};
 * Commons Math (optimisers, linear algebra, χ²); SLF4J; file I/O for the result folder and journal.
 */
package org.talentsim.calibration;
