package org.talentsim.kernel;

import org.talentsim.model.LabView;
import org.talentsim.model.PopulationView;
import org.talentsim.model.TeamView;
import org.talentsim.policy.OfferPolicy;

/** The {@link OfferPolicy.Quote} of an offer desk, refilled for each offer (no allocation per offer). */
final class OfferQuote extends Refilled implements OfferPolicy.Quote {
    private LabView lab;
    private TeamView team;
    private double valuation;
    private double currentPay;
    private double rival;
    private double marketPay;
    private boolean employed;
    private double uniform;

    /** Refills this quote for another offer. @return this */
    OfferQuote set(int researcher, Population people, Lab lab, Team team, double valuation,
            double currentPay, double rival, double marketPay, boolean employed, double uniform) {
        this.researcher = researcher;
        this.people = people.view();   // read-only: a cast gives nothing to change
        this.lab = lab.view();
        this.team = team.view();
        this.valuation = valuation;
        this.currentPay = currentPay;
        this.rival = rival;
        this.marketPay = marketPay;
        this.employed = employed;
        this.uniform = uniform;
        return this;
    }


    @Override
    public LabView lab() {
        return lab;
    }

    @Override
    public TeamView team() {
        return team;
    }

    @Override
    public double valuation() {
        return valuation;
    }

    @Override
    public double currentPay() {
        return currentPay;
    }

    @Override
    public double rival() {
        return rival;
    }

    @Override
    public double marketPay() {
        return marketPay;
    }

    @Override
    public boolean employed() {
        return employed;
    }

    @Override
    public double uniform() {
        return uniform;
    }

    @Override
    public String toString() {
        return "Quote[researcher=" + researcher + ", valuation=" + valuation + ", currentPay=" + currentPay
                + ", rival=" + rival + ", marketPay=" + marketPay + ", employed=" + employed
                + ", uniform=" + uniform + "]";
    }
}
