package org.talentsim.kernel;

import java.util.Arrays;
import org.talentsim.model.OfferOutcome;
import org.talentsim.model.OffersView;

/**
 * The offers of one tick, in the order they were resolved, as growable primitive columns (the
 * columns of {@code offers.csv}), like {@link MoveLog}. Off by default: {@link #add} then
 * returns at once, so a run that nobody asked for offers pays one predictable branch per offer
 * and allocates nothing. The engine turns it on when an observer wants offers and clears it
 * after the observers have seen a tick.
 */
public final class OfferLog implements OffersView {
    /** This object read-only: what observers, user phases and policies are given (a cast of it gives nothing to change). */
    private final org.talentsim.model.OffersView view = new Views.Offers(this);

    /** This object read-only, the same view each time: what the engine hands out of the kernel. */
    public org.talentsim.model.OffersView view() {
        return view;
    }

    private boolean on;
    private int size;
    private int[] researcher = new int[0];
    private int[] fromLab = new int[0];
    private int[] fromTeam = new int[0];
    private int[] toLab = new int[0];
    private int[] toTeam = new int[0];
    private double[] offer = new double[0];
    private double[] counter = new double[0];
    private byte[] outcome = new byte[0];

    /** Whether offers are recorded. */
    public boolean on() {
        return on;
    }

    /** Records offers from now on ({@code true}) or not; switching off forgets the rows. */
    public void record(boolean record) {
        on = record;
        if (!record) {
            size = 0;
        }
    }

    /** The world's money unit, whose cap the moves clamp pay to. */
    private Money money = Money.CENTS;

    void setMoney(Money m) {
        money = m;
    }

    /**
     * Appends one offer if recording: researcher {@code who} (employed by {@code fromLabId} in
     * team {@code fromTeamId}, both -1 if not employed) got {@code pay} from team {@code toTeamId} of lab {@code toLabId}; the
     * incumbent countered with {@code counterPay} (NaN: no counter). Pay is clamped as the move
     * would clamp it (into [0, the world's highest pay], {@link Money#salary}).
     */
    public void add(int who, int fromLabId, int fromTeamId, int toLabId, int toTeamId, double pay, double counterPay, OfferOutcome what) {
        if (!on) {
            return;
        }
        if (size == researcher.length) {
            int n = Math.max(64, size * 2);
            researcher = Arrays.copyOf(researcher, n);
            fromLab = Arrays.copyOf(fromLab, n);
            fromTeam = Arrays.copyOf(fromTeam, n);
            toLab = Arrays.copyOf(toLab, n);
            toTeam = Arrays.copyOf(toTeam, n);
            offer = Arrays.copyOf(offer, n);
            counter = Arrays.copyOf(counter, n);
            outcome = Arrays.copyOf(outcome, n);
        }
        researcher[size] = who;
        fromLab[size] = fromLabId;
        fromTeam[size] = fromTeamId;
        toLab[size] = toLabId;
        toTeam[size] = toTeamId;
        offer[size] = money.salary(pay);
        counter[size] = Double.isNaN(counterPay) ? Double.NaN : money.salary(counterPay);
        outcome[size] = (byte) what.ordinal();
        size++;
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
    @Override public double offer(int row) { return offer[check(row)]; }
    @Override public double counter(int row) { return counter[check(row)]; }
    @Override public OfferOutcome outcome(int row) { return OfferOutcome.of(outcome[check(row)]); }

    private int check(int row) {
        if (row < 0 || row >= size) {
            throw new IndexOutOfBoundsException("row " + row + " of " + size);
        }
        return row;
    }
}
