package org.talentsim.io;

import com.fasterxml.jackson.core.JsonToken;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.talentsim.policy.PolicyRegistry;
import org.talentsim.scenario.EventTypes;
import org.talentsim.scenario.FieldOverride;
import org.talentsim.internal.Names;
import org.talentsim.scenario.OverrideException;
import org.talentsim.scenario.Scenario;
import org.talentsim.internal.Suggestions;

/**
 * Applies overrides as edits of the scenario's YAML tree: the scenario is written in the
 * explicit form ({@link ScenarioWriter#write(Scenario, boolean)}), each override replaces the
 * node its path names by its value parsed as YAML, and the tree is read back by
 * {@link ScenarioReader}, so every value is checked by the rules, units and domains of a file.
 * A {@link ScenarioException} of the reader becomes an {@link OverrideException} naming the
 * override (the one whose path the error is under, else the last one) and, when the error is
 * about another field, that field's path with list items named as in the overrides.
 */
final class Overrider {
    /** The file name in internal messages (never shown: errors are rewritten). */
    private static final String NAME = Doc.OVERRIDES;
    /** The path of an item of the timeline, {@code events[3]}. */
    private static final Pattern EVENT_ITEM = Pattern.compile("events\\[\\d+\\]");
    /** A key of a mapping written in flow style, {@code computeShare} of {@code {name: A, computeShare: 0.3}}. */
    private static final Pattern MAPPING_KEY = Pattern.compile("[{,]\\s*([A-Za-z][A-Za-z0-9]*)\\s*:");
    private static final Pattern UNKNOWN_KEY = Pattern.compile("unknown key(?:, did you mean '(.*)'\\?|(.*))", Pattern.DOTALL);

    private final YNode root;
    /** Index paths of the list items selected so far ({@code labs[0]}), to the paths by name ({@code labs[Meta]}). */
    private final Map<String, String> named = new LinkedHashMap<>();

    private Overrider(YNode root) {
        this.root = root;
    }

    static Scenario apply(Scenario base, List<FieldOverride> overrides, PolicyRegistry registry, EventTypes events) {
        if (overrides.isEmpty()) {
            return base;
        }
        Overrider o = new Overrider(YamlTree.parse(ScenarioWriter.write(base, true), NAME));
        List<String> edited = new ArrayList<>();
        for (FieldOverride f : overrides) {
            edited.add(o.edit(f));
        }
        o.removeEvents();
        try {
            Scenario out = ScenarioReader.read(o.root, new Doc(NAME, registry, events));
            List<String> texts = overrides.stream().map(FieldOverride::text).toList();
            return out.withOrigin(base.origin().map(from -> from.then(texts)).orElse(null));
        } catch (ScenarioException e) {
            if (o.culprit(e, edited, overrides) < 0) {
                // no override touches the field: the scenario may have been invalid before any of them (built
                // in code, its policies never checked against the registry); then say so, not blame an override
                try {
                    ScenarioReader.read(YamlTree.parse(ScenarioWriter.write(base, true), NAME), new Doc(NAME, registry, events));
                } catch (ScenarioException before) {
                    throw new org.talentsim.scenario.InvalidFieldException(before.path(), null, before.problem()
                            + " (in the scenario itself, before any override)", before);
                }
            }
            throw o.blame(e, overrides, edited);
        }
    }

    /**
     * The index of the last override whose field is, holds or is named by the failing one; −1 when
     * none. Among the overrides under a failing list or mapping (the teams of a lab, whose compute
     * shares add up to too much), the last whose key the problem names comes first, then the last
     * whose value (a whole item) sets a key it names: a leader fit set after a compute share is not
     * the one at fault.
     */
    private int culprit(ScenarioException e, List<String> edited, List<FieldOverride> overrides) {
        String at = e.path();
        for (int k = edited.size() - 1; k >= 0; k--) {
            if (under(edited.get(k), at) && !edited.get(k).equals(at) && names(e.problem(), lastKey(edited.get(k)))) {
                return k;
            }
        }
        for (int k = edited.size() - 1; k >= 0; k--) {   // then a whole item (it may only restate the field)
            if (under(edited.get(k), at) && !edited.get(k).equals(at) && setsAKeyNamed(overrides.get(k).value(), e.problem())) {
                return k;
            }
        }
        for (int k = edited.size() - 1; k >= 0; k--) {
            if (under(at, edited.get(k)) || under(edited.get(k), at)) {
                return k;
            }
        }
        for (int k = edited.size() - 1; k >= 0; k--) {
            String first = firstStep(edited.get(k));
            if (!first.isEmpty() && java.util.regex.Pattern.compile("(?<![\\w\\[.])" + Pattern.quote(first) + "(?![\\w\\[])")
                    .matcher(e.problem()).find()) {
                return k;
            }
        }
        return -1;
    }

    /** Applies one override to the tree; the index path of the node it set. */
    private String edit(FieldOverride f) {
        YNode value = value(f);
        YNode node = root;
        String byIndex = "";
        String byName = "";
        List<FieldOverride.Step> steps = f.steps();
        for (int s = 0; s < steps.size(); s++) {
            FieldOverride.Step step = steps.get(s);
            boolean last = s == steps.size() - 1;
            if (node instanceof YNode.Sequence) {
                throw new OverrideException(f.text(), byName + " is a list: select an item, like " + byName + "[NAME]."
                        + step.key());
            }
            if (!(node instanceof YNode.Mapping m)) {
                throw new OverrideException(f.text(), (byName.isEmpty() ? "the scenario" : byName) + " is "
                        + node.describe() + ", which has no key '" + step.key() + "'");
            }
            String keyPath = Doc.join(byIndex, step.key());
            String keyName = Doc.join(byName, step.key());
            YNode.Mapping.Entry e = m.entry(step.key());
            YNode.Scalar key = e != null ? e.key() : scalar(JsonToken.VALUE_STRING, step.key());
            YNode child = e == null ? null : e.value();
            if (step.selector() == null) {
                if (!last && child instanceof YNode.Sequence) {
                    node = child;
                    byIndex = keyPath;
                    byName = keyName;
                    continue;
                }
                if (last) {
                    m.set(key, value);
                    // an event's time is its date or its tick: setting one replaces the other (in
                    // a file, one writes the one it means; both is an error)
                    if (EVENT_ITEM.matcher(byIndex).matches() && (step.key().equals("tick") || step.key().equals("date"))
                            && !value.isNull()) {
                        m.remove(step.key().equals("tick") ? "date" : "tick");
                    }
                    return keyPath;
                }
                if (child == null || child.isNull()) {
                    child = new YNode.Mapping(0, 0);
                    m.set(key, child);
                } else if (child instanceof YNode.Scalar sc) {
                    // a policy written by its name alone: {name: it}, to set a parameter keeping the name
                    YNode.Mapping policy = new YNode.Mapping(0, 0);
                    policy.put(scalar(JsonToken.VALUE_STRING, "name"), sc);
                    m.set(key, policy);
                    child = policy;
                }
                node = child;
                byIndex = keyPath;
                byName = keyName;
                continue;
            }
            List<YNode> items = child instanceof YNode.Sequence q ? q.items() : List.of();
            if (child != null && !child.isNull() && !(child instanceof YNode.Sequence)) {
                throw new OverrideException(f.text(), keyName + " is " + child.describe() + ", not a list");
            }
            int k = select(f, items, step, byName);
            if (keyPath.equals("events") && removed.contains(items.get(k)) && !(last && value.isNull())) {
                // set after its removal, the field went with the event without a word (a re-check)
                throw new OverrideException(f.text(), "events[" + step.selector() + "] is removed by an earlier override"
                        + " (events[" + step.selector() + "]=): nothing of it is left to set");
            }
            byIndex = keyPath + "[" + k + "]";
            byName = keyName + "[" + step.selector() + "]";
            named.put(byIndex, byName);
            if (last) {
                if (value.isNull() && keyPath.equals("events")) {
                    // events[ID]= removes the event, once every override is applied (so an index
                    // names the same event in each): "what if the freeze never happened" had to move
                    // it past the run's end (a scenario author's review)
                    removed.add(items.get(k));
                    return byIndex;
                }
                if (value.isNull()) {
                    // "expected a mapping …, was nothing" of labs[Alpha].teams[Research]=, which read as a
                    // removal since events[ID]= is one (a reliability review)
                    throw new OverrideException(f.text(), "an empty value removes a key (its default applies) or an event"
                            + " (events[ID]=), not an item of " + keyName + ": " + byName + " cannot be removed so; to leave it"
                            + " out, give " + keyName + " whole without it (" + keyName + "=[...])");
                }
                ((YNode.Sequence) child).set(k, value);
                return byIndex;
            }
            node = items.get(k);
        }
        throw new AssertionError("unreachable");
    }

    /** The events {@code events[ID]=} removed (by identity), taken out after every override is applied. */
    private final java.util.Set<YNode> removed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    private void removeEvents() {
        if (!removed.isEmpty() && root instanceof YNode.Mapping m && m.entry("events") != null
                && m.entry("events").value() instanceof YNode.Sequence events) {
            events.removeAll(removed);
        }
    }

    /** The value as YAML (as after "key: " in a file); empty: null, i.e. the key's default. */
    private static YNode value(FieldOverride f) {
        if (f.value().isBlank()) {
            return scalar(JsonToken.VALUE_NULL, "");
        }
        try {
            return YamlTree.parse(f.value(), NAME);
        } catch (ScenarioException e) {
            throw new OverrideException(f.text(), e.problem(), e);
        }
    }

    private static YNode.Scalar scalar(JsonToken token, String text) {
        return new YNode.Scalar(0, 0, token, text);
    }

    /** The index of the item the selector names: by its name or id, else by its index from 0. */
    private static int select(FieldOverride f, List<YNode> items, FieldOverride.Step step, String owner) {
        String sel = step.selector();
        TreeSet<String> names = new TreeSet<>();
        boolean events = step.key().equals("events");
        String idKey = events ? "id" : "name";
        for (int k = 0; k < items.size(); k++) {
            if (items.get(k) instanceof YNode.Mapping m && m.entry(idKey) != null
                    && m.entry(idKey).value() instanceof YNode.Scalar s && !s.isNull()) {
                if (s.text.equals(sel)) {
                    return k;
                }
                names.add(s.text);
            }
        }
        if (Names.digitsOnly(sel) && sel.length() < 10) {
            int k = Integer.parseInt(sel);
            if (k < items.size()) {
                return k;
            }
            throw new OverrideException(f.text(), (owner.isEmpty() ? "the scenario" : owner) + " has "
                    + (items.isEmpty() ? "no " + step.key() : step.key() + "[0] to " + step.key() + "[" + (items.size() - 1) + "]")
                    + ", no " + step.key() + "[" + k + "]");
        }
        String noun = step.key().endsWith("s") ? step.key().substring(0, step.key().length() - 1) : step.key();
        String closest = Suggestions.closest(sel, names);
        StringBuilder b = new StringBuilder(owner.isEmpty() ? "the scenario" : owner).append(" has no ").append(noun)
                .append(events ? " with id " : " ").append(YNode.quoted(sel));
        if (closest != null) {
            b.append(" (did you mean '").append(closest).append("'?)");
        }
        if (events) {
            b.append(names.isEmpty() ? "; no event has an id (give one with 'id:', or select by index: events[0])"
                    : "; its event ids: " + String.join(", ", names) + " (or select by index: events[0])");
        } else {
            b.append(names.isEmpty() ? "; it has no " + step.key() : "; its " + step.key() + ": " + String.join(", ", names));
        }
        throw new OverrideException(f.text(), b.toString());
    }

    /**
     * The reader's error as an override's: blamed on the override whose path it concerns; else on
     * the one whose first step (a key, or a list item as {@code labs[0]}) the problem names (a name
     * already used at {@code labs[0]}, a date before {@code the start}); else on all of them
     * together (it was blamed on the last, which may have nothing to do with it).
     */
    private OverrideException blame(ScenarioException e, List<FieldOverride> overrides, List<String> edited) {
        String at = e.path();
        int who = culprit(e, edited, overrides);
        if (who < 0 && overrides.size() > 1) {
            List<String> all = overrides.stream().map(FieldOverride::text).toList();
            String shown = at.isEmpty() ? e.problem() : byName(at) + ": " + e.problem();
            return new OverrideException(all, shown, e);
        }
        who = Math.max(who, 0);
        String mine = edited.get(who);
        String problem = e.problem();
        Matcher m = UNKNOWN_KEY.matcher(problem);
        if (m.matches() && !at.isEmpty()) {
            String key = YNode.quoted(at.substring(Math.max(at.lastIndexOf('.'), at.lastIndexOf(']')) + 1));
            problem = "unknown key " + key + (m.group(1) != null ? " (did you mean '" + m.group(1) + "'?)" : m.group(2));
        }
        boolean same = at.equals(mine) || (under(mine, at) && m.matches());
        String shown = same || at.isEmpty() ? problem : byName(at) + ": " + problem;
        return new OverrideException(overrides.get(who).text(), shown, e);
    }

    /** Whether {@code problem} names {@code key} as a word of its own. */
    private static boolean names(String problem, String key) {
        return !key.isEmpty() && Pattern.compile("(?<![\\w])" + Pattern.quote(key) + "(?![\\w])").matcher(problem).find();
    }

    /** Whether a mapping written as {@code value} sets a key that {@code problem} names. */
    private static boolean setsAKeyNamed(String value, String problem) {
        Matcher m = MAPPING_KEY.matcher(value);
        while (m.find()) {
            if (names(problem, m.group(1))) {
                return true;
            }
        }
        return false;
    }

    /** The last key of an index path: {@code computeShare} of {@code labs[0].teams[1].computeShare}. */
    private static String lastKey(String path) {
        String p = path.endsWith("]") ? path.substring(0, path.lastIndexOf('[')) : path;
        return p.substring(p.lastIndexOf('.') + 1);
    }

    /** The first step of an index path: {@code labs[0]} of {@code labs[0].teams[1].payLevel}, {@code start} of {@code start}. */
    private static String firstStep(String path) {
        int dot = path.indexOf('.');
        int close = path.indexOf(']');
        int end = dot < 0 ? path.length() : dot;
        return close >= 0 && close < end ? path.substring(0, close + 1) : path.substring(0, end);
    }

    /** Whether {@code path} is {@code prefix} or lies under it. */
    private static boolean under(String path, String prefix) {
        return path.equals(prefix) || (path.startsWith(prefix) && !prefix.isEmpty()
                && (path.charAt(prefix.length()) == '.' || path.charAt(prefix.length()) == '['));
    }

    /** {@code labs[0].teams[1].payLevel} with the list items selected by name written so. */
    private String byName(String path) {
        String best = null;
        for (String k : named.keySet()) {
            if (under(path, k) && (best == null || k.length() > best.length())) {
                best = k;
            }
        }
        return best == null ? path : named.get(best) + path.substring(best.length());
    }
}
