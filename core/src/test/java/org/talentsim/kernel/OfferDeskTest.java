package org.talentsim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.talentsim.model.Focus;
import org.talentsim.model.OfferOutcome;
import org.talentsim.model.PayScale;
import org.talentsim.model.Status;
import org.talentsim.policy.PolicyRegistry;
import org.talentsim.scenario.PolicySpec;
import org.talentsim.scenario.Scenario;

/**
 * One offer at a time (MODEL §7.5), with exact amounts: the desk of a market whose numbers are
 * powers of two, so that every price, cap and budget room below is exact. Market pay at skill 1
 * is w* = 65 536; Home values its people at 4·w*, the Poacher at 3·w*; a researcher paid 2·w*
 * is offered {@code 1.25 × 131 072 = 163 840} by a 25% premium. Each test sets the state, makes
 * one offer through {@link OfferDesk#offer} and reads the offer log, the researcher and the
 * teams.
 */
class OfferDeskTest {
    static final double W = 65_536;
    static final double CUR = 2 * W;
    static final double OFFER = 1.25 * CUR;

    /** The desk of a two-lab market, the offer log on, tick 1 begun. */
    static final class Desk {
        final Market m;
        final OfferDesk desk;
        final World w;
        final Population pop;
        final Team home;
        final Team poach;
        final Lab homeLab;
        final Lab poachLab;

        Desk(PolicySpec offer, PolicySpec retention, PolicySpec acceptance) {
            this(offer, retention, acceptance, PolicySpec.of("premium"));
        }

        Desk(PolicySpec offer, PolicySpec retention, PolicySpec acceptance, PolicySpec homeOffer) {
            this(offer, retention, acceptance, homeOffer, PolicySpec.of("cash"));
        }

        Desk(PolicySpec offer, PolicySpec retention, PolicySpec acceptance, PolicySpec homeOffer, PolicySpec poachPay) {
            this(offer, retention, acceptance, homeOffer, poachPay, false, PolicyRegistry.defaults());
        }

        /** {@code twoTeams}: Home has a second team, H2, of three. */
        Desk(PolicySpec offer, PolicySpec retention, PolicySpec acceptance, PolicySpec homeOffer, PolicySpec poachPay,
                boolean twoTeams, PolicyRegistry registry) {
            Scenario s = MechanismTest.quiet("desk").seed(1).months(2)
                    .market(MechanismTest.QUIET.withPayScale(new PayScale(W, 1)).withUnemploymentValue(40_000)
                            .withReservationShare(0.5).withRehireCoolOffMonths(6))
                    .acceptance(acceptance)
                    .lab("Home", l -> {
                        l.prestige(0.25).productivity(4).offer(homeOffer).retention(retention)
                                .team("H", Focus.RESEARCH, 4, t -> t.target(4));
                        if (twoTeams) {
                            l.team("H2", Focus.RESEARCH, 3, t -> t.target(3));
                        }
                    })
                    .lab("Poacher", l -> l.prestige(0.5).productivity(3).offer(offer).pay(poachPay)
                            .team("P", Focus.RESEARCH, 4, t -> t.target(8)))
                    .pool(4)
                    .build();
            m = new Market(s, registry);
            w = m.world;
            pop = m.pop;
            home = w.team(w.teamIndex(0, "H"));
            poach = w.team(w.teamIndex(1, "P"));
            homeLab = w.lab(0);
            poachLab = w.lab(1);
            home.setTarget(4);
            poach.setTarget(8);
            poach.setQuota(3);
            home.setQuota(0);
            for (int i = 0; i < pop.size(); i++) {
                pop.setSkill(i, 1);
                pop.setSpecialty(i, Focus.RESEARCH);
                pop.setSalary(i, CUR);
                pop.setReference(i, 0);
            }
            homeLab.setPayroll(0);
            homeLab.setBudget(1 << 30);
            poachLab.setPayroll(0);
            poachLab.setBudget(1 << 30);
            w.offers().record(true);
            desk = new OfferDesk(m);
            desk.begin(1);
        }

        /** The first researcher of Home's team. */
        int employed() {
            for (int i = 0; i < pop.size(); i++) {
                if (pop.status(i) == Status.EMPLOYED && pop.team(i) == home.id()) {
                    return i;
                }
            }
            throw new AssertionError();
        }

        /** The first seeker. */
        int seeker() {
            for (int i = 0; i < pop.size(); i++) {
                if (pop.status(i) == Status.SEEKING) {
                    return i;
                }
            }
            throw new AssertionError();
        }

        OfferLog log() {
            return w.offers();
        }

        /** Asserts one row: the researcher, the labs, the offer, the counter (NaN for none) and the outcome. */
        void row(int i, int fromLab, double offer, double counter, OfferOutcome outcome) {
            OfferLog log = log();
            assertEquals(1, log.size(), "offer rows");
            assertEquals(i, log.researcher(0));
            assertEquals(fromLab, log.fromLab(0));
            assertEquals(poachLab.id(), log.toLab(0));
            assertEquals(poach.id(), log.toTeam(0));
            assertEquals(offer, log.offer(0), 1e-6, "offer");
            assertEquals(counter, log.counter(0), 1e-6, "counter");
            assertEquals(outcome, log.outcome(0));
        }
    }

    static final PolicySpec PREMIUM = PolicySpec.of("premium", "premium", 0.25);
    static final PolicySpec MATCH = PolicySpec.of("match");
    static final PolicySpec NONE = PolicySpec.of("none");
    static final PolicySpec HIGHER = PolicySpec.of("higher-wage");

    // ---- take-it-or-leave-it offers to the employed ----

    @Test
    void anUncounteredOfferAboveHisPayPoachesHim() {
        Desk d = new Desk(PREMIUM, NONE, HIGHER);
        int i = d.employed();
        d.desk.offer(i, d.poach.id(), 0.5);
        d.row(i, 0, OFFER, Double.NaN, OfferOutcome.ACCEPTED);
        assertEquals(d.poach.id(), d.pop.team(i));
        assertEquals(OFFER, d.pop.salary(i));
        assertEquals(2, d.poach.quota(), "one of the tick's quota used");
        assertEquals(5, d.poach.headcount());
        assertEquals(OFFER, d.poachLab.payroll());
        assertEquals(CUR, d.pop.reference(i), "the bid he left behind: his pay");
    }

    @Test
    void theIncumbentCountersWithThePayThatKeepsHim() {
        Desk d = new Desk(PREMIUM, MATCH, HIGHER);
        int i = d.employed();
        d.pop.setReference(i, 1000);
        d.desk.offer(i, d.poach.id(), 0.5);
        // a pay-only researcher is kept by a match of the offer; Home values him at 4·w*, enough
        d.row(i, 0, OFFER, OFFER, OfferOutcome.COUNTERED);
        assertEquals(d.home.id(), d.pop.team(i));
        assertEquals(OFFER, d.pop.salary(i));
        assertEquals(OFFER - CUR, d.homeLab.payroll(), "the raise is on Home's payroll");
        assertEquals(OFFER, d.pop.reference(i), 1e-3, "the offer he turned down is his reference");
        assertEquals(3, d.poach.quota(), "no quota used");
        assertEquals(4, d.poach.headcount());
    }

    @Test
    void theCounterIsCappedByTheIncumbentsBudgetRoom() {
        // room of exactly the raise: countered
        Desk d = new Desk(PREMIUM, MATCH, HIGHER);
        int i = d.employed();
        d.homeLab.setPayroll(1 << 20);
        d.homeLab.setBudget((1 << 20) + (OFFER - CUR));
        d.desk.offer(i, d.poach.id(), 0.5);
        d.row(i, 0, OFFER, OFFER, OfferOutcome.COUNTERED);
        // a dollar less: he goes
        Desk e = new Desk(PREMIUM, MATCH, HIGHER);
        int j = e.employed();
        e.homeLab.setPayroll(1 << 20);
        e.homeLab.setBudget((1 << 20) + (OFFER - CUR) - 1);
        e.desk.offer(j, e.poach.id(), 0.5);
        e.row(j, 0, OFFER, Double.NaN, OfferOutcome.ACCEPTED);
        assertEquals(e.poach.id(), e.pop.team(j));
        // over its budget already (negative room): no raise at all
        Desk f = new Desk(PREMIUM, MATCH, HIGHER);
        int k = f.employed();
        f.homeLab.setPayroll(1 << 20);
        f.homeLab.setBudget(1 << 19);
        f.desk.offer(k, f.poach.id(), 0.5);
        f.row(k, 0, OFFER, Double.NaN, OfferOutcome.ACCEPTED);
    }

    @Test
    void theCounterIsCappedByTheRetentionPolicyAndTheValuation() {
        // match up to 0.625 of 4·w*: exactly the offer, countered
        Desk d = new Desk(PREMIUM, PolicySpec.of("match", "upTo", 0.625), HIGHER);
        int i = d.employed();
        d.desk.offer(i, d.poach.id(), 0.5);
        d.row(i, 0, OFFER, OFFER, OfferOutcome.COUNTERED);
        Desk e = new Desk(PREMIUM, PolicySpec.of("match", "upTo", 0.62), HIGHER);
        int j = e.employed();
        e.desk.offer(j, e.poach.id(), 0.5);
        e.row(j, 0, OFFER, Double.NaN, OfferOutcome.ACCEPTED);
        // Home's valuation falls to 1.25·2·w* = the offer: still kept; just below: lost
        Desk f = new Desk(PREMIUM, MATCH, HIGHER);
        int k = f.employed();
        f.homeLab.setProductivity(2.5);
        f.desk.offer(k, f.poach.id(), 0.5);
        f.row(k, 0, OFFER, OFFER, OfferOutcome.COUNTERED);
        Desk g = new Desk(PREMIUM, MATCH, HIGHER);
        int n = g.employed();
        g.homeLab.setProductivity(2.49);
        g.desk.offer(n, g.poach.id(), 0.5);
        g.row(n, 0, OFFER, Double.NaN, OfferOutcome.ACCEPTED);
    }

    @Test
    void anOfferBelowHisPayIsDeclinedWithoutACounter() {
        // a poacher valuing him at 1.5·w* offers its valuation, below his 2·w*
        Desk d = new Desk(PREMIUM, MATCH, HIGHER);
        int i = d.employed();
        d.poachLab.setProductivity(1.5);
        d.desk.offer(i, d.poach.id(), 0.5);
        d.row(i, 0, 1.5 * W, Double.NaN, OfferOutcome.DECLINED);
        assertEquals(CUR, d.pop.salary(i));
        assertEquals(0, d.pop.reference(i), "nothing to remember");
        assertEquals(0, d.homeLab.payroll());
    }

    @Test
    void utilityAcceptanceWeighsPrestige() {
        // the Poacher is more prestigious: with prestige 2 and no switching cost or morale, he
        // leaves unless paid offer·e^(2·0.25) − a counter Home's valuation 4·w* cannot reach
        PolicySpec utility = PolicySpec.of("utility", "prestige", 2, "morale", 0, "switchingCost", 0);
        Desk d = new Desk(PREMIUM, MATCH, utility);
        int i = d.employed();
        d.desk.offer(i, d.poach.id(), 0.5);
        d.row(i, 0, OFFER, Double.NaN, OfferOutcome.ACCEPTED);
        // with the prestige weight 1: kept at offer·e^0.25 (plus a relative 1e-9), within Home's 4·w*
        PolicySpec mild = PolicySpec.of("utility", "prestige", 1, "morale", 0, "switchingCost", 0);
        Desk e = new Desk(PREMIUM, MATCH, mild);
        int j = e.employed();
        e.desk.offer(j, e.poach.id(), 0.5);
        double keep = OFFER * Math.exp(0.25) * (1 + 1e-9);
        e.row(j, 0, OFFER, keep, OfferOutcome.COUNTERED);
        assertEquals(keep, e.pop.salary(j), 1e-6);
        assertEquals(OFFER, e.pop.reference(j), 1e-3, "the reference is the offer he turned down, not the counter");
    }

    // ---- seekers ----

    @Test
    void aSeekerIsHiredAtTheBetterOfTheGoingPayAndHisReservation() {
        // reservation: max(b = 40 000, 0.5 × last pay 2·w*) = w*; the going pay is w* too
        Desk d = new Desk(PREMIUM, MATCH, HIGHER);
        int i = d.seeker();
        d.pop.setSalary(i, 3 * W);   // reservation 1.5·w*, above the going pay
        d.desk.offer(i, d.poach.id(), 0.5);
        d.row(i, -1, 1.5 * W, Double.NaN, OfferOutcome.HIRED);
        assertEquals(Status.EMPLOYED, d.pop.status(i));
        assertEquals(1.5 * W, d.pop.salary(i));
        assertEquals(1.5 * W, d.pop.reference(i), "the reservation pay is his reference");
        assertEquals(2, d.poach.quota());
        // a low last pay: the going pay w* (a 25% premium is for the employed only)
        Desk e = new Desk(PREMIUM, MATCH, HIGHER);
        int j = e.seeker();
        e.pop.setSalary(j, 10_000);
        e.desk.offer(j, e.poach.id(), 0.5);
        e.row(j, -1, W, Double.NaN, OfferOutcome.HIRED);
        assertEquals(40_000, e.pop.reference(j), "the unemployment value");
    }

    @Test
    void aSeekerDeclinesAnOfferCappedBelowHisReservation() {
        Desk d = new Desk(PREMIUM, MATCH, HIGHER);
        int i = d.seeker();
        d.pop.setSalary(i, 8 * W);   // reservation 4·w*; the Poacher's valuation 3·w* caps the offer
        d.desk.offer(i, d.poach.id(), 0.5);
        d.row(i, -1, 3 * W, Double.NaN, OfferOutcome.DECLINED);
        assertEquals(Status.SEEKING, d.pop.status(i));
        assertEquals(3, d.poach.quota());
        assertEquals(0, d.poachLab.payroll());
    }

    @Test
    void aResearcherOnNoticeIsHiredAsASeeker() {
        Desk d = new Desk(PREMIUM, MATCH, HIGHER);
        int i = d.employed();
        d.pop.setStatus(i, Status.NOTICE);
        d.desk.offer(i, d.poach.id(), 0.5);
        // not employed: no counter; reservation 0.5 × 2·w* = w* = the going pay
        d.row(i, -1, W, Double.NaN, OfferOutcome.HIRED);
        assertEquals(d.poach.id(), d.pop.team(i));
    }

    // ---- when no offer is made ----

    static void noOffer(Desk d, int i, String why) {
        double pay = d.pop.salary(i);
        int team = d.pop.team(i);
        d.desk.offer(i, d.poach.id(), 0.5);
        assertEquals(0, d.log().size(), why + ": no offer");
        assertEquals(pay, d.pop.salary(i), why);
        assertEquals(team, d.pop.team(i), why);
        assertEquals(4, d.poach.headcount(), why);
    }

    @Test
    void noOfferWithoutAnOpeningQuotaOrBudget() {
        Desk a = new Desk(PREMIUM, NONE, HIGHER);
        a.poach.setTarget(4);
        noOffer(a, a.employed(), "no opening");
        Desk b = new Desk(PREMIUM, NONE, HIGHER);
        b.poach.setQuota(0);
        noOffer(b, b.employed(), "no quota left");
        Desk c = new Desk(PREMIUM, NONE, HIGHER);
        c.poachLab.setPayroll(1 << 20);
        c.poachLab.setBudget((1 << 20) + OFFER - 1);
        noOffer(c, c.employed(), "a dollar short of budget room");
        // room of exactly the offer: made
        Desk e = new Desk(PREMIUM, NONE, HIGHER);
        e.poachLab.setPayroll(1 << 20);
        e.poachLab.setBudget((1 << 20) + OFFER);
        int i = e.employed();
        e.desk.offer(i, e.poach.id(), 0.5);
        e.row(i, 0, OFFER, Double.NaN, OfferOutcome.ACCEPTED);
        // one opening and one of quota: made, and the quota is spent
        Desk f = new Desk(PREMIUM, NONE, HIGHER);
        f.poach.setTarget(5);
        f.poach.setQuota(1);
        int j = f.employed();
        f.desk.offer(j, f.poach.id(), 0.5);
        assertEquals(OfferOutcome.ACCEPTED, f.log().outcome(0));
        assertEquals(0, f.poach.quota());
        assertEquals(0, f.poach.openings());
    }

    @Test
    void anUnlimitedQuotaIsNotCountedDown() {
        Desk d = new Desk(PREMIUM, NONE, HIGHER);
        d.poach.setQuota(Team.UNLIMITED);
        d.desk.offer(d.employed(), d.poach.id(), 0.5);
        assertEquals(OfferOutcome.ACCEPTED, d.log().outcome(0));
        assertEquals(Team.UNLIMITED, d.poach.quota());
    }

    @Test
    void noOfferBelowTheHiringBarToGoneResearchersOwnStaffOrThoseLaidOffLately() {
        Desk a = new Desk(PREMIUM, NONE, HIGHER);
        a.poach.setMinSkill(1.5);
        noOffer(a, a.employed(), "below the bar");
        Desk b = new Desk(PREMIUM, NONE, HIGHER);
        b.poach.setMinSkill(1);
        int i = b.employed();
        b.desk.offer(i, b.poach.id(), 0.5);
        assertEquals(1, b.log().size(), "at the bar: an offer");
        Desk c = new Desk(PREMIUM, NONE, HIGHER);
        int gone = c.seeker();
        c.pop.setStatus(gone, Status.EXITED);
        noOffer(c, gone, "left the market");
        Desk e = new Desk(PREMIUM, NONE, HIGHER);
        int own = -1;
        for (int k = 0; k < e.pop.size(); k++) {
            if (e.pop.status(k) == Status.EMPLOYED && e.pop.team(k) == e.poach.id()) {
                own = k;
            }
        }
        noOffer(e, own, "its own staff");
        Desk f = new Desk(PREMIUM, NONE, HIGHER);
        int laid = f.seeker();
        f.poachLab.recordLayoff(laid, 0, f.m.coolOffTicks);
        noOffer(f, laid, "laid off by the Poacher last tick");
        Desk g = new Desk(PREMIUM, NONE, HIGHER);
        int other = g.seeker();
        g.homeLab.recordLayoff(other, 0, g.m.coolOffTicks);
        g.desk.offer(other, g.poach.id(), 0.5);
        assertEquals(OfferOutcome.HIRED, g.log().outcome(0), "laid off by another lab: hired");
    }

    /** An offer policy returning a fixed price. */
    static PolicyRegistry fixedPrice(double price) {
        return PolicyRegistry.defaults().register(PolicyRegistry.OFFER, "fixed", spec -> q -> price);
    }

    @Test
    void aPriceOfZeroOrNaNMakesNoOffer() {
        for (double price : new double[] {0, -5, Double.NaN}) {
            Desk d = new Desk(PREMIUM, NONE, HIGHER);
            OfferDesk desk = withPolicy(d, fixedPrice(price));
            int i = d.employed();
            desk.offer(i, d.poach.id(), 0.5);
            assertEquals(0, d.log().size(), "price " + price);
            assertEquals(d.home.id(), d.pop.team(i));
        }
        Desk d = new Desk(PREMIUM, NONE, HIGHER);
        OfferDesk desk = withPolicy(d, fixedPrice(1));
        desk.offer(d.seeker(), d.poach.id(), 0.5);
        assertEquals(1, d.log().size(), "a dollar is an offer (declined)");
        assertEquals(OfferOutcome.DECLINED, d.log().outcome(0));
    }

    /** The desk's market with the Poacher's offer policy replaced by registry's "fixed". */
    static OfferDesk withPolicy(Desk d, PolicyRegistry registry) {
        d.m.labPolicies.offer.set(d.poachLab.id(), registry.create(PolicyRegistry.OFFER, PolicySpec.of("fixed")));
        return d.desk;
    }

    @Test
    void theUniformReachesThePricing() {
        double[] seen = new double[1];
        PolicyRegistry r = PolicyRegistry.defaults().register(PolicyRegistry.OFFER, "fixed", spec -> q -> {
            seen[0] = q.uniform();
            return 2 * q.currentPay();
        });
        Desk d = new Desk(PREMIUM, NONE, HIGHER);
        withPolicy(d, r).offer(d.employed(), d.poach.id(), 0.375);
        assertEquals(0.375, seen[0]);
        assertTrue(d.log().size() == 1);
    }

    // ---- stakes ----

    @Test
    void aStakeHeldRaisesThePayThatKeepsHim() {
        // a stake of w*/4 a year: he stays for the offer minus the stake, w*/4 less than a match
        Desk d = new Desk(PREMIUM, MATCH, HIGHER);
        int i = d.employed();
        d.pop.grantStake(i, W / 4, 13);
        d.desk.offer(i, d.poach.id(), 0.5);
        d.row(i, 0, OFFER, OFFER - W / 4, OfferOutcome.COUNTERED);
        assertEquals(OFFER - W / 4, d.pop.salary(i));
        // without a counter, a stake of w*/2 makes staying worth the offer: declined
        Desk e = new Desk(PREMIUM, NONE, HIGHER);
        int j = e.employed();
        e.pop.grantStake(j, W / 2, 13);
        e.desk.offer(j, e.poach.id(), 0.5);
        e.row(j, 0, OFFER, Double.NaN, OfferOutcome.DECLINED);
        // a stake vested by now holds nothing
        Desk f = new Desk(PREMIUM, NONE, HIGHER);
        int k = f.employed();
        f.pop.grantStake(k, W / 2, 1);
        f.desk.offer(k, f.poach.id(), 0.5);
        f.row(k, 0, OFFER, Double.NaN, OfferOutcome.ACCEPTED);
    }

    /** Resolves one draw of kind {@code kind} for {@code i} through the tick's run. */
    static void draw(Desk d, int i, byte kind, double uniform) {
        for (Buffer b : d.m.buffers) {
            b.clear();
        }
        d.m.buffers[0].add(i, kind, kind == Buffer.OFFER ? d.poach.id() : -1, uniform);
        d.desk.run(1);
    }

    @Test
    void aStakeThinsVoluntaryQuitsByPayOverPayPlusBalance() {
        // pay 2·w*, a stake of 2·w* a year vesting in 12 months: balance 2·w*, so he quits only if the
        // draw's place in the voluntary part is below 2/(2 + 2) = 1/2
        for (double[] c : new double[][] {{0.5, 0}, {0.4999, 1}, {0.99, 0}, {0, 1}, {-1, 1}}) {
            Desk d = new Desk(PREMIUM, NONE, HIGHER);
            int i = d.employed();
            d.pop.grantStake(i, 2 * W, 13);
            draw(d, i, Buffer.QUIT, c[0]);
            assertEquals(c[1] == 1 ? Status.SEEKING : Status.EMPLOYED, d.pop.status(i), "voluntary " + c[0]);
        }
        // no stake: every quit drawn happens
        for (double u : new double[] {0.99, 0, -1}) {
            Desk d = new Desk(PREMIUM, NONE, HIGHER);
            int i = d.employed();
            draw(d, i, Buffer.QUIT, u);
            assertEquals(Status.SEEKING, d.pop.status(i), "voluntary " + u);
            assertEquals(3, d.home.headcount());
        }
    }

    @Test
    void retirementsPoolExitsAndOffersAreResolvedFromTheDraws() {
        Desk d = new Desk(PREMIUM, NONE, HIGHER);
        int i = d.employed();
        draw(d, i, Buffer.RETIRE, 0);
        assertEquals(Status.EXITED, d.pop.status(i));
        assertEquals(3, d.home.headcount());
        Desk e = new Desk(PREMIUM, NONE, HIGHER);
        int j = e.seeker();
        draw(e, j, Buffer.POOL_EXIT, 0);
        assertEquals(Status.EXITED, e.pop.status(j));
        Desk f = new Desk(PREMIUM, NONE, HIGHER);
        int k = f.employed();
        draw(f, k, Buffer.OFFER, 0.5);
        f.row(k, 0, OFFER, Double.NaN, OfferOutcome.ACCEPTED);
    }

    // ---- the sequential auction (Bertrand bidders) ----

    static final PolicySpec BERTRAND = PolicySpec.of("bertrand");

    @Test
    void aSeekerIsHiredAtTheUnemploymentValue() {
        Desk d = new Desk(BERTRAND, MATCH, HIGHER);
        int i = d.seeker();
        d.desk.offer(i, d.poach.id(), 0.5);
        d.row(i, -1, 40_000, Double.NaN, OfferOutcome.HIRED);
        assertEquals(40_000, d.pop.salary(i));
        assertEquals(40_000, d.pop.reference(i));
        assertEquals(2, d.poach.quota());
        // a valuation of exactly the unemployment value: no bid
        Desk e = new Desk(BERTRAND, MATCH, HIGHER);
        e.poachLab.setProductivity(40_000 / W);
        noOffer(e, e.seeker(), "valued at the unemployment value");
        // a budget room a dollar short: none; exactly the wage: hired
        Desk f = new Desk(BERTRAND, MATCH, HIGHER);
        f.poachLab.setBudget(39_999);
        noOffer(f, f.seeker(), "no room");
        Desk g = new Desk(BERTRAND, MATCH, HIGHER);
        g.poachLab.setBudget(40_000);
        int k = g.seeker();
        g.desk.offer(k, g.poach.id(), 0.5);
        g.row(k, -1, 40_000, Double.NaN, OfferOutcome.HIRED);
    }

    /** A bidding policy returning a fixed price. */
    static PolicyRegistry fixedBid(double price) {
        return PolicyRegistry.defaults().register(PolicyRegistry.OFFER, "fixed", spec -> new org.talentsim.policy.OfferPolicy() {
            @Override
            public double price(Quote q) {
                return price;
            }

            @Override
            public boolean bidsUpToValuation() {
                return true;
            }
        });
    }

    @Test
    void aNegativeOrNaNBidHiresNoOne() {
        for (double price : new double[] {-1, Double.NaN}) {
            Desk d = new Desk(BERTRAND, NONE, HIGHER);
            withPolicy(d, fixedBid(price));
            noOffer(d, d.seeker(), "seeker, bid " + price);
            Desk e = new Desk(BERTRAND, NONE, HIGHER);
            withPolicy(e, fixedBid(price));
            noOffer(e, e.employed(), "employed, bid " + price);
        }
    }

    @Test
    void aPoacherOutbiddingTheIncumbentPaysTheIncumbentsMaximum() {
        // Home does not counter: its maximum is his pay, 2·w*, which the Poacher (3·w*) pays
        Desk d = new Desk(BERTRAND, NONE, HIGHER);
        int i = d.employed();
        d.desk.offer(i, d.poach.id(), 0.5);
        d.row(i, 0, CUR, Double.NaN, OfferOutcome.ACCEPTED);
        assertEquals(d.poach.id(), d.pop.team(i));
        assertEquals(CUR, d.pop.salary(i));
        assertEquals(CUR, d.pop.reference(i));
        assertEquals(2, d.poach.quota());
        // Home matches, but its budget room stops it at 2.5·w*: the Poacher pays that
        Desk e = new Desk(BERTRAND, MATCH, HIGHER);
        int j = e.employed();
        e.homeLab.setPayroll(1 << 20);
        e.homeLab.setBudget((1 << 20) + W / 2);
        e.desk.offer(j, e.poach.id(), 0.5);
        e.row(j, 0, 2.5 * W, 2.5 * W, OfferOutcome.ACCEPTED);
        assertEquals(2.5 * W, e.pop.salary(j));
        assertEquals(2.5 * W, e.pop.reference(j));
        // over its budget: its maximum is his pay
        Desk f = new Desk(BERTRAND, MATCH, HIGHER);
        int k = f.employed();
        f.homeLab.setPayroll(1 << 20);
        f.homeLab.setBudget(1 << 19);
        f.desk.offer(k, f.poach.id(), 0.5);
        f.row(k, 0, CUR, Double.NaN, OfferOutcome.ACCEPTED);
        // a stake of w*/2 a year is made up for: 2.5·w*
        Desk g = new Desk(BERTRAND, NONE, HIGHER);
        int n = g.employed();
        g.pop.grantStake(n, W / 2, 13);
        g.desk.offer(n, g.poach.id(), 0.5);
        g.row(n, 0, 2.5 * W, Double.NaN, OfferOutcome.ACCEPTED);
        assertEquals(2.5 * W, g.pop.salary(n));
        // but the Poacher needs room for it
        Desk h = new Desk(BERTRAND, NONE, HIGHER);
        h.poachLab.setBudget(CUR - 1);
        noOffer(h, h.employed(), "no room for his pay");
    }

    @Test
    void anIncumbentValuingHimMoreCountersAtThePoachersValuation() {
        // Home (4·w*) beats the Poacher (3·w*): a counter at the Poacher's valuation
        Desk d = new Desk(BERTRAND, MATCH, HIGHER);
        int i = d.employed();
        d.desk.offer(i, d.poach.id(), 0.5);
        d.row(i, 0, 3 * W, 3 * W, OfferOutcome.COUNTERED);
        assertEquals(d.home.id(), d.pop.team(i));
        assertEquals(3 * W, d.pop.salary(i));
        assertEquals(3 * W, d.pop.reference(i), "the loser's valuation is his reference");
        assertEquals(3, d.poach.quota());
        // a tie goes to the incumbent: Home's maximum of 0.75 · 4·w* = 3·w*
        Desk e = new Desk(BERTRAND, PolicySpec.of("match", "upTo", 0.75), HIGHER);
        int j = e.employed();
        e.desk.offer(j, e.poach.id(), 0.5);
        e.row(j, 0, 3 * W, 3 * W, OfferOutcome.COUNTERED);
        // the Poacher's bid does not beat his reference: nothing happens
        Desk f = new Desk(BERTRAND, MATCH, HIGHER);
        int k = f.employed();
        f.pop.setReference(k, (float) (3 * W));
        noOffer(f, k, "the bid matched already");
        assertEquals(3 * W, f.pop.reference(k));
        Desk g = new Desk(BERTRAND, MATCH, HIGHER);
        int n = g.employed();
        g.pop.setReference(n, (float) (3 * W) - 1);
        g.desk.offer(n, g.poach.id(), 0.5);
        g.row(n, 0, 3 * W, 3 * W, OfferOutcome.COUNTERED);
    }

    @Test
    void aBiddingIncumbentCountersAtItsOwnPrice() {
        // Home bids with an option value: φ(q, p) = q − c·∫_q^p F̄ with F uniform on [0, 4·w*],
        // q = 3·w*, p = 4·w*: q − 0.5 · w*/8
        PolicySpec homeBid = PolicySpec.of("bertrand", "optionValue", 0.5, "low", 0, "high", 4 * W);
        Desk d = new Desk(BERTRAND, MATCH, HIGHER, homeBid);
        int i = d.employed();
        d.desk.offer(i, d.poach.id(), 0.5);
        double counter = 3 * W - 0.5 * W / 8;
        d.row(i, 0, 3 * W, counter, OfferOutcome.COUNTERED);
        assertEquals(counter, d.pop.salary(i), 1e-6);
        assertEquals(3 * W, d.pop.reference(i));
    }

    /**
     * A researcher whose stake keeps him against a bid above the incumbent's maximum: the
     * incumbent counters at most its maximum (its pay without a counter, or the budget room's
     * limit), not the bid; the stake makes up the rest.
     */
    @Test
    void aStakeKeepsHimButTheCounterStopsAtTheIncumbentsMaximum() {
        // Home does not counter (maximum: his pay, 2·w*); a stake of w*/2 a year keeps him against
        // the Poacher's 2.25·w*: no raise
        Desk d = new Desk(BERTRAND, NONE, HIGHER);
        int i = d.employed();
        d.pop.grantStake(i, W / 2, 13);
        d.poachLab.setProductivity(2.25);
        d.desk.offer(i, d.poach.id(), 0.5);
        d.row(i, 0, 2.25 * W, Double.NaN, OfferOutcome.DECLINED);
        assertEquals(d.home.id(), d.pop.team(i));
        assertEquals(CUR, d.pop.salary(i), "no counter above Home's maximum");
        assertEquals(2.25 * W, d.pop.reference(i));
        // Home matches, but its budget room stops it at 2.5·w*; against 2.75·w* the stake keeps
        // him: a counter of 2.5·w*, not the bid
        Desk e = new Desk(BERTRAND, MATCH, HIGHER);
        int j = e.employed();
        e.pop.grantStake(j, W / 2, 13);
        e.homeLab.setPayroll(1 << 20);
        e.homeLab.setBudget((1 << 20) + W / 2);
        e.poachLab.setProductivity(2.75);
        e.desk.offer(j, e.poach.id(), 0.5);
        e.row(j, 0, 2.75 * W, 2.5 * W, OfferOutcome.COUNTERED);
        assertEquals(e.home.id(), e.pop.team(j));
        assertEquals(2.5 * W, e.pop.salary(j), "the counter stops at the budget room");
    }

    /**
     * A user's retention policy may return more than the incumbent values the researcher at (its
     * javadoc says the market caps it): the counter is capped at the valuation. Home values him
     * just below the offer, so a policy offering twice the offer still loses him.
     */
    @Test
    void aUsersRetentionAboveTheValuationIsCappedByIt() {
        PolicyRegistry generous = PolicyRegistry.defaults().register(PolicyRegistry.RETENTION, "generous",
                spec -> q -> 2 * q.offer());
        Desk d = new Desk(PREMIUM, PolicySpec.of("generous"), HIGHER, PolicySpec.of("premium"), PolicySpec.of("cash"),
                false, generous);
        int i = d.employed();
        d.homeLab.setProductivity(2.49);
        d.desk.offer(i, d.poach.id(), 0.5);
        d.row(i, 0, OFFER, Double.NaN, OfferOutcome.ACCEPTED);
        assertEquals(d.poach.id(), d.pop.team(i));
        // valued at exactly the offer: kept, at the offer (not at twice it)
        Desk e = new Desk(PREMIUM, PolicySpec.of("generous"), HIGHER, PolicySpec.of("premium"), PolicySpec.of("cash"),
                false, generous);
        int j = e.employed();
        e.homeLab.setProductivity(2.5);
        e.desk.offer(j, e.poach.id(), 0.5);
        e.row(j, 0, OFFER, OFFER, OfferOutcome.COUNTERED);
        assertEquals(OFFER, e.pop.salary(j));
    }

    @Test
    void anIncumbentThatCannotPayMoreDeclinesForHim() {
        // the Poacher values him at 1.5·w*, below his pay; Home does not counter: declined, and the
        // Poacher's valuation is his reference
        Desk d = new Desk(BERTRAND, NONE, HIGHER);
        int i = d.employed();
        d.poachLab.setProductivity(1.5);
        d.desk.offer(i, d.poach.id(), 0.5);
        d.row(i, 0, 1.5 * W, Double.NaN, OfferOutcome.DECLINED);
        assertEquals(CUR, d.pop.salary(i));
        assertEquals(1.5 * W, d.pop.reference(i));
        assertEquals(0, d.homeLab.payroll());
    }

    // ---- packages (MODEL §7.9): the Poacher pays a sign-on of half a year's pay and buys out half of what he forfeits ----

    static final PolicySpec SIGN_ON = PolicySpec.of("cash", "signOn", 0.5, "buyOut", 0.5);

    /** A desk whose Poacher pays {@link #SIGN_ON}; researcher i forfeits w* of unvested equity and {@code owed} of a sign-on. */
    static Desk packages(PolicySpec offer, PolicySpec retention, int[] who, boolean seeker, double owed) {
        Desk d = new Desk(offer, retention, HIGHER, PolicySpec.of("premium"), SIGN_ON);
        assertTrue(d.m.labPolicies.packages);
        who[0] = seeker ? d.seeker() : d.employed();
        d.pop.unvestedArray()[who[0]] = (float) W;
        d.pop.setOwed(who[0], owed);
        return d;
    }

    @Test
    void aPackageOfferIsWorthItsSignOnAndBuyOutSpreadOverTheLumpSumYears() {
        // offer 1.25·2·w* = 163 840, sign-on 81 920, buy-out w*/2 = 32 768: worth 163 840 + 114 688/4 = 192 512
        // a year; he forfeits w* (w*/4 a year), so Home keeps him at 192 512 − 16 384 = 176 128
        int[] i = new int[1];
        Desk d = packages(PREMIUM, MATCH, i, false, 0);
        d.desk.offer(i[0], d.poach.id(), 0.5);
        d.row(i[0], 0, OFFER, 176_128, OfferOutcome.COUNTERED);
        assertEquals(176_128, d.pop.salary(i[0]));
        // Home does not counter: he moves, paid the sign-on and the buy-out
        Desk e = packages(PREMIUM, NONE, i, false, 0);
        e.desk.offer(i[0], e.poach.id(), 0.5);
        e.row(i[0], 0, OFFER, Double.NaN, OfferOutcome.ACCEPTED);
        MoveLog moves = e.w.moves();
        int last = moves.size() - 1;
        assertEquals(OFFER / 2, moves.signOn(last));
        assertEquals(W / 2, moves.boughtOut(last));
        assertEquals(OFFER / 2 + W / 2, e.poachLab.signOns());
        // a sign-on owed back counts as forfeited: with w* owed too, staying is worth 131 072 + 2·w*/4 =
        // 163 840 against an offer worth 163 840 + (81 920 + w*)/4 = 200 704: he goes
        Desk f = packages(PREMIUM, NONE, i, false, W);
        f.desk.offer(i[0], f.poach.id(), 0.5);
        assertEquals(OfferOutcome.ACCEPTED, f.log().outcome(0));
        assertEquals(W, f.w.moves().boughtOut(f.w.moves().size() - 1));
    }

    @Test
    void thePriceSeesTheForfeitTheBuyOutLeaves() {
        // the rival bid of a take-it-or-leave-it offer: his pay plus what he forfeits and is not bought out, a year
        double[] rival = new double[1];
        PolicyRegistry r = PolicyRegistry.defaults().register(PolicyRegistry.OFFER, "fixed", spec -> q -> {
            rival[0] = q.rival();
            return OFFER;
        });
        int[] i = new int[1];
        Desk d = packages(PREMIUM, NONE, i, false, W);
        withPolicy(d, r).offer(i[0], d.poach.id(), 0.5);
        assertEquals(CUR + (2 * W - W) / 4, rival[0], 1e-6);
        // a seeker's rival is his reservation pay, whatever he holds
        Desk e = packages(PREMIUM, NONE, i, true, W);
        withPolicy(e, r).offer(i[0], e.poach.id(), 0.5);
        assertEquals(W, rival[0], 1e-6);
        MoveLog moves = e.w.moves();
        assertEquals(OfferOutcome.HIRED, e.log().outcome(0));
        assertEquals(OFFER / 2, moves.signOn(moves.size() - 1), "a seeker gets the sign-on");
        assertEquals(0, moves.boughtOut(moves.size() - 1), "and has nothing to buy out");
    }

    @Test
    void inAnAuctionThePoacherMakesUpTheForfeitItDoesNotBuyOut() {
        // Home does not counter: the Poacher pays his 2·w* plus (w* − w*/2)/4 = 139 264, with a sign-on of half
        int[] i = new int[1];
        Desk d = packages(BERTRAND, NONE, i, false, 0);
        d.desk.offer(i[0], d.poach.id(), 0.5);
        d.row(i[0], 0, 139_264, Double.NaN, OfferOutcome.ACCEPTED);
        MoveLog moves = d.w.moves();
        assertEquals(139_264 / 2, moves.signOn(moves.size() - 1));
        assertEquals(W / 2, moves.boughtOut(moves.size() - 1));
        // a seeker: hired at the unemployment value, with its sign-on
        Desk e = packages(BERTRAND, NONE, i, true, 0);
        e.desk.offer(i[0], e.poach.id(), 0.5);
        e.row(i[0], -1, 40_000, Double.NaN, OfferOutcome.HIRED);
        assertEquals(20_000, e.w.moves().signOn(e.w.moves().size() - 1));
    }

    @Test
    void forfeitedEquityAndSignOnThinVoluntaryQuits() {
        // unvested 4·w* and 4·w* owed: 8·w*/4 = 2·w* a year, his pay: he quits only below 1/2
        for (double[] c : new double[][] {{0.5, 0}, {0.4999, 1}, {-1, 1}}) {
            int[] i = new int[1];
            Desk d = packages(PREMIUM, NONE, i, false, 4 * W);
            d.pop.unvestedArray()[i[0]] = (float) (4 * W);
            draw(d, i[0], Buffer.QUIT, c[0]);
            assertEquals(c[1] == 1 ? Status.SEEKING : Status.EMPLOYED, d.pop.status(i[0]), "voluntary " + c[0]);
        }
    }

    // ---- raids ----

    /** Home's researchers, in index order. */
    static int[] homeStaff(Desk d) {
        return java.util.stream.IntStream.range(0, d.pop.size())
                .filter(i -> d.pop.status(i) == Status.EMPLOYED && d.pop.team(i) == d.home.id()).toArray();
    }

    @Test
    void aRaidMakesRoomAndOffersToItsTargetsFirst() {
        // the Poacher is full and has no quota: a raid on Home's two most skilled opens two positions
        Desk d = new Desk(PREMIUM, NONE, HIGHER);
        int[] staff = homeStaff(d);
        d.pop.setSkill(staff[1], 1.25);
        d.pop.setSkill(staff[3], 1.5);
        d.poach.setTarget(4);
        d.poach.setQuota(0);
        // their own draws of the tick (a quit) are discarded; another's quit goes ahead
        d.m.buffers[0].clear();
        d.m.buffers[0].add(staff[1], Buffer.QUIT, -1, -1);
        d.m.buffers[0].add(staff[2], Buffer.QUIT, -1, -1);
        d.m.pendingRaids.add(new Orders.Raid("Poacher", "P", "Home", "H", 2, false));
        d.desk.run(1);
        assertEquals(0, d.m.pendingRaids.size());
        assertEquals(6, d.poach.target());
        assertEquals(0, d.poach.quota(), "both positions filled");
        assertEquals(d.poach.id(), d.pop.team(staff[1]));
        assertEquals(d.poach.id(), d.pop.team(staff[3]));
        assertEquals(OFFER, d.pop.salary(staff[3]), "a 25% premium over his pay");
        assertEquals(Status.SEEKING, d.pop.status(staff[2]));
        assertEquals(Status.EMPLOYED, d.pop.status(staff[1]));
    }

    @Test
    void aRaidKeepsAnOpenTeamsTargetAndQuota() {
        // three openings and a quota of five: a raid of two changes neither
        Desk d = new Desk(PREMIUM, MATCH, HIGHER);
        d.poach.setTarget(7);
        d.poach.setQuota(5);
        d.m.pendingRaids.add(new Orders.Raid("Poacher", "P", "Home", null, 2, true));
        d.desk.begin(1);
        assertEquals(7, d.poach.target());
        assertEquals(5, d.poach.quota(), "countered: no quota used");
        // an unlimited team stays unlimited
        Desk e = new Desk(PREMIUM, NONE, HIGHER);
        e.poach.setTarget(Team.UNLIMITED);
        e.poach.setQuota(0);
        e.m.pendingRaids.add(new Orders.Raid("Poacher", "P", "Home", "H", 3, false));
        e.desk.begin(1);
        assertEquals(Team.UNLIMITED, e.poach.target());
        assertEquals(7, e.poach.headcount());
    }

    @Test
    void eachRaidPricesWithItsOwnStream() {
        java.util.List<Double> uniforms = new java.util.ArrayList<>();
        PolicyRegistry r = PolicyRegistry.defaults().register(PolicyRegistry.OFFER, "fixed", spec -> q -> {
            uniforms.add(q.uniform());
            return Double.NaN;
        });
        Desk d = new Desk(PREMIUM, NONE, HIGHER);
        withPolicy(d, r);
        d.m.pendingRaids.add(new Orders.Raid("Poacher", "P", "Home", "H", 2, false));
        d.m.pendingRaids.add(new Orders.Raid("Poacher", "P", "Home", "H", 3, false));
        d.desk.begin(2);
        java.util.List<Double> expected = new java.util.ArrayList<>();
        for (int raid = 0; raid < 2; raid++) {
            java.util.random.RandomGenerator g = d.m.streams.stream(2, StreamKeys.RAID, raid);
            for (int k = 0; k < 2 + raid; k++) {
                expected.add(g.nextDouble());
            }
        }
        assertEquals(expected, uniforms);
    }

    // ---- job fairs ----

    /** A Poacher with three teams: P (pays 1x), Q (1.5x, full), R (2x, above his skill). */
    static Desk fair(PolicySpec offer) {
        Desk d = new Desk(offer, NONE, HIGHER);
        return d;
    }

    /** Prepares the tick's offer table (the search), empties its draws and queues the fairs. */
    static void queueFairs(Desk d, int[]... fairs) {
        d.m.search(1, ChunkRunner.SEQUENTIAL);
        for (Buffer b : d.m.buffers) {
            b.clear();
        }
        for (int[] f : fairs) {
            d.m.pendingFairs.add(new Orders.JobFair(f[0], f[1]));
        }
    }

    /** A price per team: 100 000 × (1 + team) × (1 + u/10). */
    static PolicyRegistry byTeam() {
        return PolicyRegistry.defaults().register(PolicyRegistry.OFFER, "fixed",
                spec -> q -> 100_000 * (1 + q.team().id()) * (1 + q.uniform() / 10));
    }

    @Test
    void aFairHiresTheSeekerIntoTheBestPayingTeamDrawn() {
        Desk d = new Desk(PREMIUM, NONE, HIGHER);
        withPolicy(d, byTeam());
        int i = d.seeker();
        d.pop.setSalary(i, 10_000);
        // Home recruits too: the fair may draw either team; the Poacher (team 1) pays more
        d.home.setTarget(6);
        queueFairs(d, new int[] {i, 6});
        OfferTable table = d.m.offerTable();
        assertEquals(2, table.size());
        d.poach.setTarget(4);   // full since the search (a raid, say): it makes room for him
        d.poach.setQuota(0);
        d.desk.begin(1);
        java.util.random.RandomGenerator g = d.m.streams.stream(1, StreamKeys.JOB_FAIR, 0);
        int best = -1;
        double bestPay = 0;
        for (int k = 0; k < 6; k++) {
            int t = table.pick(g.nextDouble());
            double u = g.nextDouble();
            double pay = 100_000 * (1 + t) * (1 + u / 10);
            if (t == 0) {
                pay = Math.min(pay, 4 * W);   // capped at Home's valuation
            } else {
                pay = Math.min(pay, 3 * W);
            }
            if (pay > bestPay) {
                best = t;
                bestPay = pay;
            }
        }
        assertEquals(d.w.team(best).id(), d.pop.team(i));
        assertEquals(bestPay, d.pop.salary(i), 1e-6);
        assertEquals(0, d.m.pendingFairs.size());
        if (best == 1) {
            assertEquals(5, d.poach.target(), "the Poacher made room for him");
            assertEquals(0, d.poach.quota());
        }
    }

    @Test
    void aFairPicksTheHighestPriceAndItsUniform() {
        // only the Poacher recruits; its price rises with the uniform: the fair takes the largest
        Desk d = new Desk(PREMIUM, NONE, HIGHER);
        withPolicy(d, byTeam());
        int i = d.seeker();
        d.pop.setSalary(i, 10_000);
        d.poachLab.setProductivity(100);
        queueFairs(d, new int[] {i, 5});
        d.desk.begin(1);
        java.util.random.RandomGenerator g = d.m.streams.stream(1, StreamKeys.JOB_FAIR, 0);
        double top = 0;
        for (int k = 0; k < 5; k++) {
            g.nextDouble();
            top = Math.max(top, g.nextDouble());
        }
        assertEquals(200_000 * (1 + top / 10), d.pop.salary(i), 1e-6);
        assertEquals(0, d.poach.quota(), "its one position of the tick");
        assertEquals(8, d.poach.target(), "an opening: no room made");
    }

    @Test
    void aFairForSomeoneEmployedOrTwiceOrWithNothingToOfferDoesNothing() {
        Desk d = new Desk(PREMIUM, NONE, HIGHER);
        int j = d.employed();
        queueFairs(d, new int[] {j, 5});
        d.desk.begin(1);
        assertEquals(0, d.log().size(), "employed");
        assertEquals(0, d.m.pendingFairs.size());
        // a fair of no offers marks him; a second fair the same tick is ignored
        Desk e = new Desk(PREMIUM, NONE, HIGHER);
        int i = e.seeker();
        queueFairs(e, new int[] {i, 0}, new int[] {i, 5});
        e.desk.begin(1);
        assertEquals(0, e.log().size(), "second fair");
        assertEquals(Status.SEEKING, e.pop.status(i));
        // nobody recruits: nothing
        Desk f = new Desk(PREMIUM, NONE, HIGHER);
        f.poach.setTarget(4);
        int k = f.seeker();
        queueFairs(f, new int[] {k, 5});
        assertEquals(0, f.m.offerTable().size());
        f.desk.begin(1);
        assertEquals(0, f.log().size(), "no table");
        // someone on notice is hired; his own search draw of the tick is discarded
        Desk h = new Desk(PREMIUM, NONE, HIGHER);
        int n = h.employed();
        h.pop.setStatus(n, Status.NOTICE);
        queueFairs(h, new int[] {n, 3});
        h.m.buffers[0].add(n, Buffer.POOL_EXIT, -1, 0);
        h.desk.run(1);
        assertEquals(h.poach.id(), h.pop.team(n));
        assertEquals(Status.EMPLOYED, h.pop.status(n));
        assertEquals(1, h.log().size());
    }

    @Test
    void aFairSkipsTeamsThatWouldNotHireHim() {
        // the Poacher's bar is above his skill; Home laid him off lately; his reservation is above
        // what a team pays; the budget is short: no hire, each time
        for (int c = 0; c < 5; c++) {
            Desk d = new Desk(PREMIUM, NONE, HIGHER);
            int i = d.seeker();
            d.pop.setSalary(i, 10_000);
            switch (c) {
                case 0 -> d.poach.setMinSkill(1.5);
                case 1 -> d.poachLab.recordLayoff(i, 0, d.m.coolOffTicks);
                case 2 -> d.pop.setSalary(i, 8 * W);   // reservation 4·w*, above the 3·w* cap
                case 3 -> {
                    d.poachLab.setPayroll(1 << 20);
                    d.poachLab.setBudget((1 << 20) + W - 1);
                }
                default -> {
                    // on notice from the Poacher itself
                    int own = -1;
                    for (int k = 0; k < d.pop.size(); k++) {
                        if (d.pop.team(k) == d.poach.id()) {
                            own = k;
                        }
                    }
                    d.pop.setStatus(own, Status.NOTICE);
                    i = own;
                }
            }
            queueFairs(d, new int[] {i, 5});
            int team = d.pop.team(i);
            d.desk.begin(1);
            assertEquals(0, d.log().size(), "case " + c);
            assertEquals(team, d.pop.team(i), "case " + c);
        }
        // at the bar, within the budget exactly, at the reservation exactly: hired
        for (int c = 0; c < 3; c++) {
            Desk d = new Desk(PREMIUM, NONE, HIGHER);
            int i = d.seeker();
            d.pop.setSalary(i, 10_000);
            switch (c) {
                case 0 -> d.poach.setMinSkill(1);
                case 1 -> {
                    d.poachLab.setPayroll(1 << 20);
                    d.poachLab.setBudget((1 << 20) + W);
                }
                default -> d.pop.setSalary(i, 2 * W);   // reservation w*, the going pay
            }
            queueFairs(d, new int[] {i, 5});
            d.desk.begin(1);
            assertEquals(1, d.log().size(), "hired, case " + c);
            assertEquals(W, d.pop.salary(i), "case " + c);
        }
    }

    @Test
    void aBiddingFairPaysTheUnemploymentValue() {
        Desk d = new Desk(BERTRAND, NONE, HIGHER);
        int i = d.seeker();
        d.pop.setSalary(i, 8 * W);   // a bidder's rival is b, not his reservation pay
        queueFairs(d, new int[] {i, 3});
        d.desk.begin(1);
        assertEquals(40_000, d.pop.salary(i));
        assertEquals(d.poach.id(), d.pop.team(i));
    }

    // ---- edges ----

    @Test
    void anOfferOfExactlyHisPayIsDeclinedWithoutACounter() {
        // keeping him takes no raise: Home does not counter, he does not move
        Desk d = new Desk(PREMIUM, MATCH, HIGHER);
        withPolicy(d, fixedPrice(CUR));
        int i = d.employed();
        d.desk.offer(i, d.poach.id(), 0.5);
        d.row(i, 0, CUR, Double.NaN, OfferOutcome.DECLINED);
        assertEquals(0, d.w.moves().size(), "no counter-offer move");
    }

    @Test
    void theRetainingPayIsAskedAgainstHisPayPlusHisStake() {
        // an acceptance policy that records what staying is worth when asked for the pay that keeps him
        double[] stay = new double[1];
        PolicyRegistry r = PolicyRegistry.defaults().register(PolicyRegistry.ACCEPTANCE, "recording", spec ->
                new org.talentsim.policy.AcceptancePolicy() {
                    @Override
                    public boolean accept(Choice c) {
                        return c.offerPay() > c.stayPay();
                    }

                    @Override
                    public double retainingPay(Choice c) {
                        stay[0] = c.stayPay();
                        return c.offerPay();
                    }
                });
        Desk d = new Desk(PREMIUM, MATCH, PolicySpec.of("recording"), PolicySpec.of("premium"), PolicySpec.of("cash"), false, r);
        int i = d.employed();
        d.pop.grantStake(i, W / 4, 13);
        d.desk.offer(i, d.poach.id(), 0.5);
        assertEquals(CUR + W / 4, stay[0], 1e-6);
    }

    @Test
    void theAuctionsEdges() {
        // room of exactly his pay: poached
        Desk d = new Desk(BERTRAND, NONE, HIGHER);
        d.poachLab.setPayroll(1 << 20);
        d.poachLab.setBudget((1 << 20) + CUR);
        int i = d.employed();
        d.desk.offer(i, d.poach.id(), 0.5);
        d.row(i, 0, CUR, Double.NaN, OfferOutcome.ACCEPTED);
        // the Poacher values him at his pay, Home does not counter: Home's best is his pay, no raise
        Desk e = new Desk(BERTRAND, NONE, HIGHER);
        e.poachLab.setProductivity(2);
        int j = e.employed();
        e.desk.offer(j, e.poach.id(), 0.5);
        e.row(j, 0, CUR, Double.NaN, OfferOutcome.DECLINED);
        assertEquals(0, e.w.moves().size(), "no counter-offer move");
        assertEquals(CUR, e.pop.reference(j));
    }

    @Test
    void aRaidOnATeamTakesFromThatTeamOnly() {
        // H2's three are more skilled than H's four; a raid on H takes H's best two
        Desk d = new Desk(PREMIUM, NONE, HIGHER, PolicySpec.of("premium"), PolicySpec.of("cash"), true, PolicyRegistry.defaults());
        int h2 = d.w.teamIndex(0, "H2");
        for (int i = 0; i < d.pop.size(); i++) {
            if (d.pop.team(i) == h2) {
                d.pop.setSkill(i, 1.5);
            }
        }
        int[] staff = homeStaff(d);
        d.pop.setSkill(staff[2], 1.25);
        d.pop.setSkill(staff[0], 1.125);
        d.m.pendingRaids.add(new Orders.Raid("Poacher", "P", "Home", "H", 2, false));
        d.desk.begin(1);
        assertEquals(d.poach.id(), d.pop.team(staff[0]));
        assertEquals(d.poach.id(), d.pop.team(staff[2]));
        assertEquals(6, d.poach.headcount());
        // the whole lab: H2's
        Desk e = new Desk(PREMIUM, NONE, HIGHER, PolicySpec.of("premium"), PolicySpec.of("cash"), true, PolicyRegistry.defaults());
        int e2 = e.w.teamIndex(0, "H2");
        for (int i = 0; i < e.pop.size(); i++) {
            if (e.pop.team(i) == e2) {
                e.pop.setSkill(i, 1.5);
            }
        }
        e.m.pendingRaids.add(new Orders.Raid("Poacher", "P", "Home", null, 2, false));
        e.desk.begin(1);
        assertEquals(1, e.w.team(e2).headcount());
    }

    @Test
    void aRaidThatFindsNobodyLeavesAnOverstaffedTeamAlone() {
        Desk d = new Desk(PREMIUM, NONE, HIGHER);
        d.poach.setTarget(3);   // four on a target of three
        for (int i : homeStaff(d)) {
            d.pop.setStatus(i, Status.NOTICE);
        }
        d.m.pendingRaids.add(new Orders.Raid("Poacher", "P", "Home", "H", 2, false));
        d.desk.begin(1);
        assertEquals(3, d.poach.target());
    }

    @Test
    void aRaidsTargetsDrawAgainTheNextTick() {
        Desk d = new Desk(PREMIUM, NONE, HIGHER);
        d.poach.setTarget(4);
        d.poach.setQuota(0);
        d.poachLab.setBudget(0);   // the raid's offers cannot be paid: the targets stay
        int[] staff = homeStaff(d);
        d.pop.setSkill(staff[1], 1.5);
        d.m.pendingRaids.add(new Orders.Raid("Poacher", "P", "Home", "H", 1, false));
        d.desk.begin(1);
        assertEquals(d.home.id(), d.pop.team(staff[1]));
        // tick 2: his quit is resolved
        for (Buffer b : d.m.buffers) {
            b.clear();
        }
        d.m.buffers[0].add(staff[1], Buffer.QUIT, -1, -1);
        d.desk.run(2);
        assertEquals(Status.SEEKING, d.pop.status(staff[1]));
    }

    @Test
    void aFairTiesGoToTheEarlierDraw() {
        // every team prices him the same: the first team drawn hires him (over several fairs, at
        // least one whose first and last draws differ)
        int differ = 0;
        for (int f = 0; f < 6; f++) {
            Desk d = new Desk(PREMIUM, NONE, HIGHER);
            withPolicy(d, fixedPrice(100_000));
            d.m.labPolicies.offer.set(d.homeLab.id(), d.m.labPolicies.offer.get(d.poachLab.id()));
            d.home.setTarget(8);
            int i = d.seeker();
            d.pop.setSalary(i, 10_000);
            for (int k = 0; k < f; k++) {
                d.m.pendingFairs.add(new Orders.JobFair(d.seeker() + 1, 0));   // fairs that find nothing: his is fair f, drawing from stream f
            }
            queueFairs(d, new int[] {i, 4});
            assertEquals(2, d.m.offerTable().size());
            d.desk.begin(1);
            java.util.random.RandomGenerator g = d.m.streams.stream(1, StreamKeys.JOB_FAIR, f);
            int first = -1;
            int last = -1;
            for (int k = 0; k < 4; k++) {
                last = d.m.offerTable().pick(g.nextDouble());
                g.nextDouble();
                first = first < 0 ? last : first;
            }
            differ += first != last ? 1 : 0;
            assertEquals(first, d.pop.team(i), "fair " + f);
            assertEquals(100_000, d.pop.salary(i));
        }
        assertTrue(differ > 0, "a fair whose first and last draws differ");
    }

    @Test
    void aFairMayHireIntoTheFirstTeam() {
        // only Home (team 0) recruits
        Desk d = new Desk(PREMIUM, NONE, HIGHER);
        d.home.setTarget(6);
        d.poach.setTarget(4);
        int i = d.seeker();
        d.pop.setSalary(i, 10_000);
        queueFairs(d, new int[] {i, 2});
        assertEquals(0, d.home.id());
        d.desk.begin(1);
        assertEquals(0, d.pop.team(i));
        assertEquals(W, d.pop.salary(i));
    }

    @Test
    void aFairPassesOverATeamWhoseLabCannotAffordIt() {
        // the Poacher's team pays 1.5·w*, but its lab has room for w* only; Home pays w* and has
        // room: he is hired by Home (both teams are drawn)
        Desk d = new Desk(PREMIUM, NONE, HIGHER);
        d.home.setTarget(6);
        d.poach.setPayLevel(1.5);
        d.poachLab.setPayroll(1 << 20);
        d.poachLab.setBudget((1 << 20) + W);
        int i = d.seeker();
        d.pop.setSalary(i, 10_000);
        queueFairs(d, new int[] {i, 6});
        java.util.random.RandomGenerator g = d.m.streams.stream(1, StreamKeys.JOB_FAIR, 0);
        boolean[] drawn = new boolean[2];
        for (int k = 0; k < 6; k++) {
            drawn[d.m.offerTable().pick(g.nextDouble())] = true;
            g.nextDouble();
        }
        assertTrue(drawn[0] && drawn[1], "both teams drawn");
        d.desk.begin(1);
        assertEquals(d.home.id(), d.pop.team(i));
        assertEquals(W, d.pop.salary(i));
    }
}
