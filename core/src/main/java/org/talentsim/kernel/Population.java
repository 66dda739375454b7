package org.talentsim.kernel;

import org.talentsim.model.Limits;
import org.talentsim.model.Focus;
import org.talentsim.model.Status;
import org.talentsim.model.PopulationView;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The researcher population as a structure of primitive arrays: no object per researcher.
 *
 * <p>The array accessors ({@link #skillArray()} etc.) give the engine's phases direct access in
 * index order; they are part of the engine's internal contract and must be written only inside
 * a phase. Everything else should use the {@link PopulationView} methods.
 *
 * <p>State per researcher: skill (float), specialty (byte), salary (double), morale (float),
 * visibility (float), team (int), status (byte), clock (short), ticks in status (short), tenure
 * (short), visa (byte), reference wage (float: the best matched outside bid, 7 significant
 * digits are plenty), and ln(salary) (float, kept in step with the salary so the hot loops
 * compare pay with a subtraction instead of a logarithm); the pay package (docs/MODEL.md §7.9):
 * unvested equity (float, USD: 7 significant digits, a $100M grant to within $8), the vesting
 * periods left in its schedule (byte) and the sign-on owed back if he leaves within the claw-back
 * months (float, USD): 50 bytes. The few researchers who hold
 * an unvested stake in their employer (founders, stars under contract) are kept apart, sorted by
 * index (16 bytes each): a stake's annual value and the tick it has vested by.
 */
public final class Population implements PopulationView {
    /** This object read-only: what observers, user phases and policies are given (a cast of it gives nothing to change). */
    private final org.talentsim.model.PopulationView view = new Views.People(this);

    /** This object read-only, the same view each time: what the engine hands out of the kernel. */
    public org.talentsim.model.PopulationView view() {
        return view;
    }

    private final int size;
    private final float[] skill;
    private final byte[] specialty;
    private final double[] salary;
    private final float[] lnSalary;
    private final float[] morale;
    private final float[] visibility;
    private final int[] team;
    private final byte[] status;
    private final short[] clock;
    private final short[] inStatus;
    private final short[] tenure;
    private final byte[] visa;
    private final float[] reference;
    private final float[] unvested;
    private final byte[] vestsLeft;
    private final float[] owed;
    private final Map<Integer, String> names = new HashMap<>();
    /** Stake holders, sorted: index, annual value of the unvested stake (USD/year), tick it has vested by. */
    private int stakes;
    private int[] stakeHolder = new int[0];
    private double[] stakeValue = new double[0];
    private int[] stakeVested = new int[0];

    /** A population of {@code size} researchers, all {@code SEEKING}, skill 1, morale 0.5. */
    public Population(int size) {
        if (size < 0) {
            throw new IllegalArgumentException("population size must be >= 0, was " + size);
        }
        this.size = size;
        skill = new float[size];
        specialty = new byte[size];
        salary = new double[size];
        lnSalary = new float[size];
        morale = new float[size];
        visibility = new float[size];
        team = new int[size];
        status = new byte[size];
        clock = new short[size];
        inStatus = new short[size];
        tenure = new short[size];
        visa = new byte[size];
        reference = new float[size];
        unvested = new float[size];
        vestsLeft = new byte[size];
        owed = new float[size];
        Arrays.fill(skill, 1f);
        Arrays.fill(lnSalary, NO_PAY_LN);
        Arrays.fill(morale, 0.5f);
        Arrays.fill(team, -1);
        Arrays.fill(status, Status.SEEKING_CODE);
    }

    /** A deep copy (used for frozen snapshots in benchmarks and for what-if runs). */
    public Population copy() {
        Population p = new Population(size);
        p.copyFrom(this);
        return p;
    }

    /** Overwrites this population's state with {@code o}'s; both must have the same size. */
    public void copyFrom(Population o) {
        if (o.size != size) {
            throw new IllegalArgumentException("sizes differ: " + o.size + " vs " + size);
        }
        System.arraycopy(o.skill, 0, skill, 0, size);
        System.arraycopy(o.specialty, 0, specialty, 0, size);
        System.arraycopy(o.salary, 0, salary, 0, size);
        System.arraycopy(o.lnSalary, 0, lnSalary, 0, size);
        System.arraycopy(o.morale, 0, morale, 0, size);
        System.arraycopy(o.visibility, 0, visibility, 0, size);
        System.arraycopy(o.team, 0, team, 0, size);
        System.arraycopy(o.status, 0, status, 0, size);
        System.arraycopy(o.clock, 0, clock, 0, size);
        System.arraycopy(o.inStatus, 0, inStatus, 0, size);
        System.arraycopy(o.tenure, 0, tenure, 0, size);
        System.arraycopy(o.visa, 0, visa, 0, size);
        System.arraycopy(o.reference, 0, reference, 0, size);
        System.arraycopy(o.unvested, 0, unvested, 0, size);
        System.arraycopy(o.vestsLeft, 0, vestsLeft, 0, size);
        System.arraycopy(o.owed, 0, owed, 0, size);
        salaryCap = o.salaryCap;
        if (!names.equals(o.names)) {   // usually equal: a restore then allocates nothing
            names.clear();
            names.putAll(o.names);
        }
        if (stakeHolder.length < o.stakes) {
            stakeHolder = new int[o.stakes];
            stakeValue = new double[o.stakes];
            stakeVested = new int[o.stakes];
        }
        System.arraycopy(o.stakeHolder, 0, stakeHolder, 0, o.stakes);
        System.arraycopy(o.stakeValue, 0, stakeValue, 0, o.stakes);
        System.arraycopy(o.stakeVested, 0, stakeVested, 0, o.stakes);
        stakes = o.stakes;
    }

    /** Whether anyone holds a stake, vested or not (none: {@link #stake} is 0 for everyone). */
    public boolean hasStakes() {
        return stakes > 0;
    }

    /**
     * The annual value (USD/year) of the unvested stake in his employer that researcher {@code i}
     * would forfeit by leaving in tick {@code tick}: 0 if he holds none, or it has vested (from
     * its vesting tick on).
     */
    public double stake(int i, int tick) {
        if (stakes == 0) {
            return 0;
        }
        int k = Arrays.binarySearch(stakeHolder, 0, stakes, i);
        return k >= 0 && tick < stakeVested[k] ? stakeValue[k] : 0;
    }

    /**
     * The unvested balance researcher {@code i} would forfeit by leaving in {@code tick}: his
     * stake's annual value times the years left until it vests; 0 without a stake.
     */
    public double unvested(int i, int tick, int ticksPerYear) {
        if (stakes == 0) {
            return 0;
        }
        int k = Arrays.binarySearch(stakeHolder, 0, stakes, i);
        return k >= 0 && tick < stakeVested[k] ? stakeValue[k] * (stakeVested[k] - tick) / ticksPerYear : 0;
    }

    /** Gives researcher {@code i} a stake worth {@code value} a year until tick {@code vestedTick} (replaces one he holds). */
    public void grantStake(int i, double value, int vestedTick) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("stake must be >= 0, was " + value);
        }
        int k = Arrays.binarySearch(stakeHolder, 0, stakes, i);
        if (k < 0) {
            k = -k - 1;
            if (stakes == stakeHolder.length) {
                int n = Math.max(4, 2 * stakes);
                stakeHolder = Arrays.copyOf(stakeHolder, n);
                stakeValue = Arrays.copyOf(stakeValue, n);
                stakeVested = Arrays.copyOf(stakeVested, n);
            }
            System.arraycopy(stakeHolder, k, stakeHolder, k + 1, stakes - k);
            System.arraycopy(stakeValue, k, stakeValue, k + 1, stakes - k);
            System.arraycopy(stakeVested, k, stakeVested, k + 1, stakes - k);
            stakes++;
        }
        stakeHolder[k] = i;
        stakeValue[k] = value;
        stakeVested[k] = vestedTick;
    }

    /** Researcher {@code i} leaves his employer: any stake he holds in it is forfeited. */
    public void forfeitStake(int i) {
        if (stakes == 0) {
            return;
        }
        int k = Arrays.binarySearch(stakeHolder, 0, stakes, i);
        if (k >= 0) {
            System.arraycopy(stakeHolder, k + 1, stakeHolder, k, stakes - k - 1);
            System.arraycopy(stakeValue, k + 1, stakeValue, k, stakes - k - 1);
            System.arraycopy(stakeVested, k + 1, stakeVested, k, stakes - k - 1);
            stakes--;
        }
    }

    /** Bytes of state per researcher held in the arrays. */
    public static int bytesPerResearcher() {
        return 4 + 1 + 8 + 4 + 4 + 4 + 1 + 2 + 2 + 2 + 1 + 4 + 4 + 4 + 1 + 4;
    }

    @Override public int size() { return size; }
    @Override public double skill(int i) { return skill[i]; }
    @Override public Focus specialty(int i) { return Focus.of(specialty[i]); }
    @Override public double salary(int i) { return salary[i]; }
    @Override public double morale(int i) { return morale[i]; }
    @Override public double visibility(int i) { return visibility[i]; }
    @Override public int team(int i) { return team[i]; }
    @Override public Status status(int i) { return Status.of(status[i]); }
    @Override public int ticksInStatus(int i) { return inStatus[i]; }
    @Override public int tenure(int i) { return tenure[i]; }
    @Override public boolean visa(int i) { return visa[i] != 0; }
    @Override public int clock(int i) { return clock[i]; }
    @Override public double reference(int i) { return reference[i]; }
    @Override public double unvestedEquity(int i) { return unvested[i]; }
    @Override public double signOnOwed(int i) { return owed[i]; }
    @Override public String name(int i) { return names.isEmpty() ? null : names.get(i); }

    @Override public int[] namedIndices() {
        int[] idx = new int[names.size()];
        int k = 0;
        for (Integer i : names.keySet()) {
            idx[k++] = i;
        }
        java.util.Arrays.sort(idx);
        return idx;
    }

    /** The index of a named researcher, or -1. */
    public int indexOf(String name) {
        for (Map.Entry<Integer, String> e : names.entrySet()) {
            if (e.getValue().equals(name)) {
                return e.getKey();
            }
        }
        return -1;
    }

    /** Gives researcher {@code i} a name (stars, founders), unique in the population. */
    public void setName(int i, String name) {
        int other = indexOf(name);
        if (other >= 0 && other != i) {
            throw new IllegalArgumentException("researcher name '" + name + "' is already used by #" + other);
        }
        names.put(i, name);
    }

    /** Named researchers: index to name (a copy). */
    public Map<Integer, String> names() {
        return Map.copyOf(names);
    }

    public void setSkill(int i, double v) { skill[i] = (float) v; }
    public void setSpecialty(int i, Focus f) { specialty[i] = (byte) f.ordinal(); }
    /** The highest salary (the world's money cap; {@link Limits#MAX_SALARY} until the world sets it). */
    private double salaryCap = Limits.MAX_SALARY;

    /** The highest pay a researcher may have in this world ($1B a year for pay in dollars; lower for a small pay scale: docs/MODEL.md §7.2). */
    public double salaryCap() {
        return salaryCap;
    }

    /** Pay stops at {@code cap} from now on (set by the world with its money unit). */
    void setSalaryCap(double cap) {
        salaryCap = cap;
    }

    /** Sets the salary (and its logarithm), clamped into [0, the world's highest pay]. */
    public void setSalary(int i, double v) {
        v = v > 0 ? Math.min(v, salaryCap) : 0;   // as Limits.salary, at the world's cap
        salary[i] = v;
        lnSalary[i] = lnPay(v);
    }

    /**
     * The stored ln(pay) of no pay: the largest float, so that no pay gap is ever measured from
     * it (finite, so branch-free arithmetic on gaps stays free of NaN).
     */
    public static final float NO_PAY_LN = Float.MAX_VALUE;

    /**
     * {@code ln(v)} as stored: {@link #NO_PAY_LN} when {@code v <= 0}. Of {@code v} rounded to a
     * float first, as the census lays pay out for the labs' medians, and as it takes their
     * logarithms ({@code Census}): someone paid a lab's median has a pay gap of exactly 0, not
     * ±4·10⁻⁷ by the two roundings, which switched the morale's disparity term on or off for a
     * whole team paid the median (300k off, 310k on: a model review).
     */
    public static float lnPay(double v) {
        return v > 0 ? (float) Math.log((float) v) : NO_PAY_LN;
    }

    /** ln(salary) of researcher i ({@link #NO_PAY_LN} for no pay). */
    public float lnSalary(int i) {
        return lnSalary[i];
    }
    public void setMorale(int i, double v) { morale[i] = (float) v; }
    public void setVisibility(int i, double v) { visibility[i] = (float) v; }
    public void setTeam(int i, int t) { team[i] = t; }
    public void setVisa(int i, boolean v) { visa[i] = (byte) (v ? 1 : 0); }
    /**
     * The clock of a seeking visa holder who is not on a grace period (the starting pool's, whose
     * status does not hang on a lab): it never runs.
     */
    public static final short NO_CLOCK = Short.MAX_VALUE;

    public void setClock(int i, int ticks) { clock[i] = (short) Math.min(Short.MAX_VALUE, ticks); }
    public void setReference(int i, double v) { reference[i] = (float) v; }
    public void setTenure(int i, int ticks) { tenure[i] = (short) Math.min(Short.MAX_VALUE, ticks); }

    /** Sets the status and restarts the ticks-in-status counter. */
    public void setStatus(int i, Status s) {
        status[i] = s.code();
        inStatus[i] = 0;
    }

    public float[] skillArray() { return skill; }
    public byte[] specialtyArray() { return specialty; }
    /** Salaries; a phase that writes one must also write {@link #lnSalaryArray()} (or use {@link #setSalary}). */
    public double[] salaryArray() { return salary; }
    public float[] lnSalaryArray() { return lnSalary; }
    public float[] moraleArray() { return morale; }
    public float[] visibilityArray() { return visibility; }
    public int[] teamArray() { return team; }
    public byte[] statusArray() { return status; }
    public short[] clockArray() { return clock; }
    public short[] inStatusArray() { return inStatus; }
    public short[] tenureArray() { return tenure; }
    public byte[] visaArray() { return visa; }
    public float[] referenceArray() { return reference; }
    /** Unvested equity, USD (docs/MODEL.md §7.9). */
    public float[] unvestedArray() { return unvested; }
    /** Vesting periods left in the schedule of the unvested equity (0: none). */
    public byte[] vestsLeftArray() { return vestsLeft; }
    /** Sign-on (and buy-out) owed back by leaving now, USD. */
    public float[] owedArray() { return owed; }

    /** Sets researcher i's grant: {@code value} USD unvested, vesting over {@code periods} dates (0 for none). */
    public void setGrant(int i, double value, int periods) {
        if (!(value >= 0) || Double.isInfinite(value) || periods < 0 || periods > Byte.MAX_VALUE) {
            throw new IllegalArgumentException("grant must be >= 0 over 0.." + Byte.MAX_VALUE + " periods, was " + value + " over " + periods);
        }
        unvested[i] = periods == 0 ? 0 : (float) value;
        vestsLeft[i] = (byte) (value > 0 ? periods : 0);
    }

    /** Sets what researcher i owes back by leaving now, USD (0 for nothing). */
    public void setOwed(int i, double v) {
        owed[i] = (float) v;
    }
}
