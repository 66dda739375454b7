package org.talentsim.policy;

import org.talentsim.scenario.PolicySpec;

/** Built-in counter-offer rules. */
final class Retentions {
    private Retentions() {}

    /** {@code none}: never counter. */
    static RetentionPolicy none(PolicySpec spec) {
        new Params("retention", spec);
        return q -> Double.NaN;
    }

    /** {@code match}: counter up to {@code upTo} of the valuation (default all of it). */
    static RetentionPolicy match(PolicySpec spec) {
        Params p = new Params("retention", spec, "upTo");
        double upTo = p.unit("upTo", 1.0);
        return q -> upTo * q.valuation();
    }

    /** {@code stars}: counter (up to {@code upTo} of the valuation) only for researchers whose visibility reaches {@code threshold}. */
    static RetentionPolicy stars(PolicySpec spec) {
        Params p = new Params("retention", spec, "upTo", "threshold");
        double upTo = p.unit("upTo", 1.0);
        double threshold = p.unit("threshold", 0.6);
        return q -> q.people().visibility(q.researcher()) >= threshold ? upTo * q.valuation() : Double.NaN;
    }
}
