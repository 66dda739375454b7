package org.talentsim.kernel;

import org.talentsim.model.LabView;
import org.talentsim.model.PopulationView;
import org.talentsim.policy.RetentionPolicy;

/** The {@link RetentionPolicy.Quote} of an offer desk, refilled for each offer (no allocation per offer). */
final class CounterQuote extends Refilled implements RetentionPolicy.Quote {
    private LabView lab;
    private double valuation;
    private double currentPay;
    private double offer;
    private double toKeep;

    /** Refills this quote for another offer. @return this */
    CounterQuote set(int researcher, Population people, Lab lab, double valuation, double currentPay,
            double offer, double toKeep) {
        this.researcher = researcher;
        this.people = people.view();   // read-only: a cast gives nothing to change
        this.lab = lab.view();
        this.valuation = valuation;
        this.currentPay = currentPay;
        this.offer = offer;
        this.toKeep = toKeep;
        return this;
    }


    @Override
    public LabView lab() {
        return lab;
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
    public double offer() {
        return offer;
    }

    @Override
    public double toKeep() {
        return toKeep;
    }

    @Override
    public String toString() {
        return "Quote[researcher=" + researcher + ", valuation=" + valuation + ", currentPay=" + currentPay
                + ", offer=" + offer + ", toKeep=" + toKeep + "]";
    }
}
