package org.talentsim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.talentsim.internal.Names;
import org.talentsim.internal.Suggestions;

/**
 * An event's fields given in code by name ({@link EventTypes#event}), read by its type as a file's
 * are: the same keys, defaults and rules, so that {@code fromLab} cannot be swapped with {@code lab}
 * unseen as two positional strings of a record's constructor could (a public-API review: a raid
 * built with its labs swapped ran the other way without a word). Values are Java's: a
 * {@link CharSequence} for a name or text (a {@link Boolean} too: {@code closeSeller}), a {@link
 * Number} for a number or an amount (USD), a
 * {@link List} of names, a {@link ResearcherRef} or a name for a researcher, a {@link PolicySpec} or
 * a policy's name, a {@link LabSpec} for a new lab. A problem is an {@link InvalidFieldException}
 * whose field is {@code TYPE.KEY} ({@code raid.count}).
 */
final class MapEventFields implements EventFields {
    private final String type;
    private final Map<String, ?> fields;

    MapEventFields(EventType<?> type, Map<String, ?> fields) {
        this.type = type.name();
        this.fields = fields;
        List<String> known = new ArrayList<>(type.keys());
        known.add("id");
        for (Object k : fields.keySet()) {
            if (!(k instanceof String key)) {
                throw new IllegalArgumentException(this.type + ": a field's name must be a String, was " + k);
            }
            if (fields.get(key) == null) {
                // as a file's "teams:" without a value: a null read as absent widened a layoff to every team (a re-check)
                throw new InvalidFieldException(this.type + "." + key, null, "has no value: give one, or leave the key out");
            }
            if (!known.contains(key)) {
                String near = Suggestions.closest(key, known);
                throw new InvalidFieldException(this.type + "." + key, null, "unknown key"
                        + (near == null ? "" : ", did you mean '" + near + "'?") + " (known: " + String.join(", ", known) + ")");
            }
        }
    }

    private Object value(String key) {
        return fields.get(key);
    }

    private String shown(Object v) {
        return v instanceof CharSequence s ? Names.quote(s.toString()) : String.valueOf(v);
    }

    @Override
    public boolean has(String key) {
        return value(key) != null;
    }

    @Override
    public void require(String key) {
        if (!has(key)) {
            throw fail(key, "is required");
        }
    }

    @Override
    public String name(String key) {
        require(key);
        Object v = value(key);
        if (!(v instanceof CharSequence s)) {
            throw expected(key, "a name");
        }
        String problem = Names.problem(s.toString());
        if (problem != null) {
            throw fail(key, "must be a non-empty name without commas, quotes or control characters; it " + problem + ", was "
                    + shown(v));
        }
        return s.toString();
    }

    @Override
    public String optionalName(String key) {
        return has(key) ? name(key) : null;
    }

    @Override
    public List<String> names(String key) {
        Object v = value(key);
        if (v == null) {
            return List.of();
        }
        if (v instanceof CharSequence) {
            return List.of(name(key));
        }
        if (!(v instanceof List<?> list)) {
            throw expected(key, "a list of names");
        }
        List<String> out = new ArrayList<>();
        for (Object o : list) {
            String problem = o instanceof CharSequence s ? Names.problem(s.toString()) : "is not text";
            if (problem != null) {
                throw fail(key, "expected names without commas, quotes or control characters; " + shown(o) + " " + problem);
            }
            out.add(o.toString());
        }
        return List.copyOf(out);
    }

    @Override
    public String text(String key, String def) {
        Object v = value(key);
        if (v == null) {
            return def;
        }
        if (v instanceof Boolean b) {
            return b.toString();   // (closeSeller: true, as a file writes it)
        }
        if (!(v instanceof CharSequence s)) {
            throw expected(key, "text");
        }
        return s.toString();
    }

    @Override
    public double number(String key, double def) {
        Object v = value(key);
        if (v == null) {
            return def;
        }
        if (!(v instanceof Number n)) {
            throw expected(key, "a number");
        }
        // a float as written (0.1f is 0.10000000149011612 widened)
        return n instanceof Float ? Double.parseDouble(n.toString()) : n.doubleValue();
    }

    private double finite(String key, double def) {
        double v = number(key, def);
        if (has(key) && !Double.isFinite(v)) {
            throw range(key, "must be a finite number");
        }
        return v;
    }

    @Override
    public double money(String key, double def) {
        return finite(key, def);
    }

    @Override
    public double nonNegativeMoney(String key, double def) {
        return nonNegative(key, def);
    }

    @Override
    public double nonNegativeMoney(String key, double def, double max, String what) {
        return nonNegative(key, def, max, what);
    }

    @Override
    public double unit(String key, double def) {
        double v = finite(key, def);
        if (has(key) && (v < 0 || v > 1)) {
            throw range(key, "must be in [0, 1]");
        }
        return v;
    }

    @Override
    public double nonNegative(String key, double def) {
        double v = finite(key, def);
        if (has(key) && v < 0) {
            throw range(key, "must be >= 0");
        }
        return v;
    }

    @Override
    public double nonNegative(String key, double def, double max, String what) {
        double v = nonNegative(key, def);
        if (has(key) && v > max) {
            throw range(key, "must be at most " + Check.amount(max) + " (" + what + ")");
        }
        return v;
    }

    @Override
    public double positive(String key, double def) {
        double v = finite(key, def);
        if (has(key) && !(v > 0)) {
            throw range(key, "must be > 0");
        }
        return v;
    }

    @Override
    public int integer(String key, int def, int min) {
        Object v = value(key);
        if (v == null) {
            return def;
        }
        if (!(v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte)) {
            throw expected(key, "a whole number");
        }
        long n = ((Number) v).longValue();
        if (n < min) {
            throw range(key, "must be a whole number of at least " + min);
        }
        if (n > Integer.MAX_VALUE) {
            throw range(key, "must be at most " + Integer.MAX_VALUE);
        }
        return (int) n;
    }

    @Override
    public int integerOrUnlimited(String key, int def, int min) {
        Object v = value(key);
        if (v instanceof CharSequence s && s.toString().equals("unlimited")) {
            return Integer.MAX_VALUE;
        }
        if (v instanceof CharSequence s && s.toString().equalsIgnoreCase("unlimited")) {
            throw range(key, "write unlimited (in lower case) for no limit");
        }
        if (v instanceof Number n && n.longValue() < min) {
            throw range(key, "must be a whole number of at least " + min + ", or unlimited");
        }
        return integer(key, def, min);
    }

    @Override
    public ResearcherRef researcher(String key) {
        require(key);
        Object v = value(key);
        if (v instanceof ResearcherRef r) {
            return r;
        }
        if (v instanceof CharSequence) {
            return ResearcherRef.named(name(key));
        }
        throw expected(key, "a researcher's name or a ResearcherRef");
    }

    @Override
    public PolicySpec policy(String key, PolicyCatalog.Slot slot) {
        Object v = value(key);
        if (v == null) {
            return null;
        }
        if (v instanceof PolicySpec p) {
            return p;
        }
        if (v instanceof CharSequence) {
            return PolicySpec.of(name(key));
        }
        throw expected(key, "a PolicySpec or a policy's name");
    }

    @Override
    public LabSpec newLab(String key) {
        require(key);
        if (!(value(key) instanceof LabSpec lab)) {
            throw expected(key, "a LabSpec (the lab to found)");
        }
        return lab;
    }

    @Override
    public RuntimeException fail(String key, String problem) {
        return new InvalidFieldException(type + "." + key, null, problem);
    }

    @Override
    public RuntimeException expected(String key, String what) {
        return fail(key, "expected " + what + ", was " + shown(value(key)));
    }

    @Override
    public RuntimeException range(String key, String rule) {
        return fail(key, rule + ", was " + shown(value(key)));
    }

    @Override
    public <T> T build(Supplier<T> make) {
        try {
            return Objects.requireNonNull(make.get(), "the event type built no event");
        } catch (InvalidFieldException x) {
            throw x;
        } catch (IllegalArgumentException x) {
            // a record's own check (a team listed twice, an id of digits): said at the event, as the
            // file says it at the event's mapping; its message names the field
            throw new InvalidFieldException(type, null, x.getMessage(), x);
        }
    }
}
