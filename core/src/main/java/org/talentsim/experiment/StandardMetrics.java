package org.talentsim.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.talentsim.engine.TickObserver;
import org.talentsim.model.LabView;
import org.talentsim.model.MoveReason;
import org.talentsim.model.MovesView;
import org.talentsim.model.PopulationView;
import org.talentsim.model.Status;
import org.talentsim.model.TeamView;
import org.talentsim.model.WorldView;
import org.talentsim.scenario.EventSpec;
import org.talentsim.scenario.LabSpec;
import org.talentsim.scenario.Scenario;

/**
 * The observer that computes the standard outcome metrics of one run as it goes
 * (docs/METRICS.md): per lab counts of moves by reason, end-of-run figures, retention of the
 * starting staff; market unemployment, moves per month and the poaching flows between labs.
 *
 * <p>Memory is flat in the run's length: per lab a few counters, one bit per researcher for the
 * starting staff (and, when a lab pays in equity, 5 bytes per researcher for the leaving rates
 * around vesting), and the lab-to-lab flow table; no rows are kept. Use one instance per run
 * (attach it with {@code Simulation.Builder#observer}, run, then call {@link #outcome()});
 * {@link Outcomes#run} does all of that.
 *
 * <p>The labs covered are {@link #labs(Scenario)}: those of the scenario, then those its
 * {@code found} events create within the run, so every run of the scenario has the same names
 * (a founding that does not happen leaves zeros and NaN).
 */
public final class StandardMetrics implements TickObserver {
    /** Per-lab metric names, after {@code LAB.}, in the order of docs/METRICS.md. */
    public static final List<String> LAB_METRICS = List.of("headcount_start", "headcount_end", "hires", "poached_in",
            "poached_out", "acquired_in", "acquired_out", "transfers_in", "transfers_out", "founders_in", "founders_out", "countered", "quits", "layoffs", "exits", "payroll_end",
            "spend", "committed", "mean_salary_end", "mean_morale_end", "capability_end", "retention", "equity_vested", "sign_ons",
            "clawed_back", "unvested_end", "leaving_unvested", "leaving_vested_out", "retention_joined", "leaving_joined");

    /** Months after a grant vested out in which a leaver counts for {@code L.leaving_vested_out}. */
    public static final int VESTED_OUT_MONTHS = 3;

    /** Market-wide metric names, in the order of docs/METRICS.md (plus the flows {@code market.flow.A>B}). */
    public static final List<String> MARKET_METRICS = List.of("market.unemployment_end", "market.mean_salary_end",
            "market.moves_per_month", "market.poached_per_month", "market.visa_exits", "market.events_skipped");

    /**
     * The count of the parts of the scenario's events the engine skipped in a run ({@code
     * WorldView.skippedEvents}): not an outcome of the market but a check of the run, which the
     * experiment's tables leave out unless asked for and its report notes when a run has any.
     */
    public static final String EVENTS_SKIPPED = "market.events_skipped";

    /** Flows {@code market.flow.A>B} are reported for every ordered pair of labs when there are at most this many labs. */
    public static final int FLOW_LAB_LIMIT = 20;

    /**
     * Per-team metric names, after {@code LAB/TEAM.}, in the order of docs/METRICS.md: a team's
     * counts and end-of-run figures, for the teams {@link #teams(Scenario)} covers.
     */
    public static final List<String> TEAM_METRICS = List.of("headcount_start", "headcount_end", "hires", "poached_in",
            "poached_out", "acquired_in", "acquired_out", "transfers_in", "transfers_out", "founders_in", "founders_out", "quits",
            "layoffs", "exits", "mean_salary_end", "mean_morale_end", "output_end", "retention", "retention_joined", "leaving_joined");

    /**
     * The labs' counts that only close their balance (start + in − out = end: the moves no other
     * count has, founders leaving to found a lab and teams moved between labs; an economist checked
     * it from runs.csv, off by one): in runs.csv and an {@link Outcome}, reported by an experiment
     * only when named or matched by a pattern, like the flows.
     */
    public static final List<String> LAB_BALANCE = List.of("transfers_in", "transfers_out", "founders_in", "founders_out");

    /** The kinds of a lab's or team's metric that every run gives a value (counts and sums): never empty in runs.csv. */
    private static final java.util.Set<String> ALWAYS_VALUED = java.util.Set.of("headcount_start", "headcount_end", "hires",
            "poached_in", "poached_out", "acquired_in", "acquired_out", "transfers_in", "transfers_out", "founders_in",
            "founders_out", "countered", "quits", "layoffs", "exits", "payroll_end", "spend", "committed", "equity_vested",
            "sign_ons", "clawed_back", "unvested_end");

    /**
     * Whether standard metric {@code metric} has a value in every run (a count or a sum, 0 for a lab
     * never founded), so that an empty cell of it in runs.csv cannot be the writer's; false for one
     * that may be undefined (a mean over no one, a retention of no starting staff, a rate over no
     * months) and for a name that is no standard metric's.
     */
    static boolean alwaysValued(String metric) {
        if (metric.startsWith("market.")) {
            // (the rates a month are of the run's months, at least one: never undefined)
            return metric.startsWith("market.flow.") || metric.equals("market.visa_exits") || metric.equals(EVENTS_SKIPPED)
                    || metric.equals("market.moves_per_month") || metric.equals("market.poached_per_month");
        }
        int dot = metric.lastIndexOf('.');
        return dot > 0 && ALWAYS_VALUED.contains(metric.substring(dot + 1));
    }

    /** Teams' metrics are reported when the labs with two teams or more have at most this many teams in all. */
    public static final int TEAM_LIMIT = 32;

    /** The per-team counts, in the order of {@link #TEAM_METRICS} from {@code hires} to {@code exits}. */
    private static final int T_HIRES = 0;
    private static final int T_POACHED_IN = 1;
    private static final int T_POACHED_OUT = 2;
    private static final int T_ACQUIRED_IN = 3;
    private static final int T_ACQUIRED_OUT = 4;
    private static final int T_TRANSFERS_IN = 5;
    private static final int T_TRANSFERS_OUT = 6;
    private static final int T_FOUNDERS_IN = 7;
    private static final int T_FOUNDERS_OUT = 8;
    private static final int T_QUITS = 9;
    private static final int T_LAYOFFS = 10;
    private static final int T_EXITS = 11;
    private static final int T_COUNTS = 12;

    private final String scenario;
    private final long seed;
    private final List<String> labNames;
    private final Map<String, Integer> slotOfName;
    private final int n;

    // per lab slot
    private final int[] headStart;
    private final int[] hires;
    private final int[] poachedIn;
    private final int[] poachedOut;
    private final int[] acquiredIn;
    private final int[] acquiredOut;
    /** Per lab slot: TRANSFERRED rows between labs (a team moved), FOUNDED rows (founders leaving, and joining their lab). */
    private final int[] transfersIn;
    private final int[] transfersOut;
    private final int[] foundersIn;
    private final int[] foundersOut;
    private final int[] countered;
    private final int[] quits;
    private final int[] layoffs;
    private final int[] exits;
    private final int[] retained;
    private final int[] rosterStart;
    private final double[] end;
    /** {@code flows[from * n + to]}: POACHED and ACQUIRED rows; empty beyond FLOW_LAB_LIMIT labs. */
    private final int[] flows;
    /** Per lab slot: equity vested, sign-ons paid, claw-backs repaid over the run (USD). */
    private final double[] vested;
    private final double[] signOns;
    private final double[] clawedBack;
    /** Per lab slot, with packages: leavers and researcher-ticks while holding unvested equity, and just after it vested out. */
    private final long[] heldLeft;
    private final long[] heldExposure;
    private final long[] outLeft;
    private final long[] outExposure;
    /** Whether any lab of the scenario pays other than all cash (then the leaving rates are tracked). */
    private final boolean packages;
    /** Per researcher, with packages: 1 holds unvested equity at his lab, 2 his grant vested out lately, 0 other. */
    private byte[] grantState = new byte[0];
    /** Per researcher, with packages: the tick his grant vested out. */
    private int[] vestedOutAt = new int[0];
    /** Per researcher with a grant state: the lab it is about (the lab of the grant). */
    private int[] grantLab = new int[0];
    /**
     * Per lab slot, the researchers at risk at the last classification: holding unvested equity,
     * and in the months after their grant vested out. Each tick adds them to the exposure before
     * counting its leavers: a run of T ticks has T months of exposure, not T + 1.
     */
    private long[] heldNow = new long[0];
    private long[] outNow = new long[0];
    private int window;
    /** Per lab slot: unvested equity at the end (USD). */
    private final double[] unvestedEnd;
    /** Each lab's unvested equity at the start (a lab founded in the run: 0), for {@code committed}. */
    private final double[] unvestedStart;

    /** World lab index → slot (-1: a lab not named by the scenario); grows only with the labs. */
    private int[] slotOfLab = new int[0];
    /** Researchers employed at the start who have not left their starting lab since. */
    private BitSet stayed = new BitSet();
    /**
     * Researchers whose last move between labs in the run brought them into a covered lab (so,
     * while no row has taken them out, the lab they are at is the one they joined), and per lab
     * slot the rows that brought someone in: {@code L.retention_joined}, the share of those who
     * joined a lab in the run still there at the end (a team built in the run, TBD Lab, has no
     * starting staff for {@code retention}: a strategist's review). One bit a researcher.
     */
    private BitSet joinedLab = new BitSet();
    private final int[] joins;
    /**
     * Per lab slot: the run's joiners there now, their researcher-ticks there (counted as each
     * tick begins) and their QUIT and POACHED rows: {@code L.leaving_joined}, their monthly leaving
     * rate, which does not depend on when in the run they joined ({@code retention_joined} does:
     * one who joins in the last month has no time to leave; an economist's review).
     */
    private final int[] joinersAt;
    private final long[] joinerExposure;
    private final long[] joinersLeft;
    /** The same for teams: the last move between teams brought them into a covered team. */
    private BitSet joinedTeam = new BitSet();
    /** The same per team slot. */
    private int[] teamJoinersAt = new int[0];
    private long[] teamJoinerExposure = new long[0];
    private long[] teamJoinersLeft = new long[0];
    /** The teams covered, {@code LAB/TEAM} ({@link #teams(Scenario)}), and their slots by that name. */
    private final List<String> teamNames;
    private final Map<String, Integer> slotOfTeamName;
    /** Per team slot: headcount at the start, starting staff, of them retained; counts ({@code T_*}, {@code T_COUNTS} a slot). */
    private final int[] teamHeadStart;
    private final int[] teamRoster;
    private final int[] teamJoins;
    private final int[] teamRetained;
    private final int[] teamCounts;
    /** Per world team id, the lab index its slot was last looked up for, and that slot (-1: not covered). */
    private int[] teamSlotLab = new int[0];
    private int[] teamSlot = new int[0];
    /** Researchers employed at the start in a covered team who have not left it since. */
    private BitSet stayedInTeam = new BitSet();
    private long moves;
    private long poached;
    private long visaExits;
    private int ticks;
    private boolean started;
    private Outcome outcome;

    /** An observer for one run of {@code scenario} (its name and seed label the outcome). */
    public StandardMetrics(Scenario scenario) {
        Objects.requireNonNull(scenario, "scenario");
        this.scenario = scenario.name();
        this.seed = scenario.seed();
        this.labNames = labs(scenario);
        this.n = labNames.size();
        this.slotOfName = new HashMap<>();
        for (int k = 0; k < n; k++) {
            slotOfName.put(labNames.get(k), k);
        }
        headStart = new int[n];
        hires = new int[n];
        poachedIn = new int[n];
        poachedOut = new int[n];
        acquiredIn = new int[n];
        acquiredOut = new int[n];
        countered = new int[n];
        quits = new int[n];
        layoffs = new int[n];
        exits = new int[n];
        joins = new int[n];
        joinersAt = new int[n];
        joinerExposure = new long[n];
        joinersLeft = new long[n];
        transfersIn = new int[n];
        transfersOut = new int[n];
        foundersIn = new int[n];
        foundersOut = new int[n];
        retained = new int[n];
        rosterStart = new int[n];
        end = new double[n * 6];
        flows = new int[n <= FLOW_LAB_LIMIT ? n * n : 0];
        vested = new double[n];
        unvestedEnd = new double[n];
        unvestedStart = new double[n];
        signOns = new double[n];
        clawedBack = new double[n];
        heldLeft = new long[n];
        heldExposure = new long[n];
        outLeft = new long[n];
        outExposure = new long[n];
        teamNames = teams(scenario);
        slotOfTeamName = new HashMap<>();
        for (int k = 0; k < teamNames.size(); k++) {
            slotOfTeamName.put(teamNames.get(k), k);
        }
        int tn = teamNames.size();
        teamHeadStart = new int[tn];
        teamRoster = new int[tn];
        teamJoins = new int[tn];
        teamJoinersAt = new int[tn];
        teamJoinerExposure = new long[tn];
        teamJoinersLeft = new long[tn];
        teamRetained = new int[tn];
        teamCounts = new int[tn * T_COUNTS];
        packages = scenario.labs().stream().anyMatch(StandardMetrics::paysPackages)
                || scenario.events().stream().anyMatch(e -> e instanceof EventSpec.Found f && paysPackages(f.lab()));
    }

    /**
     * The labs the per-lab metrics cover, in order: the scenario's labs, then the labs of its
     * {@code found} events within the run's ticks, in timeline order.
     */
    public static List<String> labs(Scenario scenario) {
        List<String> names = new ArrayList<>();
        for (LabSpec l : scenario.labs()) {
            names.add(l.name());
        }
        for (EventSpec e : scenario.events()) {
            if (e instanceof EventSpec.Found f && f.tick() <= scenario.ticks() && !names.contains(f.lab().name())) {
                names.add(f.lab().name());
            }
        }
        return List.copyOf(names);
    }

    /**
     * The teams the per-team metrics cover, as {@code LAB/TEAM}: the teams of every covered lab
     * ({@link #labs}) that has two teams or more — its teams in the scenario (or in its
     * {@code found} event), then those a {@code teamMove} brings to it, whatever its date (an
     * arm that moves it after the run's end has the same metrics, zeros and NaN) — in that
     * order; none when they are more than {@link #TEAM_LIMIT}. A lab with one team has its
     * metrics as the lab's. A name is its lab and its team where the team is: a team moved to
     * another lab is counted there from the move on, under that lab's name (a lab's name has no
     * {@code /}; a team's may: the lab is what comes before the first {@code /}).
     */
    public static List<String> teams(Scenario scenario) {
        List<String> all = allTeams(scenario);
        return all.size() <= TEAM_LIMIT ? all : List.of();
    }

    /** {@link #teams}, however many. */
    static List<String> allTeams(Scenario scenario) {
        Map<String, List<String>> byLab = new LinkedHashMap<>();
        for (String l : labs(scenario)) {
            byLab.put(l, new ArrayList<>());
        }
        for (LabSpec l : scenario.labs()) {
            l.teams().forEach(t -> byLab.get(l.name()).add(t.name()));
        }
        for (EventSpec e : scenario.events()) {
            if (e instanceof EventSpec.Found f && byLab.containsKey(f.lab().name()) && byLab.get(f.lab().name()).isEmpty()) {
                f.lab().teams().forEach(t -> byLab.get(f.lab().name()).add(t.name()));
            } else if (e instanceof EventSpec.TeamMove m && byLab.containsKey(m.toLab()) && !byLab.get(m.toLab()).contains(m.team())) {
                // whatever its date: an arm that dates the move after the run's end (the docs' way of
                // "never") has the same metrics as the baseline (it was refused: a review)
                byLab.get(m.toLab()).add(m.team());
            }
        }
        List<String> out = new ArrayList<>();
        byLab.forEach((lab, teams) -> {
            if (teams.size() >= 2) {
                teams.forEach(t -> out.add(teamName(lab, t)));
            }
        });
        return List.copyOf(out);
    }

    /** {@code LAB/TEAM}, the owner of a team's metrics. */
    public static String teamName(String lab, String team) {
        return lab + "/" + team;
    }

    /** The names of the per-team metrics of a run of {@code scenario} ({@link #teams}), sorted as in an {@link Outcome}. */
    public static List<String> teamMetricNames(Scenario scenario) {
        TreeMap<String, Boolean> all = new TreeMap<>();
        for (String t : teams(scenario)) {
            for (String m : TEAM_METRICS) {
                all.put(t + "." + m, true);
            }
        }
        return List.copyOf(all.keySet());
    }

    /** The names of the labs' {@link #LAB_BALANCE} metrics of a run of {@code scenario}. */
    public static java.util.Set<String> balanceMetricNames(Scenario scenario) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String l : labs(scenario)) {
            for (String m : LAB_BALANCE) {
                out.add(l + "." + m);
            }
        }
        return out;
    }

    /** Whether the lab, or one of its teams, pays other than all cash (docs/MODEL.md §7.9). */
    private static boolean paysPackages(LabSpec lab) {
        org.talentsim.scenario.PolicySpec cash = org.talentsim.scenario.PolicySpec.of("cash");
        return !lab.pay().equals(cash) || lab.teams().stream().anyMatch(t -> t.pay() != null && !t.pay().equals(cash));
    }

    /** The names of the standard metrics of a run of {@code scenario}, sorted as in an {@link Outcome}. */
    public static List<String> names(Scenario scenario) {
        List<String> labs = labs(scenario);
        TreeMap<String, Boolean> all = new TreeMap<>();
        for (String l : labs) {
            for (String m : LAB_METRICS) {
                all.put(l + "." + m, true);
            }
        }
        for (String m : MARKET_METRICS) {
            all.put(m, true);
        }
        for (String t : teamMetricNames(scenario)) {
            all.put(t, true);
        }
        if (labs.size() <= FLOW_LAB_LIMIT) {
            for (String a : labs) {
                for (String b : labs) {
                    if (!a.equals(b)) {
                        all.put(flowName(a, b), true);
                    }
                }
            }
        }
        return List.copyOf(all.keySet());
    }

    /**
     * The unit of a standard metric, as docs/METRICS.md gives it and {@code summary.csv} and {@code
     * comparison.csv} write it: {@code researchers}, {@code counter-offers}, {@code USD} (a sum over
     * the run), {@code USD/year} (a rate at the end), {@code share} (0 to 1), {@code 0 to 1} (morale),
     * {@code index} (capability), {@code output}, {@code per month} (a leaving rate per
     * researcher-month), {@code researchers/month} or {@code count}; empty for a name that is no
     * standard metric (a metric of one's own). Without it a mean of 5.9e9 in {@code spend} (USD over
     * the run) and 3.4e9 in {@code payroll_end} (USD a year) read alike (an economist's review).
     */
    public static String unit(String metric) {
        if (metric.startsWith("market.flow.")) {
            return "researchers";
        }
        switch (metric) {
            case "market.unemployment_end":
                return "share";
            case "market.mean_salary_end":
                return "USD/year";
            case "market.moves_per_month", "market.poached_per_month":
                return "researchers/month";
            case "market.visa_exits":
                return "researchers";
            case EVENTS_SKIPPED:
                return "count";
            default:
                break;
        }
        int dot = metric.lastIndexOf('.');
        if (dot <= 0 || metric.startsWith("market.")) {
            return "";
        }
        String kind = metric.substring(dot + 1);
        boolean team = metric.lastIndexOf('/', dot) >= 0;
        if (!(team ? TEAM_METRICS : LAB_METRICS).contains(kind)) {
            return "";
        }
        switch (kind) {
            case "countered":
                return "counter-offers";
            case "payroll_end", "mean_salary_end":
                return "USD/year";
            case "spend", "committed", "equity_vested", "sign_ons", "clawed_back", "unvested_end":
                return "USD";
            case "mean_morale_end":
                return "0 to 1";
            case "capability_end":
                return "index";
            case "output_end":
                return "output";
            case "retention", "retention_joined":
                return "share";
            case "leaving_unvested", "leaving_vested_out", "leaving_joined":
                return "per month";
            default:
                return "researchers";
        }
    }

    /**
     * Which way a standard metric is better, seen from the lab it names (or, for the market's, from
     * the researchers'): {@code 1} where more is better (headcount, capability and output at the
     * end, retention, morale, people poached or acquired in), {@code -1} where less is (spend,
     * payroll, pay committed, sign-ons, equity vested, people poached or acquired away, quits,
     * exits, layoffs, leaving rates; the market's unemployment and visa exits), {@code 0} where the
     * metric says nothing of it (hires, a mean salary, counter-offers, equity unvested or clawed
     * back, moves and flows, a metric of one's own). {@code ratios.csv}'s {@code dominance}
     * and the Read lines under a ratio use it to tell a trade-off from an arm better (or worse) on
     * both of a ratio's metrics, which has no price to read.
     */
    public static int better(String metric) {
        String kind = metric.startsWith("market.") ? metric : metric.substring(metric.lastIndexOf('.') + 1);
        return switch (kind) {
            case "headcount_end", "capability_end", "output_end", "retention", "retention_joined", "poached_in", "acquired_in",
                    "mean_morale_end" -> 1;
            case "spend", "committed", "payroll_end", "sign_ons", "equity_vested", "poached_out", "acquired_out", "quits", "exits",
                    "layoffs", "leaving_unvested", "leaving_vested_out", "leaving_joined", "market.unemployment_end",
                    "market.visa_exits" -> -1;
            default -> 0;
        };
    }

    /**
     * How an arm's differences in a ratio's two metrics read, by {@link #better}: {@code
     * better_on_both}, {@code worse_on_both}, {@code trade_off} (better on one, worse on the
     * other: the ratio is a price), or empty where a metric has no better way or a difference is 0
     * or undefined.
     */
    public static String dominance(String numerator, String denominator, double numeratorDifference, double denominatorDifference) {
        int wayA = better(numerator);
        int wayB = better(denominator);
        if (wayA == 0 || wayB == 0 || !(Math.abs(numeratorDifference) > 0) || !(Math.abs(denominatorDifference) > 0)) {
            return "";
        }
        boolean aBetter = Math.signum(numeratorDifference) == wayA;
        boolean bBetter = Math.signum(denominatorDifference) == wayB;
        return aBetter == bBetter ? (aBetter ? "better_on_both" : "worse_on_both") : "trade_off";
    }

    /** {@code market.flow.FROM>TO}. */
    public static String flowName(String from, String to) {
        return "market.flow." + from + ">" + to;
    }

    @Override
    public void onStart(WorldView world) {
        if (started) {
            throw new IllegalStateException("a StandardMetrics observes one run; make a new one per run");
        }
        started = true;
        mapLabs(world);
        PopulationView pop = world.population();
        stayed = new BitSet(pop.size());
        for (int i = 0; i < pop.size(); i++) {
            if (pop.status(i) == Status.EMPLOYED) {
                int s = slot(world.labOf(i));
                if (s >= 0) {
                    stayed.set(i);
                    rosterStart[s]++;
                }
            }
        }
        for (int li = 0; li < world.labCount(); li++) {
            int s = slotOfLab[li];
            if (s >= 0) {
                headStart[s] = world.headcount(li);
                unvestedStart[s] = world.lab(li).unvested();
            }
        }
        if (!teamNames.isEmpty()) {
            stayedInTeam = new BitSet(pop.size());
            for (int i = 0; i < pop.size(); i++) {
                if (pop.status(i) == Status.EMPLOYED) {
                    int s = teamSlot(world, world.labOf(i), pop.team(i));
                    if (s >= 0) {
                        stayedInTeam.set(i);
                        teamRoster[s]++;
                    }
                }
            }
            for (int t = 0; t < world.teamCount(); t++) {
                TeamView team = world.team(t);
                int s = teamSlot(world, team.lab(), t);
                if (s >= 0) {
                    teamHeadStart[s] += team.headcount();
                }
            }
        }
        if (packages) {
            grantState = new byte[pop.size()];
            vestedOutAt = new int[pop.size()];
            grantLab = new int[pop.size()];
            heldNow = new long[n];
            outNow = new long[n];
            window = (int) Math.max(1, Math.round(VESTED_OUT_MONTHS * world.tickUnit().ticksPerMonth()));
            classify(0, world);
        }
    }

    /**
     * Each researcher's grant state at the end of {@code tick}, and the researchers each lab has
     * at risk for the next tick. A grant vests out at the lab that granted it: someone who leaves
     * with unvested equity forfeits it, and at his new lab (without a grant there) is neither.
     */
    private void classify(int tick, WorldView world) {
        PopulationView pop = world.population();
        Arrays.fill(heldNow, 0);
        Arrays.fill(outNow, 0);
        for (int i = 0; i < pop.size(); i++) {
            byte g = 0;
            if (pop.status(i) == Status.EMPLOYED) {
                int lab = world.labOf(i);
                int s = slot(lab);
                if (pop.unvestedEquity(i) > 0) {
                    g = 1;
                    grantLab[i] = lab;
                    if (s >= 0) {
                        heldNow[s]++;
                    }
                } else if (grantState[i] != 0 && grantLab[i] == lab) {
                    if (grantState[i] == 1) {
                        vestedOutAt[i] = tick;
                    }
                    if (tick - vestedOutAt[i] < window) {
                        g = 2;
                        if (s >= 0) {
                            outNow[s]++;
                        }
                    }
                }
            }
            grantState[i] = g;
        }
    }

    @Override
    public void onTick(int tick, WorldView world, MovesView log) {
        ticks = tick;
        if (world.labCount() != slotOfLab.length) {
            mapLabs(world);
        }
        for (int s = 0; s < n; s++) {
            joinerExposure[s] += joinersAt[s];
        }
        for (int s = 0; s < teamJoinersAt.length; s++) {
            teamJoinerExposure[s] += teamJoinersAt[s];
        }
        if (packages) {
            // the tick's exposure: who was at risk when it began
            for (int s = 0; s < n; s++) {
                heldExposure[s] += heldNow[s];
                outExposure[s] += outNow[s];
            }
        }
        for (int r = 0; r < log.size(); r++) {
            int from = log.fromLab(r);
            int to = log.toLab(r);
            MoveReason why = log.reason(r);
            int fs = slot(from);
            int ts = slot(to);
            if (from != to) {
                moves++;
                int i = log.researcher(r);
                stayed.clear(i);
                if (joinedLab.get(i) && fs >= 0) {
                    // a joiner leaving the lab he joined (the bit says he is still there)
                    joinersAt[fs]--;
                    if (why == MoveReason.QUIT || why == MoveReason.POACHED) {
                        joinersLeft[fs]++;
                    }
                }
                joinedLab.set(i, ts >= 0);   // joined a covered lab, or not: left for the pool, or a lab not covered
                if (ts >= 0) {
                    joins[ts]++;
                    joinersAt[ts]++;
                }
            }
            switch (why) {
                case HIRED -> add(hires, ts);
                case POACHED -> {
                    poached++;
                    add(poachedIn, ts);
                    add(poachedOut, fs);
                    if (flows.length > 0 && fs >= 0 && ts >= 0) {
                        flows[fs * n + ts]++;
                    }
                }
                case ACQUIRED -> {
                    add(acquiredIn, ts);
                    add(acquiredOut, fs);
                    if (flows.length > 0 && fs >= 0 && ts >= 0) {
                        flows[fs * n + ts]++;
                    }
                }
                case TRANSFERRED -> {
                    if (from != to) {   // a team moved to another lab (a reorganisation inside one is no lab's move)
                        add(transfersIn, ts);
                        add(transfersOut, fs);
                    }
                }
                case FOUNDED -> {
                    add(foundersIn, ts);
                    add(foundersOut, fs);
                }
                case COUNTERED -> add(countered, fs);
                case QUIT -> add(quits, fs);
                case LAID_OFF -> add(layoffs, fs);
                case EXITED -> add(exits, fs);
                // from the pool, after the researcher left his lab: the market's, no lab's (a visa
                // arm had nothing to show, and METRICS.md counted them in L.exits: a strategist's review)
                case VISA_EXIT -> visaExits++;
                default -> { }
            }
            if (!teamNames.isEmpty()) {
                teamRow(world, log, r, from, to, why);
            }
            if (packages && fs >= 0 && (why == MoveReason.QUIT || why == MoveReason.POACHED)) {
                int i = log.researcher(r);
                if (grantState[i] == 1) {
                    heldLeft[fs]++;
                } else if (grantState[i] == 2) {
                    outLeft[fs]++;
                }
            }
        }
        for (int li = 0; li < world.labCount(); li++) {
            int s = slotOfLab[li];
            if (s >= 0) {
                LabView l = world.lab(li);
                vested[s] += l.equityVested();
                signOns[s] += l.signOns();
                clawedBack[s] += l.clawedBack();
            }
        }
        if (packages) {
            classify(tick, world);
        }
    }

    /** Row {@code r}'s counts for the teams it leaves and joins. */
    private void teamRow(WorldView world, MovesView log, int r, int from, int to, MoveReason why) {
        int fromTeam = log.fromTeam(r);
        int toTeam = log.toTeam(r);
        boolean away = from != to || fromTeam != toTeam;
        int fs = teamSlot(world, from, fromTeam);
        int ts = teamSlot(world, to, toTeam);
        if (away) {
            int i = log.researcher(r);
            stayedInTeam.clear(i);
            if (joinedTeam.get(i) && fs >= 0) {
                teamJoinersAt[fs]--;
                if (why == MoveReason.QUIT || why == MoveReason.POACHED) {
                    teamJoinersLeft[fs]++;
                }
            }
            joinedTeam.set(i, ts >= 0);
            if (ts >= 0) {
                teamJoins[ts]++;
                teamJoinersAt[ts]++;
            }
        }
        switch (why) {
            case HIRED -> addTeam(ts, T_HIRES);
            case POACHED -> {
                addTeam(ts, T_POACHED_IN);
                addTeam(fs, T_POACHED_OUT);
            }
            case ACQUIRED -> {
                addTeam(ts, T_ACQUIRED_IN);
                addTeam(fs, T_ACQUIRED_OUT);
            }
            case TRANSFERRED -> {
                if (away) {
                    addTeam(ts, T_TRANSFERS_IN);
                    addTeam(fs, T_TRANSFERS_OUT);
                }
            }
            case FOUNDED -> {
                addTeam(ts, T_FOUNDERS_IN);
                addTeam(fs, T_FOUNDERS_OUT);
            }
            case QUIT -> addTeam(fs, T_QUITS);
            case LAID_OFF -> addTeam(fs, T_LAYOFFS);
            case EXITED -> addTeam(fs, T_EXITS);
            default -> { }
        }
    }

    private void addTeam(int slot, int count) {
        if (slot >= 0) {
            teamCounts[slot * T_COUNTS + count]++;
        }
    }

    /**
     * The slot of team {@code team} (a world team id) while at lab {@code lab}, -1 when not
     * covered: looked up by name once per team and lab (a team changes lab only when moved).
     */
    private int teamSlot(WorldView world, int lab, int team) {
        if (lab < 0 || team < 0) {
            return -1;
        }
        if (team >= teamSlot.length) {
            int old = teamSlot.length;
            int size = Math.max(team + 1, world.teamCount());
            teamSlot = Arrays.copyOf(teamSlot, size);
            teamSlotLab = Arrays.copyOf(teamSlotLab, size);
            Arrays.fill(teamSlotLab, old, size, -1);
        }
        if (teamSlotLab[team] != lab) {
            Integer s = slotOfTeamName.get(teamName(world.lab(lab).name(), world.team(team).name()));
            teamSlot[team] = s == null ? -1 : s;
            teamSlotLab[team] = lab;
        }
        return teamSlot[team];
    }

    private static void add(int[] counts, int slot) {
        if (slot >= 0) {
            counts[slot]++;
        }
    }

    private int slot(int lab) {
        return lab < 0 || lab >= slotOfLab.length ? -1 : slotOfLab[lab];
    }

    private void mapLabs(WorldView world) {
        int old = slotOfLab.length;
        slotOfLab = Arrays.copyOf(slotOfLab, world.labCount());
        for (int li = old; li < slotOfLab.length; li++) {
            Integer s = slotOfName.get(world.lab(li).name());
            slotOfLab[li] = s == null ? -1 : s;
        }
    }

    @Override
    public void onEnd(WorldView world) {
        if (world.labCount() != slotOfLab.length) {
            mapLabs(world);
        }
        Arrays.fill(end, Double.NaN);
        for (int s = 0; s < n; s++) {
            end[s * 6] = 0; // headcount, payroll, spend of a lab never founded
            end[s * 6 + 1] = 0;
            end[s * 6 + 2] = 0;
        }
        for (int li = 0; li < world.labCount(); li++) {
            int s = slotOfLab[li];
            if (s < 0) {
                continue;
            }
            LabView l = world.lab(li);
            int head = 0;
            double sal = 0;
            double mor = 0;
            for (int k = 0; k < l.teamCount(); k++) {
                TeamView t = world.team(l.team(k));
                head += t.headcount();
                sal += t.sumSalary();
                mor += t.sumMorale();
            }
            end[s * 6] = head;
            end[s * 6 + 1] = l.payroll();
            end[s * 6 + 2] = l.spent();
            end[s * 6 + 3] = mean(sal, head);
            end[s * 6 + 4] = mean(mor, head);
            end[s * 6 + 5] = l.capability();
            unvestedEnd[s] = l.unvested();
        }
        PopulationView pop = world.population();
        int employed = 0;
        int notice = 0;
        int seeking = 0;
        // (as the result files' market.mean_salary: WorldView.employedSalaries)
        double pay = world.employedSalaries();
        for (int i = 0; i < pop.size(); i++) {
            switch (pop.status(i)) {
                case EMPLOYED -> employed++;
                case NOTICE -> notice++;
                case SEEKING -> seeking++;
                default -> { }
            }
        }
        for (int i = stayed.nextSetBit(0); i >= 0; i = stayed.nextSetBit(i + 1)) {
            if (pop.status(i) == Status.EMPLOYED) {
                add(retained, slot(world.labOf(i)));
            }
        }
        int[] keptJoined = new int[n];
        for (int i = joinedLab.nextSetBit(0); i >= 0; i = joinedLab.nextSetBit(i + 1)) {
            // still where he last joined: no row has taken him out since (one would have cleared the bit)
            if (pop.status(i) == Status.EMPLOYED) {
                add(keptJoined, slot(world.labOf(i)));
            }
        }
        double months = ticks / world.tickUnit().ticksPerMonth();
        Map<String, Double> v = new LinkedHashMap<>();
        if (!teamNames.isEmpty()) {
            teamsAtEnd(world, v);
        }
        for (int s = 0; s < n; s++) {
            String p = labNames.get(s) + ".";
            v.put(p + "headcount_start", (double) headStart[s]);
            v.put(p + "headcount_end", end[s * 6]);
            v.put(p + "hires", (double) hires[s]);
            v.put(p + "poached_in", (double) poachedIn[s]);
            v.put(p + "poached_out", (double) poachedOut[s]);
            v.put(p + "acquired_in", (double) acquiredIn[s]);
            v.put(p + "acquired_out", (double) acquiredOut[s]);
            v.put(p + "transfers_in", (double) transfersIn[s]);
            v.put(p + "transfers_out", (double) transfersOut[s]);
            v.put(p + "founders_in", (double) foundersIn[s]);
            v.put(p + "founders_out", (double) foundersOut[s]);
            v.put(p + "countered", (double) countered[s]);
            v.put(p + "quits", (double) quits[s]);
            v.put(p + "layoffs", (double) layoffs[s]);
            v.put(p + "exits", (double) exits[s]);
            v.put(p + "payroll_end", end[s * 6 + 1]);
            v.put(p + "spend", end[s * 6 + 2]);
            // what the run committed the lab to: spent, and granted in equity not yet vested (less
            // what was unvested at the start): a lab paying more in equity spends less and owes more
            v.put(p + "committed", end[s * 6 + 2] + unvestedEnd[s] - unvestedStart[s]);
            v.put(p + "mean_salary_end", end[s * 6 + 3]);
            v.put(p + "mean_morale_end", end[s * 6 + 4]);
            v.put(p + "capability_end", end[s * 6 + 5]);
            v.put(p + "retention", rosterStart[s] == 0 ? Double.NaN : (double) retained[s] / rosterStart[s]);
            v.put(p + "equity_vested", vested[s]);
            v.put(p + "sign_ons", signOns[s]);
            v.put(p + "clawed_back", clawedBack[s]);
            v.put(p + "unvested_end", unvestedEnd[s]);
            double perMonth = world.tickUnit().ticksPerMonth();
            v.put(p + "leaving_unvested", heldExposure[s] == 0 ? Double.NaN : heldLeft[s] * perMonth / heldExposure[s]);
            v.put(p + "leaving_vested_out", outExposure[s] == 0 ? Double.NaN : outLeft[s] * perMonth / outExposure[s]);
            v.put(p + "retention_joined", joins[s] == 0 ? Double.NaN : (double) keptJoined[s] / joins[s]);
            v.put(p + "leaving_joined", joinerExposure[s] == 0 ? Double.NaN : joinersLeft[s] * perMonth / joinerExposure[s]);
        }
        int active = employed + notice + seeking;
        v.put("market.unemployment_end", active == 0 ? Double.NaN : (double) (notice + seeking) / active);
        v.put("market.mean_salary_end", mean(pay, employed));
        v.put("market.moves_per_month", months == 0 ? Double.NaN : moves / months);
        v.put("market.poached_per_month", months == 0 ? Double.NaN : poached / months);
        v.put("market.visa_exits", (double) visaExits);
        v.put(EVENTS_SKIPPED, (double) world.skippedEvents().size());
        if (flows.length > 0) {
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    if (a != b) {
                        v.put(flowName(labNames.get(a), labNames.get(b)), (double) flows[a * n + b]);
                    }
                }
            }
        }
        outcome = Outcome.of(scenario, seed, v);
    }

    /** The teams' metrics at the end of the run, into {@code v}. */
    private void teamsAtEnd(WorldView world, Map<String, Double> v) {
        int tn = teamNames.size();
        int[] head = new int[tn];
        double[] sal = new double[tn];
        double[] mor = new double[tn];
        double[] out = new double[tn];
        boolean[] there = new boolean[tn];
        for (int t = 0; t < world.teamCount(); t++) {
            TeamView team = world.team(t);
            int s = teamSlot(world, team.lab(), t);
            if (s >= 0) {
                there[s] = true;
                head[s] += team.headcount();
                sal[s] += team.sumSalary();
                mor[s] += team.sumMorale();
                out[s] += team.output();
            }
        }
        PopulationView pop = world.population();
        for (int i = stayedInTeam.nextSetBit(0); i >= 0; i = stayedInTeam.nextSetBit(i + 1)) {
            if (pop.status(i) == Status.EMPLOYED) {
                int s = teamSlot(world, world.labOf(i), pop.team(i));
                if (s >= 0) {
                    teamRetained[s]++;
                }
            }
        }
        int[] keptJoined = new int[tn];
        for (int i = joinedTeam.nextSetBit(0); i >= 0; i = joinedTeam.nextSetBit(i + 1)) {
            if (pop.status(i) == Status.EMPLOYED) {
                int s = teamSlot(world, world.labOf(i), pop.team(i));
                if (s >= 0) {
                    keptJoined[s]++;
                }
            }
        }
        for (int s = 0; s < tn; s++) {
            String p = teamNames.get(s) + ".";
            v.put(p + "headcount_start", (double) teamHeadStart[s]);
            v.put(p + "headcount_end", (double) head[s]);
            for (int c = 0; c < T_COUNTS; c++) {
                v.put(p + TEAM_METRICS.get(2 + c), (double) teamCounts[s * T_COUNTS + c]);
            }
            v.put(p + "mean_salary_end", mean(sal[s], head[s]));
            v.put(p + "mean_morale_end", mean(mor[s], head[s]));
            v.put(p + "output_end", there[s] ? out[s] : Double.NaN);
            v.put(p + "retention", teamRoster[s] == 0 ? Double.NaN : (double) teamRetained[s] / teamRoster[s]);
            v.put(p + "retention_joined", teamJoins[s] == 0 ? Double.NaN : (double) keptJoined[s] / teamJoins[s]);
            v.put(p + "leaving_joined", teamJoinerExposure[s] == 0 ? Double.NaN
                    : teamJoinersLeft[s] * world.tickUnit().ticksPerMonth() / teamJoinerExposure[s]);
        }
    }

    private static double mean(double sum, int count) {
        return count == 0 ? Double.NaN : sum / count;
    }

    /**
     * The standard metrics of the run.
     *
     * @throws IllegalStateException before the run has ended ({@link #onEnd})
     */
    public Outcome outcome() {
        if (outcome == null) {
            throw new IllegalStateException("the run has not ended");
        }
        return outcome;
    }

    /**
     * What this observer holds, in array cells and bits: per-lab counters, the flow table, the
     * lab index map and the starting-staff bits. It depends on the numbers of labs and
     * researchers, never on the number of ticks (the memory test checks it).
     */
    long retainedCells() {
        return (long) n * 25 + end.length + flows.length + slotOfLab.length + stayed.size() + joinedLab.size() + joinedTeam.size()
                + teamNames.size() * (3L + T_COUNTS) + teamSlot.length * 2L + stayedInTeam.size()
                + grantState.length + vestedOutAt.length + grantLab.length + heldNow.length + outNow.length;
    }
}
