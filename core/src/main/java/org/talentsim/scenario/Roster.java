package org.talentsim.scenario;

import org.talentsim.internal.Suggestions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What exists at an event's tick: labs, their teams, and the named researchers. {@link Scenario}
 * walks the timeline in tick order and hands each event the roster in {@link
 * EventSpec#checkReferences}; the event requires what it names and records what it changes
 * (a team moved, a lab founded), so later events see the change.
 *
 * <p>A failed check throws an {@link InvalidFieldException} whose field is the path of the
 * offending value from the scenario's root ({@code events[3].fromTeam}, where 3 is the event's
 * index as given) — the event passes the key relative to its own mapping — so a file reader
 * reports the value's position. Known names are listed in the order they were defined.
 */
public final class Roster {
    /** A lab an event adds, and the path of its mapping (for messages about its policies). */
    record Founded(String path, LabSpec lab) {}

    private final Map<String, Map<String, TeamSpec>> labs = new LinkedHashMap<>();
    private final Set<String> researchers = new LinkedHashSet<>();
    private final List<Founded> founded = new ArrayList<>();
    /** Where the scenario puts each named researcher now: {lab, team}, or null in the pool. */
    private final Map<String, String[]> home = new LinkedHashMap<>();
    /** Labs closed by an event, and by which ({@code events[4] (AcquiHire at tick 6)}). */
    private final Map<String, String> closed = new LinkedHashMap<>();
    private String path = "";
    private String label;
    /** The tick of the events being checked. */
    private int tick = Integer.MIN_VALUE;
    /**
     * The labs ({@code lab}) and teams ({@code lab + '\0' + team}) named by the events of this
     * tick that run later in the month than its reorganisations (layoffs, dismissals, raids), and
     * which event names each.
     */
    private final Map<String, String> queued = new LinkedHashMap<>();
    /** Teams merged away or moved to another lab by an event ({@code lab + '\0' + team}), and how. */
    private final Map<String, String> gone = new LinkedHashMap<>();
    /** Named researchers a dismissal lets go at the tick being checked, and by which event. */
    private final Map<String, String> leaving = new LinkedHashMap<>();
    /** Named researchers let go at an earlier tick, and by which event. */
    private final Map<String, String> letGo = new LinkedHashMap<>();

    /** The labs and named researchers at the start; two labs, or two researchers, of one name are an error. */
    Roster(List<LabSpec> startLabs, PoolSpec pool) {
        for (LabSpec l : startLabs) {
            if (labs.putIfAbsent(l.name(), teamsOf(l)) != null) {
                throw new IllegalArgumentException("labs: two labs named '" + l.name() + "'");
            }
            for (TeamSpec t : l.teams()) {
                for (StarSpec s : t.stars()) {
                    addResearcher(s.name());
                    home.put(s.name(), new String[] {l.name(), t.name()});
                }
            }
        }
        for (StarSpec s : pool.stars()) {
            addResearcher(s.name());
            home.put(s.name(), null);
        }
    }

    private void addResearcher(String name) {
        if (!researchers.add(name)) {
            throw new IllegalArgumentException("stars: two researchers named '" + name + "'");
        }
    }

    private static Map<String, TeamSpec> teamsOf(LabSpec l) {
        Map<String, TeamSpec> m = new LinkedHashMap<>();
        for (TeamSpec t : l.teams()) {
            m.put(t.name(), t);
        }
        return m;
    }

    /** The event checked next: its path ({@code events[3]}) and a label for messages ({@code Raid at tick 6}). */
    void begin(String eventPath, String eventLabel) {
        path = eventPath;
        label = eventLabel;
    }

    /** As {@link #begin(String, String)}, for an event of tick {@code eventTick} (events are checked in tick order). */
    void begin(String eventPath, String eventLabel, int eventTick) {
        if (eventTick != tick) {
            queued.clear();
            tick = eventTick;
            leaving.forEach((name, by) -> {
                home.put(name, null);
                letGo.put(name, by);
            });
            leaving.clear();
        }
        begin(eventPath, eventLabel);
    }

    /**
     * The event being checked names lab {@code lab} (its team {@code team}, or the lab as a whole
     * when null) for something done later in its tick than the tick's reorganisations: a layoff,
     * a dismissal or a raid (they run in their phases; a team move, merge or acqui-hire at once).
     */
    public void queue(String lab, String team) {
        queued.putIfAbsent(team == null ? lab : lab + '\0' + team, path + (label == null ? "" : " (" + label + ")"));
    }

    /** As {@link #queue}, for a named researcher (a dismissal): where the scenario has him now is what it names. */
    public void queueResearcher(String name) {
        queued.putIfAbsent("\u0001" + name, path + (label == null ? "" : " (" + label + ")"));
    }

    /**
     * The event being checked moves named researchers at once (an acqui-hire of named people):
     * fails if an earlier event of the same tick that runs later in the month names one of them.
     */
    public void reorganiseResearchers(String field, List<String> names, String what) {
        for (String n : names) {
            String by = queued.get("\u0001" + n);
            if (by != null) {
                throw fail(field, what + " in the month in which " + by + " names researcher '" + n + "': " + LATER);
            }
        }
    }

    private static final String LATER = "layoffs, dismissals and raids run later in the month than team moves, merges and"
            + " acqui-hires, whatever the order listed, so that event would no longer find it; date one of the two in another"
            + " month";

    /**
     * The event being checked reorganises team {@code team} of {@code lab} (or, when null, closes
     * the lab) at once: fails if an earlier event of the same tick that runs later in the month
     * ({@link #queue}) names it — it would no longer find the team there when it runs.
     */
    public void reorganise(String field, String lab, String team, String what) {
        for (Map.Entry<String, String> e : queued.entrySet()) {
            String k = e.getKey();
            String named;
            if (k.startsWith("\u0001")) {   // a named researcher: where the scenario has him now
                String[] at = home.get(k.substring(1));
                boolean hit = at != null && at[0].equals(lab) && (team == null || at[1].equals(team));
                named = hit ? "researcher '" + k.substring(1) + "' (" + whereIs(k.substring(1)).substring(3) + ")" : null;
            } else if (k.indexOf('\0') < 0) {   // a lab as a whole: its teams change
                named = k.equals(lab) ? "lab '" + k + "' as a whole" : null;
            } else {
                named = (team == null ? k.startsWith(lab + '\0') : k.equals(lab + '\0' + team))
                        ? "team '" + k.substring(k.indexOf('\0') + 1) + "' of '" + lab + "'" : null;
            }
            if (named != null) {
                throw fail(field, what + " in the month in which " + e.getValue() + " names " + named + ": " + LATER);
            }
        }
    }

    /**
     * The event being checked changes the teams of {@code lab} at once (a team moves in): fails if
     * an earlier event of the same tick that runs later in the month names the lab as a whole.
     */
    public void reorganiseLab(String field, String lab, String what) {
        String by = queued.get(lab);
        if (by != null) {
            throw fail(field, what + " in the month in which " + by + " names lab '" + lab + "' as a whole: " + LATER);
        }
    }

    /**
     * Team {@code team} of {@code lab} merges into another from this tick on: later events that
     * name it fail, saying which event merged it. Require both teams first.
     */
    public void mergeTeam(String lab, String team, String into) {
        labs.get(lab).remove(team);
        gone.put(lab + '\0' + team, "no longer exists: it was merged into '" + into + "' by " + path + (label == null ? "" : " (" + label + ")"));
        for (String[] at : home.values()) {
            if (at != null && at[0].equals(lab) && at[1].equals(team)) {
                at[1] = into;
            }
        }
    }

    /** The labs events added so far, with the paths of their mappings. */
    List<Founded> founded() {
        return founded;
    }

    /** An error about the value at {@code field} (relative to the event's mapping), to throw. */
    public InvalidFieldException fail(String field, String problem) {
        return new InvalidFieldException(path.isEmpty() ? field : path + "." + field, label, problem);
    }

    /** Fails unless the lab exists. */
    public void requireLab(String field, String lab) {
        teams(field, lab);
    }

    /**
     * Fails unless the lab exists and, at this point of the timeline, has a team that is not
     * protected ({@code what} says what would then do nothing, e.g. "a layoff of the lab as a
     * whole").
     */
    public void requireUnprotectedTeam(String field, String lab, String what) {
        Map<String, TeamSpec> teams = teams(field, lab);
        if (teams.values().stream().allMatch(TeamSpec::protectedTeam)) {
            // (no team left: "unprotect a team" would not help, found by a reviewer)
            throw fail(field, teams.isEmpty() ? "lab '" + lab + "' has no team at this date, so " + what + " would lay off no one;"
                    + " remove the event or date it while the lab has one"
                    : "every team of '" + lab + "' is protected (" + String.join(", ", teams.keySet()) + "), so " + what
                    + " would lay off no one; unprotect a team or remove the event");
        }
    }

    private Map<String, TeamSpec> teams(String field, String lab) {
        Map<String, TeamSpec> teams = labs.get(lab);
        if (teams == null && closed.containsKey(lab)) {
            throw fail(field, "lab '" + lab + "' no longer exists: it was closed by " + closed.get(lab));
        }
        if (teams == null) {
            throw fail(field, "unknown lab '" + lab + "'" + didYouMean(lab, labs.keySet())
                    + " (known labs: " + String.join(", ", labs.keySet()) + ")");
        }
        return teams;
    }

    /**
     * Fails unless the lab (named at {@code labField}) exists and has the team (named at
     * {@code teamField}).
     *
     * @return the team as the scenario describes it (its {@code protectedTeam} flag, say)
     */
    public TeamSpec requireTeam(String labField, String lab, String teamField, String team) {
        Map<String, TeamSpec> teams = teams(labField, lab);
        TeamSpec t = teams.get(team);
        if (t == null && gone.containsKey(lab + '\0' + team)) {
            throw fail(teamField, "team '" + team + "' of '" + lab + "' " + gone.get(lab + '\0' + team));
        }
        if (t == null) {
            throw fail(teamField, "lab '" + lab + "' has no team '" + team + "'" + didYouMean(team, teams.keySet())
                    + " (its teams: " + (teams.isEmpty() ? "none" : String.join(", ", teams.keySet())) + ")");
        }
        return t;
    }

    /** Fails unless a researcher of that name is listed under {@code stars}. */
    public void requireNamedResearcher(String field, String name) {
        if (!researchers.contains(name)) {
            throw fail(field, "unknown researcher '" + name + "'" + didYouMean(name, researchers)
                    + " (name one listed under stars)");
        }
    }

    /**
     * Fails unless the reference names a known researcher (checked at {@code field.name}), or a
     * lab and team that exist ({@code field.lab}, {@code field.team}).
     */
    public void requireResearcher(String field, ResearcherRef ref) {
        if (ref.name() != null) {
            if (!researchers.contains(ref.name())) {
                throw fail(field + ".name", "unknown researcher '" + ref.name() + "'" + didYouMean(ref.name(), researchers)
                        + " (name one listed under stars, or pick a team's most visible member with {lab: L, team: T})");
            }
            return;
        }
        if (ref.team() == null) {
            requireLab(field + ".lab", ref.lab());
        } else {
            requireTeam(field + ".lab", ref.lab(), field + ".team", ref.team());
        }
    }

    /**
     * A team moves to another lab from this tick on: fails unless {@code toLab} exists and has no
     * team of that name. Require the team first ({@link #requireTeam}).
     */
    public void moveTeam(String lab, String team, String toLabField, String toLab) {
        Map<String, TeamSpec> from = labs.get(lab);
        if (from == null || !from.containsKey(team)) {
            throw new IllegalStateException("moveTeam: require the team '" + team + "' of '" + lab + "' first");
        }
        Map<String, TeamSpec> to = teams(toLabField, toLab);
        if (toLab.equals(lab)) {
            // not "already has a team named": the team is that one (found by a reviewer)
            throw fail(toLabField, "expected another lab than '" + lab + "', the team's own");
        }
        if (to.containsKey(team)) {
            throw fail(toLabField, "lab '" + toLab + "' already has a team named '" + team + "'");
        }
        to.put(team, from.remove(team));
        gone.put(lab + '\0' + team, "is no longer in '" + lab + "': it was moved to '" + toLab + "' by " + path
                + (label == null ? "" : " (" + label + ")"));
        for (String[] at : home.values()) {
            if (at != null && at[0].equals(lab) && at[1].equals(team)) {
                at[0] = toLab;
            }
        }
    }

    /** A lab (the mapping at {@code field}) exists from this tick on: fails if one of its name exists ({@code field.name}). */
    public void addLab(String field, LabSpec lab) {
        if (labs.containsKey(lab.name())) {
            throw fail(field + ".name", "a lab named '" + lab.name() + "' already exists");
        }
        if (closed.containsKey(lab.name())) {
            throw fail(field + ".name", "a lab named '" + lab.name() + "' existed until " + closed.get(lab.name())
                    + " closed it: give the new lab another name");
        }
        labs.put(lab.name(), teamsOf(lab));
        founded.add(new Founded(path.isEmpty() ? field : path + "." + field, lab));
    }

    /**
     * A named researcher founds a lab (the mapping at {@code labField}, added with {@link
     * #addLab}): he is in its first team from this tick on. Unnamed founders are not tracked.
     */
    public void found(ResearcherRef founder, LabSpec lab) {
        if (founder.name() != null && home.containsKey(founder.name()) && !lab.teams().isEmpty()) {
            home.put(founder.name(), new String[] {lab.name(), lab.teams().get(0).name()});
        }
    }

    /** The named researchers the scenario puts in team {@code team} of {@code lab} now, in order. */
    public List<String> namedIn(String lab, String team) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String[]> e : home.entrySet()) {
            String[] at = e.getValue();
            if (at != null && at[0].equals(lab) && at[1].equals(team)) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    /** Where the scenario has a named researcher now, for messages ({@code in team 'FAIR' of 'Meta'}, {@code in the pool}). */
    public String whereIs(String name) {
        String[] at = home.get(name);
        if (at == null && letGo.containsKey(name)) {
            return "in the pool, let go by " + letGo.get(name);
        }
        return at == null ? "in the pool" : "in team '" + at[1] + "' of '" + at[0] + "'";
    }

    /**
     * Fails unless the scenario puts the named researcher (known: {@link #requireNamedResearcher}
     * first) in lab {@code lab} at this tick: listed under its stars, or moved there by an
     * earlier event (a team move, a founding, an acqui-hire).
     */
    public void requireIn(String field, String name, String lab) {
        String[] at = home.get(name);
        if (at == null || !at[0].equals(lab)) {
            throw fail(field, "researcher '" + name + "' is not in '" + lab + "' at this tick (the scenario has them "
                    + whereIs(name) + ")");
        }
    }

    /**
     * A named researcher is let go at this tick (a dismissal): from the next tick on the scenario
     * has him in the pool, so that a second dismissal of him names someone his lab no longer
     * employs (within the tick he is still where he was: the month's reorganisations run first).
     */
    public void letGo(String name) {
        if (home.containsKey(name)) {
            leaving.putIfAbsent(name, path + (label == null ? "" : " (" + label + ")"));
        }
    }

    /** The named researchers move to team {@code team} of {@code lab} from this tick on (require the team first). */
    public void acquire(List<String> names, String lab, String team) {
        for (String n : names) {
            if (home.containsKey(n)) {
                home.put(n, new String[] {lab, team});
            }
        }
    }

    /**
     * The lab ceases to exist from this tick on: later events naming it fail with a message that
     * says which event closed it; its named researchers are in the pool.
     */
    public void closeLab(String lab) {
        teams("fromLab", lab);
        labs.remove(lab);
        closed.put(lab, (path.isEmpty() ? "an event" : path) + (label == null ? "" : " (" + label + ")"));
        for (Map.Entry<String, String[]> e : home.entrySet()) {
            if (e.getValue() != null && e.getValue()[0].equals(lab)) {
                e.setValue(null);
            }
        }
    }

    private static String didYouMean(String given, Collection<String> known) {
        String c = Suggestions.closest(given, known);
        return c == null ? "" : ", did you mean '" + c + "'?";
    }
}
