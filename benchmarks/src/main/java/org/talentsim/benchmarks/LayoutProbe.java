package org.talentsim.benchmarks;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * What keeping the fields a move touches together would save: the twelve per-researcher
 * fields the offer path reads and writes ({@code OfferDesk.touch}: status, team, skill,
 * specialty, salary, ln salary, morale, visibility, reference, tenure, clock, ticks in status;
 * 40 bytes), laid out as today (one array per field) and as one 40-byte record per researcher
 * (a {@code byte[]} read through {@link VarHandle} views). Two loops are timed on each layout,
 * alternating call by call in one JVM:
 * <ul>
 *   <li><b>offers</b>: a share of the researchers drawn at random, resolved in batches of 32
 *       as {@code OfferDesk} does (a loop that loads the batch's fields, then one that reads
 *       all twelve and writes nine of them per draw, with a little arithmetic): the cost of the
 *       random accesses, without the offer path's own work;</li>
 *   <li><b>census</b>: the census's sums over every researcher (status, team, salary, morale,
 *       skill into five fixed-point sums per team): the cost of a sequential pass that reads 21
 *       of the 40 bytes.</li>
 * </ul>
 * It prints ns per researcher (medians over the calls) for each loop and layout.
 *
 * <pre>
 * java -Xms4g -Xmx4g -cp benchmarks/target/benchmarks.jar org.talentsim.benchmarks.LayoutProbe \
 *     researchers [drawShare] [calls]
 * </pre>
 */
public final class LayoutProbe {
    private static final int RECORD = 40;
    private static final int SALARY = 0;
    private static final int SKILL = 8;
    private static final int LN_SALARY = 12;
    private static final int MORALE = 16;
    private static final int VISIBILITY = 20;
    private static final int REFERENCE = 24;
    private static final int TEAM = 28;
    private static final int STATUS = 32;
    private static final int SPECIALTY = 33;
    private static final int TENURE = 34;
    private static final int CLOCK = 36;
    private static final int IN_STATUS = 38;
    private static final int BATCH = 32;
    private static final int TEAMS = 3000;
    private static final double UNIT = 1 << 24;
    private static final VarHandle F = MethodHandles.byteArrayViewVarHandle(float[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle D = MethodHandles.byteArrayViewVarHandle(double[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle I = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle S = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);

    private final int n;
    private final float[] skill;
    private final float[] lnSalary;
    private final float[] morale;
    private final float[] visibility;
    private final float[] reference;
    private final double[] salary;
    private final int[] team;
    private final byte[] status;
    private final byte[] specialty;
    private final short[] tenure;
    private final short[] clock;
    private final short[] inStatus;
    private final byte[] record;
    private final long[] sums = new long[5 * TEAMS];
    private long sink;

    private LayoutProbe(int n) {
        this.n = n;
        skill = new float[n];
        lnSalary = new float[n];
        morale = new float[n];
        visibility = new float[n];
        reference = new float[n];
        salary = new double[n];
        team = new int[n];
        status = new byte[n];
        specialty = new byte[n];
        tenure = new short[n];
        clock = new short[n];
        inStatus = new short[n];
        record = new byte[Math.multiplyExact(n, RECORD)];
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < n; i++) {
            int t = (int) ((long) i * TEAMS / n);
            double pay = 100_000 + 400_000 * r.nextDouble();
            float m = (float) r.nextDouble();
            byte st = (byte) (r.nextDouble() < 0.95 ? 1 : 2);
            team[i] = t;
            salary[i] = pay;
            lnSalary[i] = (float) Math.log(pay);
            morale[i] = m;
            skill[i] = 1;
            status[i] = st;
            int o = i * RECORD;
            I.set(record, o + TEAM, t);
            D.set(record, o + SALARY, pay);
            F.set(record, o + LN_SALARY, (float) Math.log(pay));
            F.set(record, o + MORALE, m);
            F.set(record, o + SKILL, 1f);
            record[o + STATUS] = st;
        }
    }

    private void arraysOffers(int[] draws) {
        for (int a = 0; a < draws.length; a += BATCH) {
            int b = Math.min(draws.length, a + BATCH);
            long s = 0;
            for (int k = a; k < b; k++) {
                int i = draws[k];
                s += status[i] + team[i] + Float.floatToRawIntBits(skill[i]) + specialty[i]
                        + Double.doubleToRawLongBits(salary[i]) + Float.floatToRawIntBits(lnSalary[i])
                        + Float.floatToRawIntBits(morale[i]) + Float.floatToRawIntBits(visibility[i])
                        + Float.floatToRawIntBits(reference[i]) + tenure[i] + clock[i] + inStatus[i];
            }
            sink += s;
            for (int k = a; k < b; k++) {
                int i = draws[k];
                if (status[i] == 3) {
                    continue;
                }
                double u = skill[i] * (1 + morale[i]) + visibility[i] * reference[i] - lnSalary[i] + specialty[i]
                        + tenure[i] * 1e-3 + clock[i] + inStatus[i] + team[i];
                salary[i] = salary[i] * 1.0001 + u * 1e-9;
                lnSalary[i] = (float) (lnSalary[i] + 1e-6);
                morale[i] = morale[i] * 0.999f;
                team[i] = (team[i] + 7) % TEAMS;
                status[i] = 1;
                tenure[i] = 0;
                clock[i] = 12;
                inStatus[i] = 0;
                reference[i] = (float) u;
            }
        }
    }

    private void recordOffers(int[] draws) {
        byte[] h = record;
        for (int a = 0; a < draws.length; a += BATCH) {
            int b = Math.min(draws.length, a + BATCH);
            long s = 0;
            for (int k = a; k < b; k++) {
                // one load per cache line the record can span
                int o = draws[k] * RECORD;
                s += (long) (double) D.get(h, o + SALARY) + (int) I.get(h, o + TEAM) + (short) S.get(h, o + IN_STATUS);
            }
            sink += s;
            for (int k = a; k < b; k++) {
                int o = draws[k] * RECORD;
                if (h[o + STATUS] == 3) {
                    continue;
                }
                float sk = (float) F.get(h, o + SKILL);
                float mo = (float) F.get(h, o + MORALE);
                float ln = (float) F.get(h, o + LN_SALARY);
                int tm = (int) I.get(h, o + TEAM);
                double u = sk * (1 + mo) + (float) F.get(h, o + VISIBILITY) * (float) F.get(h, o + REFERENCE) - ln
                        + h[o + SPECIALTY] + (short) S.get(h, o + TENURE) * 1e-3 + (short) S.get(h, o + CLOCK)
                        + (short) S.get(h, o + IN_STATUS) + tm;
                D.set(h, o + SALARY, (double) D.get(h, o + SALARY) * 1.0001 + u * 1e-9);
                F.set(h, o + LN_SALARY, (float) (ln + 1e-6));
                F.set(h, o + MORALE, mo * 0.999f);
                I.set(h, o + TEAM, (tm + 7) % TEAMS);
                h[o + STATUS] = 1;
                S.set(h, o + TENURE, (short) 0);
                S.set(h, o + CLOCK, (short) 12);
                S.set(h, o + IN_STATUS, (short) 0);
                F.set(h, o + REFERENCE, (float) u);
            }
        }
    }

    private void arraysCensus() {
        long[] su = sums;
        Arrays.fill(su, 0);
        for (int i = 0; i < n; i++) {
            if (status[i] == 1) {
                int at = 5 * team[i];
                double m = morale[i];
                double q = skill[i];
                su[at]++;
                su[at + 1] += (long) (salary[i] * 100 + 0.5);
                su[at + 2] += (long) (m * UNIT);
                su[at + 3] += (long) (q * UNIT);
                su[at + 4] += (long) (q * m * UNIT);
            }
        }
        sink += su[1];
    }

    private void recordCensus() {
        long[] su = sums;
        Arrays.fill(su, 0);
        byte[] h = record;
        for (int i = 0, o = 0; i < n; i++, o += RECORD) {
            if (h[o + STATUS] == 1) {
                int at = 5 * (int) I.get(h, o + TEAM);
                double m = (float) F.get(h, o + MORALE);
                double q = (float) F.get(h, o + SKILL);
                su[at]++;
                su[at + 1] += (long) ((double) D.get(h, o + SALARY) * 100 + 0.5);
                su[at + 2] += (long) (m * UNIT);
                su[at + 3] += (long) (q * UNIT);
                su[at + 4] += (long) (q * m * UNIT);
            }
        }
        sink += su[1];
    }

    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        double share = args.length > 1 ? Double.parseDouble(args[1]) : 0.053;
        int calls = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        LayoutProbe p = new LayoutProbe(n);
        int[] draws = new int[(int) Math.round(n * share)];
        SplittableRandom r = new SplittableRandom(11);
        double[][] t = new double[4][calls];
        for (int pass = 0; pass < 2; pass++) {   // the first pass warms up; the second is kept
            for (int c = 0; c < calls; c++) {
                for (int k = 0; k < 2; k++) {
                    boolean records = (c % 2 == 0) == (k == 0);   // ABBA
                    for (int d = 0; d < draws.length; d++) {
                        draws[d] = r.nextInt(n);
                    }
                    long t0 = System.nanoTime();
                    if (records) {
                        p.recordOffers(draws);
                    } else {
                        p.arraysOffers(draws);
                    }
                    long t1 = System.nanoTime();
                    if (records) {
                        p.recordCensus();
                    } else {
                        p.arraysCensus();
                    }
                    long t2 = System.nanoTime();
                    t[records ? 1 : 0][c] = (t1 - t0) / (double) n;
                    t[records ? 3 : 2][c] = (t2 - t1) / (double) n;
                }
            }
        }
        String[] names = {"offers, one array per field", "offers, one record per researcher",
            "census, one array per field", "census, one record per researcher"};
        System.out.printf(Locale.ROOT, "%,d researchers, %,d draws (%.1f%%), %d calls each; ns per researcher%n", n,
                draws.length, 100 * share, calls);
        for (int v = 0; v < 4; v++) {
            double[] x = t[v].clone();
            Arrays.sort(x);
            System.out.printf(Locale.ROOT, "%-36s median %6.2f  lower quartile %6.2f  min %6.2f%n", names[v], x[calls / 2],
                    x[calls / 4], x[0]);
        }
        System.out.println("(checksum " + p.sink + ")");
    }
}
