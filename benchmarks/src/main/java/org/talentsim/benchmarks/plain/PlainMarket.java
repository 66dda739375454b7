package org.talentsim.benchmarks.plain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.talentsim.benchmarks.mason.Kernel;
import org.talentsim.kernel.Internals;
import org.talentsim.kernel.Population;
import org.talentsim.kernel.World;
import org.talentsim.model.Status;

/**
 * The market kernel as a Java programmer would write it without a framework: an
 * {@code ArrayList} of researcher objects stepped in index order each tick by a plain loop, lab
 * and team objects, a {@link SplittableRandom}. Each tick first computes every lab's median pay of
 * its employed (the census's own median algorithm: {@code Internals.LabMedianFinder}, which finds
 * most medians in a window of values kept from the tick before) and the table offers are
 * drawn from (teams with openings, weighted by the tick's hiring quota × (0.5 + prestige)); then
 * each researcher moves his morale toward the peer-pay target and takes one uniform draw: a quit
 * to the pool, an outside offer (priced, countered, accepted or refused at once), or nothing.
 * The rules are those of {@link Kernel} and of the MASON model ({@code KernelEquivalenceTest}
 * checks all three against talentsim). It shares no class with the MASON model on purpose: each
 * baseline is what its author would write, so the rules are written out again here (the
 * equivalence test, not shared code, keeps them the same).
 */
public final class PlainMarket {
    final Kernel kernel;
    final List<Researcher> researchers;
    final List<Lab> labs;
    final List<Team> teams;
    private final SplittableRandom random;
    private float[][] pays = new float[0][];
    private int[] counts = new int[0];
    private Internals.LabMedianFinder medians;
    private double[] cumulative = new double[0];
    private Team[] hiringTeams = new Team[0];
    private int hiringCount;
    private double totalWeight;
    int quits;
    int poaches;
    int hires;
    int counters;

    private PlainMarket(Kernel kernel, List<Researcher> researchers, List<Lab> labs, List<Team> teams, long seed) {
        this.kernel = kernel;
        this.researchers = researchers;
        this.labs = labs;
        this.teams = teams;
        this.random = new SplittableRandom(seed);
    }

    /** A plain model with the same starting state as a talentsim world at tick 0. */
    public static PlainMarket of(World world, Kernel kernel, long seed) {
        List<Lab> labs = new ArrayList<>();
        for (var l : world.labs()) {
            labs.add(new Lab(l.id(), l.prestige(), l.productivity()));
        }
        List<Team> teams = new ArrayList<>();
        for (var t : world.teams()) {
            teams.add(new Team(t.id(), labs.get(t.lab()), t.focus().ordinal(), t.target(), t.payLevel()));
        }
        Population pop = world.population();
        List<Researcher> rs = new ArrayList<>(pop.size());
        for (int i = 0; i < pop.size(); i++) {
            Team team = pop.status(i) == Status.EMPLOYED ? teams.get(pop.team(i)) : null;
            if (team != null) {
                team.headcount++;
            }
            rs.add(new Researcher(pop.skill(i), pop.specialty(i).ordinal(), pop.visibility(i), pop.salary(i), pop.morale(i),
                    pop.reference(i), team));
        }
        return new PlainMarket(kernel, rs, labs, teams, seed);
    }

    /** One tick: the board, then every researcher in index order. */
    public void tick() {
        quits = 0;
        poaches = 0;
        hires = 0;
        counters = 0;
        computeMedians();
        buildOfferTable();
        for (Researcher r : researchers) {
            r.step(this);
        }
    }

    private void computeMedians() {
        if (pays.length < labs.size()) {
            pays = new float[labs.size()][16];
            counts = new int[labs.size()];
            medians = new Internals.LabMedianFinder(labs.size());
        }
        Arrays.fill(counts, 0);
        for (Researcher r : researchers) {
            if (r.team != null) {
                int l = r.team.lab.id;
                if (counts[l] == pays[l].length) {
                    pays[l] = Arrays.copyOf(pays[l], 2 * counts[l]);
                }
                pays[l][counts[l]++] = (float) r.salary;
            }
        }
        for (Lab lab : labs) {
            int n = counts[lab.id];
            lab.medianPay = medians.median(lab.id, pays[lab.id], 0, n);
            // its log once a tick, as talentsim's census takes it (no median: no pay gap)
            lab.lnMedianPay = lab.medianPay > 0 ? lnPay(lab.medianPay) : NO_MEDIAN_LN;
        }
    }

    private void buildOfferTable() {
        if (cumulative.length < teams.size()) {
            cumulative = new double[teams.size()];
            hiringTeams = new Team[teams.size()];
        }
        hiringCount = 0;
        totalWeight = 0;
        for (Team t : teams) {
            int open = Math.max(0, t.target - t.headcount);
            int capacity = (int) Math.max(1, Math.ceil(kernel.hiringCapacity() * Math.max(t.headcount, t.target)));
            t.quota = Math.min(open, capacity);
            if (open > 0) {
                totalWeight += t.quota * (0.5 + t.lab.prestige);
                cumulative[hiringCount] = totalWeight;
                hiringTeams[hiringCount++] = t;
            }
        }
    }

    /** No median (a lab with nobody employed): below every ln(pay), so no pay gap. */
    static final double NO_MEDIAN_LN = -1e300;

    /**
     * {@code ln(pay)} kept beside each pay, as talentsim keeps it: of the pay rounded to a float
     * (as the medians see pay), so someone paid the median has a gap of exactly 0; above every
     * median for no pay.
     */
    static float lnPay(double pay) {
        return pay > 0 ? (float) Math.log((float) pay) : Float.MAX_VALUE;
    }

    double nextDouble() {
        return random.nextDouble();
    }

    boolean anyoneHiring() {
        return hiringCount > 0;
    }

    /** The team at position {@code u} in [0,1) of the offer table. */
    Team pickTeam(double u) {
        int k = Arrays.binarySearch(cumulative, 0, hiringCount, u * totalWeight);
        k = k >= 0 ? k + 1 : -k - 1;
        return hiringTeams[Math.min(k, hiringCount - 1)];
    }

    void quit(Researcher r) {
        r.team.headcount--;
        r.team = null;
        quits++;
    }

    void move(Researcher r, Team to, double pay, boolean poached) {
        if (r.team != null) {
            r.team.headcount--;
        }
        r.team = to;
        to.headcount++;
        to.quota--;
        r.setSalary(pay);
        if (poached) {
            poaches++;
        } else {
            hires++;
        }
    }

    /** Employed researchers of lab {@code lab} now. */
    public int headcount(int lab) {
        return teams.stream().filter(t -> t.lab.id == lab).mapToInt(t -> t.headcount).sum();
    }

    /** Lab medians found in the window kept from the tick before, so far (the census's algorithm: for tests). */
    public int windowedMedians() {
        return medians == null ? 0 : medians.windowed();
    }

    /** Quits in the last tick. */
    public int quits() {
        return quits;
    }

    /** Moves between labs in the last tick. */
    public int poaches() {
        return poaches;
    }

    /** Hires from the pool in the last tick. */
    public int hires() {
        return hires;
    }

    /** Counter-offers that kept a researcher in the last tick. */
    public int counters() {
        return counters;
    }

    /** Sum of pay of the employed. */
    public double payroll() {
        double s = 0;
        for (Researcher r : researchers) {
            if (r.team != null) {
                s += r.salary;
            }
        }
        return s;
    }

    /** The mutable state (pay and its log, morale, reference, employer, headcounts, the medians' windows), to put back with {@link #restore}. */
    public Object snapshot() {
        double[][] values = new double[3][researchers.size()];
        float[] lnSalary = new float[researchers.size()];
        int[] team = new int[researchers.size()];
        for (int i = 0; i < team.length; i++) {
            Researcher r = researchers.get(i);
            values[0][i] = r.salary;
            lnSalary[i] = r.lnSalary;
            values[1][i] = r.morale;
            values[2][i] = r.reference;
            team[i] = r.team == null ? -1 : r.team.id;
        }
        int[] heads = teams.stream().mapToInt(t -> t.headcount).toArray();
        return new Object[] {values, team, heads, medians == null ? null : medians.copy(), lnSalary};
    }

    /** Puts a {@link #snapshot} back (the generator goes on). */
    public void restore(Object snapshot) {
        Object[] s = (Object[]) snapshot;
        double[][] values = (double[][]) s[0];
        int[] team = (int[]) s[1];
        int[] heads = (int[]) s[2];
        float[] lnSalary = (float[]) s[4];
        for (int i = 0; i < team.length; i++) {
            Researcher r = researchers.get(i);
            r.salary = values[0][i];
            r.lnSalary = lnSalary[i];
            r.morale = values[1][i];
            r.reference = values[2][i];
            r.team = team[i] < 0 ? null : teams.get(team[i]);
        }
        for (int t = 0; t < heads.length; t++) {
            teams.get(t).headcount = heads[t];
        }
        // and the medians' windows as of the snapshot: the tick after a restore finds its medians
        // across a real tick's change, as talentsim's census does (they stayed those of the state
        // just restored, every median found in its window: a review of the baselines)
        if (s[3] != null && medians != null) {
            medians.set((Internals.LabMedianFinder) s[3]);
        }
    }

    /** A lab: prestige, productivity, this tick's median pay and its log. */
    static final class Lab {
        final int id;
        final double prestige;
        final double productivity;
        double medianPay;
        double lnMedianPay;

        Lab(int id, double prestige, double productivity) {
            this.id = id;
            this.prestige = prestige;
            this.productivity = productivity;
        }
    }

    /** A team: its lab, focus, target, headcount and this tick's hiring quota. */
    static final class Team {
        final int id;
        final Lab lab;
        final int focus;
        final int target;
        final double payLevel;
        int headcount;
        int quota;

        Team(int id, Lab lab, int focus, int target, double payLevel) {
            this.id = id;
            this.lab = lab;
            this.focus = focus;
            this.target = target;
            this.payLevel = payLevel;
        }

        double worth(Kernel k, double marketPay, int specialty) {
            return lab.productivity * Math.max(1, payLevel) * marketPay * (specialty == focus ? 1 : k.offSpecialty());
        }
    }

    /** A researcher and what he does in a tick. */
    static final class Researcher {
        final double skill;
        final int specialty;
        final double visibility;
        double salary;
        /** ln(salary), kept with it ({@link PlainMarket#lnPay}). */
        float lnSalary;
        double morale;
        double reference;
        Team team;

        Researcher(double skill, int specialty, double visibility, double salary, double morale, double reference, Team team) {
            this.skill = skill;
            this.specialty = specialty;
            this.visibility = visibility;
            setSalary(salary);
            this.morale = morale;
            this.reference = reference;
            this.team = team;
        }

        void setSalary(double pay) {
            salary = pay;
            lnSalary = lnPay(pay);
        }

        void step(PlainMarket m) {
            Kernel k = m.kernel;
            double visible = k.visibilityFactor(visibility);
            if (team == null) {
                double offerChance = m.anyoneHiring() ? Math.min(1, k.offersSeeking() * visible) : 0;
                double u = m.nextDouble();
                if (u < offerChance) {
                    consider(m, m.pickTeam(u / offerChance));
                }
                return;
            }
            double payGap = Math.max(0, team.lab.lnMedianPay - lnSalary);
            double goal = Math.max(0, Math.min(1, k.moraleBase() - k.moralePay() * payGap));
            morale = Math.max(0, Math.min(1, morale + k.moraleSpeed() * (goal - morale)));
            double leave = Math.min(1, k.separation() + k.quitHazard(morale, payGap));
            double offerChance = m.anyoneHiring() ? Math.min(1 - leave, k.offersEmployed() * visible) : 0;
            double u = m.nextDouble();
            if (u < leave) {
                m.quit(this);
            } else if (u < leave + offerChance) {
                consider(m, m.pickTeam((u - leave) / offerChance));
            }
        }

        /** An offer from {@code from}: priced by the poacher, countered by the employer, then taken or not. */
        private void consider(PlainMarket m, Team from) {
            boolean canHire = from.quota > 0 && from.headcount < from.target;
            if (!canHire || (team != null && team.lab == from.lab)) {
                return;
            }
            Kernel k = m.kernel;
            double marketPay = k.wage(skill);
            double cap = from.worth(k, marketPay, specialty);
            double goingRate = from.payLevel * marketPay;
            if (team == null) {
                double floor = Math.max(k.unemploymentValue(), k.reservationShare() * salary);
                double offered = Math.min(Math.max(floor, goingRate), cap);
                if (offered > 0 && offered >= floor) {
                    m.move(this, from, offered, false);
                    reference = floor;
                }
                return;
            }
            double offered = Math.min(Math.max(salary * (1 + k.premium()), goingRate), cap);
            if (!(offered > 0)) {
                return;
            }
            double kept = salary;
            boolean counter = false;
            double needed = offered * Math.exp(k.prestigeWeight() * (from.lab.prestige - team.lab.prestige) - k.switchingCost()
                    - k.moraleWeight() * (morale - 0.5)) * (1 + 1e-9);
            if (needed > salary) {
                double ownWorth = team.worth(k, marketPay, specialty);
                if (Math.min(k.matchUpTo() * ownWorth, ownWorth) >= needed) {
                    kept = needed;
                    counter = true;
                }
            }
            // the move's utility over staying's, in one log as talentsim's acceptance takes it
            boolean go = kept > 0
                    ? Math.log(offered / kept) + k.prestigeWeight() * (from.lab.prestige - team.lab.prestige) - k.switchingCost()
                            > k.moraleWeight() * (morale - 0.5)
                    : offered > kept;
            if (go) {
                m.move(this, from, offered, true);
                reference = kept;
            } else if (counter) {
                setSalary(kept);
                reference = Math.max(reference, offered);
                m.counters++;
            }
        }
    }
}
