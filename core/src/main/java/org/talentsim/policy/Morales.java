package org.talentsim.policy;

import org.talentsim.scenario.PolicySpec;

/** Built-in morale rules. */
final class Morales {
    private Morales() {}

    /** {@code fixed}: morale never changes (theory configurations). */
    static MoralePolicy fixed(PolicySpec spec) {
        new Params("morale", spec);
        return FixedMorale.INSTANCE;
    }

    /** {@code peer-relative}: see {@link PeerRelativeMorale}. */
    static MoralePolicy peerRelative(PolicySpec spec) {
        Params p = new Params("morale", spec, "base", "pay", "layoffs", "gap", "disparity", "leader", "speed");
        PeerRelativeMorale d = PeerRelativeMorale.DEFAULT;
        return new PeerRelativeMorale(p.unit("base", d.base()), p.nonNegative("pay", d.pay()),
                p.nonNegative("layoffs", d.layoffs()), p.nonNegative("gap", d.gap()),
                p.nonNegative("disparity", d.disparity()), p.nonNegative("leader", d.leader()),
                p.unit("speed", d.speed()));
    }
}
