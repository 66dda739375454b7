package org.talentsim.scenario;

import org.talentsim.internal.Names;

/** Validation helpers whose checks fail on NaN; messages name the field and the value. */
final class Check {
    private Check() {}

    static double unit(String field, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(field + " must be in [0,1], was " + v);
        }
        return v;
    }

    static double nonNegative(String field, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(field + " must be >= 0, was " + v);
        }
        return v;
    }

    static double positive(String field, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(field + " must be > 0, was " + v);
        }
        return v;
    }

    /** {@code v} must be at most {@code max} (NaN fails). */
    static double atMost(String field, double v, double max, String what) {
        if (!(v <= max)) {
            throw new IllegalArgumentException(field + " must be at most " + java.math.BigDecimal.valueOf(max).stripTrailingZeros().toPlainString() + " (" + what + "), was " + v);
        }
        return v;
    }

    /** An unmodifiable copy of {@code list} (empty for null), refusing null elements by position. */
    static <T> java.util.List<T> list(String field, java.util.List<T> list) {
        if (list == null) {
            return java.util.List.of();
        }
        for (int k = 0; k < list.size(); k++) {
            if (list.get(k) == null) {
                throw new IllegalArgumentException(field + "[" + k + "] is missing (null)");
            }
        }
        return java.util.List.copyOf(list);
    }

    /** Refuses a list that names something twice (a layoff's teams, a dismissal's researchers). */
    static void distinct(String field, java.util.List<String> names) {
        for (int k = 1; k < names.size(); k++) {
            int first = names.subList(0, k).indexOf(names.get(k));
            if (first >= 0) {
                throw new IllegalArgumentException(field + "[" + k + "] names '" + names.get(k) + "' again (also "
                        + field + "[" + first + "]): list each once");
            }
        }
    }

    /** The checks of an event that sets a lab's value to {@code value × factor + delta}. */
    static void scaling(String kind, String lab, double factor, double delta) {
        name(kind + ".lab", lab);
        nonNegative(kind + ".factor", factor);
        atMost(kind + ".factor", factor, org.talentsim.model.Limits.MAX_MULTIPLIER, "a multiplier");
        if (!Double.isFinite(delta)) {
            throw new IllegalArgumentException(kind + ".delta must be finite, was " + delta);
        }
        double most = kind.equals("budgetChange") ? org.talentsim.model.Limits.MAX_BUDGET : org.talentsim.model.Limits.MAX_CAPABILITY;
        if (Math.abs(delta) > most) {
            throw new IllegalArgumentException(kind + ".delta must be within ±" + most + ", was " + delta);
        }
    }

    /** An event's {@code delta} field (money or a plain number), default 0, which must be finite. */
    static double finiteDelta(EventFields f, boolean money) {
        double delta = money ? f.money("delta", 0) : f.number("delta", 0);
        if (!Double.isFinite(delta)) {
            throw f.range("delta", "must be a finite number");
        }
        double most = money ? org.talentsim.model.Limits.MAX_BUDGET : org.talentsim.model.Limits.MAX_CAPABILITY;
        if (Math.abs(delta) > most) {
            throw f.range("delta", "must be within \u00b1" + (money ? "1000000000000000 USD (the largest budget)"
                    : "1000000 (the largest capability)"));
        }
        return delta;
    }

    static int nonNegative(String field, int v) {
        if (v < 0) {
            throw new IllegalArgumentException(field + " must be >= 0, was " + v);
        }
        return v;
    }

    static int positive(String field, int v) {
        if (v <= 0) {
            throw new IllegalArgumentException(field + " must be > 0, was " + v);
        }
        return v;
    }

    /** An event's optional id: null, or a name. */
    static String id(String kind, String id) {
        if (id != null && Names.digitsOnly(id)) {
            throw new IllegalArgumentException(kind + ".id " + Names.quote(id) + ": " + Names.DIGITS_ID);
        }
        return id == null ? null : name(kind + ".id", id);
    }

    /** The name of a lab, team or researcher, which the result files write in their cells ({@link Names#cellProblem}). */
    static String label(String field, String v) {
        name(field, v);
        String problem = Names.cellProblem(v);
        if (problem != null) {
            throw new IllegalArgumentException(field + " " + Names.quote(v) + " " + problem + "; give it another name");
        }
        return v;
    }

    static String name(String field, String v) {
        String problem = Names.problem(v);
        if (problem != null) {
            throw new IllegalArgumentException(field + " must be a non-empty name without commas, quotes or control characters;"
                    + " it " + problem + ", was " + Names.quote(v));
        }
        return v;
    }

    /**
     * A number for a message, in 6 significant digits: plain from 0.0001 to 10¹⁵ (20000000, not
     * 2E+7), else in E notation (1E-11); Infinity and NaN as Java writes them.
     */
    static String amount(double v) {
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        java.math.BigDecimal x = new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros();
        return v == 0 ? "0" : Math.abs(v) >= 1e-4 && Math.abs(v) < 1e15 ? x.toPlainString() : x.toString();
    }
}
