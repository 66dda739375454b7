package org.talentsim.io;

import static org.talentsim.io.YamlText.money;
import static org.talentsim.io.YamlText.num;
import static org.talentsim.io.YamlText.str;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.talentsim.model.TeamView;
import org.talentsim.model.TickUnit;
import org.talentsim.scenario.EventSpec;
import org.talentsim.scenario.ResearcherRef;

/** Writes the timeline: {@code date:} when the month maps back to the same tick, else {@code tick:}. */
final class EventWriter {
    private static final int I = 2;

    private final YamlOut out;
    private final ScenarioWriter labs;
    private final YearMonth start;
    private final TickUnit unit;

    EventWriter(YamlOut out, ScenarioWriter labs, YearMonth start, TickUnit unit) {
        this.out = out;
        this.labs = labs;
        this.start = start;
        this.unit = unit;
    }

    void events(List<EventSpec> events) {
        for (EventSpec e : events) {
            out.item();
            YearMonth m = unit == TickUnit.MONTH ? start.plusMonths(e.tick() - 1L)
                    : YearMonth.from(LocalDate.parse(unit.label(start, e.tick())));
            if (unit.tickOf(start, m) == e.tick()) {
                out.kv(I, "date", m.toString());
            } else {
                out.kv(I, "tick", Integer.toString(e.tick()));
            }
            event(e);
        }
    }

    private void event(EventSpec e) {
        if (e instanceof EventSpec.Layoff l) {
            type("layoff").kv(I, "lab", str(l.lab()));
            if (!l.teams().isEmpty()) {
                List<String> names = new ArrayList<>();
                for (String t : l.teams()) {
                    names.add(str(t));
                }
                out.kv(I, "teams", "[" + String.join(", ", names) + "]");
            }
            if (l.count() >= 0) {
                out.kv(I, "count", Integer.toString(l.count()));
            } else {
                out.kv(I, "share", num(l.share()));
            }
            out.kv(I, "noticeMonths", Integer.toString(l.noticeMonths())).kv(I, "severanceWeeks", num(l.severanceWeeks()))
                    .kv(I, "severanceWeeksPerYear", num(l.severanceWeeksPerYear()));
        } else if (e instanceof EventSpec.Dismissal d) {
            List<String> names = new ArrayList<>();
            for (String r : d.researchers()) {
                names.add(str(r));
            }
            type("dismissal").kv(I, "researchers", "[" + String.join(", ", names) + "]")
                    .kv(I, "noticeMonths", Integer.toString(d.noticeMonths())).kv(I, "severanceWeeks", num(d.severanceWeeks()))
                    .kv(I, "severanceWeeksPerYear", num(d.severanceWeeksPerYear()));
        } else if (e instanceof EventSpec.LeaderChange c) {
            type("leaderChange").kv(I, "lab", str(c.lab()));
            if (c.team() != null) {
                out.kv(I, "team", str(c.team()));
            }
            out.kv(I, "leaderFit", num(c.leaderFit()));
        } else if (e instanceof EventSpec.BudgetChange b) {
            type("budgetChange").kv(I, "lab", str(b.lab())).kv(I, "factor", num(b.factor())).kv(I, "delta", money(b.delta()));
        } else if (e instanceof EventSpec.CapabilityJump j) {
            type("capabilityJump").kv(I, "lab", str(j.lab())).kv(I, "factor", num(j.factor())).kv(I, "delta", num(j.delta()));
        } else if (e instanceof EventSpec.HiringSpree h) {
            type("hiringSpree").kv(I, "lab", str(h.lab())).kv(I, "team", str(h.team()))
                    .kv(I, "target", h.target() == TeamView.UNLIMITED ? "unlimited" : Integer.toString(h.target()));
            if (!Double.isNaN(h.payLevel())) {
                out.kv(I, "payLevel", num(h.payLevel()));
            }
        } else if (e instanceof EventSpec.VisibilityRise v) {
            type("visibilityRise").kv(I, "researcher", ref(v.researcher())).kv(I, "visibility", num(v.visibility()));
        } else if (e instanceof EventSpec.TeamMove m) {
            type("teamMove").kv(I, "lab", str(m.lab())).kv(I, "team", str(m.team())).kv(I, "toLab", str(m.toLab()));
        } else if (e instanceof EventSpec.TeamMerge m) {
            type("teamMerge").kv(I, "lab", str(m.lab())).kv(I, "team", str(m.team())).kv(I, "into", str(m.into()));
        } else if (e instanceof EventSpec.Found f) {
            type("found").kv(I, "founder", ref(f.founder()));
            if (!Double.isNaN(f.founderSalary())) {
                out.kv(I, "founderSalary", money(f.founderSalary()));
            }
            out.line(I, "lab:");
            labs.lab(I + 1, f.lab());
        } else if (e instanceof EventSpec.Raid r) {
            type("raid").kv(I, "lab", str(r.lab())).kv(I, "team", str(r.team())).kv(I, "fromLab", str(r.fromLab()));
            if (r.fromTeam() != null) {
                out.kv(I, "fromTeam", str(r.fromTeam()));
            }
            out.kv(I, "count", Integer.toString(r.count())).kv(I, "by", r.byVisibility() ? "visibility" : "skill");
        } else {
            throw new IllegalArgumentException("cannot write event " + e);
        }
    }

    private YamlOut type(String t) {
        return out.kv(I, "type", t);
    }

    private static String ref(ResearcherRef r) {
        if (r.lab() == null && r.team() == null) {
            return str(r.name());
        }
        List<String> parts = new ArrayList<>();
        if (r.name() != null) {
            parts.add("name: " + str(r.name()));
        }
        if (r.lab() != null) {
            parts.add("lab: " + str(r.lab()));
        }
        if (r.team() != null) {
            parts.add("team: " + str(r.team()));
        }
        return "{" + String.join(", ", parts) + "}";
    }
}
