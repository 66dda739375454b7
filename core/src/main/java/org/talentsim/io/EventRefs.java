package org.talentsim.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.talentsim.scenario.EventSpec;
import org.talentsim.scenario.LabSpec;
import org.talentsim.scenario.ResearcherRef;
import org.talentsim.scenario.TeamSpec;

/**
 * Checks that events name labs, teams and researchers that exist when they happen (in tick
 * order, as the engine applies them: team moves and founded labs change what exists), with the
 * file position of the offending name.
 */
final class EventRefs {
    private final Doc doc;
    private final Map<String, Map<String, TeamSpec>> known = new LinkedHashMap<>();
    private final Map<String, String> researchers;

    EventRefs(Doc doc, List<LabSpec> labs, Map<String, String> researchers) {
        this.doc = doc;
        this.researchers = researchers;
        for (LabSpec l : labs) {
            known.put(l.name(), teamsOf(l));
        }
    }

    private static Map<String, TeamSpec> teamsOf(LabSpec l) {
        Map<String, TeamSpec> m = new LinkedHashMap<>();
        for (TeamSpec t : l.teams()) {
            m.put(t.name(), t);
        }
        return m;
    }

    void check(List<EventReader.Read> events) {
        List<EventReader.Read> inOrder = new ArrayList<>(events);
        inOrder.sort(Comparator.comparingInt(r -> r.spec().tick()));
        for (EventReader.Read r : inOrder) {
            check(r.spec(), r.fields());
        }
    }

    private void check(EventSpec e, Fields f) {
        if (e instanceof EventSpec.Layoff l) {
            Map<String, TeamSpec> teams = lab(f, "lab", l.lab());
            for (int j = 0; j < l.teams().size(); j++) {
                YNode n = f.get("teams");
                YNode at = n instanceof YNode.Sequence s ? s.items().get(j) : n;
                String path = n instanceof YNode.Sequence ? f.path("teams") + "[" + j + "]" : f.path("teams");
                TeamSpec t = team(at, path, teams, l.lab(), l.teams().get(j));
                if (t.protectedTeam()) {
                    throw doc.fail(at, path, "team '" + t.name() + "' of '" + l.lab() + "' is protected and cannot be laid off");
                }
            }
        } else if (e instanceof EventSpec.LeaderChange c) {
            Map<String, TeamSpec> teams = lab(f, "lab", c.lab());
            if (c.team() != null) {
                team(f, "team", teams, c.lab(), c.team());
            }
        } else if (e instanceof EventSpec.BudgetChange b) {
            lab(f, "lab", b.lab());
        } else if (e instanceof EventSpec.CapabilityJump j) {
            lab(f, "lab", j.lab());
        } else if (e instanceof EventSpec.HiringSpree h) {
            team(f, "team", lab(f, "lab", h.lab()), h.lab(), h.team());
        } else if (e instanceof EventSpec.VisibilityRise v) {
            ref(f, "researcher", v.researcher());
        } else if (e instanceof EventSpec.Dismissal d) {
            YNode n = f.get("researchers");
            for (int j = 0; j < d.researchers().size(); j++) {
                YNode at = n instanceof YNode.Sequence s ? s.items().get(j) : n;
                String path = n instanceof YNode.Sequence ? f.path("researchers") + "[" + j + "]" : f.path("researchers");
                named(at, path, d.researchers().get(j));
            }
        } else if (e instanceof EventSpec.TeamMove m) {
            team(f, "team", lab(f, "lab", m.lab()), m.lab(), m.team());
            Map<String, TeamSpec> to = lab(f, "toLab", m.toLab());
            if (to.containsKey(m.team())) {
                throw f.fail("toLab", "lab '" + m.toLab() + "' already has a team named '" + m.team() + "'");
            }
            to.put(m.team(), known.get(m.lab()).remove(m.team()));
        } else if (e instanceof EventSpec.TeamMerge m) {
            Map<String, TeamSpec> teams = lab(f, "lab", m.lab());
            team(f, "team", teams, m.lab(), m.team());
            team(f, "into", teams, m.lab(), m.into());
        } else if (e instanceof EventSpec.Found fd) {
            ref(f, "founder", fd.founder());
            if (known.containsKey(fd.lab().name())) {
                YNode lab = f.get("lab");
                YNode.Mapping.Entry name = ((YNode.Mapping) lab).entry("name");
                throw doc.fail(name.value(), f.path("lab") + ".name", "a lab named '" + fd.lab().name() + "' already exists");
            }
            known.put(fd.lab().name(), teamsOf(fd.lab()));
        } else if (e instanceof EventSpec.Raid r) {
            team(f, "team", lab(f, "lab", r.lab()), r.lab(), r.team());
            Map<String, TeamSpec> from = lab(f, "fromLab", r.fromLab());
            if (r.fromTeam() != null) {
                team(f, "fromTeam", from, r.fromLab(), r.fromTeam());
            }
        }
    }

    private Map<String, TeamSpec> lab(Fields f, String key, String lab) {
        Map<String, TeamSpec> teams = known.get(lab);
        if (teams == null) {
            throw f.fail(key, "unknown lab '" + lab + "'" + Suggest.didYouMean(lab, known.keySet())
                    + " (known labs: " + String.join(", ", known.keySet()) + ")");
        }
        return teams;
    }

    private TeamSpec team(Fields f, String key, Map<String, TeamSpec> teams, String lab, String team) {
        return team(f.get(key), f.path(key), teams, lab, team);
    }

    private TeamSpec team(YNode at, String path, Map<String, TeamSpec> teams, String lab, String team) {
        TeamSpec t = teams.get(team);
        if (t == null) {
            throw doc.fail(at, path, "lab '" + lab + "' has no team '" + team + "'" + Suggest.didYouMean(team, teams.keySet())
                    + " (its teams: " + (teams.isEmpty() ? "none" : String.join(", ", teams.keySet())) + ")");
        }
        return t;
    }

    private void named(YNode at, String path, String name) {
        if (!researchers.containsKey(name)) {
            throw doc.fail(at, path, "unknown researcher '" + name + "'" + Suggest.didYouMean(name, researchers.keySet())
                    + " (name one listed under stars)");
        }
    }

    private void ref(Fields f, String key, ResearcherRef r) {
        YNode n = f.get(key);
        if (r.name() != null) {
            if (!researchers.containsKey(r.name())) {
                YNode at = n instanceof YNode.Mapping m ? m.entry("name").value() : n;
                String path = n instanceof YNode.Mapping ? f.path(key) + ".name" : f.path(key);
                throw doc.fail(at, path, "unknown researcher '" + r.name() + "'" + Suggest.didYouMean(r.name(), researchers.keySet())
                        + " (name one listed under stars, or pick a team's most visible member with {lab: L, team: T})");
            }
            return;
        }
        Fields rf = Fields.of(doc, n, f.path(key), List.of("name", "lab", "team"));
        Map<String, TeamSpec> teams = lab(rf, "lab", r.lab());
        if (r.team() != null) {
            team(rf, "team", teams, r.lab(), r.team());
        }
    }
}
