package org.talentsim.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The report of one run: what it was (scenario, seed, dates, events, manifest), then headcount,
 * pay, morale and capability per lab and per team over time, who moved where and why, the named
 * researchers' paths, and the summary table whose columns add up.
 */
final class RunReport extends Page {
    static final String TIME = "month";
    /** Move reasons in the stacked bars' order, each with its colour. */
    static final List<String> REASONS = List.of("HIRED", "POACHED", "COUNTERED", "TRANSFERRED", "ACQUIRED", "FOUNDED",
            "QUIT", "LAID_OFF", "EXITED", "VISA_EXIT");

    private final RunData d;
    private final ScenarioInfo info;
    private final List<Charts.Mark> marks = new ArrayList<>();
    /** Per lab: the marks of the events that name it, for its teams' charts. */
    private final Map<String, List<Charts.Mark>> labMarks = new LinkedHashMap<>();

    RunReport(RunData d, ScenarioInfo info) {
        this.d = d;
        this.info = info;
        this.modelUnits = modelUnits(info.payBase(), d.lab);
    }

    /** Whether pay is in the scenario's own units rather than dollars (see {@link #modelUnits(double, Map)}). */
    private final boolean modelUnits;

    /**
     * Whether the scenario counts pay in units of its own, not dollars: a pay scale's base of 300
     * or less (a theory preset's scale of 1, or pay in thousands: docs/SCENARIO_FORMAT.md,
     * {@code payScale.base}), or, the scenario unknown, no lab's mean pay reaching 1,000 a year.
     * bm1's axes read "$0.91 USD per year" and payrolls of "$1000" (found by a reviewer).
     */
    static boolean modelUnits(double payBase, Map<String, Map<String, double[]>> lab) {
        if (!Double.isNaN(payBase)) {
            return ownUnits(payBase);
        }
        double most = 0;
        for (Map<String, double[]> m : lab.values()) {
            for (double v : m.getOrDefault("mean_salary", new double[0])) {
                most = Double.isFinite(v) ? Math.max(most, v) : most;
            }
        }
        return Units.ownUnits(most);
    }

    /** Whether a scenario whose pay scale's base is {@code payBase} pays in its own units (300 or less). */
    static boolean ownUnits(double payBase) {
        return payBase <= 300;
    }

    /** An amount of pay in a table cell: dollars ($1.2M), or the scenario's own units (1.2). */
    private String money(double v) {
        return modelUnits ? (Double.isNaN(v) ? "\u2013" : Fmt.num(v)) : Fmt.money(v);
    }

    /** The unit of pay per year on the axes. */
    private String perYear() {
        return modelUnits ? "pay per year, the scenario's units" : "USD per year";
    }

    /** The axes' format of pay. */
    private java.text.NumberFormat pay() {
        return modelUnits ? Charts.shortNumbers() : Charts.money();
    }

    @Override
    byte[] build(String version) {
        String name = d.manifest.path("scenario").asText(d.summary.path("scenario").asText("run"));
        List<ScenarioInfo.Event> events = info.events().stream().filter(e -> e.tick() >= 1 && e.tick() <= d.dates.length).toList();
        keyed = events;
        markEvents(events);
        Html h = new Html();
        h.el("h1", name);
        if (info.description() != null && !info.description().isBlank()) {
            // a description of several paragraphs (a YAML block, blank lines between them: what to
            // look for in the report) is shown as such, the first as the lead
            List<String> paragraphs = paragraphs(info.description());
            h.el("p", "lead", paragraphs.get(0));
            for (String p : paragraphs.subList(1, paragraphs.size())) {
                h.el("p", p);
            }
            // the description is the author's, fixed, and the run's figures may not bear it out (on
            // --seed 1 the flagship's said TBD Lab took the most from OpenAI while "At a glance" said
            // Google DeepMind: a student's review)
            long seed = d.manifest.path("seed").asLong(0);
            int changes = d.manifest.path("overrides").size();
            h.el("p", "note", "Above: the scenario's description, as its author wrote it. Below: what this run did"
                    + (d.manifest.has("seed") ? " (seed " + seed + (changes == 0 ? "" : ", " + changes + (changes == 1 ? " override" : " overrides"))
                    + ")" : "") + "; on another seed, or with other settings, the figures differ, and where they"
                    + " disagree with the description, the figures are what happened.");
        }
        // what run and check noted about the scenario, on the page too: a budget with its unit left
        // out laid off nearly all of Meta, and the page said nothing of it (a student's review)
        if (!info.notes().isEmpty()) {
            h.el("p", "note", "The scenario was accepted with " + (info.notes().size() == 1 ? "a note" : info.notes().size() + " notes")
                    + " (run and check print them too), each a likely slip that may explain what follows:");
            h.raw("<ul class=\"terms\">\n");
            for (String n : info.notes()) {
                h.raw("<li>").raw(Html.esc(n)).raw("</li>\n");
            }
            h.raw("</ul>\n");
        }
        glance(h);
        facts(h);
        java.util.Set<String> focus = focusLabs();
        boolean otherTeams = otherTeams(focus);
        // a section that only says it has nothing (no lab of several teams, no one named) is not in
        // the bar (five of the ten example scenarios listed both: a student's review)
        boolean teams = d.labs.stream().anyMatch(l -> d.team.getOrDefault(l, Map.of()).size() >= 2);
        boolean named = d.summary.path("named_researchers").size() > 0;
        h.raw("<nav class=\"toc\"><a href=\"#labs\">Labs</a>" + (teams ? "<a href=\"#teams\">Teams</a>" : "")
                + "<a href=\"#moves\">Moves</a>" + (named ? "<a href=\"#named\">Named researchers</a>" : "")
                + (otherTeams ? "<a href=\"#other-teams\">Other labs' teams</a>" : "")
                + "<a href=\"#summary\">Summary</a><a href=\"#manifest\">Manifest</a></nav>\n");
        h.raw("<h2 id=\"events\">Events</h2>\n");
        if (info.note() != null) {
            h.el("p", "note", info.note());
        }
        if (events.isEmpty() && info.note() == null) {
            h.el("p", "note", "The scenario schedules no events.");
        } else if (!events.isEmpty()) {
            java.util.Set<Integer> skippedNumbers = skippedNumbers();
            boolean raids = events.stream().anyMatch(e -> e.raid() != null);
            h.el("p", "note", "Numbered as on the time axes of the charts below (the dashed lines)"
                    + (skippedNumbers.isEmpty() ? "." : "; a star (12*) marks an event not played as written in this run.")
                    + (raids ? " A raid's line says how many the raider poached from the raided lab in its " + (weekly() ? "week" : "month")
                    + " (moves.csv's"
                    + " POACHED rows: the raid's offers taken, and any other)." : ""));
            h.raw("<ol class=\"events\">\n");
            for (int k = 0; k < events.size(); k++) {
                ScenarioInfo.Event e = events.get(k);
                // a part of it skipped in this run: said at the event too (a student's review)
                h.raw("<li>").raw(Html.esc(d.dates[e.tick() - 1] + "  " + e.label() + raidTook(e)))
                        .raw(skippedNumbers.contains(k + 1) ? " <b>* (not played as written in this run: below)</b>" : "").raw("</li>\n");
            }
            h.raw("</ol>\n");
        }
        // the words the page uses, one to a line (a sentence of 95 words defined the events' words
        // and none of the others, pool, poached, on notice, morale: a student's review)
        boolean visaExits = d.reasonsByMonth.values().stream().anyMatch(m -> m.getOrDefault("VISA_EXIT", 0) > 0);
        boolean equity = d.lab.values().stream().map(c -> c.get("unvested")).filter(java.util.Objects::nonNull)
                .anyMatch(y -> java.util.Arrays.stream(y).anyMatch(v -> v > 0));
        List<String[]> words = new ArrayList<>(glossary(events, laidOff(), info.features().gapResponse(), visaExits, equity));
        if (d.countered.isEmpty()) {
            // no counter-offer kept anyone: the page never says the word (mass-layoff defined it: a re-check)
            words.removeIf(w -> w[0].equals("counter-offer"));
        }
        words.addAll(pageWords(teams));
        h.el("p", "note", "Words used here (docs/MODEL.md has every rule):");
        h.raw("<ul class=\"terms\">\n");
        for (String[] w : words) {
            h.raw("<li><b>").raw(Html.esc(w[0])).raw("</b>: ").raw(Html.esc(w[1])).raw("</li>\n");
        }
        h.raw("</ul>\n");
        // an event dated after the run's end did not happen: say so, rather than drop it unseen
        List<ScenarioInfo.Event> after = info.events().stream().filter(e -> e.tick() > d.dates.length).toList();
        if (!after.isEmpty()) {
            StringBuilder b = new StringBuilder(after.size() == 1 ? "Not in this run: one event is scheduled after its last"
                    + " month and did not happen: " : "Not in this run: " + after.size() + " events are scheduled after its last"
                    + " month and did not happen: ");
            for (int k = 0; k < after.size(); k++) {
                b.append(k == 0 ? "" : "; ").append(after.get(k).label());
            }
            h.el("p", "note", b.append('.').toString());
        }
        skipped(h);
        labs(h);
        // the teams of the labs the story is about (those its events name most) first, the other
        // labs' after the moves and the named researchers: five labs' team charts (5,000 pixels)
        // stood between Meta's and the layoffs (a student's review)
        teams(h, focus, true);
        moves(h);
        named(h);
        if (otherTeams) {
            teams(h, focus, false);
        }
        h.raw("<h2 id=\"summary\">Summary</h2>\n");
        SummaryBalance.table(d, h, info.closed());
        h.manifest(d.manifest);
        return Html.page(name + " \u2014 talentsim report", h, version);
    }

    /**
     * The run's story in figures, above everything else (a student found no number and no chart on
     * the first screen: the counts were in the summary at the bottom): the labs whose headcount
     * changed most, with its largest parts; the teams built in the run and where their people came
     * from; the largest flows between labs; the visa exits; the capability leader and the largest
     * moves of capability. Each a line, from the result files.
     */
    private void glance(Html h) {
        List<String> lines = glanceLines();
        if (lines.isEmpty()) {
            return;
        }
        h.raw("<div class=\"glance\"><p><b>At a glance</b> (this run):</p>\n<ul>\n");
        for (String l : lines) {
            h.raw("<li>").raw(Html.esc(l)).raw("</li>\n");
        }
        h.raw("</ul></div>\n");
    }

    /**
     * "Meta: mean morale 0.52 → 0.41, and its people left faster: 0.9% of its staff a month (quit
     * or poached) in the first six months, 1.3% in the last six"; null unless the lab's morale fell
     * by 0.05 or more and the share leaving a month rose by a fifth or more (a run of a year or
     * more, months of six).
     */
    String leavingFaster(String lab) {
        Map<String, double[]> m = d.lab.get(lab);
        double[] morale = m == null ? null : m.get("mean_morale");
        double[] quits = m == null ? null : m.get("quits");
        double[] poached = m == null ? null : m.get("poached_out");
        double[] head = m == null ? null : m.get("headcount");
        int n = d.dates.length;
        int span = weekly() ? 26 : 6;   // six months of ticks
        if (morale == null || quits == null || poached == null || head == null || n < 2 * span || span < 1) {
            return null;
        }
        double firstMorale = morale[0];
        double lastMorale = morale[n - 1];
        double[] rate = new double[2];
        for (int half = 0; half < 2; half++) {
            double gone = 0;
            double staff = 0;
            for (int t = half == 0 ? 0 : n - span; t < (half == 0 ? span : n); t++) {
                gone += quits[t] + poached[t];
                staff += head[t];
            }
            rate[half] = staff > 0 ? gone / staff : Double.NaN;
        }
        if (!(firstMorale - lastMorale >= 0.05) || !(rate[0] > 0) || !(rate[1] >= 1.2 * rate[0])) {
            return null;
        }
        return lab + ": mean morale " + Fmt.num(Math.round(firstMorale * 100) / 100.0) + " \u2192 " + Fmt.num(Math.round(lastMorale * 100)
                / 100.0) + ", and its people left faster: " + percent(rate[0]) + " of its staff a " + (weekly() ? "week" : "month")
                + " (quit or poached) in the first six months, " + percent(rate[1]) + " in the last six";
    }

    /** A team's fall in mean morale over the run from which {@link #teamMoraleFell} speaks. */
    static final double TEAM_MORALE_FALL = 0.05;
    /** The least a lab or team starts with for {@link #teamMoraleFell} to speak of it (a mean over a few people is noise). */
    static final int TEAM_MORALE_STAFF = 20;

    /**
     * For a lab of {@link #TEAM_MORALE_STAFF} or more at the start whose morale fell over the run
     * (its first month to its last): "Meta: mean morale 0.47 → 0.36" when the lab's fell by {@link
     * #TEAM_MORALE_FALL} or more (with ", the most in FAIR: 0.65 → 0.53" where a team of that size
     * fell by 0.03 more than the lab), else "Alpha/Core: mean morale 0.58 → 0.51, more than its
     * lab's (0.58 → 0.55)" for a team that fell by that much and 0.03 more than its lab; null
     * otherwise. Pay-disparity's elite unit put Alpha's Core at 0.58 → 0.51 and the page listed only
     * headcounts (a student's review); a team line of a lab all of whose teams fell alike read as
     * that team's alone (a re-check).
     */
    String teamMoraleFell(String lab) {
        Map<String, Map<String, double[]>> teams = d.team.getOrDefault(lab, Map.of());
        Map<String, double[]> l = d.lab.get(lab);
        double[] labMorale = l == null ? null : l.get("mean_morale");
        double[] labHead = l == null ? null : l.get("headcount");
        int n = d.dates.length;
        if (labMorale == null || labHead == null || n < 2 || !(labHead[0] >= TEAM_MORALE_STAFF) || !Double.isFinite(labMorale[0])
                || !Double.isFinite(labMorale[n - 1])) {
            return null;
        }
        double labFall = labMorale[0] - labMorale[n - 1];
        String worst = null;
        double most = 0;
        for (Map.Entry<String, Map<String, double[]>> t : teams.entrySet()) {
            double[] morale = t.getValue().get("mean_morale");
            double[] head = t.getValue().get("headcount");
            if (teams.size() < 2 || morale == null || head == null || !(head[0] >= TEAM_MORALE_STAFF) || !Double.isFinite(morale[0])
                    || !Double.isFinite(morale[n - 1])) {
                continue;
            }
            double fall = morale[0] - morale[n - 1];
            if (fall >= TEAM_MORALE_FALL && fall >= labFall + TEAM_APART && fall > most) {
                most = fall;
                worst = t.getKey();
            }
        }
        String labLine = lab + ": mean morale " + two(labMorale[0]) + " \u2192 " + two(labMorale[n - 1]);
        double[] team = worst == null ? null : teams.get(worst).get("mean_morale");
        if (labFall >= TEAM_MORALE_FALL) {
            return labLine + (team == null ? "" : ", the most in " + worst + ": " + two(team[0]) + " \u2192 " + two(team[n - 1]));
        }
        return team == null ? null : lab + "/" + worst + ": mean morale " + two(team[0]) + " \u2192 " + two(team[n - 1])
                + ", more than its lab's (" + two(labMorale[0]) + " \u2192 " + two(labMorale[n - 1]) + ")";
    }

    /** How much more than its lab's a team's morale must fall for {@link #teamMoraleFell} to name it. */
    static final double TEAM_APART = 0.03;

    /** Two decimals, always ("0.40", not "0.4": a re-check). */
    private static String two(double v) {
        return String.format(java.util.Locale.ROOT, "%.2f", v);
    }

    /**
     * "Of each lab's staff at the start, still there at the end (24 months) without having left:
     * Anthropic 85%, …, Meta 64%", the most first, as the metric {@code L.retention} (docs/METRICS.md):
     * one who left and came back, or moved with his team to another lab, is gone; null for a run
     * under a year or of one lab.
     */
    String retention() {
        int months = weekly() ? d.dates.length * 12 / 52 : d.dates.length;
        List<String> labs = d.labs.stream().filter(l -> d.labSummary(l).path("headcount_start").asLong() > 0).toList();
        if (months < 12 || labs.size() < 2) {
            return null;
        }
        Map<String, Double> share = new LinkedHashMap<>();
        for (String l : labs) {
            long start = d.labSummary(l).path("headcount_start").asLong();
            share.put(l, Math.max(0, start - d.startersGone(l)) / (double) start);
        }
        List<String> parts = share.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .map(e -> e.getKey() + " " + Math.round(100 * e.getValue()) + "%").toList();
        return "Of each lab's staff at the start, still there at the end (" + months + " months) without having left: "
                + String.join(", ", parts);
    }

    /** A share as a percent with one decimal: 0.0093 → "0.9%". */
    private static String percent(double share) {
        return Fmt.num(Math.round(share * 1000) / 10.0) + "%";
    }

    /** The lines of {@link #glance}. */
    List<String> glanceLines() {
        List<String> out = new ArrayList<>();
        // the labs whose headcount changed most (at most 3, a change of at least 1%)
        List<String> byChange = new ArrayList<>(d.labs);
        java.util.function.ToLongFunction<String> change = l -> Math.abs(d.labSummary(l).path("headcount_end").asLong()
                - d.labSummary(l).path("headcount_start").asLong());
        byChange.sort((a, b) -> Long.compare(change.applyAsLong(b), change.applyAsLong(a)));
        int labs = 0;
        for (String l : byChange) {
            JsonNode s = d.labSummary(l);
            long start = s.path("headcount_start").asLong();
            long end = s.path("headcount_end").asLong();
            if (labs == 3) {
                break;
            }
            // (a large lab's small change does not hide a smaller lab's large one: a review); in a
            // market of three labs or fewer every lab has its line, as a scenario compares them
            // (pay-disparity's Beta and vesting's Grantco, the labs their stories are about, had
            // none, each changed by less than 1%: a student's review)
            if (d.labs.size() > 3 && (change.applyAsLong(l) == 0 || change.applyAsLong(l) * 100 < Math.max(start, end))) {
                continue;
            }
            labs++;
            out.add(labChange(l, s));
        }
        // a lab founded in the run, and the acqui-hires, always (AMI Labs lost its place to Apple's
        // -27, and both deals of acqui-hire were below the top three parts: a review), in the same
        // words (a founded lab's line had no "(+21)" and only its ins: a student's review)
        for (String l : d.labs) {
            JsonNode s = d.labSummary(l);
            if (s.path("founded_tick").asInt(0) > 0 && out.stream().noneMatch(x -> x.startsWith(l + ", founded"))) {
                out.add(labChange(l, s));
            }
        }
        // and a lab the scenario's own layoffs cut, when the three largest changes left it out (Two
        // Sigma's 195 laid off, the file's one layoff, were in no line: a scenario author's review)
        for (String l : d.labs) {
            boolean cut = info.cuts().stream().anyMatch(c -> c.lab().equals(l)) && d.labSummary(l).path("layoffs").asLong() > 0;
            if (cut && out.stream().noneMatch(x -> x.startsWith(l + ":") || x.startsWith(l + ", "))) {
                out.add(labChange(l, d.labSummary(l)));
            }
        }
        for (Map.Entry<List<Object>, Integer> deal : d.acquired.entrySet()) {
            int tick = (Integer) deal.getKey().get(0);
            out.add(deal.getKey().get(1) + " bought " + Fmt.count(deal.getValue()) + " researchers from " + deal.getKey().get(2)
                    + " in an acqui-hire" + (tick >= 1 && tick <= d.dates.length ? " (" + d.dates[tick - 1] + ")" : ""));
        }
        // the teams built in the run (none at the start, some at the end), with their sources
        for (Map.Entry<String, Map<String, Map<String, double[]>>> lab : d.team.entrySet()) {
            if (lab.getValue().size() < 2) {
                continue;
            }
            for (Map.Entry<String, Map<String, double[]>> t : lab.getValue().entrySet()) {
                double[] hc = t.getValue().get("headcount");
                if (hc == null || hc.length == 0) {
                    continue;
                }
                double first = Double.isNaN(hc[0]) ? 0 : hc[0];
                double last = hc[hc.length - 1];
                if (first > 0 || !(last > 0)) {
                    continue;
                }
                Map<String, int[]> from = d.joins.getOrDefault(lab.getKey(), Map.of()).getOrDefault(t.getKey(), Map.of());
                long all = from.values().stream().mapToLong(c -> c[0]).sum();
                List<Map.Entry<String, int[]>> poached = from.entrySet().stream().filter(e -> !e.getKey().isEmpty()
                        && e.getKey().charAt(0) != '\n' && e.getKey().charAt(0) != '\r').sorted((a, b) -> Integer.compare(b.getValue()[0],
                        a.getValue()[0])).toList();
                long fromLabs = poached.stream().mapToLong(e -> e.getValue()[0]).sum();
                String sources = poached.stream().limit(3).map(e -> e.getKey() + " " + e.getValue()[0])
                        .reduce((a, b) -> a + ", " + b).orElse("");
                out.add(lab.getKey() + "/" + t.getKey() + ", a team built in the run: 0 \u2192 " + Fmt.count(Math.round(last))
                        + " researchers" + (all > 0 && fromLabs > 0 ? "; of the " + Fmt.count(all) + " who joined it, " + Fmt.count(fromLabs)
                        + " were poached, the most from " + sources : ""));
            }
        }
        // the largest flows between labs (the poached and those bought)
        List<String[]> between = d.flows.stream().filter(f -> !f[0].isEmpty() && !f[1].isEmpty() && !f[0].equals(f[1])
                && Integer.parseInt(f[2]) > 0).sorted((a, b) -> Integer.compare(Integer.parseInt(b[2]), Integer.parseInt(a[2])))
                .toList();
        if (!between.isEmpty()) {
            long moved = between.stream().mapToLong(f -> Long.parseLong(f[2])).sum();
            // which moves, so that the count meets the Summary's columns (603 moved beside 602
            // poached: the founder was not said: a student's review)
            long poachedIn = 0;
            long boughtIn = 0;
            for (String l : d.labs) {
                poachedIn += d.labSummary(l).path("poached_in").asLong();
                boughtIn += d.labSummary(l).path("acquired_in").asLong();
            }
            long founders = d.reasonsByMonth.values().stream().mapToLong(m -> m.getOrDefault("FOUNDED", 0)).sum();
            long other = moved - poachedIn - boughtIn - founders;
            List<String> kinds = new ArrayList<>();
            kinds.add(Fmt.count(poachedIn) + " poached");
            if (boughtIn > 0) {
                kinds.add(Fmt.count(boughtIn) + " bought in acqui-hires");
            }
            if (founders > 0) {
                kinds.add(Fmt.count(founders) + (founders == 1 ? " leaving to found a lab" : " leaving to found labs"));
            }
            if (other > 0) {
                kinds.add(Fmt.count(other) + " with a team moved to another lab");
            }
            // moves, not researchers, where some moved more than once (pvr1: 76,566 moves of 20,000
            // researchers, said "76,566 researchers moved": a student's review)
            int people = d.movedBetween.cardinality();
            String who = d.unknownMovers ? Fmt.count(moved) + (moved == 1 ? " move" : " moves")
                    : people == moved ? Fmt.count(moved) + (moved == 1 ? " researcher moved" : " researchers moved")
                    : Fmt.count(moved) + " moves by " + Fmt.count(people) + (people == 1 ? " researcher" : " researchers");
            out.add("Between labs, " + who + (kinds.size() > 1 ? " (" + String.join(", ", kinds) + ")" : "")
                    + "; the most: " + String.join(", ", between.subList(0,
                    Math.min(3, between.size())).stream().map(f -> f[0] + " \u2192 " + f[1] + " " + Fmt.count(Long.parseLong(f[2]))).toList()));
        }
        // a lab whose morale fell while its people left faster: the pay gap's story (STORY S6), where
        // only a chart of every lab's quits together told it, and looked flat (a student's review)
        for (String l : d.labs) {
            String left = leavingFaster(l);
            if (left != null) {
                out.add(left);
            } else {
                // a team whose morale fell where its lab's, averaged over its other teams, moved less:
                // pay-disparity's elite unit put Alpha's Core at 0.58 → 0.51, and At a glance listed only
                // headcounts, Alpha growing (a student's review)
                String team = teamMoraleFell(l);
                if (team != null) {
                    out.add(team);
                }
            }
        }
        // the starting staff each lab kept to the end, over a year or more (two-year retention is
        // among STORY's calibration facts, and was on no page: a student's review)
        String kept = retention();
        if (kept != null) {
            out.add(kept);
        }
        // the poached who moved for less pay, where they are more than a few (a quarter in pvr1, whose
        // description promised it on the page, and it was in no line: a student's review)
        if (d.poachedForLess > 0 && d.poachedForLess * 20 >= d.poached) {
            String share = Fmt.num(Math.round(1000.0 * d.poachedForLess / d.poached) / 10.0) + "%";
            int people = d.poachedPeople.cardinality();
            out.add(!d.unknownMovers && people == d.poached
                    ? Fmt.count(d.poachedForLess) + " of the " + Fmt.count(d.poached) + " researchers poached (" + share
                    + ") took a pay cut to move"
                    // a share of moves where some were poached more than once, said so
                    : "Of the " + Fmt.count(d.poached) + " moves by poaching" + (d.unknownMovers ? "" : " (by "
                    + Fmt.count(people) + " researchers, some poached more than once)") + ", " + Fmt.count(d.poachedForLess)
                    + " (" + share + ") were to lower pay");
        }
        // visa exits, and the month most left in
        int visa = 0;
        String peak = null;
        int most = 0;
        for (Map.Entry<String, Map<String, Integer>> m : d.reasonsByMonth.entrySet()) {
            int n = m.getValue().getOrDefault("VISA_EXIT", 0);
            visa += n;
            if (n > most) {
                most = n;
                peak = m.getKey();
            }
        }
        if (visa > 0) {
            // of them, those a lab had laid off: said apart (559 read as all laid off by Meta, where 181
            // were: a student's review)
            int laid = d.visaExitsLaidOff.values().stream().mapToInt(Integer::intValue).sum();
            String byLab = d.visaExitsLaidOff.size() == 1 ? " by " + d.visaExitsLaidOff.keySet().iterator().next()
                    : ": " + String.join(", ", d.visaExitsLaidOff.entrySet().stream().map(e -> e.getKey() + " " + Fmt.count(e.getValue())).toList());
            // the laid off before the month most left in: "the most in 2025-08 (104); 98 of them laid
            // off" read as 98 of the 104 (a student's review); straight after a layoff, as counted
            // (a researcher laid off, hired again and then quitting counts with those who quit)
            out.add(Fmt.count(visa) + " researchers on work visas left the market when their grace period between jobs ran out, "
                    + (laid == 0 ? "none of them straight after a layoff" : laid == visa ? "all of them straight after a layoff" + byLab
                    : Fmt.count(laid) + " of them straight after a layoff" + byLab + " (the others had quit their last job, or were"
                    + " out of work from the start)") + "; the most in " + peak + " (" + Fmt.count(most) + ")");
        }
        // equity granted and not yet vested, where labs hold some: what holds their people (vesting's
        // Grantco, the lab its story is about, was in no line: a student's review)
        List<String[]> held = new ArrayList<>();
        for (String l : d.labs) {
            double[] u = d.lab.getOrDefault(l, Map.of()).get("unvested");
            if (u == null) {
                continue;
            }
            double first = Double.NaN;
            double last = Double.NaN;
            for (double v : u) {
                if (Double.isFinite(v)) {
                    first = Double.isNaN(first) ? v : first;
                    last = v;
                }
            }
            if (first > 0 || last > 0) {
                held.add(new String[] {l, money(first), money(last), Double.toString(Math.max(first, last))});
            }
        }
        if (!held.isEmpty()) {
            held.sort((a, b) -> Double.compare(Double.parseDouble(b[3]), Double.parseDouble(a[3])));
            out.add("Unvested equity (granted, forfeited by leaving), first month \u2192 last: " + String.join(", ", held.subList(0,
                    Math.min(3, held.size())).stream().map(x -> x[0] + " " + x[1] + " \u2192 " + x[2]).toList()));
        }
        // sign-ons and buy-outs paid, and what leavers repaid: a lab's guaranteed bonuses cost $389M
        // that no line of the page said (a scenario author's review)
        List<double[]> paidOut = new ArrayList<>();
        List<String> payers = new ArrayList<>();
        for (String l : d.labs) {
            double paid = total(d.lab.getOrDefault(l, Map.of()).get("sign_ons"));
            if (paid > 0) {
                paidOut.add(new double[] {paid, total(d.lab.get(l).get("clawed_back")), payers.size()});
                payers.add(l);
            }
        }
        if (!paidOut.isEmpty()) {
            paidOut.sort((a, b) -> Double.compare(b[0], a[0]));
            // (buy-outs named only where a lab paid some: "buy-outs" of $0, never explained, in the
            // flagship, whose rivals grant no equity to buy out: a student's review)
            out.add((d.boughtOut > 0 ? "Sign-ons and buy-outs" : "Sign-ons") + " paid over the run: " + String.join(", ", paidOut.subList(0, Math.min(3, paidOut.size())).stream()
                    .map(x -> payers.get((int) x[2]) + " " + money(x[0]) + (x[1] > 0 ? " (" + money(x[1]) + " of it clawed back from"
                            + " leavers)" : "")).toList()));
        }
        // capability: the leader at the end (and those within 1% of it), and the largest moves from
        // the first month's row (from the start, a jump in the first month read as the run's gain:
        // DeepSeek "85 -> 94.7" fell all year from 100; a review), of labs with people at the start
        // and open at the end (a closed lab's index only decays)
        String leader = null;
        double top = Double.NEGATIVE_INFINITY;
        for (String l : d.labs) {
            double end = d.labSummary(l).path("capability_end").asDouble(Double.NaN);
            if (end > top && !info.closed().containsKey(l)) {
                top = end;
                leader = l;
            }
        }
        final double best = top;
        final String lead = leader;
        List<String> near = d.labs.stream().filter(l -> !l.equals(lead) && !info.closed().containsKey(l)
                && d.labSummary(l).path("capability_end").asDouble(Double.NaN) >= 0.99 * best).toList();
        java.util.function.ToDoubleFunction<String> first = l -> {
            double[] c = d.lab.getOrDefault(l, Map.of()).get("capability");
            return c == null || c.length == 0 ? Double.NaN : c[0];
        };
        List<String> byCapability = d.labs.stream().filter(l -> d.labSummary(l).path("founded_tick").asInt(0) == 0
                && d.labSummary(l).path("headcount_start").asLong() > 0 && !info.closed().containsKey(l)
                && first.applyAsDouble(l) > 0).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        java.util.function.ToDoubleFunction<String> shift = l -> Math.abs(d.labSummary(l).path("capability_end").asDouble(Double.NaN)
                - first.applyAsDouble(l)) / first.applyAsDouble(l);
        byCapability.sort((a, b) -> Double.compare(shift.applyAsDouble(b), shift.applyAsDouble(a)));
        List<String> moved = new ArrayList<>();
        for (String l : byCapability.subList(0, Math.min(2, byCapability.size()))) {
            if (shift.applyAsDouble(l) >= 0.02) {
                moved.add(l + " " + capability(first.applyAsDouble(l)) + " \u2192 " + capability(d.labSummary(l).path("capability_end")
                        .asDouble()));
            }
        }
        if (leader != null && Double.isFinite(top)) {
            out.add("Capability at the end: " + leader + " leads (" + capability(top) + ")" + (near.isEmpty() ? "" : ", "
                    + String.join(", ", near.stream().map(l -> l + " " + capability(d.labSummary(l).path("capability_end").asDouble()))
                    .toList()) + " within 1% of it") + (moved.isEmpty() ? "" : "; the largest changes from the first "
                    + (weekly() ? "week" : "month") + ": " + String.join(", ", moved)));
        }
        return out;
    }

    /** "AMI Labs, founded 2025-12 by X: 0 → 21 researchers (+21): 19 hired, 4 poached in, 2 poached out": a lab's change and its three largest parts. */
    private String labChange(String l, JsonNode s) {
        long start = s.path("headcount_start").asLong();
        long end = s.path("headcount_end").asLong();
        List<Object[]> parts = new ArrayList<>();
        for (String[] k : new String[][] {{"quits", "quit"}, {"hires", "hired"}, {"layoffs", "laid off"},
                {"poached_in", "poached in"}, {"poached_out", "poached out"}, {"acquired_in", "bought in"},
                {"acquired_out", "bought out"}, {"exits", "retired"}}) {
            long n = s.path(k[0]).asLong();
            if (n > 0) {
                parts.add(new Object[] {n, Fmt.count(n) + " " + k[1]});
            }
        }
        parts.sort((a, b) -> Long.compare((Long) b[0], (Long) a[0]));
        List<String> said = new ArrayList<>(parts.subList(0, Math.min(3, parts.size())).stream().map(p -> (String) p[1]).toList());
        // the layoffs of a lab the scenario's events cut, even when three larger parts come first
        // (Two Sigma's 195 laid off, behind 504 poached out, 500 hired and 387 quit: a scenario author's review)
        long laidOff = s.path("layoffs").asLong();
        String layoffs = Fmt.count(laidOff) + " laid off";
        if (laidOff > 0 && !said.contains(layoffs) && info.cuts().stream().anyMatch(c -> c.lab().equals(l))) {
            said.add(layoffs);
        }
        return l + foundedOrClosed(l) + ": " + Fmt.count(start) + " \u2192 " + Fmt.count(end) + " researchers ("
                + (end >= start ? "+" : "\u2212") + Fmt.count(Math.abs(end - start)) + ")" + (said.isEmpty() ? "" : ": "
                + String.join(", ", said));
    }

    /** ", founded 2025-12 by X", ", closed 2025-09": when the lab was founded or closed in the run, and by whom; "" otherwise. */
    private String foundedOrClosed(String l) {
        JsonNode s = d.labSummary(l);
        int f = s.path("founded_tick").asInt(0);
        String by = d.namedMoves.stream().filter(m -> m.reason().equals("FOUNDED") && m.toLab().equals(l)).map(m -> " by " + m.name()
                + (m.fromLab().isEmpty() ? "" : " (from " + m.fromLab() + ")")).findFirst().orElse("");
        Integer closed = info.closed().get(l);
        return (f > 0 && f <= d.dates.length ? ", founded " + d.dates[f - 1] + by : "")
                + (closed != null && closed >= 1 && closed <= d.dates.length ? ", closed " + d.dates[closed - 1] : "");
    }

    /** A capability index as the summary table shows it, with one decimal. */
    private static String capability(double v) {
        return String.format(java.util.Locale.ROOT, "%.1f", v);
    }

    private void facts(Html h) {
        String first = d.dates.length > 0 ? d.dates[0] : "";
        String last = d.dates.length > 0 ? d.dates[d.dates.length - 1] : "";
        Map<String, String> f = new LinkedHashMap<>();
        // one run of a random model: its figures are one draw (a student took a compare's means for this
        // run's and read the difference as a fault)
        f.put("Seed", d.manifest.path("seed").asText("") + " (one random run: another seed gives other figures; talentsim"
                + " replicate shows the spread over many)");
        f.put("Dates", first + " to " + last + " (" + d.dates.length + " " + d.manifest.path("tick_unit").asText(TIME)
                + (d.dates.length == 1 ? "" : "s") + ")");
        f.put("Scenario file", d.manifest.path("scenario_file").asText("(built in code)"));
        List<String> o = new ArrayList<>();
        d.manifest.path("overrides").forEach(n -> o.add(n.asText()));
        f.put("Overrides", o.isEmpty() ? "none" : String.join("  ", o));
        if (!d.manifest.path("scenario_as_run_sha256").asText("").isEmpty()) {
            f.put("Scenario as run", org.talentsim.io.ResultWriter.SCENARIO_AS_RUN
                    + " beside this page, with the overrides, seed and months applied: running it gives these results again");
        }
        JsonNode m = d.summary.path("market");
        f.put("Researchers", "at the end " + Fmt.count(m.path("employed").asLong()) + " employed in the labs, "
                + Fmt.count(m.path("notice").asLong()) + " on notice, " + Fmt.count(m.path("seeking").asLong())
                + " in the pool looking for work, " + Fmt.count(m.path("exited").asLong()) + " gone from the market ("
                + Fmt.count(m.path("researchers").asLong()) + " in all)");
        f.put("Generator", d.manifest.path("generator").asText(""));
        h.facts(f);
    }

    private void markEvents(List<ScenarioInfo.Event> events) {
        // an event this run skipped part of is starred on the charts too, as in the list (its
        // line read as played: a review)
        java.util.Set<Integer> skipped = skippedNumbers();
        marks.clear();
        marks.addAll(marks(events, d.x, null, skipped));
        labMarks.clear();
        for (String lab : d.labs) {
            labMarks.put(lab, marks(events, d.x, lab, skipped));
        }
    }

    /** The numbers (1 for the scenario's first) of the events this run skipped a part of ({@code summary.json}'s {@code events_skipped}). */
    private java.util.Set<Integer> skippedNumbers() {
        java.util.Set<Integer> out = new java.util.TreeSet<>();
        d.summary.path("events_skipped").forEach(n -> {
            int e = n.path("event").asInt(0);
            if (e > 0) {
                out.add(e);
            }
        });
        return out;
    }

    /**
     * The parts of the scenario's events the run skipped ({@code summary.json} {@code
     * events_skipped}: a dismissal of someone who had already left, …), said in a box: the run did
     * not play the story as its file wrote it. Nothing for a run that skipped none; a note for a
     * folder written before the field was.
     */
    private void skipped(Html h) {
        if (!d.summary.has("events_skipped")) {
            // its absence read as "nothing skipped" (a student's review)
            h.el("p", "note", Fmt.beforeSkipsNote("summary.json", "events_skipped", "this run"));
            return;
        }
        List<String> skipped = new java.util.ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode n : d.summary.path("events_skipped")) {
            int event = n.path("event").asInt(0);
            skipped.add(n.path("date").asText("") + (event > 0 ? ", event " + event : "") + ": " + n.path("text").asText(""));
        }
        if (skipped.isEmpty()) {
            return;
        }
        h.raw("<div class=\"warn\" id=\"skipped\">");
        h.el("p", (skipped.size() == 1 ? "One part of the events above was" : skipped.size() + " parts of the events above were")
                + " skipped in this run: each found no one to act on when its month came (what happened before it in the run"
                + " decided it: the draws, or the scenario's own settings" + (info.notes().isEmpty() ? "" : ", such as those noted above")
                + "; another seed may play it as written). The charts and tables show the run as it went.");
        h.raw("<ul>\n");
        for (String s : skipped) {
            h.raw("<li>").raw(Html.esc(s)).raw("</li>\n");
        }
        h.raw("</ul></div>\n");
    }

    /** The events numbered on the charts (after {@link #build}). */
    private List<ScenarioInfo.Event> keyed = List.of();

    @Override
    String chartKey() {
        if (keyed.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder("The events numbered on the charts' time axes (the dashed lines), as in report.html:\n");
        for (int k = 0; k < keyed.size(); k++) {
            ScenarioInfo.Event e = keyed.get(k);
            b.append(k + 1).append(". ").append(d.dates[e.tick() - 1]).append("  ").append(e.label()).append('\n');
        }
        return b.toString();
    }

    /**
     * The model's words the page uses, each with what it means: those of every run's page, then
     * those the event list has (a student met "fit 0.9", "becomes visible" and "capability ×1.35"
     * with nothing to say what they mean), then those of the charts this run draws.
     */
    static List<String[]> glossary(List<ScenarioInfo.Event> events, boolean laidOff, boolean gapResponse) {
        return glossary(events, laidOff, gapResponse, false, false);
    }

    /**
     * {@link #glossary(List, boolean, boolean)}, with the words of visa exits and of equity where
     * the run has them (a student met "visa exit", "unvested equity", "raid", "severance" and
     * "acqui-hire" with nothing to say what they are).
     */
    static List<String[]> glossary(List<ScenarioInfo.Event> events, boolean laidOff, boolean gapResponse, boolean visaExits,
            boolean equity) {
        String all = events.stream().map(ScenarioInfo.Event::label).reduce("", (a, b) -> a + "\n" + b);
        List<String[]> out = new ArrayList<>();
        out.add(new String[] {"capability", "an index of what a lab's models can do, on one scale for every lab, built by what its"
                + " people produce"});
        out.add(new String[] {"pay (salary)", "a year's value of a researcher's package: cash, plus any equity that vests in a year"});
        out.add(new String[] {"poached", "hired away from another lab by an outside offer"});
        // (a counter of $17M that kept someone offered $45M read as a mistake: a student's review)
        out.add(new String[] {"counter-offer", "the employer's raise to keep someone who has an outside offer (its retention policy"
                + " says how far it goes). It need not match the offer: one who weighs it counts the labs' prestige, his morale"
                + " and any unvested equity he would forfeit besides the pay, so a counter below the offer may keep him"});
        out.add(new String[] {"the pool (seeking)", "researchers between jobs, looking for work; some leave the market"});
        out.add(new String[] {"morale (0 to 1)", "how content a researcher is: the lower it is, the likelier a quit"});
        // (bm1's "13,672 quit" were its textbook separations, and the page never said what a quit is: a student's review)
        out.add(new String[] {"quit", "left a job for the pool: on one's own, or by the market's separations (a job that ends for"
                + " no reason of the lab's); a layoff is not a quit"});
        if (laidOff) {
            out.add(new String[] {"on notice", "laid off, and paid until the notice ends, then in the pool (a work visa's grace"
                    + " period runs from there)"});
            out.add(new String[] {"severance", "what a lab pays those it lays off on top of their notice: weeks of pay, a fixed"
                    + " number and more for each year of service (the Layoffs table gives each layoff's terms)"});
        }
        if (visaExits) {
            out.add(new String[] {"visa exit", "a researcher on a work visa (such as an H-1B) who found no job before his grace"
                    + " period ran out, and left the market"});
        }
        if (equity) {
            out.add(new String[] {"unvested equity", "shares granted as part of pay that vest over years: forfeited by leaving, so"
                    + " they hold people until they vest"});
        }
        if (all.contains(" raids ")) {
            out.add(new String[] {"raid", "offers to several of a rival team's most skilled (or best known) people at once"});
        }
        if (all.contains(" acqui-hires ")) {
            out.add(new String[] {"acqui-hire", "a lab buys a rival's team (or a few of its people) in one deal, paying a price"
                    + " for it"});
        }
        if (all.contains("(fit ")) {
            out.add(new String[] {"leader fit (0 to 1)", "how well a leader suits the team: the better the fit, the higher its"
                    + " output and its people's morale" + (all.contains("new lab leader") ? "; a lab leader's fit multiplies each"
                    + " team's, so one under 1 lowers them all" : "")});
        }
        if (all.contains("pay level")) {
            out.add(new String[] {"pay level", "a team's pay against the market's for the same skill (1: the market's; 5: five times"
                    + " it)"});
        }
        if (all.contains("visible")) {
            out.add(new String[] {"visibility (0 to 1)", "how well known a researcher is: the more visible, the more outside offers"});
        }
        if (all.contains("hiring spree to ")) {
            out.add(new String[] {"hiring spree", "raises a team's target headcount to the number given, and it hires up to it"});
        }
        if (all.contains("job fair")) {
            out.add(new String[] {"job fair", "several labs make a researcher between jobs offers at once"});
        }
        if (gapResponse) {
            out.add(new String[] {"offer premium", "what a lab that falls behind the leader adds to its offers, in %"});
        }
        return out;
    }

    /**
     * The words of the page's own tables and lines, where the page has them: "exited" (the moves
     * chart's grey bars), "sign-on" and "buy-out" (At a glance), "output a month" (the team
     * tables), "efficiency" (the capability caption); each was met with nothing to say what it
     * is (a student's review).
     */
    private List<String[]> pageWords(boolean teams) {
        List<String[]> out = new ArrayList<>();
        if (d.reasonsByMonth.values().stream().anyMatch(m -> m.getOrDefault("EXITED", 0) > 0)) {
            out.add(new String[] {"exited", "left the market for good (retired, or left the field), from a job or from the pool;"
                    + " the Summary's exits are those from a lab's staff"});
        }
        boolean signOns = d.lab.values().stream().map(c -> c.get("sign_ons")).filter(java.util.Objects::nonNull)
                .anyMatch(y -> java.util.Arrays.stream(y).anyMatch(v -> v > 0));
        if (signOns) {
            out.add(new String[] {"sign-on", "a one-off cash bonus for joining, paid by the lab that hires (its pay policy may claw"
                    + " it back from one who leaves within months)"});
        }
        if (d.boughtOut > 0) {
            out.add(new String[] {"buy-out", "what the hiring lab pays for the unvested equity a hire leaves behind at the lab he"
                    + " leaves"});
        }
        if (teams) {
            out.add(new String[] {"output (a month)", "what a team produces in a month, in the model's units (for comparing teams"
                    + " and months, not money): its people's skill, weighed by their morale, times its leader's fit and its compute;"
                    + " it builds the lab's capability"});
        }
        if (info.features().ownEfficiency()) {
            out.add(new String[] {"efficiency", "how much capability a unit of output builds; each lab's own here, set so that"
                    + " each lab starts at the capability its people sustain"});
        }
        return out;
    }

    /**
     * The marks of {@code events} (sorted by tick) on time axis {@code x}, numbered as in the
     * page's list: one per month, labelled with its events' numbers ("3–6", "3, 5"); with {@code
     * lab} non-null, only the events that name it (a lab's team charts carried all 16 of the
     * flagship's, Meta's among them: found by a reviewer).
     */
    static List<Charts.Mark> marks(List<ScenarioInfo.Event> events, double[] x, String lab) {
        return marks(events, x, lab, java.util.Set.of());
    }

    /** {@link #marks(List, double[], String)}, the numbers of the events in {@code skipped} starred (a part of each skipped in this run). */
    static List<Charts.Mark> marks(List<ScenarioInfo.Event> events, double[] x, String lab, java.util.Set<Integer> skipped) {
        List<ExperimentReport.Numbered> numbered = new ArrayList<>();
        for (int k = 0; k < events.size(); k++) {
            if (lab == null || events.get(k).labs().contains(lab)) {
                numbered.add(new ExperimentReport.Numbered(k + 1, events.get(k)));
            }
        }
        return ExperimentReport.marks(numbered, x, skipped);
    }

    /** Ascending numbers as runs: [3, 4, 5, 6] → "3–6", [7, 8] → "7–8", [3, 5] → "3, 5". */
    static String numbers(List<Integer> n) {
        return numbers(n, java.util.Set.of());
    }

    /**
     * {@link #numbers(List)} with the numbers in {@code starred} (events a run skipped part of)
     * written on their own with a star: [11, 12, 13, 14] with 12 starred → "11, 12*, 13–14".
     */
    static String numbers(List<Integer> n, java.util.Set<Integer> starred) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < n.size()) {
            if (starred.contains(n.get(i))) {
                parts.add(n.get(i++) + "*");
                continue;
            }
            int j = i;
            while (j + 1 < n.size() && n.get(j + 1) == n.get(j) + 1 && !starred.contains(n.get(j + 1))) {
                j++;
            }
            if (j > i) {
                parts.add(n.get(i) + "\u2013" + n.get(j));
            } else {
                for (int q = i; q <= j; q++) {
                    parts.add(Integer.toString(n.get(q)));
                }
            }
            i = j + 1;
        }
        return String.join(", ", parts);
    }

    /** The time axis with the start, a tick before the first row, in front. */
    static double[] fromStart(double[] x) {
        double[] out = new double[x.length + 1];
        // one tick before the first row: a month, or a week in a weekly run (a month put the start
        // of a weekly run's jump a month early: found by a reviewer)
        out[0] = x.length == 0 ? 0 : x.length == 1 ? x[0] - 1 : x[0] - (x[1] - x[0]);
        System.arraycopy(x, 0, out, 1, x.length);
        return out;
    }

    /** Each series with its value at the start ({@code start} of its name; NaN: none) in front. */
    static List<RunData.Series> fromStart(List<RunData.Series> series, java.util.function.ToDoubleFunction<String> start) {
        List<RunData.Series> out = new ArrayList<>();
        for (RunData.Series c : series) {
            double[] y = new double[c.y().length + 1];
            y[0] = start.applyAsDouble(c.name());
            System.arraycopy(c.y(), 0, y, 1, c.y().length);
            out.add(new RunData.Series(c.name(), y, c.style()));
        }
        return out;
    }

    /**
     * A lab's series up to the month an acqui-hire closed it (a closed lab's budget was drawn on
     * to the end, though it could pay no one: found by a reviewer).
     */
    private RunData.Series untilClosed(RunData.Series s) {
        return untilClosed(s, info.closed());
    }

    static RunData.Series untilClosed(RunData.Series s, Map<String, Integer> closedAt) {
        return untilClosed(s, closedAt, 0);
    }

    /** {@link #untilClosed(RunData.Series, Map)} of a series whose first {@code lead} points come before the first row. */
    static RunData.Series untilClosed(RunData.Series s, Map<String, Integer> closedAt, int lead) {
        Integer closed = closedAt.get(s.name());
        if (closed == null) {
            return s;
        }
        double[] y = s.y().clone();
        for (int t = Math.max(0, closed) + lead; t < y.length; t++) {
            y[t] = Double.NaN;   // rows from the tick after its closing
        }
        return new RunData.Series(s.name(), y, s.style());
    }

    /** Whether anyone moved with his team between labs (TRANSFERRED rows: a TeamMove event). */
    private boolean movedTeams() {
        return d.balance.values().stream().anyMatch(m -> m.getOrDefault("in:TRANSFERRED", 0) > 0);   // between labs only
    }

    /** Whether the run's ticks are weeks (rows less than half a month apart on the time axis). */
    private boolean weekly() {
        return d.x.length > 1 && d.x[1] - d.x[0] < 0.5;
    }

    /** Whether any lab laid anyone off (LAID_OFF rows in moves.csv). */
    private boolean laidOff() {
        return !d.laidOffPay.isEmpty();
    }

    /**
     * The leader changes of {@code lab} in the run, by their numbers, for its teams' morale caption:
     * a third of Meta's slide in 2025 came from its new lab leader's fit, and the caption named only
     * the pay gap (a student's review). Empty when it has none.
     */
    private String leaderChanges(String lab) {
        List<String> numbers = new ArrayList<>();
        for (int k = 0; k < keyed.size(); k++) {
            if (keyed.get(k).leader() && keyed.get(k).labs().contains(lab)) {
                numbers.add(Integer.toString(k + 1));
            }
        }
        return numbers.isEmpty() ? "" : " A leader's fit moves a team's morale too: " + (numbers.size() == 1 ? "event " + numbers.get(0)
                + " (a leader change)" : "events " + String.join(", ", numbers) + " (leader changes)") + ", from its month.";
    }

    /** A researcher's status (summary.json's) in words. */
    static String statusWords(String status) {
        return switch (status) {
            case "EMPLOYED" -> "employed";
            case "NOTICE" -> "on notice";
            case "SEEKING" -> "looking for work";
            case "EXITED" -> "left the market";
            default -> status.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        };
    }

    /** The mean salary's caption: what moves it in this scenario. */
    static String salaryCaption(boolean stars, boolean laidOff, boolean countered) {
        List<String> why = new ArrayList<>();
        if (stars) {
            why.add("packages for poached stars lift a lab's mean");
        }
        if (countered) {
            // (bidding-war's Frontier poached no one and its mean rose most, by 155 counter-offers:
            // the caption named only the stars: a student's review)
            why.add("counter-offers lift the pay of those a lab keeps");
        }
        if (laidOff) {
            why.add("a layoff of cheaper staff lifts it too");
        }
        return why.isEmpty() ? "Where each lab's pay goes: raises, and the pay of those it hires and loses."
                : "Where pay jumps: " + String.join("; ", why) + ".";
    }

    /** The payroll's caption: what moves it in this scenario (a layoff: by what those let go were paid, often little). */
    static String payrollCaption(boolean stars, boolean laidOff) {
        return "What each lab pays a year, those on notice included" + (stars ? "; star packages lift it" : "")
                + (laidOff ? "; a layoff cuts it by what those let go were paid, once their notice ends, which is little when"
                        + " the cheaper staff go (the Layoffs table, under Moves, gives their pay and its share of the payroll;"
                        + " severance is a one-off cost)" : "") + ".";
    }

    /**
     * The most labs a line chart draws: one colour each (the palette has 12); a market of more
     * draws its largest (50 lines in 12 colours and dashes could not be told apart).
     */
    static final int MAX_LINES = 12;

    /** The labs the line charts draw: all, or the {@link #MAX_LINES} with the most researchers on average, in the file's order. */
    static List<String> drawnLabs(Map<String, Map<String, double[]>> lab, List<String> labs) {
        if (labs.size() <= MAX_LINES) {
            return labs;
        }
        Map<String, Double> mean = new java.util.HashMap<>();
        for (String l : labs) {
            double[] hc = lab.getOrDefault(l, Map.of()).getOrDefault("headcount", new double[0]);
            double sum = 0;
            for (double v : hc) {
                sum += Double.isFinite(v) ? v : 0;
            }
            mean.put(l, hc.length == 0 ? 0 : sum / hc.length);
        }
        List<String> byMean = new ArrayList<>(labs);
        byMean.sort((a, b) -> Double.compare(mean.get(b), mean.get(a)));   // stable: ties keep the file's order
        Set<String> keep = new java.util.HashSet<>(byMean.subList(0, MAX_LINES));
        return labs.stream().filter(keep::contains).toList();
    }

    private void labs(Html h) {
        h.raw("<h2 id=\"labs\">Labs</h2>\n<div class=\"grid\">\n");
        List<String> drawn = drawnLabs(d.lab, d.labs);
        String some = drawn.size() < d.labs.size() ? " The " + drawn.size() + " largest of the " + d.labs.size()
                + " labs (mean headcount); labs.csv has every lab." : "";
        // from the start too, as the capability's: "Anthropic: 1,300 → 1,636" at a glance, and a
        // line that began at 1,364, the end of the first month (found by a student's review)
        double[] fromStart = fromStart(d.x);
        List<RunData.Series> head = fromStart(series(d.lab, drawn, "headcount"), lab -> {
            JsonNode start = d.labSummary(lab).path("headcount_start");
            return start.isNumber() && d.labSummary(lab).path("founded_tick").asInt(0) == 0 ? start.asDouble() : Double.NaN;
        }).stream().map(c -> untilClosed(c, info.closed(), 1)).toList();   // up to its closing, as its capability
        boolean foundedAny = drawn.stream().anyMatch(l -> d.labSummary(l).path("founded_tick").asInt(0) > 0);
        boolean closedHead = drawn.stream().anyMatch(info.closed()::containsKey);
        org.jfree.chart.JFreeChart headChart = Charts.timeLines("Headcount per lab", TIME, "researchers", fromStart, head, false,
                true, Charts.counts(), marks);
        add(h, new Figure("headcount-labs", "Headcount per lab", TIME, "researchers",
                (marks.isEmpty() ? "Who grows and who shrinks" : "Who grows and who shrinks; the dashed lines are the scenario's"
                        + " events, numbered as in the list above") + "; the first point is each lab's start, a "
                        + (weekly() ? "week" : "month") + " before the first row" + (foundedAny ? " (of a lab founded during the run,"
                        + " its founding)" : "") + "." + (closedHead ? " A lab closed by an acqui-hire is drawn up to its closing." : "")
                        + some + Charts.coveringNote(headChart),
                headChart, 640, 400));
        List<RunData.Series> pay = series(d.lab, drawn, "mean_salary");
        boolean log = spans(pay);
        add(h, "salary-labs", "Mean salary per lab", perYear() + (log ? " (log scale)" : ""), pay, log, false,
                pay(), salaryCaption(info.features().stars(), laidOff(), !d.countered.isEmpty()) + some);
        List<RunData.Series> morale = series(d.lab, drawn, "mean_morale");
        if (level(series(d.lab, d.labs, "mean_morale"))) {
            // a chart of flat lines (bm1's and pvr1's fixed morale) told nothing: said in a line
            // instead (a student's review)
            flatMorale(h, "Mean morale per lab", "lab", morale);
        } else {
            add(h, "morale-labs", "Mean morale per lab", "morale (0 to 1)", morale, false, false, Charts.decimals(),
                    "Morale falls with pay below the lab's median, a team of the lab paid more than its skill explains"
                            + " (the pay disparity an elite team brings), poor leaders, " + (laidOff() ? "layoffs seen and " : "")
                            + "a gap to the leader."
                            + labLayoffNote(d.lab, drawn, d.dates, weekly() ? "week" : "month") + some);
        }
        // from the start (summary.json), a month before the first row: a jump in the first month
        // (DeepSeek's, in the flagship) was already in the first point drawn (found by a reviewer)
        List<RunData.Series> capability = fromStart(series(d.lab, drawn, "capability"), lab -> {
            JsonNode start = d.labSummary(lab).path("capability_start");
            // (a lab founded later has no start; nor has a folder written before the field)
            return start.isNumber() && d.labSummary(lab).path("founded_tick").asInt(0) == 0 ? start.asDouble() : Double.NaN;
        });
        // a closed lab's line ends at its closing, as its budget's does (it went on falling to the
        // end, beside a budget line that stopped: found by a student-style review); one point
        // later, as the first point is the start
        capability = capability.stream().map(c -> untilClosed(c, info.closed(), 1)).toList();
        boolean closedAny = drawn.stream().anyMatch(info.closed()::containsKey);
        org.jfree.chart.JFreeChart capabilityChart = Charts.timeLines("Capability per lab", TIME, "capability index", fromStart, capability,
                false, false, Charts.counts(), marks);
        add(h, new Figure("capability-labs", "Capability per lab", TIME, "capability index", "Who leads the field and who falls"
                + " behind" + (info.features().gapResponse() ? "; the gap to the leader drives a lab's response"
                        + (responses(d.lab, d.dates).isEmpty() ? "" : " (the offer premium chart below)") : "")
                + (info.features().ownEfficiency()
                        ? ". Each lab starts at the level its people produce (its efficiency is its own); that level moves"
                                + " when its people, their morale or leaders change (a layoff lowers it, slowly: research reaches"
                                + " capability over years), and an event that lifts or drops a lab is undone slowly, a fifth of the way"
                                + " back a year, so a lab recovering from a drop may still rise through a layoff"
                        : ". Each month a lab's capability moves toward what its people produce: a lab that starts above that"
                                + " level (or is lifted by an event) drifts down without any event, one below it rises")
                + "; the first point is each lab's start, a " + (weekly() ? "week" : "month")
                + " before the first row." + (closedAny ? " A lab closed by an acqui-hire is drawn up to its closing." : "") + some
                + Charts.coveringNote(capabilityChart), capabilityChart, 640, 400));
        List<RunData.Series> payroll = series(d.lab, drawn, "payroll");
        boolean logPayroll = spans(payroll);
        add(h, "payroll-labs", "Payroll per lab", perYear() + (logPayroll ? " (log scale)" : ""), payroll, logPayroll, false,
                pay(), payrollCaption(info.features().stars(), laidOff()) + (laidOff() && logPayroll ? " On a log scale a cut of a"
                        + " few percent hardly shows." : "") + some);
        // budgets: a strategy raising one month after month, an event's injection; drawn for the
        // labs that have one (an unlimited budget is an empty cell)
        List<RunData.Series> budget = styled(series(d.lab, drawn, "budget")).stream()
                .filter(b -> java.util.Arrays.stream(b.y()).anyMatch(v -> !Double.isNaN(v))).map(this::untilClosed).toList();
        if (!budget.isEmpty()) {
            boolean logBudget = spans(budget);
            // budgets that never change: from zero, and how near each lab's payroll came to its own
            // (a flat line on an axis zoomed to it looked like something happening: a student's review)
            boolean flat = budget.stream().allMatch(b -> constant(b.y()));
            String peaks = peakShares(budget, payroll);
            add(h, "budget-labs", "Payroll budget per lab", perYear() + (logBudget ? " (log scale)" : ""), budget, logBudget,
                    flat && !logBudget, pay(), "The most each lab may pay a year: offers must fit under it, and a payroll (above) over"
                            + " it forces layoffs (a scenario's own layoffs, its events, are decided apart from it)." + (info.features().gapResponse() ? " A lab's strategy raises it while the lab"
                            + " is behind, up to twice its starting budget; an injection that takes it past that ends the"
                            + " strategy's part (its offers keep rising: the offer premium below)." : "")
                            + (info.features().budgetEvents() ? " Events change it." : "")
                            + (flat ? " The budgets do not change over the run; the payroll came at most to " + peaks
                            + " of its budget." : peaks.isEmpty() ? ""
                            // a budget doubled that the payroll never came near read as pressure (a
                            // student's review of bidding-war): how near it came, month by month
                            : " The payroll came at most to " + peaks + " of the budget of its month.")
                            + (budget.size() == drawn.size() ? "" : " Labs without a limit are not drawn.") + some);
        }
        // the strategies' response to falling behind (STORY S8): drawn for the labs whose premium moved
        String responded = responses(d.lab, d.dates);
        if (!responded.isEmpty()) {
            List<RunData.Series> premium = styled(series(d.lab, drawn, "offer_premium")).stream()
                    .filter(p -> moved(p.y())).map(p -> p.scaled(100)).toList();
            add(h, "premium-labs", "Offer premium per lab", "% added to the lab's offers", premium, false, true,
                    Charts.counts(), "How far each lab's strategy raises its offers when it falls behind the leader by more than"
                            + " its threshold, a step a month while it stays behind, back down only once well within it"
                            + responded + ". Labs whose premium never moved are not drawn." + some);
        }
        // pay packages: what a researcher leaves behind by leaving, the hold of a vesting schedule;
        // drawn for the labs that grant equity (a cash lab's line of zeros had a legend entry and,
        // on a log scale, nothing drawn)
        List<RunData.Series> unvested = styled(series(d.lab, drawn, "unvested")).stream()
                .filter(u -> java.util.Arrays.stream(u.y()).anyMatch(v -> v > 0)).toList();
        if (!unvested.isEmpty()) {
            boolean logUnvested = spans(unvested);
            boolean allLabs = unvested.size() == drawn.size();
            add(h, "unvested-labs", "Unvested equity per lab", (modelUnits ? "the scenario's units" : "USD")
                    + (logUnvested ? " (log scale)" : ""), unvested, logUnvested, !logUnvested, pay(), "Equity granted and not yet vested: what a researcher forfeits by leaving. It"
                            + " falls as grants vest and rises with new grants and refreshers."
                            + (allLabs ? "" : " Only the labs with unvested equity are drawn: a lab (or team) that pays in"
                                    + " cash, the default, grants none.") + some);
        }
        h.raw("</div>\n");
    }

    /** The series, each keeping the colour and line of its place in {@code all} when some are left out. */
    /** The paragraphs of {@code text}: split at blank lines, each one's lines joined by a space. */
    static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        // (a Windows line end is one line end, not a blank line)
        for (String p : text.replaceAll("\r\n?|\u2028|\u2029|\u0085", "\n").strip().split("\n(?:[ \t]*\n)+")) {
            String joined = String.join(" ", p.strip().split("[ \t]*\n[ \t]*"));
            if (!joined.isEmpty()) {
                out.add(joined);
            }
        }
        return out;
    }

    /** Whether every drawn (non-NaN) value of {@code y} is the same. */
    static boolean constant(double[] y) {
        double first = Double.NaN;
        for (double v : y) {
            if (Double.isNaN(v)) {
                continue;
            }
            if (Double.isNaN(first)) {
                first = v;
            } else if (v != first) {
                return false;
            }
        }
        return true;
    }

    /** "Raider 26%, Leaker 80%": each budgeted lab's highest payroll as a share of its (constant) budget. */
    static String peakShares(List<RunData.Series> budget, List<RunData.Series> payroll) {
        List<String> parts = new ArrayList<>();
        for (RunData.Series b : budget) {
            RunData.Series p = payroll.stream().filter(x -> x.name().equals(b.name())).findFirst().orElse(null);
            if (p == null) {
                continue;
            }
            // the highest share of a month's payroll in that month's budget (for a budget that
            // never changes, the highest payroll over it)
            double peak = Double.NaN;
            for (int t = 0; t < Math.min(b.y().length, p.y().length); t++) {
                double limit = b.y()[t];
                double pay = p.y()[t];
                if (limit > 0 && !Double.isNaN(pay) && !(pay / limit <= peak)) {
                    peak = pay / limit;
                }
            }
            if (!Double.isNaN(peak)) {
                parts.add(b.name() + " " + Math.round(100 * peak) + "%");
            }
        }
        return String.join(", ", parts);
    }

    static List<RunData.Series> styled(List<RunData.Series> all) {
        List<RunData.Series> out = new ArrayList<>(all.size());
        for (int k = 0; k < all.size(); k++) {
            out.add(all.get(k).styled(k));
        }
        return out;
    }

    /**
     * The morale captions' note for a mean that rises in a layoff's month: the layoff phase runs
     * after the morale phase, and its shock reaches the survivors' morale from the next month
     * (docs/MODEL.md 7.6), so in that month only who is counted changes (a mean over the employed).
     * It names the series, the month and the figures ("BigCo's mean rose from 0.51 to 0.64 in
     * 2025-04, the month of a layoff, and was 0.55 the month after"): a general sentence under a
     * chart of several lines left the reader to find the jump (a student's review). Empty where
     * no series jumps ({@link #jump}); {@code others} more that jump are counted, not named.
     */
    static String layoffMonthNote(String who, double[] morale, int t, String[] dates, int others, String noun, String period) {
        String month = t < dates.length && dates[t] != null ? dates[t] : period + " " + (t + 1);
        String after = t + 1 < morale.length && Double.isFinite(morale[t + 1]) ? ", and was " + two(morale[t + 1]) + " the " + period
                + " after" : "";
        // ("the mean of Products", not "Products's mean": a re-check)
        return " The mean of " + who + " rose from " + two(morale[t - 1]) + " to " + two(morale[t]) + " in " + month
                + ", the " + period + " of a layoff" + after + (others > 0 ? " (" + others + " other " + noun + (others == 1 ? "'s mean" : "s' means")
                + " jumped in a layoff's " + period + " too)" : "") + ": no good news. Those let go had lower morale than those kept (the mean is over the employed;"
                + " the least productive go first by default), and the layoff's shock lowers the survivors' morale from the next " + period + ".";
    }

    /** The labs' morale caption's note for the drawn labs whose mean jumps up in a month they laid people off ("" for none). */
    static String labLayoffNote(Map<String, Map<String, double[]>> lab, List<String> drawn, String[] dates, String period) {
        return firstJump(drawn, l -> lab.getOrDefault(l, Map.of()).get("mean_morale"),
                l -> jump(lab.getOrDefault(l, Map.of()).get("mean_morale"), lab.getOrDefault(l, Map.of()).get("layoffs"), null), dates, "lab",
                period);
    }

    /**
     * A lab's teams' morale caption's note for the teams whose mean jumps up in a month in which
     * the lab ({@code layoffs} per month) laid people off and the team lost people (a team the
     * layoff spared, TBD Lab, is not one whose layoff explains its morale); "" for none.
     */
    static String teamLayoffNote(double[] layoffs, Map<String, Map<String, double[]>> teams, List<String> names, String[] dates,
            String period) {
        return firstJump(names, n -> teams.getOrDefault(n, Map.of()).get("mean_morale"),
                n -> jump(teams.getOrDefault(n, Map.of()).get("mean_morale"), layoffs, teams.getOrDefault(n, Map.of()).get("headcount")), dates, "team",
                period);
    }

    private static String firstJump(List<String> names, java.util.function.Function<String, double[]> morale,
            java.util.function.ToIntFunction<String> at, String[] dates, String noun, String period) {
        String first = null;
        int t = -1;
        int others = 0;
        for (String n : names) {
            int j = at.applyAsInt(n);
            if (j < 0) {
                continue;
            }
            if (first == null) {
                first = n;
                t = j;
            } else {
                others++;
            }
        }
        return first == null ? "" : layoffMonthNote(first, morale.apply(first), t, dates, others, noun, period);
    }

    /**
     * The first month in which {@code morale} rises, in a month with layoffs (and, with {@code
     * headcount}, a smaller headcount than the month before), by more than three times its
     * typical change from month to month (the median of the changes in months without layoffs)
     * and by at least 0.01, or -1: a jump that who is counted explains, not the trend the month
     * continues (laid off at random, BigCo's morale went 0.506, 0.508, 0.514 and the note said
     * those let go had lower morale; found by a reviewer).
     */
    static int jump(double[] morale, double[] layoffs, double[] headcount) {
        if (morale == null || layoffs == null) {
            return -1;
        }
        int n = Math.min(morale.length, layoffs.length);
        List<Double> calm = new ArrayList<>();
        for (int t = 1; t < n; t++) {
            double d = morale[t] - morale[t - 1];
            // (nor the month after one, when the layoff's shock lowers the survivors' morale: six months
            // of mass-layoff took its two falls after the cut as the usual change, and missed the jump: a re-check)
            if (!(layoffs[t] > 0) && !(layoffs[t - 1] > 0) && Double.isFinite(d)) {
                calm.add(Math.abs(d));
            }
        }
        java.util.Collections.sort(calm);
        double typical = calm.isEmpty() ? 0 : calm.get(calm.size() / 2);
        for (int t = 1; t < n; t++) {
            boolean lost = headcount == null || t < headcount.length && headcount[t] < headcount[t - 1];
            double rise = morale[t] - morale[t - 1];
            if (layoffs[t] > 0 && lost && rise > Math.max(3 * typical, 0.01)) {
                return t;
            }
        }
        return -1;
    }

    /** The sum of a series' known values (0 for none). */
    private static double total(double[] series) {
        double sum = 0;
        if (series != null) {
            for (double v : series) {
                if (Double.isFinite(v)) {
                    sum += v;
                }
            }
        }
        return sum;
    }

    /** In place of a chart of morale that no rule moves: "TITLE: no chart. Every lab's morale stays at 0.5, where it started: …". */
    private static void flatMorale(Html h, String title, String of, List<RunData.Series> morale) {
        java.util.Set<String> at = new java.util.TreeSet<>();
        for (RunData.Series m : morale) {
            for (double v : m.y()) {
                if (!Double.isNaN(v)) {
                    at.add(Fmt.num(v));
                    break;
                }
            }
        }
        h.el("p", "note", title + ": no chart. Every " + of + "'s morale stays " + (at.size() == 1 ? "at " + at.iterator().next()
                + ", " : "") + "where it started: this scenario's morale rule does not move it.");
    }

    /** Whether every series keeps one value throughout (a fixed morale rule: the generic caption misled). */
    static boolean level(List<RunData.Series> series) {
        for (RunData.Series s : series) {
            double first = Double.NaN;
            for (double v : s.y()) {
                if (Double.isNaN(v)) {
                    continue;
                }
                if (Double.isNaN(first)) {
                    first = v;
                } else if (Math.abs(v - first) > 1e-6) {   // (the census sums morale in units of 2^-24)
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The labs the scenario's events name most (every lab so named, when several tie), whose teams
     * the page shows first; none when no event names a lab.
     */
    private java.util.Set<String> focusLabs() {
        Map<String, Integer> named = new java.util.HashMap<>();
        for (ScenarioInfo.Event e : info.events()) {
            for (String lab : e.labs()) {
                named.merge(lab, 1, Integer::sum);
            }
        }
        // among the labs with team charts (a lab of one team named more has none to show first)
        int most = d.labs.stream().filter(l -> d.team.getOrDefault(l, Map.of()).size() >= 2).mapToInt(l -> named.getOrDefault(l, 0))
                .max().orElse(0);
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (String lab : d.labs) {
            if (most > 0 && named.getOrDefault(lab, 0) == most && d.team.getOrDefault(lab, Map.of()).size() >= 2) {
                out.add(lab);
            }
        }
        return out;
    }

    /** Whether lab {@code lab} has team charts in the "Teams" section ({@code first}) or in "Other labs' teams". */
    private boolean teamsIn(String lab, java.util.Set<String> focus, boolean first) {
        return d.team.getOrDefault(lab, Map.of()).size() >= 2 && (first ? focus.isEmpty() || focus.contains(lab) : !focus.contains(lab));
    }

    /** Whether any lab has team charts under "Other labs' teams". */
    private boolean otherTeams(java.util.Set<String> focus) {
        return !focus.isEmpty() && d.labs.stream().anyMatch(lab -> teamsIn(lab, focus, false));
    }

    /**
     * The team charts and tables of each lab with several teams: with {@code first}, those of the
     * labs in {@code focus} (every lab when it is empty) under "Teams"; else the others, under
     * "Other labs' teams".
     */
    private void teams(Html h, java.util.Set<String> focus, boolean first) {
        boolean any = false;
        for (String lab : d.labs) {
            if (!teamsIn(lab, focus, first)) {
                continue;
            }
            Map<String, Map<String, double[]>> ts = d.team.get(lab);
            if (!any) {
                h.raw(first ? "<h2 id=\"teams\">Teams</h2>\n" : "<h2 id=\"other-teams\">Other labs' teams</h2>\n");
            }
            any = true;
            List<String> names = new ArrayList<>(ts.keySet());
            String id = Ids.of(lab);
            h.raw("<h3>").raw(Html.esc(lab)).raw("</h3>\n<div class=\"grid\">\n");
            List<Charts.Mark> mine = labMarks.getOrDefault(lab, List.of());
            double[] laid = d.lab.getOrDefault(lab, Map.of()).get("layoffs");
            boolean cut = laid != null && java.util.Arrays.stream(laid).anyMatch(v -> v > 0);
            String around = mine.isEmpty() ? "." : " around the events that name " + lab + " (numbered as in the list above).";
            add(h, "headcount-teams-" + id, "Headcount per team: " + lab, "researchers", series(ts, names, "headcount"),
                    false, true, Charts.counts(), (cut ? "Which of " + lab + "'s teams are cut and which keep hiring"
                            : "How " + lab + "'s teams grow and shrink") + around, mine);
            List<RunData.Series> pay = series(ts, names, "mean_salary");
            boolean log = spans(pay);
            add(h, "salary-teams-" + id, "Mean salary per team: " + lab, perYear() + (log ? " (log scale)" : ""), pay,
                    log, false, pay(), "The pay gap between " + lab + "'s teams" + (log ? " (log scale: each gridline is ten times the one below)." : ".")
                            + payGap(ts, names, weekly() ? "week" : "month"), mine);
            List<RunData.Series> teamMorale = series(ts, names, "mean_morale");
            if (level(teamMorale)) {
                // as the labs' (a team's chart of flat lines under a caption of what moves it: a re-check)
                flatMorale(h, "Mean morale per team: " + lab, "team", teamMorale);
            } else {
                add(h, "morale-teams-" + id, "Mean morale per team: " + lab, "morale (0 to 1)", teamMorale,
                        false, false, Charts.decimals(), "Which of " + lab + "'s teams is least happy, and when it drops: those paid"
                                + " below the lab's median lose morale when another team is paid more than its skill explains."
                                + leaderChanges(lab)
                                + teamLayoffNote(d.lab.getOrDefault(lab, Map.of()).get("layoffs"), ts, names, d.dates, weekly() ? "week" : "month"), mine);
            }
            h.raw("</div>\n");
            teamTable(h, lab, id, ts, names);
        }
        if (!any && first) {
            h.raw("<h2 id=\"teams\">Teams</h2>\n");
            h.el("p", "note", "No lab has more than one team.");
        }
    }

    /**
     * A lab's teams: focus, share of the lab's compute and leader fit (from the scenario, when it
     * is known), headcount and output at the start and the end (teams.csv).
     */
    private void teamTable(Html h, String lab, String id, Map<String, Map<String, double[]>> ts, List<String> names) {
        Map<String, ScenarioInfo.TeamInfo> spec = new java.util.HashMap<>();
        for (ScenarioInfo.TeamInfo t : info.teams()) {
            if (t.lab().equals(lab)) {
                spec.put(t.team(), t);
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (String team : names) {
            Map<String, double[]> m = ts.get(team);
            ScenarioInfo.TeamInfo t = spec.get(team);
            double[] head = m.get("headcount");
            double[] out = m.get("output");
            rows.add(List.of(team, t == null ? "\u2013" : t.focus(), t == null ? "\u2013" : pct(t.computeShare()),
                    t == null ? "\u2013" : fitCell(t), Fmt.count(Math.round(head[0])) + " \u2192 " + Fmt.count(Math.round(head[head.length - 1])),
                    out == null ? "\u2013" : Fmt.amount(out[0]) + " \u2192 " + Fmt.amount(out[out.length - 1])));
        }
        h.table("teams-" + id, List.of("team", "focus", "compute share", "leader fit (start \u2192 after leader changes)",
                "headcount (first \u2192 last " + (weekly() ? "week" : "month") + ")",
                "output a month (first \u2192 last)"), rows, c -> c >= 2);
        // the scenario's own lag, and that the knowledge lasts (the note said "about three years" of every
        // scenario, and STORY's "pays off over a decade" read as contradicted: a student's review)
        int lag = info.researchLagMonths();
        String lagged = lag < 0 ? "over years" : lag == 0 ? "at once (this scenario has no research lag)"
                : "over a lag of " + (lag % 12 == 0 ? lag / 12 + (lag == 12 ? " year" : " years") : lag + (lag == 1 ? " month" : " months"))
                + " on average";
        h.el("p", "note", "Research output reaches capability " + lagged + ", as knowledge that keeps paying off long after;"
                + " product output at once; the compute share scales output, most for product teams; focus and compute share are"
                + " the scenario's at the start, leader fit the team leader's times the lab leader's (1 until a change of the"
                + " lab's leader), as written and after the scenario's leader changes (listed above)"
                + (spec.isEmpty() ? ". (The scenario is not known here: focus, compute and leader fit are not shown.)" : "."));
    }

    /** A team's leader fit, as written and, where the scenario's leader changes move it, after them ("0.45 \u2192 0.405"). */
    private static String fitCell(ScenarioInfo.TeamInfo t) {
        String start = Fmt.num(t.leaderFit());
        String end = Fmt.num(t.leaderFitEnd());
        return start.equals(end) ? start : start + " \u2192 " + end;
    }

    /**
     * The pay gap in figures, for a team's pay chart, where one team is paid at least twice any
     * other (month by month, over the months both have people): "TBD Lab's mean pay is 31 to 79
     * times the other teams' (month by month)". Read off a log axis it took counting gridlines (a
     * student's review). "" for a smaller gap, or fewer than two teams.
     */
    static String payGap(Map<String, Map<String, double[]>> ts, List<String> names) {
        return payGap(ts, names, "month");
    }

    /** {@link #payGap(Map, List)}, compared {@code period} by {@code period} (a weekly run's are weeks). */
    static String payGap(Map<String, Map<String, double[]>> ts, List<String> names, String period) {
        String top = null;
        double best = 0;
        for (String n : names) {   // the best paid at the last month any team has people
            double[] pay = ts.get(n).get("mean_salary");
            double last = pay == null ? Double.NaN : lastFinite(pay);
            if (last > best) {
                best = last;
                top = n;
            }
        }
        if (top == null || names.size() < 2) {
            return "";
        }
        double[] mine = ts.get(top).get("mean_salary");
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (String n : names) {
            double[] other = n.equals(top) ? null : ts.get(n).get("mean_salary");
            for (int t = 0; other != null && t < Math.min(mine.length, other.length); t++) {
                double r = mine[t] / other[t];
                if (Double.isFinite(r) && other[t] > 0) {
                    lo = Math.min(lo, r);
                    hi = Math.max(hi, r);
                }
            }
        }
        if (!(lo >= 2)) {
            return "";
        }
        String range = Fmt.num(Math.floor(lo)).equals(Fmt.num(Math.ceil(hi))) ? "about " + Fmt.num(Math.round(lo))
                : Fmt.num(Math.floor(lo)) + " to " + Fmt.num(Math.ceil(hi));
        return " " + top + "'s mean pay is " + range + " times the other team" + (names.size() == 2 ? "'s" : "s'") + " (" + period + " by " + period + ").";
    }

    private static double lastFinite(double[] v) {
        for (int t = v.length - 1; t >= 0; t--) {
            if (Double.isFinite(v[t])) {
                return v[t];
            }
        }
        return Double.NaN;
    }

    private static String pct(double share) {
        return Double.isNaN(share) ? "\u2013" : Fmt.num(100 * share) + "%";
    }

    /**
     * What a raid took, for its line in the events list: the POACHED rows of its tick from the
     * raided lab into the raider's team (its lab's, for a raid of the lab): ": 10 poached from
     * OpenAI into Meta/TBD Lab that month". They are the raid's and any other offer's of the
     * month; the list said only that a raid was scheduled, and the month's bars did not stand out
     * (a student's review). "" for another event, or one past the run's end.
     */
    private String raidTook(ScenarioInfo.Event e) {
        org.talentsim.scenario.EventSpec.Raid r = e.raid();
        if (r == null || e.tick() < 1 || e.tick() > d.dates.length) {
            return "";
        }
        int n = d.poached(e.tick(), r.fromLab(), r.lab(), r.team());
        String into = r.team() == null ? r.lab() : r.lab() + "/" + r.team();
        String period = weekly() ? "week" : "month";
        // two raids of one tick by the same team of the same lab share the rows: said, or a reader adds
        // them twice (a re-check)
        long same = info.events().stream().filter(o -> o.raid() != null && o.tick() == e.tick() && o.raid().lab().equals(r.lab())
                && java.util.Objects.equals(o.raid().team(), r.team()) && o.raid().fromLab().equals(r.fromLab())).count();
        String shared = same > 1 ? " (this " + period + "'s " + same + " raids of " + r.fromLab() + " together)" : "";
        return n == 0 ? ": none poached from " + r.fromLab() + " into " + into + " that " + period
                : ": " + Fmt.count(n) + " poached from " + r.fromLab() + " into " + into + " that " + period + shared;
    }

    /**
     * Whether some raid's month stands out in the POACHED rows (at least 1.5 times the median
     * month's, and more than the median month by 5) because of its raids (the month's raids take
     * at least half of the excess over the median): the caption claims a raid's spike only where
     * the bars show one (a raid of a few among dozens of monthly poaching moves is invisible), and
     * not where a spike is other poaching (the rivals taking a team being cut, in the month of a
     * layoff that also has a raid of three).
     */
    private static boolean raidSpikes(ScenarioInfo info, RunData d, Set<String> months) {
        List<Integer> perMonth = new ArrayList<>();
        for (String month : months) {
            Map<String, Integer> m = d.reasonsByMonth.get(month);
            perMonth.add(m == null ? 0 : m.getOrDefault("POACHED", 0));
        }
        if (perMonth.isEmpty()) {
            return false;
        }
        List<Integer> sorted = new ArrayList<>(perMonth);
        java.util.Collections.sort(sorted);
        int median = sorted.get((sorted.size() - 1) / 2);
        Map<String, Integer> raided = new java.util.TreeMap<>();
        java.util.regex.Pattern count = java.util.regex.Pattern.compile(" raids (\\d+) ");
        for (ScenarioInfo.Event e : info.events()) {
            java.util.regex.Matcher c = count.matcher(e.label());
            if (!c.find() || e.tick() < 1 || e.tick() > d.dates.length) {
                continue;
            }
            String date = d.dates[e.tick() - 1];
            raided.merge(date.length() > 7 ? date.substring(0, 7) : date, Integer.parseInt(c.group(1)), Integer::sum);
        }
        for (Map.Entry<String, Integer> r : raided.entrySet()) {
            Map<String, Integer> m = d.reasonsByMonth.get(r.getKey());
            int n = m == null ? 0 : m.getOrDefault("POACHED", 0);
            if (n >= 1.5 * median && n > median + 5 && r.getValue() >= (n - median) / 2.0) {
                return true;
            }
        }
        return false;
    }

    /** The acqui-hires: each month a lab bought people, from whom, how many and the price (labs.csv acquisitions). */
    private void acquisitions(Html h) {
        List<List<String>> rows = new ArrayList<>();
        java.util.Set<List<Object>> priced = new java.util.HashSet<>();
        for (Map.Entry<List<Object>, Integer> e : d.acquired.entrySet()) {
            int tick = (Integer) e.getKey().get(0);
            String buyer = (String) e.getKey().get(1);
            double[] price = d.lab.getOrDefault(buyer, Map.of()).get("acquisitions");
            double p = price == null || tick < 1 || tick > price.length ? Double.NaN : price[tick - 1];
            // a buyer's price of the month once, on its first deal's row (two deals in a month share it)
            boolean first = priced.add(List.of(tick, buyer));
            rows.add(List.of(d.dates[tick - 1], buyer, (String) e.getKey().get(2), Fmt.count(e.getValue()),
                    first && p > 0 ? money(p) : "\u2013"));
        }
        if (rows.isEmpty()) {
            return;
        }
        h.raw("<h3>Acqui-hires</h3>\n");
        h.table("acquisitions", List.of("month", "buyer", "seller", "people", "price"), rows, c -> c >= 3);
        h.el("p", "note", "People bought with their team (ACQUIRED rows of moves.csv; the flow matrix counts them with the"
                + " poached) and the price the buyer paid (labs.csv acquisitions: a one-off outlay, outside the payroll budget;"
                + " a month with two deals of one buyer shows their price once).");
    }

    /**
     * The months in which a lab laid people off or paid severance (labs.csv), with the event's
     * terms: notice and severance (weeks, and weeks per year of tenure).
     */
    private void cuts(Html h) {
        List<List<String>> rows = new ArrayList<>();
        // whether some layoff let people go at pay far below the lab's mean (what the note says of
        // them: a lab closed by an acqui-hire lets everyone go, at its mean: a reviewer)
        boolean cheaper = false;
        for (int t = 0; t < d.dates.length; t++) {
            for (String lab : d.labs) {
                Map<String, double[]> m = d.lab.get(lab);
                double laid = m.get("layoffs")[t];
                double sev = m.get("severance")[t];
                if (!(laid > 0) && !(sev > 0)) {
                    continue;
                }
                // every event of the month that lets people go at this lab (a layoff and a dismissal
                // share a row), each set of terms once
                // (each set of terms with the events on them: "a layoff of 600 and the dismissal of Yuandong
                // Tian: ...", where the count 601 beside the event list's 600 went unexplained: a student's review)
                Map<String, List<String>> byTerms = new LinkedHashMap<>();
                for (ScenarioInfo.Cut c : info.cuts()) {
                    if (c.tick() == t + 1 && c.lab().equals(lab)) {
                        byTerms.computeIfAbsent(c.noticeMonths() + " months' paid notice; severance " + Fmt.num(c.severanceWeeks())
                                + " weeks + " + Fmt.num(c.severanceWeeksPerYear()) + " weeks a year of tenure", k -> new ArrayList<>())
                                .add(c.what());
                    }
                }
                List<String> terms = new ArrayList<>();
                byTerms.forEach((text, what) -> terms.add(String.join(" and ", what) + ": " + text));
                // those the budget forced in a month of an event's layoff, said apart (the row credited
                // them all to the event's terms: a scenario author's review); alone, '–' says it
                double[] forcedBy = m.get("budget_layoffs");
                double forced = forcedBy == null ? Double.NaN : forcedBy[t];
                if (!terms.isEmpty() && forced > 0) {
                    terms.add(Fmt.count(Math.round(forced)) + " of them the budget forced: the default terms");
                }
                // without the scenario (not read) the events' terms are unknown: '–' would say the budget forced it
                // what those let go were paid a year, and its share of the lab's payroll the month before
                double[] paid = d.laidOffPay.get(lab);
                double their = paid == null ? 0 : paid[t];
                double before = t > 0 ? m.get("payroll")[t - 1] : m.get("payroll")[t];
                // each one's pay beside the lab's mean: 601 people at 2% of the payroll read as a typo
                // (a student's review: the least productive, and cheapest, go first)
                double[] meanPay = m.get("mean_salary");
                double labMean = meanPay == null ? Double.NaN : t > 0 ? meanPay[t - 1] : meanPay[t];
                String each = their > 0 && laid > 0 ? money(their / laid) + (Double.isFinite(labMean) && labMean > 0 ? " ("
                        + money(labMean) + ")" : "") : "\u2013";
                cheaper |= their > 0 && laid > 0 && Double.isFinite(labMean) && their / laid < 0.75 * labMean;
                rows.add(List.of(d.dates[t], lab, Fmt.count(Math.round(laid)) + byTeam(lab, t + 1), their > 0 ? money(their) : "\u2013",
                        their > 0 && before > 0 ? Fmt.shareFine(their / before) : "\u2013", each, money(sev),
                        info.note() != null ? "unknown" : terms.isEmpty() ? "\u2013" : String.join(" / ", terms)));
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        h.raw("<h3>Layoffs</h3>\n");
        boolean weekly = weekly();
        h.table("cuts", List.of(weekly ? "week" : "month", "lab", "laid off", "their pay, a year", "of the payroll",
                "each (the lab's mean the " + (weekly ? "week" : "month") + " before)", "severance paid", "terms (the scenario's events)"),
                rows, c -> c >= 2 && c <= 6);
        h.el("p", "note", "Those laid off go on paid notice (in the payroll, not in the headcount), looking for work, then"
                + " to the pool: the payroll falls by their pay (its share of the payroll " + (weekly ? "the week" : "the month")
                + " before) when the notice ends; severance is charged to the lab in the " + (weekly ? "week" : "month") + " of the layoff." + (cheaper
                        ? " Each one's pay is often far below the lab's mean: the least productive go first by default, and they are"
                        + " the cheapest, so a layoff of many is a small share of the payroll." : "") + " The terms are those of the " + (weekly ? "week" : "month") + "'s"
                + " layoffs, dismissals and closures of a lab bought (an acqui-hire); '\u2013' is a layoff the budget forced, on the"
                + " default terms (2 months, 16 weeks + 2 a year)." + (info.note() != null
                        ? " The scenario file was not read (see above), so the terms and the layoffs' causes are unknown." : ""));
        String after = hiringAfterLayoffs();
        if (after != null) {
            h.el("p", "note", after);
        }
    }

    /**
     * A lab that takes people in again after a layoff of the scenario's, with its figures and why:
     * mass-layoff's BigCo cut 600, then hired 252 and poached 176, and no line of the page said how
     * a lab that had just cut could hire (a student's review). Null when no such lab.
     */
    private String hiringAfterLayoffs() {
        List<String> labs = new ArrayList<>();
        for (String lab : d.labs) {
            int last = -1;
            for (ScenarioInfo.Cut c : info.cuts()) {
                double[] laid = d.lab.getOrDefault(lab, Map.of()).get("layoffs");
                if (c.lab().equals(lab) && c.tick() >= 1 && c.tick() <= d.dates.length && laid != null && laid[c.tick() - 1] > 0) {
                    last = Math.max(last, c.tick());
                }
            }
            int[] in = d.inByTick.get(lab);
            if (last < 1 || last >= d.dates.length || in == null) {
                continue;
            }
            int[] left = d.leftByTick.getOrDefault(lab, new int[d.dates.length]);
            long took = 0;
            long gone = 0;
            for (int t = last; t < d.dates.length; t++) {
                took += in[t];
                gone += left[t];
            }
            if (took > 0) {
                labs.add(lab + " took in " + Fmt.count(took) + (took == 1 ? " researcher" : " researchers") + " after its layoff of "
                        + d.dates[last - 1] + " (" + d.dates[last] + (last + 1 < d.dates.length ? " to " + d.dates[d.dates.length - 1] : "")
                        + "), while " + Fmt.count(gone) + " others left it");
            }
        }
        if (labs.isEmpty()) {
            return null;
        }
        return String.join("; ", labs) + ". A layoff lowers the targets of the teams it cuts to the size it leaves them, so"
                + " the positions cut are not hired back; but a place that a later leaver empties (a quit, a poach) is filled"
                + " again, and the teams it did not cut hire to their own targets" + (info.rehireCoolOffMonths() > 0
                ? "; a lab takes none of those it laid off back for " + info.rehireCoolOffMonths() + (info.rehireCoolOffMonths() == 1
                ? " month" : " months") + " (market.rehireCoolOffMonths)." : info.rehireCoolOffMonths() == 0
                ? "; with market.rehireCoolOffMonths 0 a lab may hire back those it laid off at once." : ".");
    }

    /**
     * The teams a lab of several laid people off from in tick {@code tick}, the most first, and
     * those it spared: " (Products 349, Infra 133, FAIR 119; TBD Lab none)"; "" for a lab of one
     * team. The table said 601 and no more, and that TBD Lab lost no one was left to a chart (a
     * student's review).
     */
    private String byTeam(String lab, int tick) {
        Map<String, Integer> cut = d.laidOffByTeam.getOrDefault(lab, Map.of()).getOrDefault(tick, Map.of());
        java.util.Set<String> teams = d.team.getOrDefault(lab, Map.of()).keySet();
        if (teams.size() < 2 || cut.isEmpty()) {
            return "";
        }
        List<String> parts = cut.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> (e.getKey().isEmpty() ? "no team" : e.getKey()) + " " + Fmt.count(e.getValue())).toList();
        // the teams that had people the month before and lost none to it
        List<String> spared = new ArrayList<>();
        for (String team : teams) {
            double[] head = d.team.get(lab).get(team).get("headcount");
            boolean had = head != null && tick >= 2 && tick - 2 < head.length && head[tick - 2] > 0;
            if (had && !cut.containsKey(team)) {
                spared.add(team);
            }
        }
        return " (" + String.join(", ", parts) + (spared.isEmpty() ? "" : "; " + String.join(", ", spared) + " none") + ")";
    }

    private void moves(Html h) {
        h.raw("<h2 id=\"moves\">Moves</h2>\n<div class=\"grid\">\n");
        List<String> labs = new ArrayList<>(d.labs);
        for (String[] f : d.flows) {
            for (String s : new String[] {f[0], f[1]}) {
                if (!s.isEmpty() && !labs.contains(s)) {
                    labs.add(s);
                }
            }
        }
        // the pool is row and column 0 (a lab may be named "pool" too); with more than
        // MAX_FLOW_LABS labs, those with the most moves in and out keep their own row and column,
        // in the summary's order, and the others share one
        Map<String, Long> volume = new LinkedHashMap<>();
        labs.forEach(l -> volume.put(l, 0L));
        for (String[] f : d.flows) {
            long c = Long.parseLong(f[2]);
            for (String s : new String[] {f[0], f[1]}) {
                if (!s.isEmpty()) {
                    volume.merge(s, c, Long::sum);
                }
            }
        }
        List<String> kept = labs;
        if (labs.size() > MAX_FLOW_LABS) {
            List<String> top = new ArrayList<>(labs);
            top.sort((a, b) -> Long.compare(volume.get(b), volume.get(a)));   // stable: ties keep the order
            Set<String> keep = new java.util.HashSet<>(top.subList(0, MAX_FLOW_LABS - 1));
            kept = labs.stream().filter(keep::contains).toList();
        }
        Map<String, Integer> index = new java.util.HashMap<>();
        List<String> names = new ArrayList<>();
        names.add("pool");
        List<String> shown = shortNames(kept);
        for (int k = 0; k < kept.size(); k++) {
            index.put(kept.get(k), names.size());
            names.add(shown.get(k));
        }
        int others = labs.size() - kept.size();
        if (others > 0) {
            names.add("other labs (" + others + ")");
        }
        int[][] counts = new int[names.size()][names.size()];
        for (String[] f : d.flows) {
            int from = f[0].isEmpty() ? 0 : index.getOrDefault(f[0], names.size() - 1);
            int to = f[1].isEmpty() ? 0 : index.getOrDefault(f[1], names.size() - 1);
            counts[from][to] += Integer.parseInt(f[2]);
        }
        int size = Math.max(420, 140 + 48 * names.size());
        add(h, new Figure("flows", "Who took people from whom", "to", "from", "Read across a row: where a lab's people went;"
                + " 'pool' is everyone outside the labs: the job seekers (hires come from them; quits and layoffs go to them)"
                + " and, as a destination, those who left the market (a lab's exits)."
                + (!joinedLabs().isEmpty() ? " A lab's column counts those taken into any of its teams: the next chart"
                        + " gives each team's own sources." : "")
                + (d.acquired.isEmpty() ? "" : " Between labs every move counts: the poached and those bought in acqui-hires"
                        + " (under Acqui-hires below)" + (movedTeams() ? " or moved with their team" : "") + ".")
                + (others > 0 ? " The " + kept.size() + " labs with the most moves; 'other labs' are the other " + others
                        + " together (flows.csv has every pair)." : ""),
                MoveCharts.heatMap("Who took people from whom", "to (lab, or the pool)", "from (lab, or the pool)", names, counts),
                // no narrower than the charts beside it: scaled to the same column, a 500-wide map's
                // text stood ~25% larger than its neighbours' (a student's review)
                Math.max(640, size + 80), size));
        teamJoins(h, names, index);
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        Set<String> seen = new LinkedHashSet<>();
        d.reasonsByMonth.values().forEach(m -> seen.addAll(m.keySet()));
        List<String> reasons = new ArrayList<>(REASONS.stream().filter(seen::contains).toList());
        seen.stream().filter(r -> !reasons.contains(r)).forEach(reasons::add);
        // a bar for every month of the run, those without moves too (0), so that the bars keep time
        Set<String> months = new java.util.TreeSet<>(d.reasonsByMonth.keySet());
        for (String date : d.dates) {
            months.add(date.length() > 7 ? date.substring(0, 7) : date);
        }
        // a counter-offer that kept someone is no move: drawn, it made about half of each bar of a
        // bidding war (found by a student's review); the caption counts them
        int countered = 0;
        for (Map<String, Integer> m : d.reasonsByMonth.values()) {
            countered += m.getOrDefault("COUNTERED", 0);
        }
        reasons.remove("COUNTERED");
        List<Paint> colours = new ArrayList<>();
        for (String r : reasons) {
            colours.add(Charts.PALETTE[Math.max(0, REASONS.indexOf(r) < 0 ? 8 : REASONS.indexOf(r)) % Charts.PALETTE.length]);
            for (String month : months) {
                Map<String, Integer> m = d.reasonsByMonth.get(month);
                ds.addValue(m == null ? 0 : m.getOrDefault(r, 0), r.toLowerCase(java.util.Locale.ROOT).replace('_', ' '), month);
            }
        }
        // the caption names only the kinds of rows this run has (a layoff's rows in a run without layoffs misled)
        List<String> spikes = new ArrayList<>();
        if (seen.contains("LAID_OFF")) {
            spikes.add("a layoff's LAID_OFF rows");
        }
        if (seen.contains("VISA_EXIT")) {
            // what a visa exit is, and why it comes months after the layoff (the page never said
            // "H-1B" or "grace": a student's review)
            spikes.add("the visa exits a few months after a job is lost (a researcher on a work visa, such as an H-1B, leaves"
                    + " the market when the notice" + (info.visaGraceDays() >= 0 ? " and a grace of " + info.visaGraceDays() + " days"
                    : " and the visa's grace period") + " run out without a new job)");
        }
        if (seen.contains("ACQUIRED")) {
            spikes.add("an acqui-hire's ACQUIRED rows");
        }
        if (raidSpikes(info, d, months)) {
            spikes.add("a raid's POACHED rows (the list of events says how many each took)");
        }
        String caption = (spikes.isEmpty() ? "The month-to-month flow of hires, quits and poaching"
                : "Spikes are events (numbered as in the list above): " + String.join(", ", spikes)) + "."
                + (countered > 0 ? " Not drawn: the " + Fmt.count(countered) + " counter-offers that kept someone (" + byLab(d.countered)
                + "; COUNTERED rows of"
                + " moves.csv), as no one moved." : "");
        // the events' months, numbered as the time charts number them
        Map<String, String> monthMarks = new java.util.LinkedHashMap<>();
        for (Charts.Mark m : marks) {
            for (int t = 0; t < d.x.length; t++) {
                if (d.x[t] == m.x()) {
                    String month = d.dates[t].length() > 7 ? d.dates[t].substring(0, 7) : d.dates[t];
                    monthMarks.merge(month, m.label(), (a, b) -> a + ", " + b);
                    break;
                }
            }
        }
        add(h, new Figure("reasons", "Moves per month, by reason", TIME, "researchers who moved", caption,
                Charts.stackedBars("Moves per month, by reason", TIME, "researchers who moved", ds, colours, monthMarks), 640, 420));
        h.raw("</div>\n");
        cuts(h);
        acquisitions(h);
    }

    /**
     * Who joined each team of the labs with several teams, and from where (the pool, or the lab
     * they were poached from, grouped as in the flow matrix: {@code names}, {@code index}): the
     * heat map is by lab, so an elite team built by poaching (the flagship's TBD Lab, eight from
     * OpenAI in one go) did not show as such (found by a student-style review).
     */
    /**
     * The labs "Who joined each team" draws: those of several teams that took people on, and any
     * lab that hired people another lab had laid off (the flow matrix counts poaching only: a
     * one-team rival's hires from a layoff, mass-layoff's Rival B, showed nowhere: a student's review).
     */
    private List<String> joinedLabs() {
        List<String> labs = new ArrayList<>();
        for (String lab : d.labs) {
            Map<String, Map<String, double[]>> teams = d.team.get(lab);
            Map<String, Map<String, int[]>> joins = d.joins.get(lab);
            if (teams == null || joins == null) {
                continue;
            }
            boolean laidOff = joins.values().stream().anyMatch(from -> from.keySet().stream().anyMatch(k -> k.startsWith("\n")));
            if (teams.size() > 1 || laidOff) {
                labs.add(lab);
            }
        }
        return labs;
    }

    /** The most characters of a bar's lab and team in "Who joined each team" (the count after them). */
    static final int BAR_LABEL = 34;

    private void teamJoins(Html h, List<String> names, Map<String, Integer> index) {
        List<String> labs = joinedLabs();
        if (labs.isEmpty()) {
            return;
        }
        List<String> shown = shortNames(labs);
        List<String> bars = new ArrayList<>();
        List<int[]> rows = new ArrayList<>();
        List<Integer> joined = new ArrayList<>();   // how many joined each bar's team
        for (int k = 0; k < labs.size(); k++) {
            String lab = labs.get(k);
            for (String team : d.team.get(lab).keySet()) {
                // a source per lab poached from, and per lab whose laid-off people were hired from the pool
                // (and per lab people were bought from in an acqui-hire)
                int[] by = new int[3 * names.size()];
                Map<String, int[]> from = d.joins.get(lab).getOrDefault(team, Map.of());
                for (Map.Entry<String, int[]> e : from.entrySet()) {
                    String key = e.getKey();
                    boolean laid = key.startsWith("\n");
                    boolean bought = key.startsWith("\r");
                    String src = laid || bought ? key.substring(1) : key;
                    int col = src.isEmpty() ? 0 : index.getOrDefault(src, names.size() - 1);
                    by[(laid ? names.size() : bought ? 2 * names.size() : 0) + col] += e.getValue()[0];
                }
                int all = java.util.Arrays.stream(by).sum();
                // lab and team in at most BAR_LABEL characters (the team's name cut first), so that
                // long names leave the plot its height (two long names squeezed it to a third: a
                // review); the whole team's name cut as elsewhere where the shorter cut is taken
                String lab0 = shown.get(k);
                String shorter = Charts.text(lab0 + "/" + Fmt.cut(team, Math.max(8, BAR_LABEL - lab0.codePointCount(0, lab0.length()) - 1)));
                boolean taken = bars.stream().anyMatch(x -> x.startsWith(shorter + " ("));
                bars.add((taken ? Charts.text(lab0 + "/" + Fmt.cut(team, MAX_LABEL)) : shorter) + " (" + all + ")");
                rows.add(by);
                joined.add(all);
            }
        }
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        List<Paint> colours = new ArrayList<>();
        for (int s = 0; s < 3 * names.size(); s++) {
            int total = 0;
            for (int[] by : rows) {
                total += by[s];
            }
            if (total == 0) {
                continue;   // a source no one came from: not in the legend
            }
            int src = s % names.size();
            boolean laid = s >= names.size() && s < 2 * names.size();
            boolean bought = s >= 2 * names.size();
            String series = laid ? Charts.text("hired from the pool, laid off by " + names.get(src))
                    : bought ? Charts.text("bought from " + names.get(src) + " (acqui-hire)")
                    : src == 0 ? "hired from the pool" : Charts.text("from " + names.get(src));
            java.awt.Color c = src == 0 ? new java.awt.Color(0xb8bec8) : (java.awt.Color) Charts.PALETTE[(src - 1) % Charts.PALETTE.length];
            // those a lab laid off: its colour, paler; those bought from it: darker
            colours.add(laid ? new java.awt.Color((c.getRed() + 2 * 255) / 3, (c.getGreen() + 2 * 255) / 3, (c.getBlue() + 2 * 255) / 3)
                    : bought ? c.darker() : c);
            for (int b = 0; b < bars.size(); b++) {
                int all = joined.get(b);
                // shares: a team of a few dozen built by poaching stands out beside teams of hundreds hired from the pool
                ds.addValue(all == 0 ? 0 : 100.0 * rows.get(b)[s] / all, series, bars.get(b));
            }
        }
        if (colours.isEmpty()) {
            return;
        }
        // the second third of the columns: hires another lab had laid off; the last: people bought
        boolean bought = anyIn(rows, 2 * names.size(), 3 * names.size());
        add(h, new Figure("team-joins", "Who joined each team, and from where", "team (how many joined)",
                "share of those who joined (%)",
                "Of the researchers each team (of the labs with several teams, and of a lab that hired people another had laid"
                        + " off) hired from the pool"
                        + (bought ? ", poached from another lab or bought in an acqui-hire" : " or poached from"
                        + " another lab") + " over the run, the share from each source; the number after the team is how"
                        + " many: a team built by poaching stands out in colour (the heat map above is by lab)"
                        + joinsColours(anyIn(rows, names.size(), 2 * names.size()), bought),
                Charts.stackedBars("Who joined each team, and from where", "team (how many joined)",
                        "share of those who joined (%)", ds, colours), 640, 440));
    }

    /** Counts by lab, the labs in the run's order: "Keeper 345, Raider 12" (which lab countered: a student's review of retention). */
    private String byLab(Map<String, Integer> counts) {
        List<String> parts = new ArrayList<>();
        for (String lab : d.labs) {
            Integer n = counts.get(lab);
            if (n != null && n > 0) {
                parts.add(lab + " " + Fmt.count(n));
            }
        }
        counts.forEach((lab, n) -> {
            if (!d.labs.contains(lab) && n > 0) {
                parts.add(lab + " " + Fmt.count(n));
            }
        });
        return mostOf(parts);
    }

    /**
     * "Lab count" parts joined; of more than {@link #BY_LAB_MOST}, the largest counts and how many
     * labs more (pvr1's caption listed 49 labs inline: a student's review).
     */
    static String mostOf(List<String> parts) {
        if (parts.size() <= BY_LAB_MOST) {
            return String.join(", ", parts);
        }
        List<String> most = new ArrayList<>(parts);
        most.sort(java.util.Comparator.comparingLong((String x) -> Long.parseLong(x.substring(x.lastIndexOf(' ') + 1).replace(",", "")))
                .reversed());
        return String.join(", ", most.subList(0, BY_LAB_MOST)) + " and " + (parts.size() - BY_LAB_MOST) + " labs more";
    }

    /** The most labs {@link #byLab} names one by one. */
    static final int BY_LAB_MOST = 8;

    /** The end of the team-joins caption: what the paler and the darker colours mean, when drawn, joined by "and". */
    static String joinsColours(boolean laidOff, boolean bought) {
        List<String> parts = new ArrayList<>();
        if (laidOff) {
            parts.add("one that took in another lab's laid-off people in its colour, paler");
        }
        if (bought) {
            parts.add("one that bought people from another lab in its colour, darker");
        }
        return parts.isEmpty() ? "." : ", " + (parts.size() == 1 ? "and " : "") + String.join(", and ", parts) + ".";
    }

    /** Whether a team took someone from sources {@code from} to {@code to} (columns of {@code rows}). */
    private static boolean anyIn(List<int[]> rows, int from, int to) {
        for (int[] by : rows) {
            for (int s = from; s < to; s++) {
                if (by[s] > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Labs of their own in the flow matrix, the last row and column being the others together. */
    static final int MAX_FLOW_LABS = 10;
    /** Longest lab name the flow matrix's axes show in full: longer ones are cut, with an ellipsis. */
    static final int MAX_LABEL = 24;

    static String shortName(String name) {
        return Fmt.cut(name, MAX_LABEL);
    }

    /**
     * The labels of {@code names} on the flow matrix's axes, each at most {@link #MAX_LABEL}
     * characters and all distinct: cut at the end ({@link #shortName}); where two would read the
     * same, their beginning and end with an ellipsis between (labs that differ only at the end of
     * a long name); where they still would, a number after.
     */
    static List<String> shortNames(List<String> names) {
        List<String> cut = new ArrayList<>();
        for (String n : names) {
            cut.add(shortName(n));
        }
        List<String> out = new ArrayList<>(cut);
        for (int k = 0; k < names.size(); k++) {
            String n = names.get(k);
            int len = n.codePointCount(0, n.length());
            if (len > MAX_LABEL && java.util.Collections.frequency(cut, cut.get(k)) > 1) {
                int head = 14;
                int tail = MAX_LABEL - head - 1;
                out.set(k, n.substring(0, n.offsetByCodePoints(0, head)) + "\u2026" + n.substring(n.offsetByCodePoints(0, len - tail)));
            }
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int k = 0; k < out.size(); k++) {
            String label = out.get(k);
            for (int j = 2; !seen.add(label); j++) {
                label = out.get(k) + " #" + j;
            }
            out.set(k, label);
        }
        return out;
    }

    private void named(Html h) {
        h.raw("<h2 id=\"named\">Named researchers</h2>\n");
        Map<String, Double> endPay = new LinkedHashMap<>();
        List<List<String>> end = new ArrayList<>();
        for (JsonNode n : d.summary.path("named_researchers")) {
            endPay.put(n.path("name").asText(), n.path("salary").asDouble());
            // a researcher out of the market has null for lab and team (asText() would say "null")
            String lab = n.path("lab").isTextual() ? n.path("lab").asText() : "";
            String team = n.path("team").isTextual() ? n.path("team").asText() : "";
            String status = n.path("status").asText();
            // out of a job (seeking, or out of the market) he is paid nothing: summary.json keeps his last pay
            boolean paid = status.equals("EMPLOYED") || status.equals("NOTICE");
            String pay = money(n.path("salary").asDouble());
            // the status in words, as the moves are ("EMPLOYED", "EXITED" in capitals: a student's review)
            end.add(List.of(n.path("name").asText(), lab.isEmpty() ? "(none)" : lab, team, statusWords(status),
                    paid ? pay : "\u2013 (last " + pay + ")"));
        }
        if (end.isEmpty()) {
            h.el("p", "note", "The scenario names no researchers.");
            return;
        }
        h.raw("<div class=\"grid\">\n");
        if (!d.namedMoves.isEmpty()) {
            add(h, new Figure("named-paths", "Named researchers' pay and moves", TIME, (modelUnits ? perYear() : "pay, USD per year"), "Pay at each row of"
                    + " moves.csv that names them (a move or a counter-offer); raises are not rows: a dashed line joins the last row to"
                    + " the pay at the end (when it changed), not the month of the raise. The label says where the researcher went.",
                    MoveCharts.namedPaths("Named researchers' pay and moves", TIME, (modelUnits ? perYear() : "pay, USD per year"), pay(), d.x, d.dates,
                            d.namedMoves, endPay), 960, 480));   // the whole row: its labels were ~8 px in half of it (a student's review)
        }
        h.raw("<div class=\"full\">\n");
        h.el("h3", "Where they ended");
        h.table("named-end", List.of("name", "lab", "team", "status", "pay at the end"), end, c -> c == 4);
        h.el("h3", "Their moves");
        List<List<String>> rows = new ArrayList<>();
        for (RunData.NamedMove m : d.namedMoves) {
            // one who left the market went nowhere: not "pool", which the job seekers are
            boolean left = m.toLab().isEmpty() && (m.reason().equals("EXITED") || m.reason().equals("VISA_EXIT"));
            // out of a job he is paid nothing: moves.csv keeps his last pay as new_salary, which read as
            // his pay after a quit or a layoff; and the reasons in words, as the bars name them (a student's review)
            rows.add(List.of(m.date(), m.name(), m.reason().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
                    where(m.fromLab(), m.fromTeam()), left ? "(left the market)" : where(m.toLab(), m.toTeam()),
                    // hired out of the pool, he was paid nothing before: his last job's pay read as a pay cut
                    // ("$4.61M → $3.638M" months after a layoff: a student's review)
                    (m.fromLab().isEmpty() ? "none (last " + money(m.oldSalary()) + ")" : money(m.oldSalary())) + " \u2192 "
                            + (m.toLab().isEmpty() ? "none" : money(m.newSalary())
                            // a package's parts: "$157.7M a year" read as cash, its sign-on was nowhere (a student's review)
                            + (m.annualEquity() > 0 ? " (" + money(m.annualEquity()) + " of it equity)" : "")
                            + (m.signOn() > 0 ? " + " + money(m.signOn()) + " sign-on"
                            // the package in the story's terms: "more than $100M in the first year" was left to the
                            // reader's sum of $75M and $26.25M (a student's review)
                            + " (" + money(m.newSalary() + m.signOn()) + " in the first year)" : ""))));
        }
        h.raw("<div class=\"scroll\">");
        h.table("named-moves", List.of("date", "name", "reason", "from", "to", "pay"), rows, c -> c == 5);
        h.raw("</div>\n");
        namedOffers(h);
        h.raw("</div>\n</div>\n");
    }

    /**
     * The offers made to the named researchers (their rows of {@code offers.csv}), each with what
     * became of it: a job fair's invitations, a counter-offer's rival, an offer turned down. The
     * moves showed only the offer taken, so no page said that several labs had invited him (STORY
     * S11: a student's review).
     */
    private void namedOffers(Html h) {
        h.el("h3", "The offers made to them");
        if (!d.offersWritten) {
            h.el("p", "note", "Not known: the run did not write offers.csv (by default it does for scenarios under 100,000"
                    + " researchers; --offers writes it for any).");
            return;
        }
        if (d.namedOffers.isEmpty()) {
            h.el("p", "note", "No lab made them an offer (offers.csv has no row that names them).");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (RunData.NamedOffer o : d.namedOffers) {
            String became = switch (o.outcome()) {
                case "HIRED" -> "taken";
                case "ACCEPTED" -> "taken: left " + o.fromLab();
                case "COUNTERED" -> "stayed: " + o.fromLab() + " countered with " + money(o.counter());
                default -> {
                    // the offer taken instead in the same tick (a job fair's other labs), if any
                    String took = d.namedOffers.stream().filter(x -> x.tick() == o.tick() && x.name().equals(o.name())
                            && (x.outcome().equals("HIRED") || x.outcome().equals("ACCEPTED"))).map(x -> x.toLab()).findFirst()
                            .orElse(null);
                    yield took != null ? "declined: took " + took + "'s" : o.fromLab().isEmpty() ? "declined" : "declined: stayed";
                }
            };
            rows.add(List.of(o.date(), o.name(), o.toLab(), o.fromLab().isEmpty() ? "between jobs" : o.fromLab(), money(o.offer()),
                    became));
        }
        h.raw("<div class=\"scroll\">");
        h.table("named-offers", List.of("date", "name", "offer from", "while at", "pay offered", "what became of it"), rows,
                c -> c == 4);
        h.raw("</div>\n");
        // a job fair that brought fewer offers than it drew teams, said (3 asked, 2 made, and the page
        // silent on the third: a student's review)
        List<String> fairs = new ArrayList<>();
        for (ScenarioInfo.Fair f : info.fairs()) {
            if (f.tick() < 1 || f.tick() > d.dates.length) {
                continue;
            }
            long made = d.namedOffers.stream().filter(o -> o.tick() == f.tick() && o.name().equals(f.researcher())).count();
            if (made < f.offers() && made > 0) {
                fairs.add(f.researcher() + "'s job fair (" + d.dates[f.tick() - 1] + ") drew " + f.offers() + " teams; " + made
                        + (made == 1 ? " made an offer" : " made offers"));
            }
        }
        if (!fairs.isEmpty()) {
            h.el("p", "note", String.join("; ", fairs) + ": teams hiring that month are drawn, and a lab drawn twice makes one"
                    + " offer (its best); a team makes none when it is of the lab he is at or of one that laid him off and is cooling"
                    + " off, when he does not clear its hiring bar, or when its lab has no budget room for a pay he would take.");
        }
    }

    private static String where(String lab, String team) {
        return lab.isEmpty() ? "pool" : team.isEmpty() ? lab : lab + "/" + team;
    }

    private void add(Html h, String id, String title, String yLabel, List<RunData.Series> s, boolean log, boolean zero,
            java.text.NumberFormat fmt, String caption) {
        add(h, id, title, yLabel, s, log, zero, fmt, caption, marks);
    }

    private void add(Html h, String id, String title, String yLabel, List<RunData.Series> s, boolean log, boolean zero,
            java.text.NumberFormat fmt, String caption, List<Charts.Mark> marked) {
        org.jfree.chart.JFreeChart chart = Charts.timeLines(title, TIME, yLabel, d.x, s, log, zero, fmt, marked);
        add(h, new Figure(id, title, TIME, yLabel, caption + Charts.coveringNote(chart), chart, 640, 400));
    }


    /**
     * The labs whose offer premium a strategy moved, for the offer premium chart's caption: ":
     * Meta's rose from 2025-04, from 0% to 100% at the end" — the response to falling behind (STORY
     * S8) was in labs.csv only. Empty when no lab's premium changed (or the folder
     * has no premiums); at most three labs named, the first to respond first.
     */
    /** Whether a series takes more than one value (NaN aside). */
    static boolean moved(double[] y) {
        double first = Double.NaN;
        for (double v : y) {
            if (!Double.isNaN(v)) {
                if (Double.isNaN(first)) {
                    first = v;
                } else if (v != first) {
                    return true;
                }
            }
        }
        return false;
    }

    static String responses(Map<String, Map<String, double[]>> byLab, String[] dates) {
        record Moved(String lab, int from, double start, double end) {}
        List<Moved> moved = new ArrayList<>();
        byLab.forEach((lab, cols) -> {
            double[] p = cols.get("offer_premium");
            if (p == null) {
                return;
            }
            double start = Double.NaN;
            int from = -1;
            double end = Double.NaN;
            for (int t = 0; t < p.length; t++) {
                if (Double.isNaN(p[t])) {
                    continue;
                }
                if (Double.isNaN(start)) {
                    start = p[t];
                } else if (from < 0 && p[t] != start) {
                    from = t;
                }
                end = p[t];
            }
            if (from >= 0) {
                moved.add(new Moved(lab, from, start, end));
            }
        });
        if (moved.isEmpty()) {
            return "";
        }
        moved.sort(java.util.Comparator.comparingInt(Moved::from));
        List<String> said = new ArrayList<>();
        for (Moved m : moved.subList(0, Math.min(3, moved.size()))) {
            // with how far behind the leader the lab was then (the gap that decides, STORY S8, was read off the axes: a student's review)
            double gap = gapAt(byLab, m.lab(), m.from());
            said.add(m.lab() + "'s " + (m.end() >= m.start() ? "rose" : "fell") + " from " + dates[m.from()]
                    + (Double.isNaN(gap) ? "" : " (its capability " + Fmt.num(100 * gap) + "% behind the leader's that month)")
                    + ", from " + Fmt.num(100 * m.start()) + "% to " + Fmt.num(100 * m.end()) + "% at the end");
        }
        return ": " + String.join("; ", said) + (moved.size() > 3 ? "; and " + (moved.size() - 3) + " more labs" : "")
                + " (labs.csv's offer_premium)";
    }

    /** Lab {@code lab}'s capability gap to the leader, {@code (leader − lab) / leader}, at row {@code t} (NaN when unknown). */
    static double gapAt(Map<String, Map<String, double[]>> byLab, String lab, int t) {
        int at = t;
        double leader = Double.NaN;
        for (Map<String, double[]> cols : byLab.values()) {
            double[] c = cols.get("capability");
            if (c != null && at < c.length && !(c[at] <= leader)) {
                leader = Double.isNaN(c[at]) ? leader : c[at];
            }
        }
        double[] mine = byLab.getOrDefault(lab, Map.of()).get("capability");
        if (mine == null || at >= mine.length || Double.isNaN(mine[at]) || !(leader > 0)) {
            return Double.NaN;
        }
        return (leader - mine[at]) / leader;
    }

    private static List<RunData.Series> series(Map<String, Map<String, double[]>> by, List<String> names, String col) {
        List<RunData.Series> out = new ArrayList<>();
        for (String n : names) {
            Map<String, double[]> m = by.get(n);
            if (m != null && m.containsKey(col)) {
                out.add(new RunData.Series(n, m.get(col)));
            }
        }
        return out;
    }

    /** Whether the series' positive values span more than {@link Charts#LOG_RATIO}. */
    static boolean spans(List<RunData.Series> s) {
        double min = Double.MAX_VALUE;
        double max = 0;
        for (RunData.Series x : s) {
            for (double v : x.y()) {
                if (v > 0) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        return max > 0 && max / min > Charts.LOG_RATIO;
    }
}
