package org.talentsim.scenario;

/**
 * What {@link Scenario#validate(PolicyCatalog)} asks of the policies a scenario names: the policy
 * registry implements it, so the scenario package validates policies without depending on them.
 * An implementation says whether a {@link PolicySpec} names a known policy of the slot with
 * valid parameters, and whether the lab it belongs to gives what the policy needs (the
 * {@code posted} offer policy needs the lab's {@code postedWage}).
 */
public interface PolicyCatalog {
    /** Where a policy sits in a scenario: four are market-wide, five belong to each lab. */
    enum Slot {
        /** {@link Scenario#acceptance()}: how researchers choose between offers. */
        ACCEPTANCE("acceptance", false),
        /** {@link Scenario#morale()}: the morale rule. */
        MORALE("morale", false),
        /** {@link Scenario#quits()}: the quit hazard. */
        QUITS("quits", false),
        /** {@link Scenario#production()}: team output. */
        PRODUCTION("production", false),
        /** {@link LabSpec#offer()}: offer pricing. */
        OFFER("offer", true),
        /** {@link LabSpec#retention()}: counter-offers. */
        RETENTION("retention", true),
        /** {@link LabSpec#layoff()}: who is laid off first. */
        LAYOFF("layoff", true),
        /** {@link LabSpec#strategy()}: the lab's reaction to the capability gap. */
        STRATEGY("strategy", true),
        /** {@link LabSpec#pay()}: the pay packages (equity, vesting, sign-ons, buy-outs). */
        PAY("pay", true);

        private final String field;
        private final boolean perLab;

        Slot(String field, boolean perLab) {
            this.field = field;
            this.perLab = perLab;
        }

        /** The field's name in scenario files, e.g. {@code offer} (under {@code policies:} for market-wide slots). */
        public String field() {
            return field;
        }

        /** True for the policies of a lab, false for market-wide ones. */
        public boolean perLab() {
            return perLab;
        }

        /** The policy of this slot in {@code lab} (a lab slot) or in {@code scenario} (a market-wide one). */
        PolicySpec of(Scenario scenario, LabSpec lab) {
            return switch (this) {
                case ACCEPTANCE -> scenario.acceptance();
                case MORALE -> scenario.morale();
                case QUITS -> scenario.quits();
                case PRODUCTION -> scenario.production();
                case OFFER -> lab.offer();
                case RETENTION -> lab.retention();
                case LAYOFF -> lab.layoff();
                case STRATEGY -> lab.strategy();
                case PAY -> lab.pay();
            };
        }
    }

    /**
     * Checks one policy of a scenario.
     *
     * @param slot where the policy sits
     * @param spec the policy named, with its parameters
     * @param lab the lab it belongs to (of a lab slot), or null (of a market-wide slot)
     * @throws IllegalArgumentException naming the problem (unknown name, bad parameter, a field of
     *     the lab the policy needs); the message need not name the lab or the slot
     */
    void check(Slot slot, PolicySpec spec, LabSpec lab);
}
