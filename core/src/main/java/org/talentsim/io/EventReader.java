package org.talentsim.io;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.talentsim.model.TickUnit;
import org.talentsim.scenario.EventSpec;
import org.talentsim.scenario.LabSpec;
import org.talentsim.scenario.ResearcherRef;

/** Reads the timeline: a list of mappings, each with a {@code type}, a {@code date} or {@code tick}, and its fields. */
final class EventReader {
    static final Map<String, List<String>> TYPES = new LinkedHashMap<>();

    static {
        TYPES.put("layoff", List.of("lab", "teams", "count", "share", "noticeMonths", "severanceWeeks", "severanceWeeksPerYear"));
        TYPES.put("dismissal", List.of("researchers", "noticeMonths", "severanceWeeks", "severanceWeeksPerYear"));
        TYPES.put("leaderChange", List.of("lab", "team", "leaderFit"));
        TYPES.put("budgetChange", List.of("lab", "factor", "delta"));
        TYPES.put("capabilityJump", List.of("lab", "factor", "delta"));
        TYPES.put("hiringSpree", List.of("lab", "team", "target", "payLevel"));
        TYPES.put("visibilityRise", List.of("researcher", "visibility"));
        TYPES.put("teamMove", List.of("lab", "team", "toLab"));
        TYPES.put("teamMerge", List.of("lab", "team", "into"));
        TYPES.put("found", List.of("founder", "lab", "founderSalary"));
        TYPES.put("raid", List.of("lab", "team", "fromLab", "fromTeam", "count", "by"));
    }

    /** An event read, with the fields it came from (for messages about references). */
    record Read(EventSpec spec, Fields fields) {}

    private final Doc doc;
    private final LabReader labs;
    private final YearMonth start;
    private final TickUnit unit;

    EventReader(Doc doc, LabReader labs, YearMonth start, TickUnit unit) {
        this.doc = doc;
        this.labs = labs;
        this.start = start;
        this.unit = unit;
    }

    List<EventSpec> events(Fields top, List<LabSpec> labList) {
        List<YNode> nodes = top.list("events");
        List<Read> read = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            read.add(event(nodes.get(i), "events[" + i + "]"));
        }
        new EventRefs(doc, labList, labs.researchers).check(read);
        List<EventSpec> out = new ArrayList<>();
        for (Read r : read) {
            out.add(r.spec());
        }
        return out;
    }

    private Read event(YNode node, String path) {
        String known = String.join(", ", TYPES.keySet());
        if (!(node instanceof YNode.Mapping m)) {
            throw doc.fail(node, path, "expected an event mapping with type, date and its fields, was " + node.describe());
        }
        YNode.Mapping.Entry te = m.entry("type");
        if (te == null || te.value().isNull()) {
            throw doc.fail(m, path + ".type", "is required (one of " + known + ")");
        }
        String type = te.value() instanceof YNode.Scalar s ? s.text : "";
        if (!TYPES.containsKey(type)) {
            throw doc.fail(te.value(), path + ".type", "unknown event type " + te.value().describe()
                    + Suggest.didYouMean(type, TYPES.keySet()) + " (known: " + known + ")");
        }
        List<String> keys = new ArrayList<>(List.of("type", "date", "tick"));
        keys.addAll(TYPES.get(type));
        Fields f = Fields.of(doc, node, path, keys);
        int tick = tick(f);
        EventSpec e = switch (type) {
            case "layoff" -> layoff(f, tick);
            case "dismissal" -> {
                List<String> who = new ArrayList<>();
                YNode rn = f.require("researchers");
                if (rn instanceof YNode.Scalar) {
                    who.add(f.name("researchers"));
                } else {
                    List<YNode> items = f.list("researchers");
                    for (int j = 0; j < items.size(); j++) {
                        who.add(Fields.name(doc, items.get(j), f.path("researchers") + "[" + j + "]"));
                    }
                }
                int notice = f.integer("noticeMonths", Defaults.NOTICE_MONTHS, 0, false);
                double weeks = f.nonNegative("severanceWeeks", Defaults.SEVERANCE_WEEKS);
                double perYear = f.nonNegative("severanceWeeksPerYear", Defaults.SEVERANCE_WEEKS_PER_YEAR);
                yield f.build(() -> new EventSpec.Dismissal(tick, who, notice, weeks, perYear));
            }
            case "leaderChange" -> {
                String lab = f.name("lab");
                String team = optName(f, "team");
                f.require("leaderFit");
                double fit = f.unit("leaderFit", 0);
                yield f.build(() -> new EventSpec.LeaderChange(tick, lab, team, fit));
            }
            case "budgetChange", "capabilityJump" -> change(f, tick, type.equals("budgetChange"));
            case "hiringSpree" -> {
                String lab = f.name("lab");
                String team = f.name("team");
                f.require("target");
                int target = f.integer("target", 0, 0, true);
                double pay = f.has("payLevel") ? f.positive("payLevel", 1) : Double.NaN;
                yield f.build(() -> new EventSpec.HiringSpree(tick, lab, team, target, pay));
            }
            case "visibilityRise" -> {
                ResearcherRef r = ref(f, "researcher");
                double v = f.unit("visibility", 1);
                yield f.build(() -> new EventSpec.VisibilityRise(tick, r, v));
            }
            case "teamMove" -> {
                String lab = f.name("lab");
                String team = f.name("team");
                String to = f.name("toLab");
                yield f.build(() -> new EventSpec.TeamMove(tick, lab, team, to));
            }
            case "teamMerge" -> {
                String lab = f.name("lab");
                String team = f.name("team");
                String into = f.name("into");
                if (into.equals(team)) {
                    throw f.fail("into", "expected another team than '" + team + "' to merge into, was '" + into + "'");
                }
                yield f.build(() -> new EventSpec.TeamMerge(tick, lab, team, into));
            }
            case "found" -> found(f, tick);
            default -> raid(f, tick);
        };
        return new Read(e, f);
    }

    private static String optName(Fields f, String key) {
        return f.has(key) ? f.name(key) : null;
    }

    private int tick(Fields f) {
        if (f.has("date") && f.has("tick")) {
            throw f.fail("tick", "expected either date or tick, not both");
        }
        if (f.has("tick")) {
            return f.integer("tick", 1, 1, false);
        }
        if (!f.has("date")) {
            throw f.fail("date", "is required: give 'date: YYYY-MM' (or 'tick: N')");
        }
        YearMonth m = f.month("date", start);
        int tick = unit.tickOf(start, m);
        if (tick < 1) {
            throw f.fail("date", "must not be before the start " + start + ", was " + m);
        }
        return tick;
    }

    private EventSpec layoff(Fields f, int tick) {
        String lab = f.name("lab");
        List<String> teams = new ArrayList<>();
        YNode tn = f.get("teams");
        if (tn instanceof YNode.Scalar) {
            teams.add(f.name("teams"));
        } else {
            List<YNode> items = f.list("teams");
            for (int j = 0; j < items.size(); j++) {
                teams.add(Fields.name(doc, items.get(j), f.path("teams") + "[" + j + "]"));
            }
        }
        if (f.has("count") && f.has("share")) {
            throw f.fail("share", "expected either count or share, not both");
        }
        if (!f.has("count") && !f.has("share")) {
            throw f.fail("count", "is required: give 'count: N' (or 'share: 0..1')");
        }
        int count = f.has("count") ? f.integer("count", 0, 0, false) : -1;
        double share = f.has("share") ? f.unit("share", 0) : Double.NaN;
        int notice = f.integer("noticeMonths", Defaults.NOTICE_MONTHS, 0, false);
        double weeks = f.nonNegative("severanceWeeks", Defaults.SEVERANCE_WEEKS);
        double perYear = f.nonNegative("severanceWeeksPerYear", Defaults.SEVERANCE_WEEKS_PER_YEAR);
        return f.build(() -> new EventSpec.Layoff(tick, lab, teams, count, share, notice, weeks, perYear));
    }

    private EventSpec change(Fields f, int tick, boolean budget) {
        String lab = f.name("lab");
        double factor = f.nonNegative("factor", Defaults.FACTOR);
        double delta = budget ? f.money("delta", Defaults.DELTA) : f.number("delta", Defaults.DELTA);
        if (!Double.isFinite(delta)) {
            throw f.range("delta", "must be a finite number");
        }
        return budget ? f.build(() -> new EventSpec.BudgetChange(tick, lab, factor, delta))
                : f.build(() -> new EventSpec.CapabilityJump(tick, lab, factor, delta));
    }

    private EventSpec found(Fields f, int tick) {
        ResearcherRef founder = ref(f, "founder");
        LabSpec lab = labs.lab(f.require("lab"), f.path("lab"), true);
        if (lab.teams().isEmpty()) {
            throw f.fail("lab", "expected a lab with at least one team (the founder joins the first)");
        }
        double salary = f.has("founderSalary") ? f.moneyAtLeastZero("founderSalary", 0, false) : Double.NaN;
        return f.build(() -> new EventSpec.Found(tick, founder, lab, salary));
    }

    private EventSpec raid(Fields f, int tick) {
        String lab = f.name("lab");
        String team = f.name("team");
        String from = f.name("fromLab");
        if (from.equals(lab)) {
            throw f.fail("fromLab", "expected a rival of '" + lab + "' (a lab cannot raid itself), was '" + from + "'");
        }
        String fromTeam = optName(f, "fromTeam");
        f.require("count");
        int count = f.integer("count", 1, 1, false);
        String by = f.string("by", "skill");
        if (!by.equals("skill") && !by.equals("visibility")) {
            throw f.fail("by", "expected skill or visibility, was " + f.get("by").describe());
        }
        return f.build(() -> new EventSpec.Raid(tick, lab, team, from, fromTeam, count, by.equals("visibility")));
    }

    /** {@code "Yann LeCun"} (a named researcher) or {@code {lab: Meta, team: FAIR}} (its most visible member). */
    private ResearcherRef ref(Fields f, String key) {
        YNode n = f.require(key);
        if (n instanceof YNode.Scalar) {
            return ResearcherRef.named(f.name(key));
        }
        if (!(n instanceof YNode.Mapping)) {
            throw f.fail(key, "expected a researcher's name or {lab: L, team: T}, was " + n.describe());
        }
        Fields r = Fields.of(doc, n, f.path(key), List.of("name", "lab", "team"));
        String name = optName(r, "name");
        if (name == null) {
            r.require("lab");
        }
        String lab = optName(r, "lab");
        String team = optName(r, "team");
        return r.build(() -> new ResearcherRef(name, lab, team));
    }
}
