package org.talentsim.benchmarks.mason;

/** A lab of the MASON model: prestige, productivity, and the median pay of its employed this step and its log. */
final class Lab {
    final int id;
    final double prestige;
    final double productivity;
    double medianPay;
    /** ln of {@link #medianPay} as talentsim's census takes it; far below any ln(pay) when there is none. */
    double lnMedianPay;

    Lab(int id, double prestige, double productivity) {
        this.id = id;
        this.prestige = prestige;
        this.productivity = productivity;
    }
}
