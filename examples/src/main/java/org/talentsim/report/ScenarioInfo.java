package org.talentsim.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.talentsim.experiment.Overrides;
import org.talentsim.io.RunInfo;
import org.talentsim.io.ScenarioFiles;
import org.talentsim.scenario.EventSpec;
import org.talentsim.scenario.Scenario;

/**
 * What the result files do not hold about a run's scenario: its description and its events
 * (tick and a short name). From the scenario itself when {@code run} draws the report; for
 * {@code report DIR}, from the scenario file the manifest names, only if it still has the
 * SHA-256 the manifest recorded ({@link #note} says why when not). {@code closed}: each lab an
 * acqui-hire closes, with the tick it closes. {@code visaGraceDays}: the days a visa holder may look for
 * a job once his notice ends ({@code market.visaGraceDays}; -1 when the scenario is not read).
 * {@code researchLagMonths}: the mean months from research output to knowledge ({@code
 * market.capability.researchLagMonths}; -1 when the scenario is not read). {@code fairs}: the
 * job fairs of named researchers.
 * {@code notes}: what {@code check} and {@code run} note about the scenario (a likely slip, such as
 * a budget with its unit left out), for the page too.
 */
record ScenarioInfo(String description, List<Event> events, String note, List<TeamInfo> teams, List<Cut> cuts, double payBase,
        Features features, java.util.Map<String, Integer> closed, int visaGraceDays, List<String> notes, int researchLagMonths,
        List<Fair> fairs, int rehireCoolOffMonths) {
    /** A job fair of a named researcher: its tick and the teams it draws (each makes an offer, or none). */
    record Fair(int tick, String researcher, int offers) {
    }

    /**
     * What the scenario has, for captions that speak only of what can happen in it (a theory
     * market's were of star packages and a gap-response strategy it did not have: found by a
     * reviewer). Unknown (the scenario not read): everything.
     *
     * @param stars a named star in a team or the pool, or a lab pricing offers as to stars (the
     *     {@code star} offer policy)
     * @param gapResponse a lab whose strategy responds to its capability gap
     * @param budgetEvents an event that changes a budget (a budget change, an acqui-hire's)
     * @param ownEfficiency each lab has its own capability efficiency ({@code capability.efficiency: lab}):
     *     labs start at their steady state and do not drift
     */
    record Features(boolean stars, boolean gapResponse, boolean budgetEvents, boolean ownEfficiency) {
        static final Features UNKNOWN = new Features(true, true, true, false);
    }

    /**
     * An event: its tick, name and the labs it concerns (those it names: a layoff's lab, a raid's
     * two, a founding's new lab and its founder's; none for a researcher named without his lab);
     * whether it changes a leader; a raid's spec (null for another event), to say what it took.
     */
    record Event(int tick, String label, Set<String> labs, boolean leader, EventSpec.Raid raid) {
        Event(int tick, String label, Set<String> labs, boolean leader) {
            this(tick, label, labs, leader, null);
        }

        Event(int tick, String label, Set<String> labs) {
            this(tick, label, labs, false);
        }

        Event(int tick, String label) {
            this(tick, label, Set.of());
        }
    }

    /**
     * The labs event {@code e} names; a researcher named without his lab counts for the lab whose
     * team has him as a star at the start ({@code starLab}).
     */
    static Set<String> labsOf(EventSpec e, java.util.Map<String, String> starLab) {
        Set<String> out = new java.util.LinkedHashSet<>();
        if (e instanceof EventSpec.Layoff x) {
            out.add(x.lab());
        } else if (e instanceof EventSpec.Dismissal x) {
            out.add(x.lab());
        } else if (e instanceof EventSpec.LeaderChange x) {
            out.add(x.lab());
        } else if (e instanceof EventSpec.BudgetChange x) {
            out.add(x.lab());
        } else if (e instanceof EventSpec.PolicyChange x) {
            out.add(x.lab());
        } else if (e instanceof EventSpec.CapabilityJump x) {
            out.add(x.lab());
        } else if (e instanceof EventSpec.HiringSpree x) {
            out.add(x.lab());
        } else if (e instanceof EventSpec.TeamMove x) {
            out.add(x.lab());
            out.add(x.toLab());
        } else if (e instanceof EventSpec.TeamMerge x) {
            out.add(x.lab());
        } else if (e instanceof EventSpec.Raid x) {
            out.add(x.lab());
            out.add(x.fromLab());
        } else if (e instanceof EventSpec.AcquiHire x) {
            out.add(x.lab());
            out.add(x.fromLab());
        } else if (e instanceof EventSpec.Found x) {
            out.add(x.lab().name());
            out.add(labOf(x.founder(), starLab));
        } else if (e instanceof EventSpec.JobFair x) {
            out.add(labOf(x.researcher(), starLab));
        } else if (e instanceof EventSpec.VisibilityRise x) {
            out.add(labOf(x.researcher(), starLab));
        }
        out.remove(null);
        return Set.copyOf(out);
    }

    private static String labOf(org.talentsim.scenario.ResearcherRef r, java.util.Map<String, String> starLab) {
        return r.lab() != null ? r.lab() : r.name() == null ? null : starLab.get(r.name());
    }

    /**
     * A team at the start: its focus, share of its lab's compute and leader fit; {@code leaderFitEnd}:
     * the fit that works on it once the scenario's leader changes up to the run's end have happened,
     * its own leader's times its lab's (1 until a lab-level change; MODEL S7, S10), in the lab it
     * is in by then.
     */
    record TeamInfo(String lab, String team, String focus, double computeShare, double leaderFit, double leaderFitEnd) {}

    /**
     * Each team's leader fit after the leader changes of {@code s} ({@link TeamInfo#leaderFitEnd}),
     * keyed by lab and team as the scenario starts them: TBD Lab's table said 0.9, the fit written
     * for the team while empty, where the chief scientist of June brings 0.95 and the lab leader's
     * 0.9 multiplies it (a student's review).
     */
    private static java.util.Map<List<String>, Double> leaderFitsAtEnd(Scenario s) {
        java.util.Map<List<String>, Double> own = new java.util.HashMap<>();
        java.util.Map<List<String>, String> labOf = new java.util.HashMap<>();
        for (org.talentsim.scenario.LabSpec lab : s.labs()) {
            for (org.talentsim.scenario.TeamSpec t : lab.teams()) {
                own.put(List.of(lab.name(), t.name()), t.leaderFit());
                labOf.put(List.of(lab.name(), t.name()), lab.name());
            }
        }
        java.util.Map<String, Double> labFit = new java.util.HashMap<>();
        for (EventSpec e : s.events()) {
            if (e.tick() > s.ticks()) {
                continue;   // after the run's end (a run of 3 months showed June's changes: a re-check)
            }
            if (e instanceof EventSpec.LeaderChange c && c.team() == null) {
                labFit.put(c.lab(), c.leaderFit());
            } else if (e instanceof EventSpec.LeaderChange c) {
                // the team now in lab c.lab() named c.team(): one the scenario starts there, or moved there
                labOf.forEach((k, now) -> {
                    if (now.equals(c.lab()) && k.get(1).equals(c.team())) {
                        own.put(k, c.leaderFit());
                    }
                });
            } else if (e instanceof EventSpec.TeamMove m) {
                labOf.replaceAll((k, now) -> now.equals(m.lab()) && k.get(1).equals(m.team()) ? m.toLab() : now);
            }
        }
        java.util.Map<List<String>, Double> end = new java.util.HashMap<>();
        own.forEach((k, fit) -> end.put(k, fit * labFit.getOrDefault(labOf.get(k), 1.0)));
        return end;
    }

    /** A layoff or dismissal event's terms: its notice (months) and severance (weeks, and weeks per year served). */
    record Cut(int tick, String lab, int noticeMonths, double severanceWeeks, double severanceWeeksPerYear, String what) {}

    /**
     * The labs named by the events that {@code paths} change ({@code events[ID]…} or {@code
     * events[N]…}, N from 0 in the order of {@code s.events()}, by date, as overrides index them),
     * as {@code labs[LAB]} paths (an event about a named researcher: the lab the scenario starts
     * him in): an arm that only
     * changes an event ({@code events[llama-4-disappoints].factor=1}) names that event's labs, so
     * the tables show their metrics (they showed every lab's headcount but not Meta's capability:
     * a strategist's review). Paths naming no event of {@code s} give nothing.
     */
    static List<String> eventLabPaths(Scenario s, java.util.Collection<String> paths) {
        java.util.regex.Pattern event = java.util.regex.Pattern.compile("^\\s*events\\[([^\\]]+)\\]");
        java.util.Map<String, String> starLab = new java.util.HashMap<>();
        for (org.talentsim.scenario.LabSpec lab : s.labs()) {
            for (org.talentsim.scenario.TeamSpec t : lab.teams()) {
                t.stars().forEach(st -> starLab.put(st.name(), lab.name()));
            }
        }
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (String p : paths) {
            java.util.regex.Matcher m = event.matcher(p);
            if (!m.find()) {
                continue;
            }
            String sel = m.group(1);
            for (int k = 0; k < s.events().size(); k++) {
                EventSpec e = s.events().get(k);
                if (sel.equals(e.id()) || sel.matches("[0-9]+") && Integer.parseInt(sel) == k) {
                    labsOf(e, starLab).forEach(l -> out.add("labs[" + l + "]"));
                }
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * {@link #eventLabPaths} of the scenario {@code bytes} (as file {@code name}) with the
     * overrides {@code global}; none when it cannot be read.
     */
    static List<String> eventLabPaths(byte[] bytes, String name, List<String> global, java.util.Collection<String> paths) {
        if (paths.stream().noneMatch(p -> p.strip().startsWith("events"))) {
            return List.of();
        }
        try {
            return eventLabPaths(Overrides.parse(global).applyTo(ScenarioFiles.parse(bytes, name)), paths);
        } catch (RuntimeException e) {
            return List.of();   // the tables then show what the paths name directly
        }
    }

    static ScenarioInfo of(Scenario s) {
        List<Event> events = new ArrayList<>();
        List<Cut> cuts = new ArrayList<>();
        java.util.Map<String, Integer> closed = new java.util.HashMap<>();   // lab closed by an acqui-hire → its tick
        boolean dollars = !RunReport.ownUnits(s.market().payScale().base());
        java.util.Map<String, String> starLab = new java.util.HashMap<>();
        for (org.talentsim.scenario.LabSpec lab : s.labs()) {
            for (org.talentsim.scenario.TeamSpec t : lab.teams()) {
                t.stars().forEach(st -> starLab.put(st.name(), lab.name()));
            }
        }
        List<Fair> fairs = new ArrayList<>();
        for (EventSpec e : s.events()) {
            if (e instanceof EventSpec.JobFair f && f.researcher().name() != null) {
                fairs.add(new Fair(f.tick(), f.researcher().name(), f.offers()));
            }
            // an event's id names it for a reader too ("llama-4-disappoints: Meta capability ×0.9": the list said
            // what an event did, never what it was; a student's review)
            events.add(new Event(e.tick(), (e.id() == null ? "" : e.id() + ": ") + EventLabels.label(e, dollars),
                    labsOf(e, starLab), e instanceof EventSpec.LeaderChange, e instanceof EventSpec.Raid r ? r : null));
            if (e instanceof EventSpec.Layoff l) {
                cuts.add(new Cut(l.tick(), l.lab(), l.noticeMonths(), l.severanceWeeks(), l.severanceWeeksPerYear(), l.count() >= 0
                        ? "a layoff of " + Fmt.count(l.count()) : "a layoff of " + Fmt.num(100 * l.share()) + "%"));
            } else if (e instanceof EventSpec.Dismissal d) {
                cuts.add(new Cut(d.tick(), d.lab(), d.noticeMonths(), d.severanceWeeks(), d.severanceWeeksPerYear(),
                        "the dismissal of " + String.join(", ", d.researchers())));
            }
            if (e instanceof EventSpec.AcquiHire a && a.closeSeller()) {
                closed.merge(a.fromLab(), a.tick(), Math::min);
            }
            if (e instanceof EventSpec.AcquiHire a && a.closeSeller() && a.closeTerms() != null) {
                org.talentsim.scenario.LayoffTerms t = a.closeTerms();
                cuts.add(new Cut(a.tick(), a.fromLab(), t.noticeMonths(), t.severanceWeeks(), t.severanceWeeksPerYear(),
                        "the closing of the lab (bought by " + a.lab() + ")"));
            }
        }
        events.sort(Comparator.comparingInt(Event::tick));
        List<TeamInfo> teams = new ArrayList<>();
        java.util.Map<List<String>, Double> fitEnd = leaderFitsAtEnd(s);
        for (org.talentsim.scenario.LabSpec lab : s.labs()) {
            for (org.talentsim.scenario.TeamSpec t : lab.teams()) {
                teams.add(new TeamInfo(lab.name(), t.name(), t.focus().name().toLowerCase(java.util.Locale.ROOT), lab.computeShare(t),
                        t.leaderFit(), fitEnd.get(List.of(lab.name(), t.name()))));
            }
        }
        boolean stars = !s.pool().stars().isEmpty();
        boolean gap = false;
        boolean budgets = false;
        for (org.talentsim.scenario.LabSpec lab : s.labs()) {
            gap |= lab.strategy().name().equals("gap-response");
            stars |= lab.offer().name().equals("star");
            for (org.talentsim.scenario.TeamSpec t : lab.teams()) {
                stars |= !t.stars().isEmpty();
            }
        }
        for (EventSpec e : s.events()) {
            if (e instanceof EventSpec.Found f) {
                gap |= f.lab().strategy().name().equals("gap-response");
                stars |= f.lab().offer().name().equals("star");
            }
            if (e instanceof EventSpec.PolicyChange p && p.offer() != null) {
                stars |= p.offer().name().equals("star");
            }
            budgets |= e instanceof EventSpec.BudgetChange || e instanceof EventSpec.AcquiHire;
        }
        return new ScenarioInfo(s.description(), List.copyOf(events), null, List.copyOf(teams), List.copyOf(cuts),
                s.market().payScale().base(), new Features(stars, gap, budgets, s.market().capability().efficiencyPerLab()), java.util.Map.copyOf(closed),
                s.market().visaGraceDays(), List.copyOf(s.notes()), s.market().capability().researchLagMonths(), List.copyOf(fairs),
                s.market().rehireCoolOffMonths());
    }

    static ScenarioInfo none(String note) {
        return new ScenarioInfo(null, List.of(), note, List.of(), List.of(), Double.NaN, Features.UNKNOWN, java.util.Map.of(), -1, List.of(), -1, List.of(), -1);
    }

    /**
     * From the folder's copy of the scenario as run when it is the one the manifest records (runs
     * since 2026-12-05: it holds the overrides, and moves with the results), else from the
     * manifest's scenario file and overrides, if the file is unchanged since the run.
     */
    static ScenarioInfo fromManifest(RunData d) {
        String asRunSha = d.manifest.path("scenario_as_run_sha256").asText("");
        Path copy = d.dir.resolve(org.talentsim.io.ResultWriter.SCENARIO_AS_RUN);
        String copyUnread = null;
        if (!asRunSha.isEmpty() && Files.isRegularFile(copy)) {
            try {
                byte[] bytes = ScenarioFiles.bytes(copy);
                if (RunInfo.sha256(bytes).equals(asRunSha)) {
                    return of(ScenarioFiles.parse(bytes, copy.toString()));
                }
            } catch (RuntimeException e) {
                // unreadable here: a policy or event type of the program that ran it (said below,
                // where it said "built in code" of a scenario whose copy is beside it: an API review)
                copyUnread = e.getMessage();
            }
        }
        String file = d.manifest.path("scenario_file").asText("");
        String sha = d.manifest.path("scenario_sha256").asText("");
        if (copyUnread != null) {
            ScenarioInfo fromFile = file.isEmpty() ? null : fromFile(d, file, sha);
            if (fromFile != null && fromFile.note() == null) {
                return fromFile;
            }
            return none("The scenario as run (" + org.talentsim.io.ResultWriter.SCENARIO_AS_RUN + ") cannot be read by this"
                    + " command line (" + copyUnread + "): it uses a policy or an event type of the program that ran it, so"
                    + " its description and events are not shown.");
        }
        if (file.isEmpty()) {
            return none("The scenario was built in code: its description and events are not in the result files.");
        }
        return fromFile(d, file, sha);
    }

    /** From the manifest's scenario file and overrides, if the file is unchanged since the run. */
    private static ScenarioInfo fromFile(RunData d, String file, String sha) {
        // where the run found it (manifests since 2026-12-03), as written (from the working folder),
        // beside the results: the first whose bytes are the run's
        List<Path> places = new ArrayList<>();
        try {
            String at = d.manifest.path("scenario_path").asText("");
            if (!at.isEmpty()) {
                places.add(Path.of(at));
            }
            Path p = Path.of(file);
            places.add(p);
            if (!p.isAbsolute()) {
                places.add(d.dir.toAbsolutePath().resolve(file).normalize());
            }
        } catch (java.nio.file.InvalidPathException e) {
            // a name this JVM cannot encode (a C locale): the report is drawn without it
            return none("The scenario file " + file + " cannot be named here (" + e.getReason()
                    + "; a UTF-8 locale can): its description and events are not shown.");
        }
        boolean changed = false;
        String unread = null;
        for (Path p : places) {
            if (!Files.isRegularFile(p)) {
                continue;
            }
            try {
                byte[] bytes = ScenarioFiles.bytes(p);
                if (!RunInfo.sha256(bytes).equals(sha)) {
                    changed = true;
                    continue;
                }
                List<String> overrides = new ArrayList<>();
                d.manifest.path("overrides").forEach(o -> overrides.add(o.asText()));
                return of(Overrides.parse(overrides).applyTo(ScenarioFiles.parse(bytes, file)));
            } catch (RuntimeException e) {
                unread = unread == null ? e.getMessage() : unread;
            }
        }
        if (unread != null) {
            return none("The scenario file " + file + " could not be read (" + unread + "): its description and events are not shown.");
        }
        if (changed) {
            return none("The scenario file " + file + " has changed since the run: its description and events are not shown.");
        }
        return none("The scenario file " + file + " could not be read (" + places.get(places.size() - 1)
                + ": no such file): its description and events are not shown.");
    }
}
