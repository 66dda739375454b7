package org.talentsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The comparison report's headline (a review of the day it came): a difference from a baseline of
 * 0 (layoffs switched on) is named first, as "from 0", not left out; a share of a negative
 * baseline mean has the sign of the change, as the forest plot draws it; only the metrics shown
 * are named; an arm with none beyond chance says so.
 */
class HeadlineTest {
    static final String HEADER = "arm,metric,mean,ci_low,ci_high,difference,diff_ci_low,diff_ci_high,p,p_holm,share_higher,share_lower,n,pairs\n";

    @Test
    void fromZeroFirstSignOfTheChangeOnlyWhatIsShown(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("comparison.csv"), HEADER
                + "baseline,L.layoffs,0,0,0,,,,,,,,4,\n"
                + "baseline,L.net,-200,-210,-190,,,,,,,,4,\n"
                + "baseline,L.hires,100,90,110,,,,,,,,4,\n"
                + "baseline,R.hires,100,90,110,,,,,,,,4,\n"
                + "cut,L.layoffs,465,456,474,465,456,474,1e-9,1e-8,1,0,4,4\n"
                + "cut,L.net,14,4,24,214,200,228,1e-8,1e-7,1,0,4,4\n"
                + "cut,L.hires,110,100,120,10,8,12,1e-4,0.001,1,0,4,4\n"
                + "cut,R.hires,500,490,510,400,390,410,1e-9,1e-8,1,0,4,4\n"
                + "same,L.layoffs,0,0,0,0,0,0,,,0,0,4,4\n"
                + "same,L.net,-201,-210,-190,-1,-5,3,0.5,1,0.5,0.5,4,4\n"
                + "same,L.hires,100,90,110,0,-2,2,0.9,1,0.5,0.5,4,4\n"
                + "same,R.hires,100,90,110,0,-2,2,0.9,1,0.5,0.5,4,4\n");
        Csv c = Csv.read(f);
        assertEquals("In short, of the metrics shown, the largest differences beyond chance (p (Holm) below 0.05), as a share of the"
                + " baseline's mean: arm cut against baseline: L.layoffs +465 (from 0), L.net +214 (+107%), L.hires +10 (+10%);"
                + " arm same differs from the baseline in none of them beyond chance. The plot and the table below give each with"
                + " its 95% interval.", ExperimentReport.headline(c, "baseline", Set.of("L.layoffs", "L.net", "L.hires")));
        assertNull(ExperimentReport.headline(c, "baseline", Set.of("nothing")), "no tested difference among those shown");
    }

    /**
     * A difference beyond chance under 0.1% of the baseline's mean is too small to headline: a
     * prestige changed by a millionth headlined "Keeper.mean_salary_end -0.09897 (-0.000016%)" as
     * the arm's largest difference (a strategist's review). Counted apart, with the largest.
     */
    @Test
    void aDifferenceTooSmallToMatterIsNotHeadlined(@TempDir Path dir) throws Exception {
        Csv c = Csv.read(Files.writeString(dir.resolve("c.csv"), HEADER
                + "baseline,K.salary,600000,590000,610000,,,,,,,,30,\n"
                + "baseline,K.hires,100,90,110,,,,,,,,30,\n"
                + "tiny,K.salary,599999.9,589999,609999,-0.1,-0.11,-0.09,1e-9,1e-8,0,1,30,30\n"
                + "tiny,K.hires,100,90,110,0,-1,1,0.9,1,0.5,0.5,30,30\n"
                + "big,K.salary,599999.9,589999,609999,-0.1,-0.11,-0.09,1e-9,1e-8,0,1,30,30\n"
                + "big,K.hires,120,110,130,20,18,22,1e-9,1e-8,1,0,30,30\n"));
        assertEquals(List.of("arm tiny differs from the baseline in none of them beyond chance by 0.1% of its mean or more; 1"
                + " difference beyond chance is under 0.1% of the baseline's mean, too small to matter (the largest: K.salary"
                + " -0.1 (-0.000017%))", "arm big against baseline: K.hires +20 (+20%); 1 difference beyond chance is under 0.1%"
                + " of the baseline's mean, too small to matter (the largest: K.salary -0.1 (-0.000017%))"),
                ExperimentReport.headlineParts(c, "baseline", Set.of("K.salary", "K.hires")));
    }

    /**
     * A difference with no spread (p 0) over fewer than 6 pairs is not counted beyond chance, and
     * is named apart; over 6 pairs it is counted. Two replications whose counts happened to differ
     * alike headlined an arm "beyond chance" (a strategist's review, 4 of 8 seeds at -r 2).
     */
    @Test
    void aDifferenceWithNoSpreadOverFewPairsIsNotCountedBeyondChance(@TempDir Path dir) throws Exception {
        String header = HEADER.strip() + ",no_spread\n";
        String rows = "baseline,K.quits,9,-41.8,59.8,,,,,,,,N,,\n"
                + "baseline,K.poached_out,1.5,-4.85,7.85,,,,,,,,N,,\n"
                + "x,K.quits,8,-42.8,58.8,-1,-1,-1,0,0,0,1,N,N,TRUE\n"
                + "x,K.poached_out,10.5,-40.3,61.3,9,-29.1,47.1,0.2,1,1,0,N,N,FALSE\n";
        Csv two = Csv.read(Files.writeString(dir.resolve("two.csv"), header + rows.replace("N", "2")));
        assertEquals(List.of("arm x differs from the baseline in none of them beyond chance (not counted: K.quits -1 in each of"
                + " the 2 pairs: the same difference in every pair, over too few pairs to tell from chance; run more replications)"),
                ExperimentReport.headlineParts(two, "baseline", Set.of("K.quits", "K.poached_out")));
        Csv five = Csv.read(Files.writeString(dir.resolve("five.csv"), header + rows.replace("N", "5")));
        assertTrue(ExperimentReport.headlineParts(five, "baseline", Set.of("K.quits")).get(0).contains("not counted"));
        Csv six = Csv.read(Files.writeString(dir.resolve("six.csv"), header + rows.replace("N", "6")));
        assertEquals(List.of("arm x against baseline: K.quits -1 (-11%)"),
                ExperimentReport.headlineParts(six, "baseline", Set.of("K.quits", "K.poached_out")));
        // an exact shift where neither arm varies (600 laid off in every baseline run, 300 in every arm's): counted
        // whatever the pairs (the headline said the arm changed nothing while the plot starred it: a re-check)
        Csv constant = Csv.read(Files.writeString(dir.resolve("constant.csv"), header
                + "baseline,K.layoffs,600,600,600,,,,,,,,2,,\n"
                + "x,K.layoffs,300,300,300,-300,-300,-300,0,0,0,1,2,2,TRUE\n"));
        assertEquals(List.of("arm x against baseline: K.layoffs -300 (-50%)"),
                ExperimentReport.headlineParts(constant, "baseline", Set.of("K.layoffs")));
        // an exact shift of the arm's own making, FALSE in no_spread: counted whatever the pairs
        Csv exact = Csv.read(Files.writeString(dir.resolve("exact.csv"), header + rows.replace("N", "2").replace("TRUE", "FALSE")));
        assertEquals(List.of("arm x against baseline: K.quits -1 (-11%)"),
                ExperimentReport.headlineParts(exact, "baseline", Set.of("K.quits", "K.poached_out")));
    }

    /**
     * A pay policy's cost: where an arm's committed differs from its spend (it grants more equity,
     * spends less and owes more), the headline gives both with the lab's size; where they are the
     * same (a lab paying cash) spend alone (a strategist read "spends 158M less" as cheaper).
     */
    @Test
    void committedBesideSpendWhereTheArmChangesWhatIsOwed(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("comparison.csv"), HEADER
                + "baseline,M.poached_out,60,55,65,,,,,,,,4,\n"
                + "baseline,M.hires,100,90,110,,,,,,,,4,\n"
                + "baseline,M.quits,100,90,110,,,,,,,,4,\n"
                + "equity,M.hires,50,45,55,-50,-55,-45,1e-9,1e-8,0,1,4,4\n"
                + "equity,M.quits,60,55,65,-40,-45,-35,1e-9,1e-8,0,1,4,4\n"
                + "baseline,C.hires,100,90,110,,,,,,,,4,\n"
                + "baseline,C.quits,100,90,110,,,,,,,,4,\n"
                + "equity,C.hires,50,45,55,-50,-55,-45,1e-9,1e-8,0,1,4,4\n"
                + "equity,C.quits,60,55,65,-40,-45,-35,1e-9,1e-8,0,1,4,4\n"
                + "baseline,M.spend,5000,4900,5100,,,,,,,,4,\n"
                + "baseline,M.committed,8000,7900,8100,,,,,,,,4,\n"
                + "baseline,C.poached_out,60,55,65,,,,,,,,4,\n"
                + "baseline,C.spend,5000,4900,5100,,,,,,,,4,\n"
                + "baseline,C.committed,5000,4900,5100,,,,,,,,4,\n"
                + "equity,M.poached_out,20,15,25,-40,-45,-35,1e-9,1e-8,0,1,4,4\n"
                + "equity,M.spend,4800,4700,4900,-200,-250,-150,1e-6,1e-5,0,1,4,4\n"
                + "equity,M.committed,8400,8300,8500,400,300,500,1e-6,1e-5,1,0,4,4\n"
                + "equity,C.poached_out,20,15,25,-40,-45,-35,1e-9,1e-8,0,1,4,4\n"
                + "equity,C.spend,4800,4700,4900,-200,-250,-150,1e-6,1e-5,0,1,4,4\n"
                + "equity,C.committed,4800,4700,4900,-200,-250,-150,1e-6,1e-5,0,1,4,4\n");
        Csv c = Csv.read(f);
        String m = ExperimentReport.headline(c, "baseline", Set.of("M.poached_out", "M.hires", "M.quits", "M.spend", "M.committed"));
        assertEquals(true, m.contains("its spending: M.spend -200 (-4%), M.committed +400 (+5%)"), m);
        // spend beyond chance, committed not: committed said all the same, as not beyond chance
        Path g = Files.writeString(dir.resolve("c2.csv"), Files.readString(f).replace("equity,M.committed,8400,8300,8500,400,300,500,1e-6,1e-5,1,0,4,4",
                "equity,M.committed,7980,7800,8100,-20,-150,110,0.6,1,0.5,0.5,4,4"));
        String loose = ExperimentReport.headline(Csv.read(g), "baseline", Set.of("M.poached_out", "M.hires", "M.quits", "M.spend", "M.committed"));
        assertEquals(true, loose.contains("its spending: M.spend -200 (-4%), M.committed -20 (-0.25%) not beyond chance;")
                || loose.contains("its spending: M.spend -200 (-4%), M.committed -20 (-0.25%) not beyond chance"), loose);
        assertEquals(false, loose.contains("more beyond chance"), loose);
        String cash = ExperimentReport.headline(c, "baseline", Set.of("C.poached_out", "C.hires", "C.quits", "C.spend", "C.committed"));
        assertEquals(true, cash.contains("its spending: C.spend -200 (-4%)") && !cash.contains("C.committed"), cash);
    }

    /** A lab's counter-offer policy set by an arm, in words; any other override has none. */
    @Test
    void aRetentionOverrideInWords() {
        assertEquals("Meta makes no counter-offers", ExperimentReport.inWords("labs[Meta].retention=none"));
        assertEquals("Meta counters outside offers up to a researcher's value to it", ExperimentReport.inWords("labs[Meta].retention=match"));
        assertEquals("Meta/X counters outside offers up to 0.8 times a researcher's value to it",
                ExperimentReport.inWords("labs[Meta/X].retention.upTo=0.8"));
        assertNull(ExperimentReport.inWords("labs[Meta].prestige=0.8"));
        assertNull(ExperimentReport.inWords("labs[Meta].retention=mine"), "a policy of one's own: no words for it");
        assertEquals("retention", ExperimentReport.kind("Meta/TBD Lab.retention"));
        assertEquals("market.visa_exits", ExperimentReport.kind("market.visa_exits"));
    }

    /**
     * "Does countering pay?" (a student's review): what the arm sets to 0 in every run (its
     * counter-offers) is said apart, not as its largest difference; the size and cost of the labs
     * named follow the largest differences, where beyond chance.
     */
    @Test
    void whatTheArmSwitchesOffIsSaidApartAndTheLabsSizeAndCostFollow(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("comparison.csv"), HEADER
                + "baseline,Meta.countered,660,650,670,,,,,,,,4,\n"
                + "baseline,Meta.poached_out,57,50,64,,,,,,,,4,\n"
                + "baseline,Meta.hires,700,690,710,,,,,,,,4,\n"
                + "baseline,Meta.quits,800,790,810,,,,,,,,4,\n"
                + "baseline,Meta.mean_morale_end,0.4,0.39,0.41,,,,,,,,4,\n"
                + "baseline,Meta.headcount_end,2870,2860,2880,,,,,,,,4,\n"
                + "baseline,Meta.spend,5.85e9,5.8e9,5.9e9,,,,,,,,4,\n"
                + "none,Meta.countered,0,0,0,-660,-670,-650,1e-9,1e-8,0,1,4,4\n"
                + "none,Meta.poached_out,594,580,608,537,520,550,1e-9,1e-8,1,0,4,4\n"
                + "none,Meta.hires,1110,1100,1120,410,400,420,1e-9,1e-8,1,0,4,4\n"
                + "none,Meta.quits,880,870,890,80,70,90,1e-6,1e-5,1,0,4,4\n"
                + "none,Meta.mean_morale_end,0.4,0.39,0.41,0.001,-0.002,0.004,0.5,1,0.5,0.5,4,4\n"
                + "none,Meta.headcount_end,2819,2810,2830,-51,-56,-46,1e-6,1e-5,0,1,4,4\n"
                + "none,Meta.spend,5.62e9,5.57e9,5.67e9,-2.35e8,-2.8e8,-1.9e8,1e-6,1e-5,0,1,4,4\n");
        Csv c = Csv.read(f);
        assertEquals("In short, of the metrics shown, the largest differences beyond chance (p (Holm) below 0.05), as a share of the"
                + " baseline's mean: arm none against baseline: Meta.poached_out +537 (+942%), Meta.hires +410 (+59%),"
                + " Meta.quits +80 (+10%); its size and spending: Meta.headcount_end -51 (-1.8%), Meta.spend -235M (-4%)"
                + " (Meta.countered is 0 in every run of none: no counter-offers). The plot and the table below give each with its"
                + " 95% interval.", ExperimentReport.headline(c, "baseline", Set.of("Meta.countered", "Meta.poached_out", "Meta.hires",
                        "Meta.quits", "Meta.mean_morale_end", "Meta.headcount_end", "Meta.spend")));
    }

    /**
     * Any other metric at 0 in every run of an arm is an outcome, said among the differences: an
     * equity arm that ended poaching (poached_out 0 in every run, -100%) was said apart as "what
     * the arm sets", its largest effect hidden (a strategist's review).
     */
    @Test
    void anOutcomeAtZeroInEveryRunIsAFinding(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("comparison.csv"), HEADER
                + "cash,Grantco.poached_out,176,168,184,,,,,,,,12,\n"
                + "cash,Grantco.quits,990,980,1000,,,,,,,,12,\n"
                + "annual,Grantco.poached_out,0,0,0,-176.1,-184,-168.2,1e-9,1e-8,0,1,12,12\n"
                + "annual,Grantco.quits,731.6,720,740,-258.4,-270,-246,1e-9,1e-8,0,1,12,12\n");
        String h = ExperimentReport.headline(Csv.read(f), "cash", Set.of("Grantco.poached_out", "Grantco.quits"));
        assertTrue(h.contains("arm annual against cash: Grantco.poached_out -176.1 (-100%), Grantco.quits -258.4 (-26%)"), h);
        assertFalse(h.contains("what the arm sets") || h.contains("0 in every run"), h);
    }

    /**
     * Capability beside the size and cost of the labs named is said as such ("its size and spending: …
     * capability_end": a strategist's review), and the label names only what its list holds ("its
     * size and cost:" led a lone headcount: a student's review).
     */
    @Test
    void capabilityIsNamedApartFromSizeAndCost(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("comparison.csv"), HEADER
                + "baseline,Meta.poached_out,57,50,64,,,,,,,,4,\n"
                + "baseline,Meta.spend,5.85e9,5.8e9,5.9e9,,,,,,,,4,\n"
                + "baseline,Meta.capability_end,82.5,82,83,,,,,,,,4,\n"
                + "baseline,Meta.hires,700,690,710,,,,,,,,4,\n"
                + "baseline,Meta.quits,800,790,810,,,,,,,,4,\n"
                + "none,Meta.hires,1110,1100,1120,410,400,420,1e-9,1e-8,1,0,4,4\n"
                + "none,Meta.quits,880,870,890,80,70,90,1e-6,1e-5,1,0,4,4\n"
                + "none,Meta.poached_out,594,580,608,537,520,550,1e-9,1e-8,1,0,4,4\n"
                + "none,Meta.spend,5.62e9,5.57e9,5.67e9,-2.35e8,-2.8e8,-1.9e8,1e-6,1e-5,0,1,4,4\n"
                + "none,Meta.capability_end,82.1,81.9,82.3,-0.35,-0.4,-0.3,1e-6,1e-5,0,1,4,4\n");
        String h = ExperimentReport.headline(Csv.read(f), "baseline", Set.of("Meta.poached_out", "Meta.spend", "Meta.capability_end",
                "Meta.hires", "Meta.quits"));
        assertTrue(h.contains("; its spending and capability: Meta.spend -235M (-4%), Meta.capability_end -0.35 (-0.42%)"), h);
        Path size = Files.writeString(dir.resolve("size.csv"), HEADER
                + "baseline,Meta.poached_out,57,50,64,,,,,,,,4,\n"
                + "baseline,Meta.headcount_end,2870,2860,2880,,,,,,,,4,\n"
                + "cap80,Meta.poached_out,80,75,85,23,18,28,1e-9,1e-8,1,0,4,4\n"
                + "baseline,Meta.hires,700,690,710,,,,,,,,4,\n"
                + "baseline,Meta.quits,800,790,810,,,,,,,,4,\n"
                + "cap80,Meta.hires,1110,1100,1120,410,400,420,1e-9,1e-8,1,0,4,4\n"
                + "cap80,Meta.quits,880,870,890,80,70,90,1e-6,1e-5,1,0,4,4\n"
                + "cap80,Meta.headcount_end,2860.3,2855,2865,-9.7,-12,-7,1e-6,1e-5,0,1,4,4\n");
        String s = ExperimentReport.headline(Csv.read(size), "baseline", Set.of("Meta.poached_out", "Meta.headcount_end", "Meta.hires",
                "Meta.quits"));
        assertTrue(s.contains("; its size: Meta.headcount_end -9.7 (-0.34%)"), s);
        assertEquals("its size, spending and capability", ExperimentReport.aspects(Set.of("capability", "size", "spending")));
        assertEquals("its size and capability", ExperimentReport.aspects(Set.of("capability", "size")));
    }

    /**
     * A sweep's page answers as a comparison's does, each cell against the first, from
     * differences.csv (it had no such answer: a strategist's review); at most eight cells named.
     */
    @Test
    void aSweepSaysEachCellAgainstTheFirst(@TempDir Path dir) throws Exception {
        String header = HEADER.replaceFirst("^arm,", "cell,");
        StringBuilder rows = new StringBuilder(header)
                .append("upTo=0,K.poached_out,60,55,65,,,,,,,,4,\n")
                .append("upTo=0,K.spend,5000,4900,5100,,,,,,,,4,\n")
                .append("upTo=0.5,K.poached_out,60,55,65,0,0,0,1,,0,0,4,4\n")
                .append("upTo=0.5,K.spend,5000,4900,5100,0,0,0,1,,0,0,4,4\n")
                .append("upTo=0.8,K.poached_out,30,25,35,-30,-35,-25,1e-9,1e-8,0,1,4,4\n")
                .append("upTo=0.8,K.spend,5400,5300,5500,400,300,500,1e-6,1e-5,1,0,4,4\n");
        Csv c = Csv.read(Files.writeString(dir.resolve("differences.csv"), rows.toString()));
        List<String> parts = ExperimentReport.sweepHeadlineParts(c, "upTo=0", Set.of("K.poached_out", "K.spend"));
        assertEquals(List.of("cell upTo=0.5 differs from the first cell in none of them beyond chance",
                "cell upTo=0.8 against upTo=0: K.poached_out -30 (-50%), K.spend +400 (+8%)"), parts);
        for (int k = 1; k <= 10; k++) {
            rows.append("more").append(k).append(",K.poached_out,30,25,35,-30,-35,-25,1e-9,1e-8,0,1,4,4\n");
        }
        List<String> many = ExperimentReport.sweepHeadlineParts(Csv.read(Files.writeString(dir.resolve("d2.csv"), rows.toString())),
                "upTo=0", Set.of("K.poached_out", "K.spend"));
        assertEquals(ExperimentReport.SWEEP_HEADLINE_CELLS + 1, many.size(), many.toString());
        // the cells with findings first: the one cell without any is left to the count (a sweep analyst's review)
        assertEquals("and 4 more cells (3 of them with a difference beyond chance; the table below has them all)",
                many.get(many.size() - 1));
        assertTrue(many.stream().noneMatch(p -> p.contains("upTo=0.5")), many.toString());
        assertTrue(many.get(0).startsWith("cell upTo=0.8 against upTo=0: "), many.get(0));
        // few findings among many cells: those first, then cells without, then the count of the rest
        StringBuilder quiet = new StringBuilder(header).append("upTo=0,K.poached_out,60,55,65,,,,,,,,4,\n");
        for (int k = 1; k <= 11; k++) {
            quiet.append("q").append(k).append(",K.poached_out,60,55,65,0,-1,1,0.9,1,0.5,0.5,4,4\n");
        }
        quiet.append("last,K.poached_out,30,25,35,-30,-35,-25,1e-9,1e-8,0,1,4,4\n");
        List<String> q = ExperimentReport.sweepHeadlineParts(Csv.read(Files.writeString(dir.resolve("d3.csv"), quiet.toString())),
                "upTo=0", Set.of("K.poached_out"));
        assertTrue(q.get(0).startsWith("cell last against upTo=0: K.poached_out -30"), q.toString());
        assertEquals("and 4 more cells (none of them with a difference beyond chance; the table below has them all)", q.get(q.size() - 1));
    }

    /** A share's difference is said in points too ("Meta.retention -0.0999 (-16%)" was 10 points: a strategist's review). */
    @Test
    void aSharesDifferenceInPoints(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("comparison.csv"), HEADER
                + "baseline,Meta.retention,0.62,0.61,0.63,,,,,,,,8,\n"
                + "cut,Meta.retention,0.5201,0.51,0.53,-0.0999,-0.11,-0.09,1e-9,1e-8,0,1,8,8\n");
        String h = ExperimentReport.headline(Csv.read(f), "baseline", Set.of("Meta.retention"));
        assertTrue(h.contains("Meta.retention -0.0999 (-10 points, -16%)"), h);
    }
    /**
     * An arm whose runs are the baseline's, metric by metric, is said so in the headline, not "in
     * none of them beyond chance" (a budget that never bound read as an effect too small to tell
     * from chance: a strategist's review); an arm that differs in some metric keeps its sentence.
     */
    @Test
    void anArmOfTheBaselinesRunsIsSaidSo(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("runs.csv"), "run,cell,replication,seed,L.hires,L.net\n"
                + "0,baseline,0,7,10,1\n1,baseline,1,8,12,2\n"
                + "2,same,0,7,10,1\n3,same,1,8,12,2\n"
                + "4,near,0,7,10,1\n5,near,1,8,12,3\n");
        assertEquals(Set.of("same"), ExperimentReport.sameAs(dir, "baseline"));
        assertEquals(Set.of("baseline"), ExperimentReport.sameAs(dir, "same"));
        assertEquals(Set.of(), ExperimentReport.sameAs(dir.resolve("nothing"), "baseline"), "no runs.csv: none said");
        Csv c = Csv.read(Files.writeString(dir.resolve("comparison.csv"), HEADER
                + "baseline,L.hires,11,9,13,,,,,,,,2,\n"
                + "same,L.hires,11,9,13,0,0,0,,,0,0,2,2\n"
                + "near,L.hires,11,9,13,0,0,0,,,0,0,2,2\n"
                + "baseline,L.net,1.5,1,2,,,,,,,,2,\n"
                + "same,L.net,1.5,1,2,0,0,0,,,0,0,2,2\n"
                + "near,L.net,2,1,3,0.5,-1,2,0.5,1,0.5,0,2,2\n"));
        List<String> parts = ExperimentReport.sweepHeadlineParts(c.renamed("arm", "cell"), "baseline", Set.of("L.hires", "L.net"),
                ExperimentReport.sameAs(dir, "baseline"));
        assertEquals(List.of("cell same gave the same runs as the first cell, every metric in runs.csv replication by replication:"
                + " what it changes made no difference here (a policy that never comes into play, a budget that never binds)",
                "cell near differs from the first cell in none of them beyond chance"), parts);
    }
    /** A team's starting headcount an arm sets is its input: said apart, not headlined as its largest difference. */
    @Test
    void whereAnArmStartsIsNotAnOutcome(@TempDir Path dir) throws Exception {
        Csv c = Csv.read(Files.writeString(dir.resolve("c.csv"), HEADER
                + "baseline,K.headcount_start,500,500,500,,,,,,,,3,\n"
                + "baseline,K.headcount_end,480,470,490,,,,,,,,3,\n"
                + "baseline,K.quits,10,8,12,,,,,,,,3,\n"
                + "big,K.headcount_start,600,600,600,100,100,100,0,0,1,0,3,3\n"
                + "big,K.headcount_end,542,530,554,62,55,69,1e-5,1e-4,1,0,3,3\n"
                + "big,K.quits,11,9,13,1,-1,3,0.4,0.8,0.6,0.3,3,3\n"
                + "only,K.headcount_start,600,600,600,100,100,100,0,0,1,0,3,3\n"
                + "only,K.headcount_end,480,470,490,0,-2,2,0.9,1,0.5,0.5,3,3\n"
                + "only,K.quits,10,8,12,0,-1,1,0.9,1,0.5,0.5,3,3\n"));
        List<String> parts = ExperimentReport.headlineParts(c, "baseline", Set.of("K.headcount_start", "K.headcount_end", "K.quits"));
        assertEquals(List.of("arm big against baseline: K.headcount_end +62 (+13%) (K.headcount_start +100 (+20%) is where big starts,"
                + " its own setting, not an outcome)", "arm only differs from the baseline in none of them beyond chance but its start"
                + " (K.headcount_start +100 (+20%) is where only starts, its own setting, not an outcome)"), parts);
    }
}
