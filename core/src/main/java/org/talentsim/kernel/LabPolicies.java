package org.talentsim.kernel;

import java.util.ArrayList;
import java.util.List;
import org.talentsim.policy.LabStrategy;
import org.talentsim.policy.LayoffPolicy;
import org.talentsim.policy.OfferPolicy;
import org.talentsim.policy.PolicyRegistry;
import org.talentsim.policy.RetentionPolicy;
import org.talentsim.scenario.LabSpec;

/** The policy instances of each lab, by lab index. */
final class LabPolicies {
    final List<OfferPolicy> offer = new ArrayList<>();
    final List<RetentionPolicy> retention = new ArrayList<>();
    final List<LayoffPolicy> layoff = new ArrayList<>();
    final List<LabStrategy> strategy = new ArrayList<>();

    void add(PolicyRegistry reg, LabSpec spec) {
        String where = "lab '" + spec.name() + "': ";
        try {
            offer.add(reg.create(PolicyRegistry.OFFER, spec.offer()));
            retention.add(reg.create(PolicyRegistry.RETENTION, spec.retention()));
            layoff.add(reg.create(PolicyRegistry.LAYOFF, spec.layoff()));
            strategy.add(reg.create(PolicyRegistry.STRATEGY, spec.strategy()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + e.getMessage(), e);
        }
        if (spec.offer().name().equals("posted") && Double.isNaN(spec.postedWage())) {
            throw new IllegalArgumentException(where + "offer policy 'posted' needs a postedWage");
        }
    }
}
