package org.talentsim.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.talentsim.internal.Names;

/**
 * Whether a run's result files agree with each other, before {@code report DIR} draws them: a
 * folder a run wrote always does, so a disagreement is a file edited by hand, cut short at a line
 * break, or taken from another run, and the page would show numbers that contradict each other
 * without a word (an adversarial review: a moves.csv cut at tick 5 drew a page without the
 * October layoff, exit 0). Checked, each against the rows of {@code moves.csv} (one per event of
 * a researcher):
 * <ul>
 *   <li>{@code labs.csv}: one row per lab and tick; each row's counts ({@code hires}, {@code
 *       poached_in}, {@code poached_out}, {@code quits}, {@code layoffs}, {@code exits}, {@code
 *       acquired_in}, {@code acquired_out}) are the tick's rows of that reason into or out of the
 *       lab; its headcount changes from the tick before (the start's, {@code summary.json}'s
 *       {@code headcount_start}, at tick 1; 0 before a founded lab's first row) by the rows moving
 *       into it less those moving out (a counter-offer stays);</li>
 *   <li>{@code teams.csv}: one row per team and tick, whose headcounts add up to their lab's;</li>
 *   <li>{@code flows.csv}: one row per pair of labs, the count of rows from one to the other but
 *       counter-offers (the pool written as an empty lab);</li>
 *   <li>{@code summary.json}: each lab's totals are its rows' in {@code labs.csv}, its {@code
 *       headcount_end} the last row's, its {@code countered} the COUNTERED rows.</li>
 * </ul>
 * The live report of a run ({@link RunCollector}) is built from the run itself and is not checked.
 */
final class RunChecks {
    /** labs.csv's count columns, each with the reason of its rows in moves.csv and whether they come in. */
    private static final String[] COLUMNS = {"hires", "poached_in", "poached_out", "quits", "layoffs", "exits", "acquired_in",
        "acquired_out", "countered", "transfers_in", "transfers_out", "founders_in", "founders_out"};
    private static final String[] REASONS = {"HIRED", "POACHED", "POACHED", "QUIT", "LAID_OFF", "EXITED or VISA_EXIT", "ACQUIRED",
        "ACQUIRED", "COUNTERED", "TRANSFERRED", "TRANSFERRED", "FOUNDED", "FOUNDED"};
    private static final boolean[] IN = {true, true, false, false, false, false, true, false, false, true, false, true, false};
    /** Slot of {@code countered} (COUNTERED rows from the lab) in a tick's counts. */
    private static final int COUNTERED = 8;
    /** Slot of the net change in a tick's counts, after the columns'. */
    private static final int NET = COLUMNS.length;
    private static final int SLOTS = NET + 1;

    /** The column a row of {@code reason} counts in for the lab it leaves ({@code in} false) or joins; -1 for none. */
    private static int column(String reason, boolean in) {
        switch (reason) {
            case "HIRED": return in ? 0 : -1;
            case "POACHED": return in ? 1 : 2;
            case "QUIT": return in ? -1 : 3;
            case "LAID_OFF": return in ? -1 : 4;
            case "EXITED": case "VISA_EXIT": return in ? -1 : 5;
            case "ACQUIRED": return in ? 6 : 7;
            case "TRANSFERRED": return in ? 9 : 10;
            case "FOUNDED": return in ? 11 : 12;
            default: return -1;
        }
    }

    private static final String TAIL = ": the result files disagree (edited by hand, cut short, or taken from another run?);"
            + " run the scenario again to write them afresh";

    private RunChecks() {}

    /**
     * {@code offers.csv} against {@code moves.csv} and the manifest: as many rows as the manifest's
     * {@code offers_rows} (when it has it: its DECLINED offers have no move to be checked against),
     * and each offer taken by a researcher of the pool (HIRED), each he left for (ACCEPTED) and each
     * counter-offer that kept him (COUNTERED) the move of that reason (HIRED, POACHED, COUNTERED) of
     * the same tick, researcher, labs and pay, one for one: an offers.csv cut at a line break, or
     * with a lab, a pay or an outcome changed, drew a page with other offers, exit 0 (a reliability
     * review and its re-check).
     */
    static void checkOffers(Csv offers, Csv moves, int ticks, JsonNode manifest) {
        JsonNode rows = manifest == null ? null : manifest.get("offers_rows");
        if (rows != null && rows.canConvertToLong() && rows.asLong() != offers.rows().size()) {
            throw new IllegalArgumentException(offers.file() + ": " + offers.rows().size() + " rows, and manifest.json's offers_rows "
                    + rows.asLong() + TAIL);
        }
        java.util.Map<String, String[]> moved = new java.util.HashMap<>();   // key -> the move's row (the last of equal keys)
        java.util.Map<String, Integer> count = new java.util.HashMap<>();
        for (String[] r : moves.rows()) {
            String reason = Csv.cell(r, moves.col("reason"));
            if (reason.equals("HIRED") || reason.equals("POACHED") || reason.equals("COUNTERED")) {
                String key = key(moves.whole(r, moves.col("tick"), 1, ticks), Csv.cell(r, moves.col("researcher")), reason,
                        reason.equals("HIRED") ? "" : Csv.cell(r, moves.col("from_lab")), Csv.cell(r, moves.col("to_lab")),
                        Csv.cell(r, moves.col("new_salary")));
                count.merge(key, 1, Integer::sum);
                moved.put(key, r);
            }
        }
        for (String[] r : offers.rows()) {
            // every row as the run writes it: a tick of the run, an outcome, amounts (an unnamed row of
            // outcome FOO, tick 999 or offer abc was drawn: a re-check)
            offers.whole(r, offers.col("tick"), 1, ticks);
            offers.num(r, offers.col("offer"), 0, Double.MAX_VALUE);
            if (!Csv.cell(r, offers.col("counter")).isEmpty()) {
                offers.num(r, offers.col("counter"), 0, Double.MAX_VALUE);
            }
            String outcome = Csv.cell(r, offers.col("outcome"));
            if (!List.of("HIRED", "ACCEPTED", "COUNTERED", "DECLINED").contains(outcome)) {
                throw offers.bad(r, offers.col("outcome"), "\"" + outcome + "\" is not an outcome (HIRED, ACCEPTED, COUNTERED or"
                        + " DECLINED)" + TAIL);
            }
            String reason = outcome.equals("HIRED") ? "HIRED" : outcome.equals("ACCEPTED") ? "POACHED"
                    : outcome.equals("COUNTERED") ? "COUNTERED" : null;
            if (reason == null) {
                continue;
            }
            String from = Csv.cell(r, offers.col("from_lab"));
            String key = key(offers.whole(r, offers.col("tick"), 1, ticks), Csv.cell(r, offers.col("researcher")), reason,
                    reason.equals("HIRED") ? "" : from, reason.equals("COUNTERED") ? from : Csv.cell(r, offers.col("to_lab")),
                    Csv.cell(r, offers.col(reason.equals("COUNTERED") ? "counter" : "offer")));
            Integer left = count.get(key);
            if (left == null || left == 0) {
                throw offers.bad(r, offers.col("outcome"), outcome + ", and moves.csv has no " + reason + " move of researcher "
                        + Csv.cell(r, offers.col("researcher")) + " in that tick between those labs at that pay" + TAIL);
            }
            count.put(key, left - 1);
        }
        for (java.util.Map.Entry<String, Integer> left : count.entrySet()) {
            if (left.getValue() > 0) {
                String[] r = moved.get(left.getKey());
                String reason = Csv.cell(r, moves.col("reason"));
                throw new IllegalArgumentException(offers.file() + ": no " + (reason.equals("HIRED") ? "HIRED" : reason.equals("POACHED")
                        ? "ACCEPTED" : "COUNTERED") + " offer for the " + reason + " move of researcher " + Csv.cell(r,
                        moves.col("researcher")) + " at moves.csv line " + moves.line(r) + " (each is an offer's)" + TAIL);
            }
        }
    }

    private static String key(int tick, String researcher, String reason, String from, String to, String pay) {
        return tick + "\u0000" + researcher + "\u0000" + reason + "\u0000" + from + "\u0000" + to + "\u0000" + pay;
    }

    static void check(Csv labs, Csv teams, Csv moves, Csv flows, JsonNode summary, int ticks) {
        // per lab, per tick, the counts of moves.csv in COLUMNS' slots and the net change
        Map<String, int[]> counted = new HashMap<>();
        Map<List<String>, Integer> pairs = new LinkedHashMap<>();
        Map<String, Integer> byReason = new HashMap<>();
        int tick = moves.col("tick");
        int from = moves.col("from_lab");
        int to = moves.col("to_lab");
        int why = moves.col("reason");
        for (String[] r : moves.rows()) {
            int t = moves.whole(r, tick, 1, ticks) - 1;
            String f = Csv.cell(r, from);
            String d = Csv.cell(r, to);
            String reason = Csv.cell(r, why);
            byReason.merge(reason, 1, Integer::sum);
            if (reason.equals("COUNTERED")) {
                if (!f.isEmpty()) {
                    counted.computeIfAbsent(f, k -> new int[ticks * SLOTS])[t * SLOTS + COUNTERED]++;
                }
                continue;
            }
            if (f.equals(d)) {
                continue;   // a transfer inside a lab
            }
            pairs.merge(List.of(f, d), 1, Integer::sum);
            if (!f.isEmpty()) {
                int[] c = counted.computeIfAbsent(f, k -> new int[ticks * SLOTS]);
                c[t * SLOTS + NET]--;
                int k = column(reason, false);
                if (k >= 0) {
                    c[t * SLOTS + k]++;
                }
            }
            if (!d.isEmpty()) {
                int[] c = counted.computeIfAbsent(d, k -> new int[ticks * SLOTS]);
                c[t * SLOTS + NET]++;
                int k = column(reason, true);
                if (k >= 0) {
                    c[t * SLOTS + k]++;
                }
            }
        }
        // every lab the moves, flows and summary name has rows in labs.csv (a lab's rows deleted from
        // labs.csv stopped the page with a stack trace, or drew a page of the other labs: a re-check)
        Set<String> inLabs = new java.util.HashSet<>();
        labs.rows().forEach(r -> inLabs.add(Csv.cell(r, labs.col("lab"))));
        for (String lab : counted.keySet()) {
            if (!inLabs.contains(lab)) {
                throw new IllegalArgumentException(moves.file() + " moves people into or out of lab '" + lab + "', which "
                        + labs.file().getFileName() + " has no row of" + TAIL);
            }
        }
        for (JsonNode l : summary.path("labs")) {
            if (!inLabs.contains(l.path("lab").asText())) {
                throw new IllegalArgumentException(summaryFile(labs) + " has lab '" + l.path("lab").asText() + "', which "
                        + labs.file().getFileName() + " has no row of" + TAIL);
            }
        }
        Map<String, Long> start = new HashMap<>();
        Map<String, JsonNode> labSummary = new LinkedHashMap<>();
        for (JsonNode l : summary.path("labs")) {
            labSummary.put(l.path("lab").asText(), l);
            counts(labs, l);
            if (l.path("headcount_start").canConvertToLong()) {
                start.put(l.path("lab").asText(), l.path("headcount_start").asLong());
            }
        }
        Map<String, Double> teamSums = teamSums(teams, ticks);
        // labs.csv, row by row in tick order per lab
        int tc = labs.col("tick");
        int lc = labs.col("lab");
        int hc = labs.col("headcount");
        Map<String, String[]> seen = new HashMap<>();
        Map<String, String[][]> byLab = new LinkedHashMap<>();
        for (String[] r : labs.rows()) {
            int t = labs.whole(r, tc, 1, ticks) - 1;
            String lab = Csv.cell(r, lc);
            String[] first = seen.putIfAbsent(t + "\u0000" + lab, r);
            if (first != null) {
                throw labs.bad(r, lc, "a second row of lab '" + lab + "' at tick " + (t + 1) + " (the first is line "
                        + labs.line(first) + ")" + TAIL);
            }
            byLab.computeIfAbsent(lab, k -> new String[ticks][])[t] = r;
        }
        Map<String, long[]> totals = new HashMap<>();
        for (Map.Entry<String, String[][]> e : byLab.entrySet()) {
            String lab = e.getKey();
            String[][] rows = e.getValue();
            int[] c = counted.getOrDefault(lab, new int[ticks * SLOTS]);
            long[] sum = totals.computeIfAbsent(lab, k -> new long[COLUMNS.length]);
            double prev = Double.NaN;
            boolean any = false;
            for (int t = 0; t < ticks; t++) {
                String[] r = rows[t];
                if (r == null) {
                    if (any) {
                        throw new IllegalArgumentException(labs.file() + ": no row of lab '" + lab + "' at tick " + (t + 1)
                                + ", which has rows before it" + TAIL);
                    }
                    continue;
                }
                for (int k = 0; k < COLUMNS.length; k++) {
                    if (!labs.has(COLUMNS[k])) {
                        continue;   // (a folder of an older version)
                    }
                    int col = labs.col(COLUMNS[k]);
                    double v = labs.num(r, col);
                    sum[k] += (long) v;
                    if (v != c[t * SLOTS + k]) {
                        throw labs.bad(r, col, Csv.cell(r, col) + ", but moves.csv has " + c[t * SLOTS + k] + " " + REASONS[k]
                                + " row" + (c[t * SLOTS + k] == 1 ? "" : "s") + (IN[k] ? " into " : k == COUNTERED ? " from " : " out of ") + "'" + lab
                                + "' at tick " + (t + 1) + TAIL);
                    }
                }
                double h = labs.num(r, hc);
                double before = any ? prev : t == 0 ? start.getOrDefault(lab, -1L) : 0;
                if (before >= 0 && h - before != c[t * SLOTS + NET]) {
                    int net = c[t * SLOTS + NET];
                    throw labs.bad(r, hc, Csv.cell(r, hc) + ", " + change(h - before) + " from " + Long.toString((long) before)
                            + (any ? " at tick " + t : t == 0 ? " at the start (summary.json)" : " before the lab's first row")
                            + ", but moves.csv's rows of tick " + (t + 1) + " move " + (net >= 0 ? "a net " + net + " into '" + lab
                            + "'" : "a net " + (-net) + " out of '" + lab + "'") + TAIL);
                }
                Double teamsHere = teamSums.get(t + "\u0000" + lab);
                if (teamsHere == null && h != 0) {
                    throw labs.bad(r, hc, Csv.cell(r, hc) + ", but teams.csv has no row of its teams at tick " + (t + 1) + TAIL);
                }
                if (teamsHere != null && teamsHere != h) {
                    throw labs.bad(r, hc, Csv.cell(r, hc) + ", but the rows of its teams in teams.csv at tick " + (t + 1)
                            + " add up to " + Long.toString(teamsHere.longValue()) + TAIL);
                }
                prev = h;
                any = true;
            }
            JsonNode s = labSummary.get(lab);
            if (s != null) {
                for (int k = 0; k < COLUMNS.length; k++) {
                    if (labs.has(COLUMNS[k]) && s.path(COLUMNS[k]).canConvertToLong() && s.path(COLUMNS[k]).asLong() != sum[k]) {
                        throw new IllegalArgumentException(summaryFile(labs) + ": lab '" + lab + "' has " + COLUMNS[k] + " "
                                + s.path(COLUMNS[k]).asLong() + ", but its rows in labs.csv add up to " + sum[k] + TAIL);
                    }
                }
                if (any && s.path("headcount_end").canConvertToLong() && s.path("headcount_end").asLong() != (long) prev) {
                    throw new IllegalArgumentException(summaryFile(labs) + ": lab '" + lab + "' has headcount_end "
                            + s.path("headcount_end").asLong() + ", but its last row in labs.csv has " + Long.toString((long) prev) + TAIL);
                }
                capabilityEnd(labs, lab, s, rows);
                // (also where labs.csv has no countered column: a folder written before it had)
                long counters = 0;
                for (int t = 0; t < ticks; t++) {
                    counters += c[t * SLOTS + COUNTERED];
                }
                if (s.path("countered").canConvertToLong() && s.path("countered").asLong() != counters) {
                    throw new IllegalArgumentException(summaryFile(labs) + ": lab '" + lab + "' has countered "
                            + s.path("countered").asLong() + ", but moves.csv has " + counters + " COUNTERED rows from it" + TAIL);
                }
            }
        }
        checkFlows(flows, pairs);
        // the market's: its counts whole, adding up to its researchers, its unemployment theirs,
        // the moves by reason, and the employed (the labs' last headcounts)
        JsonNode market = summary.path("market");
        marketCounts(labs, market);
        market.path("moves_by_reason").fields().forEachRemaining(e -> {
            if (e.getValue().canConvertToLong() && e.getValue().asLong() != byReason.getOrDefault(e.getKey(), 0)) {
                throw new IllegalArgumentException(summaryFile(labs) + ": moves_by_reason has " + e.getKey() + " "
                        + e.getValue().asLong() + ", but moves.csv has " + byReason.getOrDefault(e.getKey(), 0) + " such rows" + TAIL);
            }
        });
        if (market.path("employed").canConvertToLong()) {
            long employed = 0;
            for (String[][] rows : byLab.values()) {
                if (rows[ticks - 1] != null) {
                    employed += (long) labs.num(rows[ticks - 1], hc);
                }
            }
            if (market.path("employed").asLong() != employed) {
                throw new IllegalArgumentException(summaryFile(labs) + ": the market's employed is " + market.path("employed").asLong()
                        + ", but the labs' headcounts at the last tick in labs.csv add up to " + employed + TAIL);
            }
        }
        marketSums(labs, market);
    }

    /** The counts of a lab's summary, which the checks compare with labs.csv and moves.csv. */
    private static final List<String> COUNTS = java.util.stream.Stream.concat(java.util.stream.Stream.of("headcount_start",
            "headcount_end"), java.util.Arrays.stream(COLUMNS)).toList();

    /**
     * Refuses a count of lab summary {@code l} that is there but is no whole number of people
     * ({@code true}, {@code null}, {@code 1e400}, {@code 4.5}, {@code -3}): the checks compared only
     * counts they could read as whole numbers, and the page drew the rest ({@code true} as 1
     * researcher, {@code 1e400} as 9,223,372,036,854,775,807: an adversarial review). A count that
     * is missing is left to the checks (a folder of an older version may not have it).
     */
    private static void counts(Csv labs, JsonNode l) {
        for (String field : COUNTS) {
            JsonNode v = l.path(field);
            if (!v.isMissingNode() && !(v.isIntegralNumber() && v.canConvertToInt() && v.asInt() >= 0)) {
                throw new IllegalArgumentException(summaryFile(labs) + ": lab '" + l.path("lab").asText() + "' has " + field + " "
                        + Names.shown(String.valueOf(v)) + ", not a count of people" + TAIL);
            }
        }
    }

    /**
     * Refuses the market's counts in summary.json that are no whole number of people, that do not
     * add up to its researchers, or an unemployment not theirs: only the labs' counts were checked,
     * and {@code employed: true}, {@code seeking: -5000} were drawn as "1 employed, -5,000 in the
     * pool" (a re-check). Counts that are missing are left alone (a folder of an older version).
     */
    private static void marketCounts(Csv labs, JsonNode market) {
        for (String field : List.of("employed", "notice", "seeking", "exited", "researchers")) {
            JsonNode v = market.path(field);
            if (v.isMissingNode()) {
                continue;
            }
            if (!(v.isIntegralNumber() && v.canConvertToInt() && v.asInt() >= 0)) {
                throw new IllegalArgumentException(summaryFile(labs) + ": the market's " + field + " is "
                        + Names.shown(String.valueOf(v)) + ", not a count of people" + TAIL);
            }
        }
        market.path("moves_by_reason").fields().forEachRemaining(e -> {
            JsonNode v = e.getValue();
            if (!(v.isIntegralNumber() && v.canConvertToInt() && v.asInt() >= 0)) {
                throw new IllegalArgumentException(summaryFile(labs) + ": moves_by_reason has " + e.getKey() + " "
                        + Names.shown(String.valueOf(v)) + ", not a count of rows" + TAIL);
            }
        });
    }

    /**
     * The market's counts adding up to its researchers, and its unemployment theirs (after the
     * employed are compared with the labs' headcounts, the more telling message for an edited
     * employed); missing counts are left alone (a folder of an older version).
     */
    private static void marketSums(Csv labs, JsonNode market) {
        long sum = 0;
        for (String field : List.of("employed", "notice", "seeking", "exited")) {
            if (market.path(field).isMissingNode() || market.path("researchers").isMissingNode()) {
                return;
            }
            sum += market.path(field).asLong();
        }
        if (sum != market.path("researchers").asLong()) {
            throw new IllegalArgumentException(summaryFile(labs) + ": the market's employed, notice, seeking and exited add up to "
                    + sum + ", but its researchers are " + market.path("researchers").asLong() + TAIL);
        }
        JsonNode u = market.path("unemployment");
        long active = sum - market.path("exited").asLong();
        if (u.isNumber() && active > 0) {
            double expected = (market.path("notice").asLong() + market.path("seeking").asLong()) / (double) active;
            if (Math.abs(u.asDouble() - expected) > 1e-9) {
                throw new IllegalArgumentException(summaryFile(labs) + ": the market's unemployment is " + u.asText()
                        + ", but its notice and seeking over its employed, notice and seeking are " + Fmt.num(expected) + TAIL);
            }
        }
    }

    /**
     * Refuses a lab's {@code capability_end} in summary.json other than its last row's capability in
     * labs.csv (both written to ten significant digits from the same number): it was never compared,
     * and an edited 5000 made the page say the lab led at 5000.0 (an adversarial review).
     */
    private static void capabilityEnd(Csv labs, String lab, JsonNode s, String[][] rows) {
        JsonNode v = s.path("capability_end");
        if (v.isMissingNode() || !labs.has("capability")) {
            return;   // (a folder of an older version)
        }
        String[] last = null;
        for (String[] r : rows) {
            last = r != null ? r : last;
        }
        if (last == null) {
            return;
        }
        int col = labs.col("capability");
        double csv = labs.num(last, col);
        boolean same = v.isNull() ? Double.isNaN(csv) : v.isNumber() && Double.isFinite(v.asDouble())
                && Math.abs(v.asDouble() - csv) <= 1e-9 * Math.max(Math.abs(csv), 1e-12);
        if (!same) {
            throw new IllegalArgumentException(summaryFile(labs) + ": lab '" + lab + "' has capability_end "
                    + Names.shown(String.valueOf(v)) + ", but its last row in labs.csv has " + Csv.cell(last, col) + TAIL);
        }
    }

    private static String change(double d) {
        return d == 0 ? "unchanged" : d > 0 ? (long) d + " more" : (long) -d + " fewer";
    }

    private static Path summaryFile(Csv labs) {
        return labs.file().resolveSibling("summary.json");
    }

    /** (tick − 1, lab) → the headcounts of the lab's teams that tick; a second row of a team is refused. */
    private static Map<String, Double> teamSums(Csv teams, int ticks) {
        Map<String, Double> sums = new HashMap<>();
        Map<String, String[]> seen = new HashMap<>();
        int tc = teams.col("tick");
        int lc = teams.col("lab");
        int nc = teams.col("team");
        int hc = teams.col("headcount");
        for (String[] r : teams.rows()) {
            int t = teams.whole(r, tc, 1, ticks) - 1;
            String key = t + "\u0000" + Csv.cell(r, lc);
            String[] first = seen.putIfAbsent(key + "\u0000" + Csv.cell(r, nc), r);
            if (first != null) {
                throw teams.bad(r, nc, "a second row of team '" + Csv.cell(r, nc) + "' of lab '" + Csv.cell(r, lc) + "' at tick "
                        + (t + 1) + " (the first is line " + teams.line(first) + ")" + TAIL);
            }
            sums.merge(key, teams.num(r, hc), Double::sum);
        }
        return sums;
    }

    private static void checkFlows(Csv flows, Map<List<String>, Integer> pairs) {
        int fc = flows.col("from_lab");
        int tc = flows.col("to_lab");
        int cc = flows.col("count");
        Map<List<String>, String[]> seen = new HashMap<>();
        for (String[] r : flows.rows()) {
            List<String> pair = List.of(Csv.cell(r, fc), Csv.cell(r, tc));
            String[] first = seen.putIfAbsent(pair, r);
            if (first != null) {
                throw flows.bad(r, tc, "a second row " + said(pair) + " (the first is line " + flows.line(first) + ")" + TAIL);
            }
            int n = flows.whole(r, cc, 0, Integer.MAX_VALUE);
            int m = pairs.getOrDefault(pair, 0);
            if (n != m) {
                throw flows.bad(r, cc, n + ", but moves.csv has " + m + " row" + (m == 1 ? "" : "s") + " " + said(pair)
                        + " (counter-offers aside)" + TAIL);
            }
        }
        List<String> missing = new ArrayList<>();
        pairs.forEach((pair, m) -> {
            if (!seen.containsKey(pair) && missing.isEmpty()) {
                missing.add("no row " + said(pair) + ", which moves.csv has " + m + " row" + (m == 1 ? "" : "s") + " of");
            }
        });
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(flows.file() + ": " + missing.get(0) + TAIL);
        }
    }

    private static String said(List<String> pair) {
        return "from " + (pair.get(0).isEmpty() ? "the pool" : "'" + pair.get(0) + "'") + " to "
                + (pair.get(1).isEmpty() ? "the pool" : "'" + pair.get(1) + "'");
    }
}
