package org.talentsim.report;

import java.nio.file.Path;
import org.talentsim.internal.Num;
import org.talentsim.metrics.LabRow;
import org.talentsim.metrics.MetricsSink;
import org.talentsim.metrics.MoveRow;
import org.talentsim.metrics.OfferRow;
import org.talentsim.metrics.TeamRow;

/**
 * Collects, while a run goes, the rows the report draws (the same rows the result files get,
 * each number as the files write it), so that {@code run} draws its report without reading
 * the large CSV files back. {@code talentsim report DIR} reads the files instead; both give the
 * same page.
 */
public final class RunCollector implements MetricsSink {
    private final RunData data;
    private final boolean offers;

    /**
     * For a run of {@code ticks} ticks writing into {@code dir}; {@code offers}: whether the run
     * writes {@code offers.csv} (the report then lists the offers made to named researchers, as
     * {@code report DIR} reads them from that file).
     */
    public RunCollector(Path dir, int ticks, boolean offers) {
        this.data = RunData.live(dir, ticks);
        this.offers = offers;
        data.offersWritten = offers;
    }

    @Override
    public boolean wantsOffers() {
        return offers;
    }

    @Override
    public void offer(OfferRow r) {
        // a named researcher's only: the others (6,000 rows in the flagship) the report does not show
        if (r.name() != null && !r.name().isEmpty()) {
            data.offer(r.tick(), r.date(), r.fromLab(), r.toLab(), asWritten(r.offer()), asWritten(r.counter()),
                    r.outcome().name(), r.name());
        }
    }

    @Override
    public void lab(LabRow r) {
        data.lab(r.tick(), r.date(), r.lab(), r.headcount(), asWritten(r.meanSalary()), asWritten(r.meanMorale()),
                asWritten(r.capability()), asWritten(r.payroll()), asWritten(r.severance()), r.layoffs(), asWritten(r.unvested()),
                asWritten(r.budget()), asWritten(r.acquisitions()), asWritten(r.offerPremium()), r.budgetLayoffs(),
                asWritten(r.signOns()), asWritten(r.clawedBack()), r.quits(), r.poachedOut());
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
        double oldPay = named || laidOff ? asWritten(r.oldSalary()) : Double.NaN;
        double newPay = named ? asWritten(r.newSalary()) : Double.NaN;
        if (!named && r.reason() == org.talentsim.model.MoveReason.POACHED) {
            // whether the move cut the pay (counted for the page): in the order of the values as
            // written, which two values further apart than the text's rounding keep as they are
            oldPay = r.oldSalary();
            newPay = r.newSalary();
            if (!(Math.abs(newPay - oldPay) > 1e-8 * Math.max(Math.abs(newPay), Math.abs(oldPay)))) {
                oldPay = asWritten(oldPay);
                newPay = asWritten(newPay);
            }
        }
        if (r.boughtOut() > 0) {
            data.boughtOut += asWritten(r.boughtOut());
        }
        data.move(r.tick(), r.date(), r.researcher(), r.fromLab(), r.fromTeam(), r.toLab(), r.toTeam(), oldPay, newPay,
                r.reason().name(), r.name(), named ? asWritten(r.signOn()) : Double.NaN, named ? asWritten(r.annualEquity()) : Double.NaN);
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
        double a = Math.abs(v);
        if (a >= 1e-11 && a < 1e15) {
            // Num.format writes 10 significant digits: m · 10^-k with m < 10^10 a whole number, which
            // reads back as the double nearest to it, m / 10^k (m and 10^k ≤ 10^22 are exact doubles,
            // and one division rounds once). m is a · 10^k rounded, the product within ~1e-6 of the
            // exact one: near a tie, or where the digits were not 10, the text decides (~1.5 µs a
            // value: the rows' means and payrolls, 4-6 ms of the flagship's run)
            int e = (int) Math.floor(Math.log10(a)) + 1;   // a in [10^(e-1), 10^e), give or take one at the edges
            int k = SIGNIFICANT - e;
            double scaled = k >= 0 ? a * POW10[k] : a / POW10[-k];
            double m = Math.rint(scaled);
            // (scaled below 10^9: e was one too many, and rounding at the wrong digit could give 10^9)
            if (scaled >= 1e9 && scaled < 1e10 - 0.5 && Math.abs(scaled - Math.floor(scaled) - 0.5) > 1e-4) {
                double w = k >= 0 ? m / POW10[k] : m * POW10[-k];
                return v < 0 ? -w : w;
            }
        }
        String s = Num.format(v);
        return Double.parseDouble(s);
    }

    private static final int SIGNIFICANT = 10;
    private static final double[] POW10 = new double[23];

    static {
        double p = 1;
        for (int k = 0; k < POW10.length; k++) {
            POW10[k] = p;   // exact up to 10^22
            p *= 10;
        }
    }

    /** The collected rows with the run's small result files, once the run has written them. */
    RunData finish() {
        return data.finish();
    }
}
