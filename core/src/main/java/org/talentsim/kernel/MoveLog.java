package org.talentsim.kernel;

import org.talentsim.model.MoveReason;
import org.talentsim.model.MovesView;

import java.util.Arrays;

/**
 * The moves of one tick, in the order they happened, as growable primitive columns (one row per
 * event of a researcher; the columns of {@code moves.csv}). Lab and team fields are indices, -1
 * for the pool. The engine clears the log after observers have seen a tick.
 */
public final class MoveLog implements MovesView {
    /** This object read-only: what observers, user phases and policies are given (a cast of it gives nothing to change). */
    private final org.talentsim.model.MovesView view = new Views.Moves(this);

    /** This object read-only, the same view each time: what the engine hands out of the kernel. */
    public org.talentsim.model.MovesView view() {
        return view;
    }

    private int size;
    private int[] researcher = new int[64];
    private int[] fromLab = new int[64];
    private int[] fromTeam = new int[64];
    private int[] toLab = new int[64];
    private int[] toTeam = new int[64];
    private double[] oldSalary = new double[64];
    private double[] newSalary = new double[64];
    private byte[] reason = new byte[64];
    private double[] signOn = new double[64];
    private double[] equity = new double[64];
    private double[] boughtOut = new double[64];

    /** Appends one row. */
    public void add(int who, int fromLabId, int fromTeamId, int toLabId, int toTeamId,
            double oldPay, double newPay, MoveReason why) {
        if (size == researcher.length) {
            int n = size * 2;
            researcher = Arrays.copyOf(researcher, n);
            fromLab = Arrays.copyOf(fromLab, n);
            fromTeam = Arrays.copyOf(fromTeam, n);
            toLab = Arrays.copyOf(toLab, n);
            toTeam = Arrays.copyOf(toTeam, n);
            oldSalary = Arrays.copyOf(oldSalary, n);
            newSalary = Arrays.copyOf(newSalary, n);
            reason = Arrays.copyOf(reason, n);
            signOn = Arrays.copyOf(signOn, n);
            equity = Arrays.copyOf(equity, n);
            boughtOut = Arrays.copyOf(boughtOut, n);
        }
        researcher[size] = who;
        fromLab[size] = fromLabId;
        fromTeam[size] = fromTeamId;
        toLab[size] = toLabId;
        toTeam[size] = toTeamId;
        oldSalary[size] = oldPay;
        newSalary[size] = newPay;
        reason[size] = (byte) why.ordinal();
        signOn[size] = 0;
        equity[size] = 0;
        boughtOut[size] = 0;
        size++;
    }

    /**
     * Sets the package of the last row: the sign-on paid (USD, buy-out excluded), the annual
     * equity granted (USD/year) and the buy-out paid (USD).
     */
    public void addPackage(double signOnPaid, double annualEquity, double buyOut) {
        int r = size - 1;
        signOn[r] = signOnPaid;
        equity[r] = annualEquity;
        boughtOut[r] = buyOut;
    }

    /** Rows logged. */
    @Override public int size() { return size; }

    /** Forgets all rows (keeps capacity). */
    public void clear() { size = 0; }

    @Override public int researcher(int row) { return researcher[check(row)]; }
    @Override public int fromLab(int row) { return fromLab[check(row)]; }
    @Override public int fromTeam(int row) { return fromTeam[check(row)]; }
    @Override public int toLab(int row) { return toLab[check(row)]; }
    @Override public int toTeam(int row) { return toTeam[check(row)]; }
    @Override public double oldSalary(int row) { return oldSalary[check(row)]; }
    @Override public double newSalary(int row) { return newSalary[check(row)]; }
    @Override public MoveReason reason(int row) { return MoveReason.of(reason[check(row)]); }
    @Override public double signOn(int row) { return signOn[check(row)]; }
    @Override public double annualEquity(int row) { return equity[check(row)]; }
    @Override public double boughtOut(int row) { return boughtOut[check(row)]; }

    private int check(int row) {
        if (row < 0 || row >= size) {
            throw new IndexOutOfBoundsException("row " + row + " of " + size);
        }
        return row;
    }
}
