package org.talentsim.benchmarks;

import java.util.Locale;
import org.talentsim.engine.Simulation;
import org.talentsim.kernel.Market;

/**
 * The workload of an instruction count: a warmed flagship market, then {@code warm + reps}
 * calls of "restore the frozen snapshot, run one tick" (or the restore alone).
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
 *     researchers labs warm reps tick|restore
 * </pre>
 */
public final class InstructionProbe {
    private InstructionProbe() {}

    public static void main(String[] args) {
        if (args.length != 5 || !(args[4].equals("tick") || args[4].equals("restore"))) {
            System.err.println("usage: InstructionProbe researchers labs warm reps tick|restore");
            System.exit(2);
        }
        int n = Integer.parseInt(args[0]);
        int labs = Integer.parseInt(args[1]);
        int warm = Integer.parseInt(args[2]);
        int reps = Integer.parseInt(args[3]);
        boolean tick = args[4].equals("tick");
        try (Simulation sim = Markets.warmed(Markets.flagship(n, labs, 42), 1, Markets.WARM_TICKS)) {
            Market market = org.talentsim.kernel.Internals.market(sim);
            Market.Snapshot frozen = market.snapshot();
            double sink = 0;
            for (int k = 0; k < warm + reps; k++) {
                market.restore(frozen);
                if (tick) {
                    sim.step();
                }
                sink += market.world().lab(0).payroll();
            }
            System.out.printf(Locale.ROOT, "%d %s calls, checksum %.2f%n", warm + reps, args[4], sink);
        }
    }
}
