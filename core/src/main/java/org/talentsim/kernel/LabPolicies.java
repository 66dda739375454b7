package org.talentsim.kernel;

import java.util.ArrayList;
import java.util.List;
import org.talentsim.policy.LabStrategy;
import org.talentsim.policy.LayoffPolicy;
import org.talentsim.policy.OfferPolicy;
import org.talentsim.policy.PolicyRegistry;
import org.talentsim.policy.RetentionPolicy;
import org.talentsim.model.TickUnit;
import org.talentsim.scenario.LabSpec;
import org.talentsim.scenario.TeamSpec;

/** The policy instances of each lab, by lab index. */
final class LabPolicies {
    final List<OfferPolicy> offer = new ArrayList<>();
    final List<RetentionPolicy> retention = new ArrayList<>();
    final List<LayoffPolicy> layoff = new ArrayList<>();
    final List<LabStrategy> strategy = new ArrayList<>();
    /** Package terms in ticks. */
    final List<PayTerms> pay = new ArrayList<>();
    /** Per team id: the team's own package terms, or null for its lab's. */
    private final List<PayTerms> teamPay = new ArrayList<>();
    /** Whether any lab's or team's package differs from all cash (the package mechanics run only then). */
    boolean packages;

    /**
     * Per lab, its offer policy's pay cap ({@code OfferPolicy.payCap}), read once when the policy
     * was created and checked then (the registry refuses NaN, 0 and below): a cap that turned NaN
     * mid-run had switched the lab's counter-offers off without a word (a re-check).
     */
    private double[] payCap = new double[8];

    /** Lab {@code lab}'s pay cap: its offers, counter-offers and raises stay at or below it ({@code +Infinity}: none). */
    double payCap(int lab) {
        return payCap[lab];
    }

    /** Sets lab {@code lab}'s offer policy (a policy change), with its pay cap. */
    void setOffer(int lab, OfferPolicy p) {
        offer.set(lab, p);
        payCap[lab] = cap(p);
    }

    /** {@code p}'s pay cap, checked again (the registry checked it when it made {@code p}; a cap that changes is named). */
    private static double cap(OfferPolicy p) {
        double c = p.payCap();
        if (!(c > 0)) {
            throw new IllegalStateException("offer policy " + PolicyName.of(p) + " gave a pay cap of " + c + " after one the registry"
                    + " accepted: payCap() must stay > 0 (or +Infinity) for the whole run");
        }
        return c;
    }

    /** Creates the lab's policies; the scenario was validated against {@code reg}, so this does not fail. */
    void add(PolicyRegistry reg, LabSpec spec, TickUnit unit) {
        offer.add(reg.create(PolicyRegistry.OFFER, spec.offer()));
        if (payCap.length < offer.size()) {
            payCap = java.util.Arrays.copyOf(payCap, Math.max(offer.size(), 2 * payCap.length));
        }
        payCap[offer.size() - 1] = cap(offer.get(offer.size() - 1));
        retention.add(reg.create(PolicyRegistry.RETENTION, spec.retention()));
        layoff.add(reg.create(PolicyRegistry.LAYOFF, spec.layoff()));
        strategy.add(reg.create(PolicyRegistry.STRATEGY, spec.strategy()));
        PayTerms terms = new PayTerms(reg.create(PolicyRegistry.PAY, spec.pay()).terms(), unit);
        pay.add(terms);
        packages |= terms.any;
        assert !(offer.get(offer.size() - 1).needsPostedWage() && Double.isNaN(spec.postedWage()))
                : "lab '" + spec.name() + "': validated scenario without the postedWage its offer policy needs";
    }

    /** Records team {@code id}'s own pay policy ({@code spec.pay()}, null for its lab's). */
    void addTeam(int id, TeamSpec spec, PolicyRegistry reg, TickUnit unit) {
        while (teamPay.size() <= id) {
            teamPay.add(null);
        }
        if (spec.pay() != null) {
            PayTerms terms = new PayTerms(reg.create(PolicyRegistry.PAY, spec.pay()).terms(), unit);
            teamPay.set(id, terms);
            packages |= terms.any;
        }
    }

    /** The package terms of team {@code team} of lab {@code lab}: its own, else its lab's. */
    PayTerms terms(int team, int lab) {
        PayTerms own = team < teamPay.size() ? teamPay.get(team) : null;
        return own != null ? own : pay.get(lab);
    }
}
