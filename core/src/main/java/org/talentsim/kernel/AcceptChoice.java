package org.talentsim.kernel;

import org.talentsim.model.PopulationView;
import org.talentsim.policy.AcceptancePolicy;

/** The {@link AcceptancePolicy.Choice} of an offer desk, refilled for each offer (no allocation per offer). */
final class AcceptChoice extends Refilled implements AcceptancePolicy.Choice {
    private double offerPay;
    private double stayPay;
    private double offerPrestige;
    private double stayPrestige;
    private boolean employed;
    private double stake;

    /** Refills this choice for another offer. @return this */
    AcceptChoice set(int researcher, Population people, double offerPay, double stayPay, double offerPrestige,
            double stayPrestige, boolean employed) {
        this.researcher = researcher;
        this.people = people.view();   // read-only: a cast gives nothing to change
        this.offerPay = offerPay;
        this.stayPay = stayPay;
        this.offerPrestige = offerPrestige;
        this.stayPrestige = stayPrestige;
        this.employed = employed;
        this.stake = 0;
        return this;
    }

    /** The part of {@link #stayPay} that is an unvested stake (set after {@link #set}). @return this */
    AcceptChoice stake(double value) {
        this.stake = value;
        return this;
    }

    @Override
    public double stake() {
        return stake;
    }


    @Override
    public double offerPay() {
        return offerPay;
    }

    @Override
    public double stayPay() {
        return stayPay;
    }

    @Override
    public double offerPrestige() {
        return offerPrestige;
    }

    @Override
    public double stayPrestige() {
        return stayPrestige;
    }

    @Override
    public boolean employed() {
        return employed;
    }

    @Override
    public String toString() {
        return "Choice[researcher=" + researcher + ", offerPay=" + offerPay + ", stayPay=" + stayPay
                + ", offerPrestige=" + offerPrestige + ", stayPrestige=" + stayPrestige + ", employed=" + employed
                + ", stake=" + stake + "]";
    }
}
