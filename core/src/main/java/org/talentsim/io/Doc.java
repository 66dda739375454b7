package org.talentsim.io;

import org.talentsim.policy.PolicyRegistry;
import org.talentsim.scenario.EventTypes;

/** The file being read: its name for messages, the policy and event registries, and a budget of values read. */
final class Doc {
    final String file;
    final PolicyRegistry registry;
    final EventTypes events;
    private int items;
    /** The root of the document, once parsed (positions of fields named by path). */
    YNode root;

    /** The name of the document a scenario with overrides is read back from (its lines are no file's). */
    static final String OVERRIDES = "--set";

    Doc(String file, PolicyRegistry registry, EventTypes events) {
        this.file = file;
        this.registry = registry;
        this.events = events;
    }

    ScenarioException fail(YNode at, String path, String problem) {
        return new ScenarioException(file, at.line, at.col, path, problem);
    }

    /** Counts list items read (aliases may repeat a list), so a small file cannot expand without bound. */
    void count(YNode at, String path, int n) {
        items += n;
        if (items > YamlTree.MAX_NODES) {
            throw fail(at, path, "more than " + YamlTree.MAX_NODES + " list items once aliases are expanded");
        }
    }

    /** A node and the path that names it. */
    record Spot(YNode node, String path) {}

    /**
     * The node a field path ({@code labs[1].teams[0].headcount}) names, or the deepest node on
     * the way to it when it is absent: the enclosing mapping of a missing key (with the path as
     * given), or a scalar written where the path goes deeper (with the scalar's own path: a
     * single name written for a list, {@code teams: FAIR} for {@code teams[0]}; a name written
     * for a reference, {@code founder: X} for {@code founder.name}).
     */
    Spot at(String path) {
        YNode n = root;
        int i = 0;
        while (n != null && i < path.length()) {
            char c = path.charAt(i);
            if (c == '.') {
                i++;
                continue;
            }
            YNode next;
            int from = i;
            if (c == '[') {
                int end = path.indexOf(']', i);
                int k = Integer.parseInt(path.substring(i + 1, end));
                next = n instanceof YNode.Sequence s && k < s.items().size() ? s.items().get(k) : null;
                i = end + 1;
            } else {
                int end = i;
                while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                YNode.Mapping.Entry e = n instanceof YNode.Mapping m ? m.entry(path.substring(i, end)) : null;
                next = e == null || e.value().isNull() ? null : e.value();
                i = end;
            }
            if (next == null) {
                return new Spot(n, n instanceof YNode.Scalar ? path.substring(0, from).replaceAll("\\.$", "") : path);
            }
            n = next;
        }
        return new Spot(n, path);
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
