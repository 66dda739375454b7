package org.talentsim.benchmarks.mason;

/** A lab of the MASON model: prestige, productivity, and the median pay of its employed this step. */
final class Lab {
    final int id;
    final double prestige;
    final double productivity;
    double medianPay;

    Lab(int id, double prestige, double productivity) {
        this.id = id;
        this.prestige = prestige;
        this.productivity = productivity;
    }
}
