package org.talentsim.report;

import java.nio.file.Path;
import org.talentsim.io.Num;
import org.talentsim.metrics.LabRow;
import org.talentsim.metrics.MetricsSink;
import org.talentsim.metrics.MoveRow;
import org.talentsim.metrics.TeamRow;

/**
 * Collects, while a run goes, the rows the report draws (the same rows the result files get,
 * each number as the files write it), so that {@code run} draws its report without reading
 * the large CSV files back. {@code talentsim report DIR} reads the files instead; both give the
 * same page.
 */
public final class RunCollector implements MetricsSink {
    private final RunData data;

    /** For a run of {@code ticks} ticks writing into {@code dir}. */
    public RunCollector(Path dir, int ticks) {
        this.data = RunData.live(dir, ticks);
    }

    @Override
    public void lab(LabRow r) {
        data.lab(r.tick(), r.date(), r.lab(), r.headcount(), asWritten(r.meanSalary()), asWritten(r.meanMorale()),
                asWritten(r.capability()), asWritten(r.payroll()), asWritten(r.severance()), r.layoffs(), asWritten(r.unvested()),
                asWritten(r.budget()), asWritten(r.acquisitions()));
    }

    @Override
    public void team(TeamRow r) {
        data.team(r.tick(), r.lab(), r.team(), r.headcount(), asWritten(r.meanSalary()), asWritten(r.meanMorale()),
                asWritten(r.output()));
    }

    @Override
    public void move(MoveRow r) {
        // the report shows the pay of a named researcher's moves only: the others' (thousands of
        // rows in the flagship) are not turned into text and back
        // (and the old pay of those laid off, for the layoffs' table)
        boolean named = r.name() != null && !r.name().isEmpty();
        boolean laidOff = r.reason() == org.talentsim.model.MoveReason.LAID_OFF;
        data.move(r.tick(), r.date(), r.fromLab(), r.fromTeam(), r.toLab(), r.toTeam(),
                named || laidOff ? asWritten(r.oldSalary()) : Double.NaN, named ? asWritten(r.newSalary()) : Double.NaN,
                r.reason().name(), r.name());
    }

    /**
     * The value as the CSV files hold it (NaN for an empty cell): a whole number (a headcount, a
     * zero) as it is, without the text {@link Num#format} writes for it and the parse back
     * (~1.5 µs a value, on the run's thread: half of the ~5 000 values of the flagship's rows);
     * any other through that text.
     */
    static double asWritten(double v) {
        if (!Double.isFinite(v)) {
            return Double.NaN;
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return v + 0.0;   // Num.format writes it with Long.toString, which reads back as itself (-0 as 0)
        }
        String s = Num.format(v);
        return Double.parseDouble(s);
    }

    /** The collected rows with the run's small result files, once the run has written them. */
    RunData finish() {
        return data.finish();
    }
}
