package org.talentsim.io;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.talentsim.policy.PolicyRegistry;
import org.talentsim.internal.Names;
import org.talentsim.scenario.PolicySpec;

/**
 * Reads a policy: a name ({@code utility}) or a mapping of the name and numeric parameters
 * ({@code {name: utility, switchingCost: 0.05}}), checked against the policy registry.
 */
final class PolicyReader {
    private PolicyReader() {}

    static PolicySpec read(Fields f, String key, PolicyRegistry.Kind<?> kind, PolicySpec def) {
        YNode n = f.get(key);
        if (n == null) {
            return def;
        }
        Doc doc = f.doc;
        String path = f.path(key);
        Set<String> known = doc.registry.names(kind);
        if (n instanceof YNode.Scalar s) {
            check(doc, s, path, kind, known);
            return create(doc, n, path, kind, new PolicySpec(s.text, Map.of()));
        }
        if (!(n instanceof YNode.Mapping m)) {
            throw doc.fail(n, path, "expected a policy name (" + String.join(", ", known)
                    + ") or a mapping {name: ..., parameter: number}, was " + n.describe());
        }
        YNode.Mapping.Entry nameEntry = m.entry("name");
        if (nameEntry == null || nameEntry.value().isNull()) {
            throw doc.fail(m, path + ".name", "is required (one of " + String.join(", ", known) + ")");
        }
        if (!(nameEntry.value() instanceof YNode.Scalar nameNode)) {
            throw doc.fail(nameEntry.value(), path + ".name", "expected a policy name, was " + nameEntry.value().describe());
        }
        check(doc, nameNode, path + ".name", kind, known);
        String name = nameNode.text;
        Map<String, Double> params = new LinkedHashMap<>();
        String before = null;        // the parameter before, and its text: a decimal comma splits one in two
        String beforeText = null;
        for (Map.Entry<String, YNode.Mapping.Entry> e : m.entries().entrySet()) {
            String p = e.getKey();
            if (p.equals("name")) {
                continue;
            }
            YNode v = e.getValue().value();
            String pp = path + "." + p;
            if (v.isNull() && p.matches("[0-9]+") && beforeText != null && beforeText.matches("-?[0-9]+")) {
                // {upTo: 0,8}: YAML reads "upTo: 0" and a key "8" with no value (a strategist's slip)
                throw doc.fail(e.getValue().key(), path + "." + before, "'" + before + ": " + beforeText + "," + p + "' reads as two"
                        + " entries (in YAML a comma separates them): write the decimal with a point, " + before + ": " + beforeText
                        + "." + p);
            }
            if (!(v instanceof YNode.Scalar vs) || v.isNull()) {
                throw doc.fail(v, pp, "expected a number, was " + v.describe());
            }
            before = p;
            beforeText = vs.text;
            double x;
            try {
                x = Values.number(vs.text, true);
            } catch (Values.Bad b) {
                throw doc.fail(v, pp, "expected a number, was " + vs.describe());
            }
            if (!Double.isFinite(x)) {
                throw doc.fail(v, pp, "must be a finite number, was " + Names.shown(vs.text));
            }
            params.put(p, x);
        }
        // point at the parameter at fault: one that fails alone (the others at their defaults) and
        // without which the rest passes; a rule between parameters (a pay policy's cliff within
        // its years) that only the defaults break is no fault, and one that two given values
        // break together is reported on the mapping (below)
        String whole = null;
        boolean wholeChecked = false;
        for (Map.Entry<String, Double> e : params.entrySet()) {
            String alone = problem(doc, kind, new PolicySpec(name, Map.of(e.getKey(), e.getValue())));
            if (alone == null) {
                continue;
            }
            if (!wholeChecked) {
                whole = problem(doc, kind, new PolicySpec(name, params));
                wholeChecked = true;
            }
            if (whole == null) {
                continue;
            }
            Map<String, Double> rest = new LinkedHashMap<>(params);
            rest.remove(e.getKey());
            if (problem(doc, kind, new PolicySpec(name, rest)) != null) {
                continue;
            }
            YNode.Mapping.Entry entry = m.entries().get(e.getKey());
            boolean unknown = alone.contains("has no parameter");
            throw doc.fail(unknown ? entry.key() : entry.value(), path + "." + e.getKey(), unknown ? alone : whole);
        }
        return create(doc, m, path, kind, new PolicySpec(name, params));
    }

    /** Why the registry refuses the policy {@code spec}, or null if it creates it. */
    private static String problem(Doc doc, PolicyRegistry.Kind<?> kind, PolicySpec spec) {
        try {
            doc.registry.create(kind, spec);
            return null;
        } catch (IllegalArgumentException ex) {
            return String.valueOf(ex.getMessage());
        }
    }

    private static void check(Doc doc, YNode.Scalar s, String path, PolicyRegistry.Kind<?> kind, Set<String> known) {
        if (!s.isNull() && known.contains(s.text)) {
            return;
        }
        String hint = s.isNull() ? "" : Suggest.didYouMean(s.text, known);
        throw doc.fail(s, path, "unknown " + kind + " policy " + s.describe() + hint + " (known: " + String.join(", ", known) + ")");
    }

    private static PolicySpec create(Doc doc, YNode at, String path, PolicyRegistry.Kind<?> kind, PolicySpec spec) {
        try {
            doc.registry.create(kind, spec);
        } catch (IllegalArgumentException e) {
            throw doc.fail(at, path, e.getMessage());
        }
        return spec;
    }
}
