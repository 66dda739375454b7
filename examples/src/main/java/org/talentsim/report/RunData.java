package org.talentsim.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the report of one run shows, read from its result folder: the manifest and summary
 * (JSON), and per tick the rows of {@code labs.csv}, {@code teams.csv}, {@code moves.csv} and
 * {@code flows.csv}, reduced to series by lab and team. Reads columns by name, so any folder
 * {@code run} wrote works, older ones included.
 */
final class RunData {
    /**
     * A series of values by tick (index tick − 1); NaN where there is no row or no value. {@code
     * style}: its colour and line in a chart (-1: those of its place in the chart's list), so a
     * chart that draws only some labs keeps each lab's colour from the others.
     */
    record Series(String name, double[] y, int style) {
        Series(String name, double[] y) {
            this(name, y, -1);
        }

        /** This series drawn in the colour and line of place {@code k}. */
        Series styled(int k) {
            return new Series(name, y, k);
        }

        /** This series with every value times {@code f} (a share drawn in percent). */
        Series scaled(double f) {
            double[] out = new double[y.length];
            for (int t = 0; t < y.length; t++) {
                out[t] = y[t] * f;
            }
            return new Series(name, out, style);
        }
    }

    /** A named researcher's row of {@code moves.csv}. */
    record NamedMove(String name, int tick, String date, String fromLab, String fromTeam, String toLab, String toTeam,
            double oldSalary, double newSalary, String reason, double signOn, double annualEquity) {
        /** A move without a package's parts (sign-on and equity unknown). */
        NamedMove(String name, int tick, String date, String fromLab, String fromTeam, String toLab, String toTeam,
                double oldSalary, double newSalary, String reason) {
            this(name, tick, date, fromLab, fromTeam, toLab, toTeam, oldSalary, newSalary, reason, Double.NaN, Double.NaN);
        }
    }

    /**
     * An offer of {@code offers.csv} made to a named researcher: {@code fromLab} the lab he was
     * at ("" between jobs), {@code counter} his lab's counter (NaN: none), {@code outcome} as the
     * file writes it.
     */
    record NamedOffer(String name, int tick, String date, String fromLab, String toLab, double offer, double counter,
            String outcome) {}

    final Path dir;
    JsonNode manifest;
    JsonNode summary;
    /** Lab names in the summary's order. */
    final List<String> labs = new ArrayList<>();
    /** The date of each tick (index tick − 1). */
    final String[] dates;
    /** The x value of each tick: the first day of its period, in months since 1970-01 ({@link #time}). */
    final double[] x;
    /** lab → column → series; columns: headcount, mean_salary, mean_morale, capability, payroll, severance, layoffs, unvested, budget (NaN: no limit), acquisitions (the price of the tick's acqui-hires). */
    final Map<String, Map<String, double[]>> lab = new LinkedHashMap<>();
    /** lab → team → column → series; columns: headcount, mean_salary, mean_morale, output. */
    final Map<String, Map<String, Map<String, double[]>>> team = new LinkedHashMap<>();
    /** month (YYYY-MM) → reason → rows. */
    final Map<String, Map<String, Integer>> reasonsByMonth = new TreeMap<>();
    /** lab → "in:REASON" / "out:REASON" → rows that moved into / out of the lab. */
    final Map<String, Map<String, Integer>> balance = new LinkedHashMap<>();
    /** (tick, buyer, seller) → the people an acqui-hire moved (ACQUIRED rows), in the rows' order. */
    final Map<List<Object>, Integer> acquired = new LinkedHashMap<>();
    /**
     * Who joined each team, from where, over the run: lab → team → the lab they came from ("" for
     * the pool: hired; {@link #laidOffKey} for a hire another lab had laid off, {@link
     * #acquiredKey} for one bought) → count, of the HIRED, POACHED and ACQUIRED rows.
     */
    /** Of the visa holders who left the market, those a lab had laid off (and no one hired since), by that lab. */
    final Map<String, Integer> visaExitsLaidOff = new LinkedHashMap<>();
    final Map<String, Map<String, Map<String, int[]>>> joins = new LinkedHashMap<>();
    /** lab → tick → team → how many it laid off from the team that tick (LAID_OFF rows), teams in the order first seen. */
    final Map<String, Map<Integer, Map<String, Integer>>> laidOffByTeam = new LinkedHashMap<>();
    /** Researcher → the lab of his first move row (where he was at the start; "" the pool). */
    final Map<Integer, String> firstFrom = new java.util.HashMap<>();
    /** The researchers with a row out of the lab they started at. */
    final java.util.Set<Integer> leftStart = new java.util.HashSet<>();

    /**
     * Of the researchers at {@code lab} at the start, how many left it at some time (a row out of
     * it), as the metric {@code L.retention} counts them (docs/METRICS.md: one who came back is gone).
     */
    int startersGone(String lab) {
        int gone = 0;
        for (Integer r : leftStart) {
            if (lab.equals(firstFrom.get(r))) {
                gone++;
            }
        }
        return gone;
    }

    /** lab → per tick: the yearly pay of those it laid off that tick (their LAID_OFF rows' old salary). */
    final Map<String, double[]> laidOffPay = new LinkedHashMap<>();
    /*
     * While the rows come in (on the run's own thread, thousands of moves), the counts behind
     * reasonsByMonth and balance are kept as ints: a reason is numbered once, a month's and a
     * lab's counts are arrays found again by the row's date (the same string for a tick's rows)
     * and lab; finish() turns them into the maps, each in the order its keys were first seen, as
     * the maps were filled row by row before (a map merge, a boxed count and a month's substring
     * per row: 7-9 ms of the flagship's run).
     */
    /** Each move reason seen, numbered in the order seen. */
    private final Map<String, Integer> reasonIndex = new java.util.HashMap<>();
    private final List<String> reasonNames = new ArrayList<>();
    /** month → counts by reason number. */
    private final Map<String, Tally> monthTally = new java.util.HashMap<>();
    /** lab → counts by 2 × reason number (in) and 2 × reason number + 1 (out), labs in the order first seen. */
    private final Map<String, Tally> labTally = new LinkedHashMap<>();
    private String lastDate;
    private Tally lastMonth;
    private String lastWhy;
    private int lastReason;

    /** Counts by key number, and the key numbers in the order each was first counted. */
    private static final class Tally {
        int[] count = new int[16];
        int[] order = new int[16];
        int keys;

        void add(int key) {
            if (key >= count.length) {
                count = java.util.Arrays.copyOf(count, Math.max(key + 1, 2 * count.length));
            }
            if (count[key]++ == 0) {
                if (keys == order.length) {
                    order = java.util.Arrays.copyOf(order, 2 * keys);
                }
                order[keys++] = key;
            }
        }
    }
    /** from_lab, to_lab, count rows of {@code flows.csv} ("" is the pool). */
    final List<String[]> flows = new ArrayList<>();
    final List<NamedMove> namedMoves = new ArrayList<>();
    /** The offers made to named researchers, in the order of {@code offers.csv}. */
    final List<NamedOffer> namedOffers = new ArrayList<>();
    /** Whether the run wrote {@code offers.csv} (so that {@link #namedOffers} are all the named researchers' offers). */
    boolean offersWritten;


    /** Whether {@code dir} holds the results of a run ({@code labs.csv} and {@code summary.json}). */
    static boolean isRunFolder(Path dir) {
        return Files.isRegularFile(dir.resolve("labs.csv")) && Files.isRegularFile(dir.resolve("summary.json"));
    }

    private static String kind(JsonNode n) {
        return n.isArray() ? "a list" : n.isObject() ? "an object without labs" : n.isNull() ? "null" : "a " + n.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    static JsonNode json(Path file) {
        try {
            return Json.read(file);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // one line: the parser's message without the source excerpt it appends
            // (no location for a limit the parser enforces: nesting over 1,000 deep, a number of over
            // 1,000 digits; report DIR died with a stack trace on one: an adversarial review)
            throw new IllegalArgumentException(file + ": not JSON (line " + (e.getLocation() == null ? "?"
                    : e.getLocation().getLineNr()) + "): " + Json.problem(e));
        } catch (java.io.CharConversionException e) {
            throw new IllegalArgumentException(file + ": not UTF-8 text: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        } catch (java.io.FileNotFoundException e) {
            throw new IllegalArgumentException(file + ": missing");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static RunData read(Path dir) {
        Csv labsCsv = Csv.read(dir.resolve("labs.csv"));
        if (labsCsv.rows().isEmpty()) {
            throw new IllegalArgumentException(dir.resolve("labs.csv") + ": no rows, a run writes one per lab and tick");
        }
        int ticks = 0;
        int tickCol = labsCsv.col("tick");
        for (String[] r : labsCsv.rows()) {
            // a row per lab and tick: no more ticks than rows
            ticks = Math.max(ticks, labsCsv.whole(r, tickCol, 1, labsCsv.rows().size()));
        }
        RunData d = new RunData(dir, ticks);
        d.readLabs(labsCsv);
        for (int t = 0; t < ticks; t++) {
            if (d.dates[t] == null) {
                throw new IllegalArgumentException(dir.resolve("labs.csv") + ": no row of tick " + (t + 1) + " (the rows go to tick "
                        + ticks + ")");
            }
            if (t > 0 && !(d.x[t] > d.x[t - 1])) {
                throw new IllegalArgumentException(dir.resolve("labs.csv") + ": tick " + (t + 1) + "'s date " + d.dates[t]
                        + " is not after tick " + t + "'s " + d.dates[t - 1]);
            }
        }
        // the summary's ticks before the other files': a labs.csv cut short was blamed on teams.csv,
        // whose rows went on past it (an adversarial review)
        d.summary = d.summary();
        Csv teams = Csv.read(dir.resolve("teams.csv"));
        d.readTeams(teams);
        Csv moves = Csv.read(dir.resolve("moves.csv"));
        d.readMoves(moves);
        // (written by default under 100,000 researchers: without it the report says so)
        Csv offers = null;
        if (Files.isRegularFile(dir.resolve("offers.csv"))) {
            offers = Csv.read(dir.resolve("offers.csv"));
            d.readOffers(offers);
        }
        d.finish();
        if (offers == null) {
            // the run wrote it and the manifest says so: a page drawn without it showed no offers made to
            // the named researchers, exit 0 (a reliability review)
            for (JsonNode f : d.manifest.path("files")) {
                if (f.asText().equals("offers.csv")) {
                    throw new IllegalArgumentException(dir.resolve("offers.csv") + ": missing, and manifest.json lists it among"
                            + " the run's files (deleted?); run the scenario again to write them afresh");
                }
            }
        }
        RunChecks.check(labsCsv, teams, moves, Csv.read(dir.resolve("flows.csv")), d.summary, ticks);
        if (offers != null) {
            RunChecks.checkOffers(offers, moves, ticks, d.manifest);
        }
        return d;
    }

    /**
     * An empty set for a run of {@code ticks} ticks that will write into {@code dir}, filled row
     * by row ({@link #lab}, {@link #team}, {@link #move}) while it runs; {@link #finish} reads
     * the small files (summary, manifest, flows) when the run has written them.
     */
    static RunData live(Path dir, int ticks) {
        return new RunData(dir, ticks);
    }

    private RunData(Path dir, int ticks) {
        this.dir = dir;
        this.dates = new String[ticks];
        this.x = new double[ticks];
    }

    /** Reads {@code summary.json}, {@code manifest.json} and {@code flows.csv}, which are complete when the run is. */
    RunData finish() {
        tallied();
        if (summary == null) {
            summary = summary();
        }
        Path file = dir.resolve("summary.json");
        java.util.Set<String> named = new java.util.HashSet<>();
        summary.path("labs").forEach(l -> named.add(l.path("lab").asText()));
        for (String l : labs) {
            if (!named.contains(l)) {
                throw new IllegalArgumentException(file + ": has no lab '" + l + "', which labs.csv has (results of another"
                        + " run, or edited?)");
            }
        }
        manifest = Files.isRegularFile(dir.resolve("manifest.json")) ? json(dir.resolve("manifest.json"))
                : Json.object();
        List<String> order = new ArrayList<>();
        for (JsonNode l : summary.path("labs")) {
            order.add(l.path("lab").asText());
        }
        labs.stream().filter(l -> !order.contains(l)).forEach(order::add);
        labs.clear();
        labs.addAll(order);
        Csv f = Csv.read(dir.resolve("flows.csv"));
        for (String[] r : f.rows()) {
            int count = f.whole(r, f.col("count"), 0, Integer.MAX_VALUE);
            flows.add(new String[] {Csv.cell(r, f.col("from_lab")), Csv.cell(r, f.col("to_lab")), Integer.toString(count)});
        }
        return this;
    }

    /**
     * {@code summary.json}: a run's summary, of this run: an object with the labs, as many ticks
     * as labs.csv has (a page drawn from another's or an edited one would show numbers that do
     * not belong together).
     */
    private JsonNode summary() {
        Path file = dir.resolve("summary.json");
        JsonNode s = json(file);
        if (!s.isObject() || !s.path("labs").isArray()) {
            throw new IllegalArgumentException(file + ": not a run's summary (an object with its labs), was " + kind(s));
        }
        if (s.has("ticks") && s.path("ticks").asLong(-1) > dates.length) {
            throw new IllegalArgumentException(dir.resolve("labs.csv") + ": its rows end at tick " + dates.length + ", but the run had "
                    + s.path("ticks") + " (summary.json's ticks): cut short?");
        }
        if (s.has("ticks") && s.path("ticks").asLong(-1) != dates.length) {
            throw new IllegalArgumentException(file + ": ticks is " + s.path("ticks") + ", but labs.csv has " + dates.length);
        }
        return s;
    }

    private static double[] nan(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }

    /**
     * The x value of a date {@code YYYY-MM} or {@code YYYY-MM-DD}: months since 1970-01, the day
     * a fraction of its month (so {@code 2025-03} is 662 and {@code 2025-04-16} is 663.5), the
     * unit of {@link Charts#timeAxis}. Parsed by hand: {@code java.time}'s parser is a large
     * piece of code to run once in a fresh JVM (see docs/REPORT.md, "Speed").
     *
     * @throws IllegalArgumentException when {@code date} is not such a date
     */
    static double time(String date) {
        int n = date.length();
        if ((n != 7 && n != 10) || date.charAt(4) != '-' || (n == 10 && date.charAt(7) != '-')) {
            throw new IllegalArgumentException("not a date YYYY-MM or YYYY-MM-DD: \"" + date + "\"");
        }
        int year = digits(date, 0, 4);
        int month = digits(date, 5, 7);
        int day = n == 10 ? digits(date, 8, 10) : 1;
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > Fmt.daysIn(year, month)) {
            throw new IllegalArgumentException("not a date YYYY-MM or YYYY-MM-DD: \"" + date + "\"");
        }
        return (year - 1970) * 12.0 + (month - 1) + (day - 1) / (double) Fmt.daysIn(year, month);
    }

    /** The number written by the digits {@code s[from, to)}; -1 when one is not a digit. */
    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = 10 * v + (c - '0');
        }
        return v;
    }

    /** A row of {@code labs.csv}: the columns the report draws. */
    void lab(int tick, String date, String name, double headcount, double meanSalary, double meanMorale, double capability,
            double payroll, double severance, double layoffs, double unvested, double budget, double acquisitions,
            double premium, double budgetLayoffs, double signOns, double clawedBack, double quits, double poachedOut) {
        int t = tick - 1;
        if (t < 0 || t >= dates.length) {
            return;
        }
        if (dates[t] == null) {
            dates[t] = date;
            x[t] = time(date);
        }
        if (!labs.contains(name)) {
            labs.add(name);
        }
        Map<String, double[]> m = lab.computeIfAbsent(name, k -> new LinkedHashMap<>());
        m.computeIfAbsent("headcount", z -> nan(dates.length))[t] = headcount;
        m.computeIfAbsent("mean_salary", z -> nan(dates.length))[t] = meanSalary;
        m.computeIfAbsent("mean_morale", z -> nan(dates.length))[t] = meanMorale;
        m.computeIfAbsent("capability", z -> nan(dates.length))[t] = capability;
        m.computeIfAbsent("payroll", z -> nan(dates.length))[t] = payroll;
        m.computeIfAbsent("severance", z -> nan(dates.length))[t] = severance;
        m.computeIfAbsent("layoffs", z -> nan(dates.length))[t] = layoffs;
        m.computeIfAbsent("unvested", z -> nan(dates.length))[t] = unvested;
        m.computeIfAbsent("budget", z -> nan(dates.length))[t] = budget;
        m.computeIfAbsent("acquisitions", z -> nan(dates.length))[t] = acquisitions;
        m.computeIfAbsent("offer_premium", z -> nan(dates.length))[t] = premium;
        m.computeIfAbsent("budget_layoffs", z -> nan(dates.length))[t] = budgetLayoffs;
        m.computeIfAbsent("sign_ons", z -> nan(dates.length))[t] = signOns;
        m.computeIfAbsent("clawed_back", z -> nan(dates.length))[t] = clawedBack;
        m.computeIfAbsent("quits", z -> nan(dates.length))[t] = quits;
        m.computeIfAbsent("poached_out", z -> nan(dates.length))[t] = poachedOut;
    }

    /** A row of {@code teams.csv}: the columns the report draws. */
    void team(int tick, String labName, String teamName, double headcount, double meanSalary, double meanMorale,
            double output) {
        int t = tick - 1;
        if (t < 0 || t >= dates.length) {
            return;
        }
        Map<String, double[]> m = team.computeIfAbsent(labName, k -> new LinkedHashMap<>())
                .computeIfAbsent(teamName, k -> new LinkedHashMap<>());
        m.computeIfAbsent("headcount", z -> nan(dates.length))[t] = headcount;
        m.computeIfAbsent("mean_salary", z -> nan(dates.length))[t] = meanSalary;
        m.computeIfAbsent("mean_morale", z -> nan(dates.length))[t] = meanMorale;
        m.computeIfAbsent("output", z -> nan(dates.length))[t] = output;
    }

    /** lab → the counter-offers that kept someone there (COUNTERED rows), in the labs' order of first counter. */
    final Map<String, Integer> countered = new LinkedHashMap<>();
    /** Per researcher laid off and not moved since: the lab that laid him off. */
    private final Map<Integer, String> laidOffBy = new java.util.HashMap<>();

    /** The key in {@link #joins} of those hired from the pool after lab {@code lab} laid them off. */
    static String laidOffKey(String lab) {
        return "\n" + lab;   // (no name holds a line break)
    }

    /** The key in {@link #joins} of those bought from lab {@code lab} in an acqui-hire. */
    static String acquiredKey(String lab) {
        return "\r" + lab;   // (no name holds a carriage return)
    }

    /**
     * The POACHED rows by tick, lab left, lab joined and team joined ({@link #poachedKey}): what a
     * raid took in its month (the page said a raid was scheduled, never how many it brought: a
     * student's review). One entry per distinct key, at most one per POACHED row.
     */
    final Map<String, int[]> poachedBy = new java.util.HashMap<>();

    static String poachedKey(int tick, String from, String to, String toTeam) {
        return tick + "\n" + from + "\n" + to + "\n" + toTeam;   // (no name holds a line break)
    }

    /**
     * The POACHED rows in {@code tick} from lab {@code from} into lab {@code to}, into its team
     * {@code toTeam} (null: any of its teams).
     */
    int poached(int tick, String from, String to, String toTeam) {
        if (toTeam != null) {
            int[] n = poachedBy.get(poachedKey(tick, from, to, toTeam));
            return n == null ? 0 : n[0];
        }
        String prefix = tick + "\n" + from + "\n" + to + "\n";
        int sum = 0;
        for (Map.Entry<String, int[]> e : poachedBy.entrySet()) {
            if (e.getKey().startsWith(prefix) && e.getKey().indexOf('\n', prefix.length()) < 0) {
                sum += e.getValue()[0];
            }
        }
        return sum;
    }

    /** USD paid over the run for the unvested equity hires left behind (moves.csv's bought_out). */
    double boughtOut;

    /** The POACHED rows, and those of them whose new pay is below the old (a pay cut to move). */
    long poached;
    long poachedForLess;
    /**
     * The researchers (moves.csv's index) who moved between two labs at least once, and who were
     * poached at least once: a move is not a researcher (pvr1's page said 76,566 researchers moved,
     * of 20,000: a student's review). Rows without an index count in neither ({@link #unknownMovers}).
     */
    final java.util.BitSet movedBetween = new java.util.BitSet();
    final java.util.BitSet poachedPeople = new java.util.BitSet();
    /** Whether some row had no researcher's index (the sets above then undercount). */
    boolean unknownMovers;
    /**
     * Per lab and tick (index tick − 1): the people it took in from elsewhere (the pool or another
     * lab), and those who left it for elsewhere other than by a layoff (quits, the poached, exits,
     * founders, the bought): what a lab's hiring after a layoff is set against (a student's review).
     */
    final Map<String, int[]> inByTick = new java.util.HashMap<>();
    final Map<String, int[]> leftByTick = new java.util.HashMap<>();

    /** A row of {@code moves.csv}; {@code researcher} its index (-1 when not known). */
    void move(int tick, String date, int researcher, String from, String fromTeam, String to, String toTeam, double oldSalary,
            double newSalary, String why, String name, double signOn, double annualEquity) {
        if (date != lastDate) {   // (a tick's rows share their date's string)
            String month = date.length() > 7 ? date.substring(0, 7) : date;
            lastMonth = tally(monthTally, month);
            lastDate = date;
        }
        if (why != lastWhy) {
            Integer k = reasonIndex.get(why);
            if (k == null) {
                k = reasonNames.size();
                reasonIndex.put(why, k);
                reasonNames.add(why);
            }
            lastReason = k;
            lastWhy = why;
        }
        int reason = lastReason;
        lastMonth.add(reason);
        if (!from.equals(to)) {
            if (!from.isEmpty()) {
                tally(labTally, from).add(2 * reason + 1);
            }
            if (!to.isEmpty()) {
                tally(labTally, to).add(2 * reason);
            }
        }
        if (why.equals("COUNTERED") && !from.isEmpty()) {
            countered.merge(from, 1, Integer::sum);
        }
        if (!from.equals(to) && tick >= 1 && tick <= dates.length) {
            if (!to.isEmpty()) {
                inByTick.computeIfAbsent(to, k -> new int[dates.length])[tick - 1]++;
            }
            if (!from.isEmpty() && !why.equals("LAID_OFF")) {
                leftByTick.computeIfAbsent(from, k -> new int[dates.length])[tick - 1]++;
            }
        }
        if (researcher < 0) {
            unknownMovers = true;
        } else if (!from.isEmpty() && !to.isEmpty() && !from.equals(to)) {
            movedBetween.set(researcher);
        }
        if (why.equals("POACHED")) {
            poached++;
            if (researcher >= 0) {
                poachedPeople.set(researcher);
            }
            poachedBy.computeIfAbsent(poachedKey(tick, from, to, toTeam), k -> new int[1])[0]++;
            if (newSalary < oldSalary) {
                poachedForLess++;
            }
        }
        if (why.equals("ACQUIRED")) {
            acquired.merge(List.of(tick, to, from), 1, Integer::sum);
        }
        // a hire from the pool of someone another lab laid off is counted as such: a rival absorbing
        // the laid off read as hiring from the pool (a student's review of mass-layoff)
        String source = from;
        if (researcher >= 0) {
            // where each researcher who moved was at the start (the first row's lab) and is at the end
            // (the last row's): the starting staff a lab kept (a lab's retention: STORY's calibration facts)
            String start = firstFrom.putIfAbsent(researcher, from);
            if (!to.equals(from) && from.equals(start == null ? from : start)) {
                leftStart.add(researcher);   // a row out of the lab he started at (a counter-offer's row stays in it)
            }
            String by = why.equals("LAID_OFF") && !from.isEmpty() ? laidOffBy.put(researcher, from) : laidOffBy.remove(researcher);
            if (by != null && from.isEmpty() && why.equals("HIRED") && !by.equals(to)) {
                source = laidOffKey(by);
            }
            if (by != null && why.equals("VISA_EXIT")) {
                visaExitsLaidOff.merge(by, 1, Integer::sum);
            }
        }
        if (why.equals("ACQUIRED")) {
            // bought in an acqui-hire: a source of its own (the chart left the deal out: a student's review)
            source = acquiredKey(from);
        }
        if (!to.isEmpty() && !to.equals(from) && (why.equals("POACHED") || why.equals("HIRED") || why.equals("ACQUIRED"))) {
            joins.computeIfAbsent(to, k -> new LinkedHashMap<>()).computeIfAbsent(toTeam, k -> new LinkedHashMap<>())
                    .computeIfAbsent(source, k -> new int[1])[0]++;
        }
        if (why.equals("LAID_OFF") && !from.isEmpty() && tick >= 1 && tick <= dates.length) {
            laidOffPay.computeIfAbsent(from, k -> new double[dates.length])[tick - 1] += oldSalary;
            laidOffByTeam.computeIfAbsent(from, k -> new LinkedHashMap<>()).computeIfAbsent(tick, k -> new LinkedHashMap<>())
                    .merge(fromTeam, 1, Integer::sum);
        }
        if (name != null && !name.isEmpty()) {
            namedMoves.add(new NamedMove(name, tick, date, from, fromTeam, to, toTeam, oldSalary, newSalary, why, signOn, annualEquity));
        }
    }

    /** A row of {@code offers.csv} made to a named researcher (the others are not kept). */
    void offer(int tick, String date, String from, String to, double offer, double counter, String outcome, String name) {
        namedOffers.add(new NamedOffer(name, tick, date, from, to, offer, counter, outcome));
    }

    private void readOffers(Csv c) {
        offersWritten = true;
        // (every offers.csv a run writes has its names: one without them is refused, not read as "no
        // offers", a re-check)
        int tick = c.col("tick");
        int date = c.col("date");
        int from = c.col("from_lab");
        int to = c.col("to_lab");
        int offer = c.col("offer");
        int counter = c.col("counter");
        int outcome = c.col("outcome");
        int name = c.col("name");
        for (String[] r : c.rows()) {
            String who = Csv.cell(r, name);
            if (who.isEmpty()) {
                continue;
            }
            int t = c.whole(r, tick, 1, dates.length);
            sameDate(c, r, date, t);
            String o = Csv.cell(r, outcome);
            try {
                org.talentsim.model.OfferOutcome.valueOf(o);
            } catch (IllegalArgumentException e) {
                throw c.bad(r, outcome, "\"" + o + "\" is not an outcome (HIRED, ACCEPTED, COUNTERED or DECLINED)");
            }
            offer(t, Csv.cell(r, date), Csv.cell(r, from), Csv.cell(r, to), c.num(r, offer, 0, Double.MAX_VALUE),
                    c.num(r, counter, 0, Double.MAX_VALUE), o, who);
        }
    }

    private void readLabs(Csv c) {
        int tick = c.col("tick");
        int date = c.col("date");
        int name = c.col("lab");
        int[] idx = {c.col("headcount"), c.col("mean_salary"), c.col("mean_morale"), c.col("capability"), c.col("payroll"),
            c.col("severance"), c.col("layoffs"), c.col("quits"), c.col("poached_out")};
        int unvested = c.has("unvested") ? c.col("unvested") : -1;   // (a folder written before pay packages has none)
        int budget = c.has("budget") ? c.col("budget") : -1;
        int acquisitions = c.has("acquisitions") ? c.col("acquisitions") : -1;   // (since acqui-hires)
        int premium = c.has("offer_premium") ? c.col("offer_premium") : -1;   // (since 2026-12-05)
        int forced = c.has("budget_layoffs") ? c.col("budget_layoffs") : -1;   // (since 2026-12-07: not known before)
        int signOns = c.has("sign_ons") ? c.col("sign_ons") : -1;   // (a folder written before pay packages has none)
        int clawed = c.has("clawed_back") ? c.col("clawed_back") : -1;
        for (String[] r : c.rows()) {
            int t = c.whole(r, tick, 1, dates.length);
            String d = Csv.cell(r, date);
            try {
                time(d);
            } catch (IllegalArgumentException e) {
                throw c.bad(r, date, e.getMessage());
            }
            sameDate(c, r, date, t);
            double big = Double.MAX_VALUE;
            lab(t, d, Csv.cell(r, name), c.num(r, idx[0], 0, big), c.num(r, idx[1], 0, big), c.num(r, idx[2], 0, 1),
                    c.num(r, idx[3], 0, big), c.num(r, idx[4], 0, big), c.num(r, idx[5], 0, big), c.num(r, idx[6], 0, big),
                    unvested < 0 ? Double.NaN : c.num(r, unvested, 0, big), budget < 0 ? Double.NaN : c.num(r, budget, 0, big),
                    acquisitions < 0 ? Double.NaN : c.num(r, acquisitions, 0, big),
                    premium < 0 ? Double.NaN : c.num(r, premium, 0, big), forced < 0 ? Double.NaN : c.num(r, forced, 0, big),
                    signOns < 0 ? Double.NaN : c.num(r, signOns, 0, big), clawed < 0 ? Double.NaN : c.num(r, clawed, 0, big),
                    c.num(r, idx[7], 0, big), c.num(r, idx[8], 0, big));
        }
    }

    /** A row's date must be its tick's (as labs.csv, read first, gives it). */
    private void sameDate(Csv c, String[] r, int dateCol, int tick) {
        String d = Csv.cell(r, dateCol);
        if (dates[tick - 1] != null && !dates[tick - 1].equals(d)) {
            throw c.bad(r, dateCol, "\"" + d + "\" is not the date of tick " + tick + " (" + dates[tick - 1] + ")");
        }
    }

    private void readTeams(Csv c) {
        int tick = c.col("tick");
        int date = c.col("date");
        int labCol = c.col("lab");
        int teamCol = c.col("team");
        int[] idx = {c.col("headcount"), c.col("mean_salary"), c.col("mean_morale"), c.col("output")};
        for (String[] r : c.rows()) {
            int t = c.whole(r, tick, 1, dates.length);
            sameDate(c, r, date, t);
            team(t, Csv.cell(r, labCol), Csv.cell(r, teamCol), c.num(r, idx[0], 0, Double.MAX_VALUE),
                    c.num(r, idx[1], 0, Double.MAX_VALUE), c.num(r, idx[2], 0, 1), c.num(r, idx[3], 0, Double.MAX_VALUE));
        }
    }

    private void readMoves(Csv c) {
        int tick = c.col("tick");
        int date = c.col("date");
        int from = c.col("from_lab");
        int fromTeam = c.col("from_team");
        int to = c.col("to_lab");
        int toTeam = c.col("to_team");
        int reason = c.col("reason");
        int oldPay = c.col("old_salary");
        int newPay = c.col("new_salary");
        int name = c.has("name") ? c.col("name") : -1;
        int who = c.has("researcher") ? c.col("researcher") : -1;
        int signOn = c.has("sign_on") ? c.col("sign_on") : -1;   // (a folder written before pay packages has none)
        int equity = c.has("annual_equity") ? c.col("annual_equity") : -1;
        int bought = c.has("bought_out") ? c.col("bought_out") : -1;
        for (String[] r : c.rows()) {
            int t = c.whole(r, tick, 1, dates.length);
            if (bought >= 0 && !Csv.cell(r, bought).equals("0")) {   // (0 on almost every row: not parsed)
                boughtOut += c.num(r, bought, 0, Double.MAX_VALUE);
            }
            sameDate(c, r, date, t);
            String named = name < 0 ? "" : Csv.cell(r, name);
            move(t, Csv.cell(r, date), who < 0 ? -1 : c.whole(r, who, 0, Integer.MAX_VALUE), Csv.cell(r, from), Csv.cell(r, fromTeam), Csv.cell(r, to),
                    Csv.cell(r, toTeam), c.num(r, oldPay), c.num(r, newPay), Csv.cell(r, reason), named,
                    signOn < 0 || named.isEmpty() ? Double.NaN : c.num(r, signOn), equity < 0 || named.isEmpty() ? Double.NaN : c.num(r, equity));
        }
    }

    private static Tally tally(Map<String, Tally> by, String key) {
        Tally t = by.get(key);
        if (t == null) {
            t = new Tally();
            by.put(key, t);
        }
        return t;
    }

    /** Fills {@link #reasonsByMonth} and {@link #balance} from the counts kept while the rows came in. */
    private void tallied() {
        monthTally.forEach((month, t) -> {
            Map<String, Integer> m = new LinkedHashMap<>();
            for (int k = 0; k < t.keys; k++) {
                m.put(reasonNames.get(t.order[k]), t.count[t.order[k]]);
            }
            reasonsByMonth.put(month, m);
        });
        labTally.forEach((lab, t) -> {
            Map<String, Integer> m = new LinkedHashMap<>();
            for (int k = 0; k < t.keys; k++) {
                int key = t.order[k];
                m.put((key % 2 == 0 ? "in:" : "out:") + reasonNames.get(key / 2), t.count[key]);
            }
            balance.put(lab, m);
        });
        monthTally.clear();
        labTally.clear();
    }

    /** Rows of {@code reason} moving into ({@code in}) or out of {@code lab}. */
    int moved(String labName, boolean in, String reason) {
        return balance.getOrDefault(labName, Map.of()).getOrDefault((in ? "in:" : "out:") + reason, 0);
    }

    /** The lab's figure {@code field} of {@code summary.json}. */
    JsonNode labSummary(String labName) {
        for (JsonNode l : summary.path("labs")) {
            if (l.path("lab").asText().equals(labName)) {
                return l;
            }
        }
        return Json.object();
    }

    /** The tick (1-based) whose date is {@code date}, or −1. */
    int tickOf(String date) {
        for (int k = 0; k < dates.length; k++) {
            if (date.equals(dates[k])) {
                return k + 1;
            }
        }
        return -1;
    }
}
