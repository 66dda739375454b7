package org.talentsim.io;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.talentsim.internal.Names;
import org.talentsim.scenario.Dist;
import org.talentsim.scenario.InvalidFieldException;
import org.talentsim.scenario.Rate;

/**
 * One mapping of a scenario file being read: typed getters that check each value as it is read
 * and report the file position and field path of the first problem.
 */
final class Fields {
    final Doc doc;
    final YNode.Mapping map;
    final String path;

    private Fields(Doc doc, YNode.Mapping map, String path) {
        this.doc = doc;
        this.map = map;
        this.path = path;
    }

    /** The mapping at {@code node}; any key outside {@code allowed} is an error. */
    static Fields of(Doc doc, YNode node, String path, List<String> allowed) {
        if (!(node instanceof YNode.Mapping m)) {
            throw doc.fail(node, path, "expected a mapping with keys " + String.join(", ", allowed) + ", was " + node.describe());
        }
        Map.Entry<String, YNode.Mapping.Entry> previous = null;
        for (Map.Entry<String, YNode.Mapping.Entry> e : m.entries().entrySet()) {
            String key = e.getKey();
            if (!allowed.contains(key)) {
                // "prestige: 0,7" inside { } is two keys, "prestige: 0" and "7": a decimal comma
                String before = previous != null && previous.getValue().value() instanceof YNode.Scalar b && !b.isNull()
                        && b.text.matches("-?[0-9]+") ? b.text : null;
                // "headcount: 1,100" inside { } is two keys, "headcount: 1" and "100" (found by a student's review)
                String hint = key.contains(")") ? "; inside { } write a distribution in quotes, like \"beta(2, 8)\""
                        : key.matches("\\d{3}([,.]\\d{3})*") ? "; a thousands separator? Inside { } a comma starts a new key:"
                                + " write the number without commas (1100)"
                        : key.matches("\\d{1,2}") && before != null && e.getValue().value().isNull() ? "; a decimal comma? '"
                                + previous.getKey() + ": " + before + "," + key + "' reads as two entries (in YAML a comma separates"
                                + " them): write " + previous.getKey() + ": " + before + "." + key
                        : Suggest.didYouMean(key, allowed);
                throw doc.fail(e.getValue().key(), Doc.join(path, key), "unknown key" + (hint.isEmpty()
                        ? "; expected one of: " + String.join(", ", allowed) : hint));
            }
            previous = e;
        }
        return new Fields(doc, m, path);
    }

    String path(String key) {
        return Doc.join(path, key);
    }

    /**
     * Where an item is, for a message that points back at it: its path and the line of its
     * {@code key} ({@code labs[0] (line 5)}), or of the item when it has no such key; the path
     * alone in a scenario read back with overrides (its lines are no file's).
     */
    static String where(Doc doc, YNode item, String path, String key) {
        if (Doc.OVERRIDES.equals(doc.file)) {
            return path;
        }
        int line = item.line;
        if (item instanceof YNode.Mapping m && m.entry(key) != null) {
            line = m.entry(key).value().line;
        }
        return path + " (line " + line + ")";
    }

    /** The value of {@code key}, or null when absent or null. */
    YNode get(String key) {
        YNode.Mapping.Entry e = map.entry(key);
        return e == null || e.value().isNull() ? null : e.value();
    }

    boolean has(String key) {
        return get(key) != null;
    }

    /** An error at a written key itself (its value may be none). */
    ScenarioException failAtKey(String key, String problem) {
        YNode.Mapping.Entry e = map.entry(key);
        return doc.fail(e == null ? map : e.key(), path(key), problem);
    }

    /** Whether the key is written, with a value or none ({@code key:} alone, or {@code key: null}). */
    boolean written(String key) {
        return map.entry(key) != null;
    }

    YNode require(String key) {
        YNode n = get(key);
        if (n == null) {
            throw doc.fail(map, path(key), "is required");
        }
        return n;
    }

    /** An error at the value of {@code key} (or at this mapping when it is absent). */
    ScenarioException fail(String key, String problem) {
        YNode n = key == null ? null : get(key);
        return doc.fail(n == null ? map : n, key == null ? path : path(key), problem);
    }

    /**
     * Builds a record, reporting its validation error at this mapping, or, for an
     * {@link InvalidFieldException} (a rule about one field, whose path is relative to the record
     * built here), at that field: its value, or the enclosing mapping when it is absent.
     */
    <T> T build(Supplier<T> make) {
        try {
            return make.get();
        } catch (InvalidFieldException e) {
            String field = Doc.join(path, e.field());
            Doc.Spot at = doc.root == null ? new Doc.Spot(map, field) : doc.at(field);
            throw doc.fail(at.node() == null ? map : at.node(), at.path(), e.problem());
        } catch (IllegalArgumentException e) {
            throw doc.fail(map, path, e.getMessage());
        }
    }

    private YNode.Scalar scalar(String key, String expected) {
        YNode n = get(key);
        if (n == null) {
            return null;
        }
        if (!(n instanceof YNode.Scalar s)) {
            throw fail(key, "expected " + expected + ", was " + n.describe());
        }
        return s;
    }

    private <T> T parse(String key, String expected, java.util.function.Function<String, T> f) {
        YNode.Scalar s = scalar(key, expected);
        if (s == null) {
            return null;
        }
        try {
            return f.apply(s.text);
        } catch (Values.Bad e) {
            throw fail(key, e.complete ? e.getMessage() : e.getMessage() + ", was " + s.describe() + commaHint(s.text));
        }
    }

    /**
     * What a comma in a number was meant as, when it looks like one (a strategist wrote
     * {@code prestige: 0,7}): "; a decimal comma? write 0.7", "; a thousands separator? write 1500";
     * else nothing.
     */
    static String commaHint(String text) {
        String t = text.trim();
        if (t.matches("-?[0-9]{1,3}(,[0-9]{3})+[kKmMbB]?")) {
            return "; a thousands separator? write " + t.replace(",", "");
        }
        if (t.matches("-?[0-9]+,[0-9]+([kKmMbB]|/[a-z]+)?")) {
            return "; a decimal comma? write " + t.replace(',', '.');
        }
        return "";
    }

    /** A name: non-empty, without commas, quotes or line breaks. */
    String name(String key) {
        return name(doc, require(key), path(key));
    }

    /** The name of a lab, team or researcher at {@code key}: one the result files' readers read back as text ({@link Names#cellProblem}). */
    String label(String key) {
        String v = name(key);
        String problem = Names.cellProblem(v);
        if (problem != null) {
            throw doc.fail(require(key), path(key), "'" + Names.shown(v) + "' " + problem + "; give it another name");
        }
        return v;
    }

    /**
     * A name written in a cell of a result file that is not a lab, team or researcher (a
     * calibration's parameter or target): one read back as text ({@link Names#readProblem}); it
     * may hold a {@code ']'}, as a path does.
     */
    String cellName(String key) {
        String v = name(key);
        String problem = Names.readProblem(v);
        if (problem != null) {
            throw doc.fail(require(key), path(key), "'" + Names.shown(v) + "' " + problem + "; give it another name");
        }
        return v;
    }

    /** The name at {@code n} (a list item, say). */
    static String name(Doc doc, YNode n, String path) {
        if (!(n instanceof YNode.Scalar s) || n.isNull()) {
            throw doc.fail(n, path, "expected a name, was " + n.describe());
        }
        String v = s.text;
        String problem = Names.problem(v);
        if (problem != null) {
            throw doc.fail(n, path, "expected a non-empty name without commas, quotes or control characters; it " + problem
                    + ", was " + "'" + Names.shown(v) + "'");
        }
        return v;
    }

    String string(String key, String def) {
        YNode.Scalar s = scalar(key, "text");
        return s == null ? def : s.text;
    }

    double number(String key, double def) {
        Double v = parse(key, "a number", t -> Values.number(t, false));
        return v == null ? def : v;
    }

    double money(String key, double def) {
        Double v = parse(key, "an amount in USD", t -> Values.number(t, true));
        return v == null ? def : v;
    }

    double unit(String key, double def) {
        double v = number(key, def);
        if (!(v >= 0 && v <= 1)) {
            throw range(key, "must be in [0,1]");
        }
        return v;
    }

    double nonNegative(String key, double def) {
        return atLeastZero(key, number(key, def));
    }

    double positive(String key, double def) {
        double v = number(key, def);
        if (!(v > 0) || Double.isInfinite(v)) {
            throw range(key, Double.isInfinite(v) && v > 0 ? "must be a finite number > 0" : "must be > 0");
        }
        return v;
    }

    /** Money {@code >= 0}; {@code unlimited} (or {@code .inf}) when allowed. */
    double moneyAtLeastZero(String key, double def, boolean unlimited) {
        if (unlimited && isUnlimited(key, true)) {
            return Double.POSITIVE_INFINITY;
        }
        double v = money(key, def);
        if (!(v >= 0) || (Double.isInfinite(v) && !unlimited)) {
            throw range(key, unlimited ? "must be >= 0 or unlimited" : "must be >= 0");
        }
        return v;
    }

    /** Whether {@code key} says unlimited; {@code money}: a value read as money, where {@code .inf} is infinite. */
    private boolean isUnlimited(String key, boolean money) {
        if (get(key) instanceof YNode.Scalar s && !s.text.equals("unlimited")) {
            // another way of writing it (Unlimited, infinite, .inf for a whole number): said so, where
            // the message asked for an amount or a whole number alone (a scenario author's review)
            String t = s.text.strip().toLowerCase(java.util.Locale.ROOT);
            if (t.equals("unlimited") || t.equals("infinite") || t.equals("infinity") || t.equals("inf") || t.equals("none")
                    || t.equals("no limit") || t.equals("nolimit") || (t.equals(".inf") || t.equals("+.inf")) && !money) {
                throw fail(key, "write unlimited (in lower case) for no limit, was " + Names.quote(s.text));
            }
        }
        return get(key) instanceof YNode.Scalar s && s.text.equals("unlimited");
    }

    double atLeastZero(String key, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw range(key, "must be >= 0");
        }
        return v;
    }

    /** {@code v}, unless it is above {@code max}: then a range error at the value of {@code key}. */
    double atMost(String key, double v, double max, String what) {
        if (v > max) {
            throw range(key, "must be at most " + java.math.BigDecimal.valueOf(max).stripTrailingZeros().toPlainString()
                    + " (" + what + ")");
        }
        return v;
    }

    ScenarioException range(String key, String rule) {
        YNode n = get(key);
        String shown = n instanceof YNode.Scalar s ? Names.shown(s.text) : n == null ? "nothing" : n.describe();
        return fail(key, rule + ", was " + shown);
    }

    long longValue(String key, long def) {
        Long v = parse(key, "a whole number", Values::whole);
        return v == null ? def : v;
    }

    /** A whole number of at least {@code min}; {@code unlimited} gives {@code Integer.MAX_VALUE} when allowed. */
    int integer(String key, int def, int min, boolean unlimited) {
        if (unlimited && isUnlimited(key, false)) {
            return Integer.MAX_VALUE;
        }
        long v = longValue(key, def);
        if (v < min || v > Integer.MAX_VALUE) {
            throw range(key, "must be " + (min == 0 ? ">= 0" : min == 1 ? "> 0" : ">= " + min)
                    + (unlimited ? " or unlimited" : "") + (v > Integer.MAX_VALUE ? " and at most " + Integer.MAX_VALUE : ""));
        }
        return (int) v;
    }

    boolean bool(String key, boolean def) {
        YNode.Scalar s = scalar(key, "true or false");
        if (s == null) {
            return def;
        }
        if (!s.isBoolean()) {
            throw fail(key, "expected true or false, was " + s.describe());
        }
        return s.token == com.fasterxml.jackson.core.JsonToken.VALUE_TRUE;
    }

    Rate rate(String key, Rate def) {
        Rate r = parse(key, "a rate like 0.2/year", Values::rate);
        return r == null ? def : r;
    }

    Dist dist(String key, Dist def, boolean money) {
        Dist d = parse(key, "a distribution", t -> Values.dist(t, money));
        return d == null ? def : d;
    }

    YearMonth month(String key, YearMonth def) {
        YearMonth m = parse(key, "a month as YYYY-MM", Values::month);
        return m == null ? def : m;
    }

    /** The items of a list (absent: empty). */
    List<YNode> list(String key) {
        YNode n = get(key);
        if (n == null) {
            return List.of();
        }
        if (!(n instanceof YNode.Sequence s)) {
            throw fail(key, "expected a list, was " + n.describe());
        }
        doc.count(n, path(key), s.items().size());
        return s.items();
    }
}
