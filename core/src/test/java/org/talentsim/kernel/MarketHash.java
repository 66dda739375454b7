package org.talentsim.kernel;

/** A hash of a market's state for tests that compare two runs tick by tick. */
final class MarketHash {
    private MarketHash() {}

    /** Salaries, teams, statuses, morale and reference pay of everyone; each lab's payroll and capability; the tick's move count. */
    static String of(Market m) {
        long h = 17;
        Population p = m.pop;
        for (int i = 0; i < p.size(); i++) {
            h = 31 * h + Double.doubleToLongBits(p.salary(i));
            h = 31 * h + p.team(i) * 7L + p.status(i).ordinal();
            h = 31 * h + Double.doubleToLongBits(p.morale(i));
            h = 31 * h + Double.doubleToLongBits(p.reference(i));
        }
        for (int l = 0; l < m.world.labCount(); l++) {
            h = 31 * h + Double.doubleToLongBits(m.world.lab(l).payroll());
            h = 31 * h + Double.doubleToLongBits(m.world.lab(l).capability());
        }
        return Long.toHexString(h) + " " + m.world.moves().size();
    }
}
