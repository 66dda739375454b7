package org.talentsim.benchmarks;

import java.util.Locale;
import org.talentsim.engine.Simulation;
import org.talentsim.kernel.ChunkRunner;
import org.talentsim.kernel.Market;

/**
 * The workload of an instruction count: a warmed flagship market, then {@code warm + reps}
 * calls of "restore the frozen snapshot, run one tick" (or the restore alone, or the restore and
 * one phase of the tick, as {@link PhaseBenchmark} times them).
 *
 * <p>On a shared VM wall-clock times of the same tick spread by ±30% from fork to fork, more than
 * most single changes gain; instructions executed do not. Run under {@code valgrind
 * --tool=callgrind} twice with different {@code reps} (and the same {@code warm}, so the JIT has
 * compiled the same code), the difference of the two totals divided by the difference of the
 * reps is the instruction count of one call, repeatable to about 0.1%; the same for {@code
 * restore} gives the baseline to subtract. {@code benchmarks/instructions.sh} does it all.
 *
 * <pre>
 * java -Xbatch -cp benchmarks/target/benchmarks.jar org.talentsim.benchmarks.InstructionProbe \
 *     researchers labs warm reps MODE
 * </pre>
 *
 * <p>MODE: {@code tick}, {@code restore}, or a phase: {@code moraleAndSearch}, {@code offers}
 * (the draws of the frozen tick, made once before the calls), {@code layoffs}, {@code
 * payrollAndCensus} (and its parts {@code payroll}, {@code census}), {@code production}.
 * {@code benchmarks/instructions.sh --phases} counts each.
 */
public final class InstructionProbe {
    private InstructionProbe() {}

    static final java.util.List<String> MODES = java.util.List.of("tick", "restore", "moraleAndSearch", "offers",
            "layoffs", "payrollAndCensus", "payroll", "census", "production");

    public static void main(String[] args) {
        if (args.length != 5 || !MODES.contains(args[4])) {
            System.err.println("usage: InstructionProbe researchers labs warm reps " + String.join("|", MODES));
            System.exit(2);
        }
        int n = Integer.parseInt(args[0]);
        int labs = Integer.parseInt(args[1]);
        int warm = Integer.parseInt(args[2]);
        int reps = Integer.parseInt(args[3]);
        String mode = args[4];
        try (Simulation sim = Markets.warmed(Markets.flagship(n, labs, 42), 1, Markets.WARM_TICKS)) {
            Market market = org.talentsim.kernel.Internals.market(sim);
            Market.Snapshot frozen = market.snapshot();
            int t = frozen.tick() + 1;
            if (mode.equals("offers")) {
                market.restore(frozen);
                market.search(t, ChunkRunner.SEQUENTIAL);
            }
            double sink = 0;
            for (int k = 0; k < warm + reps; k++) {
                market.restore(frozen);
                switch (mode) {
                    case "tick" -> sim.step();
                    case "moraleAndSearch" -> market.moraleAndSearch(t, ChunkRunner.SEQUENTIAL);
                    case "offers" -> market.offers(t);
                    case "layoffs" -> market.layoffs(t);
                    case "payrollAndCensus" -> market.payrollAndCensus(t, ChunkRunner.SEQUENTIAL);
                    case "payroll" -> market.payroll(t, ChunkRunner.SEQUENTIAL);
                    case "census" -> market.census();
                    case "production" -> market.production(t);
                    default -> { }   // restore
                }
                sink += market.world().lab(0).payroll();
            }
            System.out.printf(Locale.ROOT, "%d %s calls, checksum %.2f%n", warm + reps, args[4], sink);
        }
    }
}
