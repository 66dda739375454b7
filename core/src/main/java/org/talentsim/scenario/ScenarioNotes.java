package org.talentsim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What `check` and `run` say of a scenario they accept but whose numbers look like a slip: an
 * event dated after the run's end (it never happens), a layoff of more people than its teams
 * start with, a budget under a tenth of what its researchers would be paid at the pay scale's base
 * (a money unit left out: 2.1 for 2.1B, 300k for 300M), a named researcher paid under a hundredth
 * of the market's pay at his skill (20k for 20M), an acqui-hire's raise above 100% (20 for 20%), a
 * team left without compute (no share given, and the others' add up to 1).
 * Notes, not errors: each can be meant.
 */
final class ScenarioNotes {
    /** A budget under this share of its starting headcount's pay at the scale's base reads as a unit left out. */
    static final double LOW_BUDGET_SHARE = 0.1;
    /** A named salary under this share of the market's pay at the researcher's skill reads as a unit left out. */
    static final double LOW_SALARY_SHARE = 0.01;

    private ScenarioNotes() {}

    static List<String> of(Scenario s) {
        // a set: two unnamed events of one kind at one tick would give the same note twice
        java.util.Set<String> notes = new java.util.LinkedHashSet<>();
        // the labs an event switches to posted offers: their postedWage is used then
        java.util.Set<String> toPosted = new java.util.HashSet<>();
        for (EventSpec e : s.events()) {
            if (e instanceof EventSpec.PolicyChange p && p.offer() != null && p.offer().name().equals("posted")) {
                toPosted.add(p.lab());
            }
        }
        double base = s.market().payScale().base();
        double elasticity = s.market().payScale().elasticity();
        boolean dollars = base > 300;   // a scale of 300 or less counts pay in the scenario's own units
        boolean bidders = bidders(s);
        for (LabSpec lab : s.labs()) {
            budget(notes, "labs[" + lab.name() + "].budget", lab, base, dollars, 0, 0);
            members(notes, "labs[" + lab.name() + "]", lab, base, dollars);
            if (lab.postedWage() > 0 && lab.postedWage() < LOW_SALARY_SHARE * base && (lab.offer().name().equals("posted") || toPosted.contains(lab.name()))) {
                // 450 for 450k: the lab offered $450 a year and hired no one in two years, unsaid (a re-check)
                notes.add("labs[" + lab.name() + "].postedWage is " + money(lab.postedWage(), dollars) + " a year, under a hundredth"
                        + " of the pay scale's base (" + money(base, dollars) + "): its posted offers are taken by almost no one (a"
                        + " unit left out? money is written 450k, 2M)");
            }
            noCompute(notes, "labs[" + lab.name() + "]", lab);
            slips(notes, "labs[" + lab.name() + "]", lab, false, s.tickUnit(), toPosted);
            counterCap(notes, "labs[" + lab.name() + "].retention", lab, lab.retention(), bidders, s.pool());
            // an offer cap under a tenth of the pay scale's base: 75 for 75M (the lab can hire no one, and
            // its raids came to nothing without a word: a reviewer)
            double cap = lab.offer().param("cap", Double.NaN);
            if (cap < LOW_BUDGET_SHARE * base) {
                notes.add("labs[" + lab.name() + "].offer.cap is " + money(cap, dollars) + " a year, under a tenth of the pay"
                        + " scale's base (" + money(base, dollars) + "): the lab pays no one more, so it can hire almost no one (a"
                        + " unit left out? money is written 75M, 250k)");
            }
            for (TeamSpec t : lab.teams()) {
                for (StarSpec star : t.stars()) {
                    star(notes, star, "labs[" + lab.name() + "], team " + t.name(), base, elasticity, dollars);
                }
            }
        }
        market(notes, s.market());
        lookalikes(notes, s);
        if (s.pool().size() > 0 && s.pool().cohort() != null) {
            clamped(notes, "pool.cohort", s.pool().cohort());
            Dist poolPay = s.pool().cohort().salary();
            if (poolPay != null && typical(poolPay) > 0 && typical(poolPay) < LOW_SALARY_SHARE * base) {
                // the pool's last pay, which reservations and offers start from (a re-check)
                notes.add("pool.cohort.salary is typically " + money(typical(poolPay), dollars) + " a year, under a hundredth of the"
                        + " pay scale's base (" + money(base, dollars) + ") (a unit left out? money is written 450k, 2M)");
            }
        }
        double switching = s.acceptance().name().equals("utility") ? s.acceptance().param("switchingCost", 0) : 0;
        if (switching > 1) {
            // e^switching, in powers of ten when large, and "more than 1E+299" where it would
            // overflow (exp(700) stood for any larger cost, in 305 digits: a re-check)
            double factor = Math.exp(switching);
            java.math.BigDecimal f3 = switching > 690 ? null
                    : new java.math.BigDecimal(factor).round(new java.math.MathContext(3)).stripTrailingZeros();
            String times = f3 == null ? "more than 1E+299" : "about " + (factor < 1e15 ? f3.toPlainString() : f3.toString());
            notes.add("policies.acceptance.switchingCost is " + num(switching) + " in log pay: an offer must pay " + times
                    + " times the current pay to be taken (0.05 for about 5%)");
        }
        if (s.market().capability().calibratedScale() && !s.labs().isEmpty() && s.labs().stream().allMatch(l -> l.capability() == 0)) {
            // the calibrated scale takes its unit from the starting capabilities: all 0 left it 0,
            // and no lab ever gained capability (found by a reliability review); it is 1 now
            notes.add("every lab starts at capability 0, which gives the capability index no unit: the market's efficiency is"
                    + " 1 (capability per unit of weighted output per month; capability.scale sets another)");
        }
        for (StarSpec star : s.pool().stars()) {
            star(notes, star, "the pool", base, elasticity, dollars);
        }
        for (int k = 0; k < s.events().size(); k++) {
            EventSpec e = s.events().get(k);
            if (e.tick() <= s.ticks()) {
                unitless(notes, s, e, base, dollars);
                noBudgetToChange(notes, s, k);
                if (e instanceof EventSpec.HiringSpree h) {
                    // two sprees of one team in one tick: the later's target and pay level replace the
                    // earlier's, which did nothing, unsaid (an adversarial review)
                    for (int j = k + 1; j < s.events().size(); j++) {
                        if (s.events().get(j) instanceof EventSpec.HiringSpree g && g.tick() == h.tick() && g.lab().equals(h.lab())
                                && g.team().equals(h.team())) {
                            notes.add(event(s, e) + " of " + h.lab() + "'s " + h.team() + " is replaced by another in the same "
                                    + s.tickUnit().name().toLowerCase(Locale.ROOT) + " (" + event(s, g) + "): only the later's target"
                                    + " and pay level count");
                            break;
                        }
                    }
                }
            }
            if (e.tick() > s.ticks()) {
                notes.add(afterTheEnd(s, k));
            } else if (e instanceof EventSpec.Found f) {
                // the same named founder twice in one month: he founds the first lab and leaves it
                // for the second at once, and the first stays empty (an adversarial review)
                for (int j = 0; j < k; j++) {
                    if (s.events().get(j) instanceof EventSpec.Found g && g.tick() == f.tick() && g.founder().name() != null
                            && g.founder().name().equals(f.founder().name())) {
                        notes.add(event(s, e) + ": " + f.founder().name() + " founds " + g.lab().name() + " in the same "
                                + s.tickUnit().name().toLowerCase(Locale.ROOT) + " (" + event(s, g) + "), and leaves it for "
                                + f.lab().name() + " at once: " + g.lab().name() + " is left without its founder");
                    }
                }
                noCompute(notes, event(s, e) + ": the new lab", f.lab());
                members(notes, event(s, e) + ": the new lab", f.lab(), base, dollars);
                slips(notes, event(s, e) + ": the new lab", f.lab(), true, s.tickUnit(), toPosted);
                counterCap(notes, event(s, e) + ": the new lab " + f.lab().name() + "'s retention", f.lab(), f.lab().retention(), bidders, s.pool());
                double founderPay = f.founderSalary() > 0 ? f.founderSalary() : starSalary(s, f.founder().name());
                if (Double.isFinite(f.lab().budget()) && founderPay > f.lab().budget()) {
                    notes.add(event(s, e) + ": the new lab's budget (" + money(f.lab().budget(), dollars) + " a year) is under its"
                            + " founder's pay (" + money(founderPay, dollars) + "): its payroll is over budget from the month it is"
                            + " founded, and it lays the founder off to meet it");
                }
                budget(notes, event(s, e) + ": the new lab's budget", f.lab(), base, dollars, 1,
                        f.founderSalary() > 0 ? f.founderSalary() : base);
                if (f.founderSalary() > 0 && f.founderSalary() < LOW_SALARY_SHARE * base) {
                    notes.add(event(s, e) + ": founderSalary is " + money(f.founderSalary(), dollars) + " a year, under a hundredth of"
                            + " the pay scale's base (" + money(base, dollars) + "; a unit left out? money is written 2M, 250k)");
                }
            } else if (e instanceof EventSpec.AcquiHire a && a.payRaise() > 1) {
                notes.add(event(s, e) + " raises each person's pay"
                        + " by " + num(100 * a.payRaise()) + "%, to " + num(1 + a.payRaise())
                        + " times it (payRaise is a share: 0.2 for 20%)");
            } else if (e instanceof EventSpec.Raid r) {
                // a raid of more than its source (a team, or the whole lab) starts with reaches them
                // all (a layoff says so too); each may still decline (the note said "takes all of
                // them", and a whole lab's raid had none: a reviewer)
                Map<String, Held> teams = teamsAt(s, e).get(r.fromLab());
                java.util.function.BiPredicate<String, Held> from = (name, t) -> r.fromTeam() == null || name.equals(r.fromTeam());
                int head = teams == null ? 0 : people(teams, from);
                String source = r.fromLab() + (r.fromTeam() == null ? "" : "'s " + r.fromTeam());
                if (head > 0 && r.count() > head) {
                    notes.add(event(s, e) + " raids " + r.count() + " from " + source + ", which starts with " + head
                            + ": unless it grows by then, offers go to all of them (each may decline)");
                } else if (head == 0 && any(teams, from)) {
                    // a source that starts empty was not noted at all (a reliability review)
                    notes.add(event(s, e) + " raids " + r.count() + " from " + source + ", which starts with no one and hires no one"
                            + " (target 0): unless people move in by then, the raid finds no one");
                }
            } else if (e instanceof EventSpec.LeaderChange c && leadsNoOne(teamsAt(s, e).get(c.lab()), c.team())) {
                // a team moved away or merged before it (or a lab left with no team): the change
                // does nothing (an adversarial review; the file's check finds a team it never had)
                notes.add(event(s, e) + " changes no one's leader: " + (c.team() == null ? c.lab() + " has no team left by then"
                        : c.lab() + "'s " + c.team() + " has moved or merged away by then"));
            } else if (e instanceof EventSpec.Layoff l && l.count() == 0) {
                notes.add(event(s, e) + " lays off no one (count: 0)");
            } else if (e instanceof EventSpec.Layoff l && l.share() == 0) {
                // (said for count 0 only, so --strict let one of the two through: a review)
                notes.add(event(s, e) + " lays off no one (share: 0)");
            } else if (e instanceof EventSpec.BudgetChange b && b.factor() == 1 && b.delta() == 0) {
                notes.add(event(s, e) + " changes nothing (factor 1, delta 0: give factor or delta)");
            } else if (e instanceof EventSpec.CapabilityJump c && c.factor() == 1 && c.delta() == 0) {
                notes.add(event(s, e) + " changes nothing (factor 1, delta 0: give factor or delta)");
            } else if (e instanceof EventSpec.Layoff l && l.count() > 0) {
                // the teams as the events before it leave the lab: a team moved in or merged counts
                // (a layoff of 1,000 from a team of 31 moved in was not noted, and one after a merge
                // was noted though the merged team was larger: an adversarial review)
                Map<String, Held> teams = teamsAt(s, e).get(l.lab());
                java.util.function.BiPredicate<String, Held> cut = (name, t) -> l.teams().isEmpty() ? !t.protectedTeam()
                        : l.teams().contains(name);
                int head = teams == null ? 0 : people(teams, cut);
                if (head > 0 && l.count() > head) {
                    notes.add(event(s, e) + " lays off " + l.count()
                            + " from " + (l.teams().isEmpty() ? l.lab() + "'s unprotected teams" : l.lab() + "'s " + String.join(", ", l.teams()))
                            + ", which start with " + head + ": unless they grow by then, it lays off all of them");
                } else if (head == 0 && any(teams, cut)) {
                    // teams that start empty were not noted at all (a reliability review)
                    notes.add(event(s, e) + " lays off " + l.count()
                            + " from " + (l.teams().isEmpty() ? l.lab() + "'s unprotected teams" : l.lab() + "'s " + String.join(", ", l.teams()))
                            + ", which start with no one and hire no one (target 0): unless people move in by then, it lays off no one");
                }
            } else if (e instanceof EventSpec.Layoff l && l.count() < 0 && l.share() > 0) {
                // a share that rounds to no one of the teams as they start (0.1% of 25): the run
                // skips it, and check said nothing (a re-check of the day's fixes)
                Map<String, Held> teams = teamsAt(s, e).get(l.lab());
                java.util.function.BiPredicate<String, Held> cut = (name, t) -> l.teams().isEmpty() ? !t.protectedTeam()
                        : l.teams().contains(name);
                int head = teams == null ? 0 : people(teams, cut);
                if ((head > 0 || head == 0 && any(teams, cut)) && Math.round(l.share() * head) == 0) {
                    notes.add(event(s, e) + " lays off " + num(100 * l.share()) + "% of " + (l.teams().isEmpty() ? l.lab()
                            + "'s unprotected teams" : l.lab() + "'s " + String.join(", ", l.teams())) + (head == 0
                            ? ", which start with no one and hire no one (target 0): unless people move in by then, it lays off no one"
                            : ", which start with " + head + ": that rounds to no one unless they grow by then"));
                }
            }
        }
        // a policyChange's offer premium read as a percent, as a lab's is; and two changes of one
        // policy of a lab in one tick: the later replaces the earlier at once (a review of the day's changes)
        for (int k = 0; k < s.events().size(); k++) {
            if (s.events().get(k) instanceof EventSpec.PolicyChange p && p.tick() <= s.ticks()) {
                for (LabSpec lab : labsNamed(s, p.lab())) {
                    if (p.retention() != null) {
                        counterCap(notes, event(s, p) + ": " + p.lab() + "'s retention", lab, p.retention(), bidders, s.pool());
                    }
                }
                double premium = p.offer() == null ? 0 : p.offer().param("premium", 0);
                if (premium > 1) {
                    notes.add(event(s, p) + ": offer.premium is " + num(premium) + ": offers of " + num(1 + premium)
                            + " times the going pay (a share: 0.2 for 20%)");
                }
                for (int j = k + 1; j < s.events().size(); j++) {
                    if (s.events().get(j) instanceof EventSpec.PolicyChange q && q.tick() == p.tick() && q.lab().equals(p.lab())) {
                        for (PolicyCatalog.Slot slot : p.changes().keySet()) {
                            if (q.changes().containsKey(slot)) {
                                // named by their places (two unnamed events of one month read alike: a review)
                                notes.add("events[" + k + "] and events[" + j + "], " + event(s, p) + " and the one after it, both set "
                                        + p.lab() + "'s " + slot.field() + " policy in the same tick: events[" + j + "] replaces the"
                                        + " other's at once, so events[" + k + "]'s " + slot.field() + " does nothing");
                            }
                        }
                    }
                }
            }
        }
        // a spree's target below the headcount its team starts with stops its hiring (a freeze),
        // which its report still calls a spree: likely a slip (a strategist's review: 100 for 450)
        for (EventSpec e : s.events()) {
            if (e instanceof EventSpec.HiringSpree h && h.tick() <= s.ticks()) {
                for (LabSpec lab : s.labs()) {
                    for (TeamSpec t : lab.teams()) {
                        int head = t.headcount() + t.stars().size();
                        // (a target of 0 is the documented freeze, not a slip: "until people leaving bring it under 0"
                        // could not happen; a scenario author's review)
                        if (lab.name().equals(h.lab()) && t.name().equals(h.team()) && h.target() > 0 && h.target() < head
                                && !reshapedBefore(s, h)) {
                            notes.add(event(s, h) + " sets " + h.lab() + "/" + h.team() + "'s target to " + h.target() + ", below the "
                                    + head + " it starts with: the team hires no one until people leaving bring it under " + h.target()
                                    + " (a hiring freeze, not a spree), unless it grows by then");
                        }
                    }
                }
            }
        }
        // a hiring spree and a layoff of the same team in one tick: the layoff, later in the tick,
        // sets the team's target below its headcount, and the spree's target is gone
        for (EventSpec e : s.events()) {
            if (e instanceof EventSpec.HiringSpree h && h.tick() <= s.ticks()) {
                for (EventSpec o : s.events()) {
                    if (o instanceof EventSpec.Layoff l && l.tick() == h.tick() && l.lab().equals(h.lab())
                            && (l.teams().isEmpty() || l.teams().contains(h.team()))) {
                        notes.add(event(s, h) + " and " + event(s, l) + " fall in the same tick: the layoff runs after the spree"
                                + " and sets " + h.lab() + "/" + h.team() + "'s target to its headcount less those laid off,"
                                + " which undoes the spree; date the spree a month later");
                    }
                }
            }
        }
        return List.copyOf(notes);
    }

    /**
     * Whether an event up to {@code spree}'s tick (before it in the timeline) may have changed its
     * lab's headcounts: a layoff, a dismissal, a budget change, a team moved or merged, an
     * acqui-hire or a raid naming the lab, or an event of a type the notes do not know. The team's
     * starting headcount then says nothing of its size at the spree (a team cut from 450 to 179
     * and given a target of 300 was called frozen, and hired to 294: a review of the day's changes).
     */
    private static boolean reshapedBefore(Scenario s, EventSpec.HiringSpree spree) {
        String lab = spree.lab();
        for (EventSpec e : s.events()) {
            if (e == spree) {
                return false;
            }
            if (e.tick() > spree.tick()) {
                continue;
            }
            boolean names = e instanceof EventSpec.Layoff x ? x.lab().equals(lab)
                    : e instanceof EventSpec.Dismissal x ? x.lab().equals(lab)
                    : e instanceof EventSpec.BudgetChange x ? x.lab().equals(lab)
                    : e instanceof EventSpec.TeamMove x ? x.lab().equals(lab) || x.toLab().equals(lab)
                    : e instanceof EventSpec.TeamMerge x ? x.lab().equals(lab)
                    : e instanceof EventSpec.AcquiHire x ? x.lab().equals(lab) || x.fromLab().equals(lab)
                    : e instanceof EventSpec.Raid x ? x.lab().equals(lab) || x.fromLab().equals(lab)
                    : !(e instanceof EventSpec.LeaderChange || e instanceof EventSpec.CapabilityJump || e instanceof EventSpec.HiringSpree
                            || e instanceof EventSpec.VisibilityRise || e instanceof EventSpec.JobFair || e instanceof EventSpec.Found
                            || e instanceof EventSpec.PolicyChange);
            if (names) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a lab of {@code s} bids in a sequential auction (its offer policy, or one an event
     * gives it, is {@code bertrand}, or one the notes do not know: a registered policy may bid).
     */
    private static boolean bidders(Scenario s) {
        java.util.function.Predicate<PolicySpec> bids = o -> o != null && !List.of("posted", "premium", "star").contains(o.name());
        for (LabSpec l : s.labs()) {
            if (bids.test(l.offer())) {
                return true;
            }
        }
        for (EventSpec e : s.events()) {
            // (one after the run's end bids in none of it: it silenced every note, a re-check)
            if (e.tick() <= s.ticks() && (e instanceof EventSpec.Found f && bids.test(f.lab().offer())
                    || e instanceof EventSpec.PolicyChange p && bids.test(p.offer()))) {
                return true;
            }
        }
        return false;
    }

    /** The labs named {@code name}: the file's, and those an event founds. */
    private static List<LabSpec> labsNamed(Scenario s, String name) {
        List<LabSpec> out = new java.util.ArrayList<>();
        for (LabSpec l : s.labs()) {
            if (l.name().equals(name)) {
                out.add(l);
            }
        }
        for (EventSpec e : s.events()) {
            if (e instanceof EventSpec.Found f && f.lab().name().equals(name)) {
                out.add(f.lab());
            }
        }
        return out;
    }

    /**
     * A built-in retention policy whose cap lies under what the lab's teams pay: {@code upTo} is a
     * share of the lab's valuation ({@code productivity · max(1, payLevel) · w*(s)}), a team pays
     * {@code payLevel · w*(s)}, and a counter must pay more than the researcher has, so where
     * {@code upTo · productivity · max(1, payLevel) < payLevel} in every team the lab counters
     * almost no one ({@code upTo: 0.5} at productivity 1.5 gave the same runs as {@code none},
     * replication by replication, without a word: a model audit). A team whose cohort's salaries
     * are drawn from a distribution of their own, not the market's, is not judged.
     */
    private static void counterCap(java.util.Set<String> notes, String where, LabSpec lab, PolicySpec retention,
            boolean bidders, PoolSpec pool) {
        if (retention == null || !(retention.name().equals("match") || retention.name().equals("stars"))) {
            return;
        }
        if (retention.name().equals("stars")) {
            stars(notes, where, lab, retention.param("threshold", 0.6), pool);
        }
        if (bidders) {
            // in an auction the incumbent keeps whom a bidder values below its cap, even under his pay:
            // a lab at upTo 0.6 kept everyone a Bertrand raider valuing them at 0.8 bid for (a re-check)
            return;
        }
        double upTo = retention.param("upTo", 1.0);
        double p = lab.productivity();
        double lets = Double.POSITIVE_INFINITY;   // the least upTo that reaches some team's pay
        boolean judged = false;
        for (TeamSpec t : lab.teams()) {
            if (t.members() != null && t.members().salary() != null && t.headcount() > 0) {
                return;
            }
            double level = t.payLevel();
            lets = Math.min(lets, level / (p * Math.max(1, level)));
            judged = true;
        }
        if (!judged) {
            lets = 1 / p;
        }
        if (upTo >= lets) {
            return;
        }
        // at most 1: below productivity 1 no upTo reaches the pay, only a higher productivity does (a re-check)
        String remedy = lets <= 1 ? "an upTo of " + num(Math.ceil(lets * 100) / 100) + " or more lets it counter"
                : "no upTo, at most 1, lets it counter: a productivity of " + num(Math.ceil(p * lets / upTo * 100) / 100)
                        + " or more would";
        notes.add(where + ": upTo " + num(upTo) + (retention.param("upTo", Double.NaN) >= 0 ? "" : " (the default)")
                + " is a share of the lab's valuation of a researcher (productivity " + num(p)
                + " times the market's pay for his skill" + (lab.teams().stream().anyMatch(t -> t.payLevel() > 1)
                        ? ", times a team's payLevel above 1" : "") + "), so a counter-offer reaches at most " + num(upTo * p)
                + " times that pay, under what its teams pay; a counter must pay more than the researcher has, so the lab"
                + " counters almost no one, as with retention: none (" + remedy + ")");
    }

    /** Below this share of a lab's starting staff reaching a {@code stars} policy's threshold, it is noted. */
    static final double FEW_STARS = 0.02;

    /**
     * A {@code stars} retention policy whose visibility threshold almost none of the lab's starting
     * staff reach (the share each team's cohort draws above it, and its named researchers): with
     * the default visibility, beta(2, 8), 0.4% reach 0.6, and a strategist's "counter only for top
     * researchers" made 0.25 counter-offers a run against 106.8 for matching every offer, which
     * only the report's Arms line said (a strategist's review). Events that raise visibility
     * ({@code visibilityRise}) are not counted: the note says so.
     */
    private static void stars(java.util.Set<String> notes, String where, LabSpec lab, double threshold, PoolSpec pool) {
        // those it hires from a pool of many visible people can reach it (9 counters from such a pool: a re-check)
        if (pool != null && pool.size() > 0 && atLeast(pool.cohort() == null || pool.cohort().visibility() == null ? Dist.constant(0)
                : pool.cohort().visibility(), threshold) >= FEW_STARS) {
            return;
        }
        if (pool != null) {
            for (StarSpec star : pool.stars()) {
                if (star.visibility() >= threshold) {
                    return;
                }
            }
        }
        double reach = 0;
        int staff = 0;
        for (TeamSpec t : lab.teams()) {
            CohortSpec c = t.members() == null ? CohortSpec.DEFAULT : t.members();
            int drawn = t.headcount();
            staff += drawn + t.stars().size();
            reach += drawn * atLeast(c.visibility() == null ? Dist.constant(0) : c.visibility(), threshold);
            for (StarSpec star : t.stars()) {
                reach += star.visibility() >= threshold ? 1 : 0;
            }
        }
        if (staff == 0 || reach >= FEW_STARS * staff) {
            return;
        }
        long about = Math.round(reach);
        notes.add(where + ": stars counters only researchers whose visibility reaches " + num(threshold) + ", and of the " + staff
                + " the lab starts with " + (about == 0 ? "almost none do" : "about " + about + (about == 1 ? " does" : " do"))
                + " (" + num(Math.round(1000 * reach / staff) / 10.0) + "%, by their teams' visibility), so it counters almost no one"
                + " unless events raise their visibility; a lower threshold" + (where.startsWith("labs[") ? " (" + where + ".threshold)"
                : "") + " reaches more");
    }

    /** The share of draws of {@code d} at or above {@code t} (a visibility, clamped to [0, 1] as drawn: {@code t} in (0, 1]). */
    static double atLeast(Dist d, double t) {
        switch (d.kind()) {
            case CONSTANT:
                return Math.min(1, d.a()) >= t ? 1 : 0;
            case UNIFORM:
                return d.b() <= d.a() ? (d.a() >= t ? 1 : 0) : Math.max(0, Math.min(1, (d.b() - t) / (d.b() - d.a())));
            case NORMAL:
                return d.b() == 0 ? (d.a() >= t ? 1 : 0)
                        : 1 - new org.apache.commons.math3.distribution.NormalDistribution(null, d.a(), d.b()).cumulativeProbability(t);
            case LOGNORMAL:
                return d.b() == 0 ? (d.a() >= t ? 1 : 0)
                        : 1 - new org.apache.commons.math3.distribution.NormalDistribution(null, 0, 1)
                                .cumulativeProbability((Math.log(t) - Math.log(d.a())) / d.b());
            case BETA:
                return 1 - new org.apache.commons.math3.distribution.BetaDistribution(null, d.a(), d.b()).cumulativeProbability(t);
            case PARETO:
                return t <= d.a() ? 1 : Math.pow(d.a() / t, d.b());
            default:
                return 1;   // a kind the notes do not know: no note
        }
    }

    /** {@code payLevel} above this is likely a percent written for a multiplier (80 for 80%). */
    static final double HIGH_PAY_LEVEL = 10;

    /**
     * Values of a lab that change nothing or look like a percent written for a share: a posted
     * wage without the posted offer policy, a star's stake that vests at once, a team's cohort that
     * draws no one (it starts empty), a pay level above {@link #HIGH_PAY_LEVEL}, a sign-on or an
     * offer premium above 1 (more than doubling). Found by a scenario author's review: each was
     * accepted without a word.
     */
    private static void slips(java.util.Set<String> notes, String where, LabSpec lab, boolean founded,
            org.talentsim.model.TickUnit unit, java.util.Set<String> toPosted) {
        if (!Double.isNaN(lab.postedWage()) && !lab.offer().name().equals("posted") && !toPosted.contains(lab.name())) {
            notes.add(where + ".postedWage is used only by the posted offer policy, and this lab's is " + lab.offer().name()
                    + ": it changes nothing");
        }
        double premium = lab.offer().param("premium", 0);
        if (premium > 1) {
            notes.add(where + ".offer.premium is " + num(premium) + ": offers of "
                    + num(1 + premium) + " times the going pay (a share: 0.2 for 20%)");
        }
        double signOn = lab.pay().param("signOn", 0);
        if (signOn > 1) {
            notes.add(where + ".pay.signOn is " + num(signOn) + ": a sign-on of "
                    + num(signOn) + " times the first year's pay (a share: 0.35 for 35%)");
        }
        vesting(notes, where.endsWith("the new lab") ? where + "'s pay" : where + ".pay", lab.pay(), unit);
        for (TeamSpec t : lab.teams()) {
            if (t.pay() != null) {
                vesting(notes, (where.endsWith("the new lab") ? where + ", team " + t.name() : where + ".teams[" + t.name() + "]")
                        + (where.endsWith("the new lab") ? "'s pay" : ".pay"), t.pay(), unit);
            }
        }
        if (lab.strategy().name().equals("gap-response")) {
            // shares and rates a month: 10 for 10% raised the premium by 1000% a month
            // (a bidding war's cap may be meant above 1: offers of 2.5 times the pay; 5 and more read as percent)
            for (String key : List.of("premiumStep", "maxPremium", "budgetGrowth")) {
                double v = lab.strategy().param(key, 0);
                if (v > (key.equals("maxPremium") ? 5 : 1)) {
                    notes.add(where + ".strategy." + key + " is " + num(v) + ": " + (key.equals("budgetGrowth")
                            ? "the budget grows " + num(1 + v) + " times a month while the lab is behind"
                            : key.equals("premiumStep") ? "the offer premium rises by " + num(v) + " times the going pay a month while"
                                    + " the lab is behind" : "offers of up to " + num(1 + v) + " times the going pay")
                            + " (a share: 0.05 for 5%)");
                }
            }
        }
        for (TeamSpec t : lab.teams()) {
            if (t.payLevel() > HIGH_PAY_LEVEL) {
                notes.add(where + ", team " + t.name() + ": payLevel is " + num(t.payLevel())
                        + ", that many times the market's pay (a multiple: 1.2 for 20% above it)");
            }
            if (t.members() != null && !t.members().equals(CohortSpec.DEFAULT) && (founded || t.headcount() == 0)) {
                notes.add(where + ", team " + t.name() + ": members describes how a team's starting headcount is drawn, and it"
                        + " starts with none: it changes nothing (whom a team hires comes from the pool)");
            }
            for (StarSpec star : t.stars()) {
                if (star.stake() != null && star.stake().share() > 0 && star.stake().vestingMonths() == 0) {
                    notes.add(where + ", team " + t.name() + ": " + star.name() + "'s stake vests at once (vestingMonths: 0), so it"
                            + " holds them no more than no stake would");
                }
            }
        }
    }

    /**
     * A grant whose vesting dates do not fill its years: it holds the equity of its dates' span,
     * what its pay counts over them (docs/MODEL.md §7.9), so a grant of half a year vesting after 12
     * months holds a year's equity. The span is counted in ticks as the kernel counts it
     * ({@code kernel.PayTerms}: {@code round(12·years / vestMonths)} periods of {@code
     * round(vestMonths · ticks a month)} ticks), so a vestMonths of 1.5 (2-month periods) and a
     * weekly run's 4-week periods are noted too. A cliff that is not a whole number of periods, or
     * refreshers granted at anniversaries that fall between dates, leave a grant's dates up to a
     * period longer or shorter than what its pay counts (an adversarial review: the first was
     * accepted without a word, and paid half the equity its pay counted). Only the built-in pay
     * policies are read: a scenario does not know a registered policy's terms.
     */
    private static void vesting(java.util.Set<String> notes, String what, PolicySpec pay, org.talentsim.model.TickUnit unit) {
        boolean refreshes = pay.name().equals("equity-annual") || pay.name().equals("equity-at-risk");
        if (!(refreshes || pay.name().equals("equity")) || !(pay.param("equity", 0.5) > 0)) {
            return;
        }
        double years = pay.param("years", 4);
        double cliff = pay.param("cliffMonths", 12);
        double vest = pay.param("vestMonths", 3);
        if (!(years > 0 && vest >= 1 && cliff >= 0)) {
            return;   // refused by the policy itself
        }
        // as kernel.PayTerms counts them
        double perMonth = unit.ticksPerMonth();
        long periods = Math.max(1, Math.min(120, Math.round(12 * years / vest)));
        long every = Math.max(1, Math.round(vest * perMonth));
        long spanTicks = periods * every;
        double grantTicks = 12 * years * perMonth;
        boolean weeks = unit != org.talentsim.model.TickUnit.MONTH;
        String tick = weeks ? "week" : "month";
        if (Math.abs(spanTicks - grantTicks) > 1e-9 * grantTicks) {
            notes.add(what + ": a grant of " + num(12 * years) + " months (years " + num(years) + ") vesting every " + num(vest)
                    + " months has " + periods + " " + (periods == 1 ? "date, which spans " : "dates, which span ")
                    + (weeks || every != Math.round(vest) || vest != Math.rint(vest)
                            ? spanTicks + " " + tick + "s (" + periods + " of " + every + " " + tick + (every == 1 ? "" : "s") + ")"
                            : spanTicks + " months")
                    + ": it holds that span's equity, what its pay counts over its dates, not " + num(12 * years) + " months'"
                    + (weeks ? " (in a weekly run, give a vestMonths that is a whole number of weeks: 3, 6 or 12)"
                            : " (give a vestMonths of whole months that divides 12 × years)"));
        }
        long first = Math.max(every, Math.round(cliff * perMonth));
        long atCliff = Math.max(1, Math.min(periods, first / every));
        if (first != atCliff * every) {
            notes.add(what + ": cliffMonths " + num(cliff) + " is not a whole number of " + every + "-" + tick + " periods: a grant's"
                    + " dates run " + (first - atCliff * every) + " " + tick + ((first - atCliff * every) == 1 ? "" : "s") + " past the"
                    + " span of its periods, so its pay counts that much equity more than the grant holds (give a cliffMonths that"
                    + " vestMonths divides)");
        }
        long year = Math.round(12 * perMonth);
        if (refreshes && year % every != 0) {
            notes.add(what + ": refreshers are granted at work anniversaries, which fall between vesting dates every " + every + " "
                    + tick + (every == 1 ? "" : "s") + ": a refresher's first period is shorter, and it vests a little sooner than"
                    + " its pay counts (give a vestMonths that divides 12" + (weeks ? " and is a whole number of weeks: 3, 6 or 12" : "")
                    + ")");
        }
    }

    /** Separation or retirement above 1 a year: likely a percent written for a rate (5/year for 5%). */
    private static void market(java.util.Set<String> notes, MarketSpec m) {
        double perYear = org.talentsim.model.TickUnit.MONTH.ticksPerMonth() * 12;
        for (String key : List.of("separation", "retirement")) {
            double r = (key.equals("separation") ? m.separation() : m.retirement()).perTick(org.talentsim.model.TickUnit.MONTH) * perYear;
            if (r > 1) {
                notes.add("market." + key + " is " + num(r) + " a year: more than the whole staff each year"
                        + " (a rate: 0.05/year for 5%)");
            }
        }
        if (m.annualRaise() > 1) {
            notes.add("market.annualRaise is " + num(m.annualRaise()) + ": a raise of " + num(100 * m.annualRaise())
                    + "% at each work anniversary, to " + num(1 + m.annualRaise()) + " times the pay (a share: 0.03 for 3%)");
        }
        if (m.matching() != null && !m.offersSeeking().equals(MarketSpec.DEFAULT.offersSeeking())) {
            notes.add("market.offersSeeking is not used with matching: the matching function gives the seekers' offers");
        }
    }

    /** The salary of the named researcher {@code name} in the scenario's labs or pool, or 0. */
    private static double starSalary(Scenario s, String name) {
        if (name == null) {
            return 0;
        }
        for (LabSpec lab : s.labs()) {
            for (TeamSpec t : lab.teams()) {
                for (StarSpec star : t.stars()) {
                    if (star.name().equals(name)) {
                        return star.salary();
                    }
                }
            }
        }
        for (StarSpec star : s.pool().stars()) {
            if (star.name().equals(name)) {
                return star.salary();
            }
        }
        return 0;
    }

    /**
     * A note when {@code lab}'s finite budget is under a tenth of what its staff (and {@code
     * extra} more, a founder paid {@code extraPay}) are paid at the start: their cohorts' salaries
     * where the file gives them, the pay scale's base (the pay at skill 1) where not, and its
     * stars' salaries.
     */
    private static void budget(java.util.Set<String> notes, String what, LabSpec lab, double base, boolean dollars, int extra,
            double extraPay) {
        if (!Double.isFinite(lab.budget())) {
            return;
        }
        int head = extra;
        double pay = extraPay;
        for (TeamSpec t : lab.teams()) {
            Dist salary = t.members() == null ? null : t.members().salary();
            head += t.headcount() + t.stars().size();
            pay += t.headcount() * (salary == null ? base : typical(salary));
            for (StarSpec star : t.stars()) {
                pay += star.salary() > 0 ? star.salary() : base;
            }
        }
        if (head > 0 && lab.budget() < LOW_BUDGET_SHARE * pay) {
            notes.add(String.format(Locale.ROOT, "%s is %s a year for %s at the start, under a tenth of what they are"
                    + " paid (about %s a year: their salaries, the pay scale's base where the file gives none): its payroll is over"
                    + " it from the first month and it lays off to meet it (a unit left out? money is written 2.1B, 400M, 250k)",
                    what, money(lab.budget(), dollars), count(head, "researcher"), money(pay, dollars)));
        }
    }

    /**
     * A note for each team of {@code lab} that gives no computeShare while the lab's other teams'
     * add up to 1: it gets none of the lab's compute (equal parts of nothing), which a file that
     * left the share out to mean "the usual" would not expect (found by a reviewer).
     */
    private static void noCompute(java.util.Set<String> notes, String where, LabSpec lab) {
        for (TeamSpec t : lab.teams()) {
            if (Double.isNaN(t.computeShare()) && lab.computeShare(t) == 0) {
                notes.add(where + ", team " + t.name() + " gives no computeShare and the lab's other teams' shares add up to 1:"
                        + " it gets none of the lab's compute (a team without a share gets equal parts of what the others leave;"
                        + " give it one and lower theirs)");
            }
        }
    }

    /**
     * A note for each team of {@code lab} whose members' salaries, as the file gives them, are
     * typically under a hundredth of the pay scale's base: {@code lognormal(450, 0.3)} for 450k
     * paid the staff about $450 a year, countered up to the market at once, with no word (an
     * adversarial review).
     */
    private static void members(java.util.Set<String> notes, String where, LabSpec lab, double base, boolean dollars) {
        for (TeamSpec t : lab.teams()) {
            if (t.minSkill() > org.talentsim.model.Limits.MAX_SKILL) {
                // above every skill a researcher can have: the team offers to no one (an adversarial review)
                notes.add(where + ", team " + t.name() + ": minSkill " + num(t.minSkill()) + " is above the highest skill ("
                        + num(org.talentsim.model.Limits.MAX_SKILL) + "): the team makes no offer to anyone");
            }
            if (t.members() != null && t.headcount() > 0) {
                clamped(notes, where + ", team " + t.name() + ": members", t.members());
            }
            Dist salary = t.members() == null ? null : t.members().salary();
            if (salary != null && t.headcount() > 0 && typical(salary) > 0 && typical(salary) < LOW_SALARY_SHARE * base) {
                notes.add(where + ", team " + t.name() + ": members.salary is typically " + money(typical(salary), dollars)
                        + " a year, under a hundredth of the pay scale's base (" + money(base, dollars) + "): offers will take"
                        + " them at once (a unit left out? money is written 450k, 2M)");
            }
        }
    }

    /** A distribution that puts more than this share of its draws outside its field's domain reads as a slip. */
    static final double CLAMPED_SHARE = 0.1;

    /**
     * A note for each distribution of cohort {@code c} that puts more than {@link #CLAMPED_SHARE} of
     * its draws outside its field's domain, where they are clamped to the bounds: {@code skill:
     * normal(1, 1e308)} put half the staff at skill 1,000 and half at 0.01, {@code salary:
     * normal(100k, 500k)} paid 42% of them $0, each passing the only check, of the median (an
     * adversarial review).
     */
    private static void clamped(java.util.Set<String> notes, String where, CohortSpec c) {
        clamped(notes, where + ".skill", c.skill(), org.talentsim.model.Limits.MIN_SKILL, org.talentsim.model.Limits.MAX_SKILL);
        if (c.salary() != null) {
            clamped(notes, where + ".salary", c.salary(), 0, org.talentsim.model.Limits.MAX_SALARY);
        }
        clamped(notes, where + ".visibility", c.visibility(), 0, 1);
        if (c.morale() != null) {
            clamped(notes, where + ".morale", c.morale(), 0, 1);
        }
    }

    private static void clamped(java.util.Set<String> notes, String field, Dist d, double lo, double hi) {
        double outside = below(d, lo) + (1 - below(d, hi) - at(d, hi));
        if (outside > CLAMPED_SHARE) {
            notes.add(field + " " + d.kind().name().toLowerCase(Locale.ROOT) + "(" + num(d.a()) + (d.kind() == Dist.Kind.CONSTANT ? ""
                    : ", " + num(d.b())) + ") puts about " + num(Math.round(100 * outside)) + "% of its draws outside ["
                    + num(lo) + ", " + num(hi) + "], where they are clamped to the bounds (a spread meant smaller?)");
        }
    }

    /** The share of draws of {@code d} below {@code x}. */
    private static double below(Dist d, double x) {
        return switch (d.kind()) {
            case CONSTANT -> d.a() < x ? 1 : 0;
            case UNIFORM -> d.b() <= d.a() ? (d.a() < x ? 1 : 0) : Math.max(0, Math.min(1, (x - d.a()) / (d.b() - d.a())));
            case NORMAL -> d.b() == 0 ? (d.a() < x ? 1 : 0)
                    : new org.apache.commons.math3.distribution.NormalDistribution(null, d.a(), d.b()).cumulativeProbability(x);
            case LOGNORMAL -> x <= 0 ? 0 : d.b() == 0 ? (d.a() < x ? 1 : 0)
                    : new org.apache.commons.math3.distribution.NormalDistribution(null, 0, 1)
                            .cumulativeProbability((Math.log(x) - Math.log(d.a())) / d.b());
            case BETA -> x <= 0 ? 0 : x >= 1 ? 1
                    : new org.apache.commons.math3.distribution.BetaDistribution(null, d.a(), d.b()).cumulativeProbability(x);
            case PARETO -> x <= d.a() ? 0 : 1 - Math.pow(d.a() / x, d.b());
        };
    }

    /** The share of draws of {@code d} exactly at {@code x} (a constant's). */
    private static double at(Dist d, double x) {
        return d.kind() == Dist.Kind.CONSTANT && d.a() == x || d.kind() == Dist.Kind.UNIFORM && d.a() == d.b() && d.a() == x ? 1 : 0;
    }

    /**
     * A note for an event's amount of money under a hundredth of the pay scale's base: a
     * {@code budgetChange} whose {@code delta} is so small (2.1 for 2.1B: with factor 0 the lab's
     * budget became $2.10 and it laid everyone off), an {@code acquiHire} whose {@code price} is
     * (10 for 10M); both passed with no word where a lab's budget of the same figure has one (an
     * adversarial review).
     */
    private static void unitless(java.util.Set<String> notes, Scenario s, EventSpec e, double base, boolean dollars) {
        double floor = LOW_SALARY_SHARE * base;
        if (e instanceof EventSpec.BudgetChange b && b.delta() != 0 && Math.abs(b.delta()) < floor) {
            notes.add(event(s, e) + ": delta is " + money(b.delta(), dollars) + " a year, under a hundredth of the pay scale's"
                    + " base (" + money(base, dollars) + ")" + (b.factor() == 0 ? ", and factor 0 sets the budget to it" : "")
                    + " (a unit left out? money is written 2.1B, 400M, 250k)");
        } else if (e instanceof EventSpec.AcquiHire a && a.price() < floor) {
            notes.add(event(s, e) + ": price is " + money(a.price(), dollars) + ", under a hundredth of the pay scale's base ("
                    + money(base, dollars) + ") for the deal (a unit left out? money is written 10M, 2.1B)");
        }
    }

    /**
     * A note for a {@code budgetChange} (event {@code k}) with a factor above 0 of a lab that has no
     * budget by then (none in the file, no change with factor 0 before it): an unlimited budget
     * scaled and added to stays unlimited, so the event does nothing, and nothing said so (an
     * adversarial review). Factor 0 sets a budget, and is not noted.
     */
    private static void noBudgetToChange(java.util.Set<String> notes, Scenario s, int k) {
        if (!(s.events().get(k) instanceof EventSpec.BudgetChange b) || b.factor() == 0) {
            return;
        }
        double budget = Double.NaN;
        for (LabSpec lab : s.labs()) {
            budget = lab.name().equals(b.lab()) ? lab.budget() : budget;
        }
        for (int j = 0; j < k; j++) {
            EventSpec e = s.events().get(j);
            if (e instanceof EventSpec.Found f && f.lab().name().equals(b.lab())) {
                budget = f.lab().budget();
            } else if (e instanceof EventSpec.BudgetChange c && c.lab().equals(b.lab()) && c.factor() == 0) {
                budget = Math.max(0, c.delta());
            }
        }
        if (budget == Double.POSITIVE_INFINITY) {
            notes.add(event(s, s.events().get(k)) + ": " + b.lab() + " has no budget by then (unlimited), which the change leaves"
                    + " unlimited: it does nothing (factor 0 sets a budget of delta; a lab's budget is set in the file)");
        }
    }

    /** A note when a named researcher's salary is under a hundredth of the market's pay at his skill. */
    private static void star(java.util.Set<String> notes, StarSpec star, String where, double base,
            double elasticity, boolean dollars) {
        double market = base * Math.pow(star.skill(), elasticity);
        if (star.salary() > 0 && star.salary() < LOW_SALARY_SHARE * market) {
            notes.add(String.format(Locale.ROOT, "%s's salary (%s) is %s a year, under a hundredth of the market's pay at skill %s"
                    + " (%s): offers will take them at once (a unit left out? money is written 20M, 250k)", star.name(), where,
                    money(star.salary(), dollars), num(star.skill()), money(market, dollars)));
        }
    }

    /** A typical draw of {@code d}: its median, or its mean where that is simpler; a Pareto's scale (its least value). */
    private static double typical(Dist d) {
        return switch (d.kind()) {
            case UNIFORM -> (d.a() + d.b()) / 2;
            case BETA -> d.a() / (d.a() + d.b());
            default -> d.a();
        };
    }

    /** An amount for a note: $2.1M in dollars, 2.1 in a scenario's own units. */
    private static String money(double v, boolean dollars) {
        String n = short4(v);
        return dollars ? "$" + n : n;
    }

    /** 2.1B, 54M, 300k, 2.5: about four significant digits, with a suffix from ten thousand up. */
    private static String short4(double v) {
        double a = Math.abs(v);
        if (a >= 1e9) {
            return fixed(v / 1e9) + "B";
        }
        if (a >= 1e6) {
            return fixed(v / 1e6) + "M";
        }
        if (a >= 1e4) {
            return fixed(v / 1e3) + "k";
        }
        return fixed(v);
    }

    /** {@code v} with 0 to 4 decimals as its size asks, half up, trailing zeros dropped. */
    private static String fixed(double v) {
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (a < 1) {
            java.math.BigDecimal r = new java.math.BigDecimal(Double.toString(v)).round(new java.math.MathContext(4,
                    java.math.RoundingMode.HALF_UP)).stripTrailingZeros();
            // a tiny amount in powers of ten ($1e-300 was written with 300 zeros: a re-check)
            return a < 1e-6 ? r.toString() : r.toPlainString();
        }
        if (a >= 1e15) {
            return new java.math.BigDecimal(Double.toString(v)).round(new java.math.MathContext(4, java.math.RoundingMode.HALF_UP))
                    .stripTrailingZeros().toString();
        }
        int decimals = a >= 1000 ? 0 : a >= 100 ? 1 : a >= 10 ? 2 : 3;
        java.math.BigDecimal r = new java.math.BigDecimal(Double.toString(v)).setScale(decimals, java.math.RoundingMode.HALF_UP);
        return r.signum() == 0 ? "0" : r.stripTrailingZeros().toPlainString();
    }

    /**
     * Names that differ only in case, or only by letters of another script that look the same
     * ("Meta" and "meta", "Meta" and "Мeta" with a Cyrillic М): the files, metrics and overrides
     * tell them apart, but a reader of the results sees two labs both reading "Meta" (an
     * adversarial review). Labs (those a founding makes too), each lab's teams, and the named
     * researchers.
     */
    private static void lookalikes(java.util.Set<String> notes, Scenario s) {
        List<String> labs = new ArrayList<>();
        for (LabSpec l : s.labs()) {
            labs.add(l.name());
            alike(notes, "teams of labs[" + l.name() + "]", l.teams().stream().map(TeamSpec::name).toList());
        }
        List<String> stars = new ArrayList<>();
        for (LabSpec l : s.labs()) {
            for (TeamSpec t : l.teams()) {
                t.stars().forEach(st -> stars.add(st.name()));
            }
        }
        for (EventSpec e : s.events()) {
            if (e instanceof EventSpec.Found f) {
                labs.add(f.lab().name());
            }
        }
        alike(notes, "labs", labs);
        alike(notes, "named researchers", stars);
    }

    private static void alike(java.util.Set<String> notes, String what, List<String> names) {
        Map<String, String> first = new java.util.HashMap<>();
        for (String n : names) {
            String k = skeleton(n);
            String other = first.putIfAbsent(k, n);
            if (other != null && !other.equals(n)) {
                boolean caseOnly = other.toLowerCase(Locale.ROOT).equals(n.toLowerCase(Locale.ROOT));
                String letters = codes(other, n);
                notes.add(what + " '" + other + "' and '" + n + "' " + (caseOnly ? "differ only in case" : "look alike (" + (letters
                        .contains(" against ") ? "letters of another script or form: " : "") + letters + ")") + ": the result files, metrics and"
                        + " overrides tell them apart, a reader of the results may not; give them names that differ to the eye");
            }
        }
    }

    /**
     * The characters of {@code b} that are other letters than {@code a}'s at the same place (not
     * the same letter in another case: 'MЕTA' against 'Meta' listed its Latin T and A as "another
     * script", a re-check), as U+ codes.
     */
    private static String codes(String a, String b) {
        StringBuilder out = new StringBuilder();
        if (a.length() != b.length()) {
            return "'" + b + "' reads as '" + a + "'";
        }
        for (int i = 0; i < Math.min(a.length(), b.length()); i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (Character.toLowerCase(x) != Character.toLowerCase(y) && Character.toUpperCase(x) != Character.toUpperCase(y)) {
                out.append(out.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "'%c' U+%04X against U+%04X", b.charAt(i),
                        (int) b.charAt(i), (int) a.charAt(i)));
            }
        }
        return out.toString();
    }

    /** Cyrillic and Greek letters that read as Latin ones, and those Latin ones (lower case). */
    private static final String LOOKS = "\u0430\u0435\u043e\u0440\u0441\u0443\u0445\u0456\u0458\u0455\u0501\u04bb"
            + "\u03bf\u03b1\u03b9\u03ba\u03bd\u03c1\u03c4\u03c5\u03c7\u03b5";
    private static final String LIKE = "aeopcyxijsdhoaikvptuxe";
    /** Capital Cyrillic and Greek letters that read as Latin capitals, and those capitals. */
    private static final String LOOKS_UP = "\u0410\u0412\u0415\u041a\u041c\u041d\u041e\u0420\u0421\u0422\u0425\u0406"
            + "\u0408\u0405\u0391\u0392\u0395\u0396\u0397\u0399\u039a\u039c\u039d\u039f\u03a1\u03a4\u03a5\u03a7";
    private static final String LIKE_UP = "ABEKMHOPCTXIJSABEZHIKMNOPTYX";

    /** {@code name} in lower case with such letters made Latin: equal for names that look alike. */
    static String skeleton(String name) {
        // compatibility forms first: fullwidth ＭＥＴＡ, the Roman numeral Ⅿ (a re-check)
        String folded = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKC);
        StringBuilder up = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            int k = LOOKS_UP.indexOf(c);
            up.append(k >= 0 ? LIKE_UP.charAt(k) : c);
        }
        String low = up.toString().toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(low.length());
        for (int i = 0; i < low.length(); i++) {
            char c = low.charAt(i);
            int k = LOOKS.indexOf(c);
            b.append(k >= 0 ? LIKE.charAt(k) : c);
        }
        return b.toString();
    }

    /** A number as the result files write it: at most 10 significant digits, plain. */
    private static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        java.math.BigDecimal b = new java.math.BigDecimal(v).round(new java.math.MathContext(10, java.math.RoundingMode.HALF_EVEN))
                .stripTrailingZeros();
        // a huge or tiny value in powers of ten (1e300 was written out in 301 digits: a reviewer)
        String s = Math.abs(v) >= 1e15 || (v != 0 && Math.abs(v) < 1e-6) ? b.toString() : b.toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** A team as the events before some event leave it: the people it starts with, and whether it is protected. */
    /** A team's people at the start, whether layoffs spare it, and whether it may gain people (a target above none, a founded lab's founder). */
    private record Held(int people, boolean protectedTeam, boolean grows) {}

    /** A team an acqui-hire brought people into: how many it holds is not known from the file. */
    private static final Held UNKNOWN = new Held(-1, false, true);

    /** Whether {@code teams} (null: none) holds a team {@code in} picks, none of them one that may gain people. */
    private static boolean any(Map<String, Held> teams, java.util.function.BiPredicate<String, Held> in) {
        if (teams == null) {
            return false;
        }
        boolean some = false;
        for (Map.Entry<String, Held> t : teams.entrySet()) {
            if (in.test(t.getKey(), t.getValue())) {
                if (t.getValue().grows()) {
                    return false;   // it may hire by then: "starts with no one" would be no slip
                }
                some = true;
            }
        }
        return some;
    }

    /** The people of the teams of {@code teams} that {@code in} takes; -1 if one of them is {@link #UNKNOWN}. */
    private static int people(Map<String, Held> teams, java.util.function.BiPredicate<String, Held> in) {
        int n = 0;
        for (Map.Entry<String, Held> t : teams.entrySet()) {
            if (in.test(t.getKey(), t.getValue())) {
                if (t.getValue() == UNKNOWN) {
                    return -1;
                }
                n += t.getValue().people();
            }
        }
        return n;
    }

    /**
     * Each lab's teams (name → the people they start with, named researchers included) as the
     * events before {@code at} leave them: teams moved between labs and merged, labs founded. A team
     * an acqui-hire brings people into before it is {@link #UNKNOWN}.
     */
    private static Map<String, Map<String, Held>> teamsAt(Scenario s, EventSpec at) {
        Map<String, Map<String, Held>> labs = new java.util.HashMap<>();
        for (LabSpec lab : s.labs()) {
            labs.put(lab.name(), held(lab));
        }
        for (EventSpec e : s.events()) {
            if (e == at) {
                break;
            }
            if (e instanceof EventSpec.TeamMove m && labs.get(m.lab()) != null) {
                Held h = labs.get(m.lab()).remove(m.team());
                Map<String, Held> to = labs.get(m.toLab());
                if (h != null && to != null) {
                    to.put(m.team(), h);
                }
            } else if (e instanceof EventSpec.TeamMerge g && labs.get(g.lab()) != null) {
                Map<String, Held> in = labs.get(g.lab());
                Held gone = in.remove(g.team());
                Held into = in.get(g.into());
                if (gone != null && into != null) {
                    // a team of unknown size merged in, or merged into, leaves one of unknown size
                    // (-1 was added as people: a false note after an acqui-hire and a merge: a review)
                    in.put(g.into(), gone == UNKNOWN || into == UNKNOWN ? UNKNOWN
                            : new Held(into.people() + gone.people(), into.protectedTeam(), into.grows() || gone.grows()));
                }
            } else if (e instanceof EventSpec.Found f) {
                // its founder joins it, and it hires toward its targets: it never stays empty (a re-check)
                Map<String, Held> founded = new java.util.HashMap<>();
                held(f.lab()).forEach((name, h) -> founded.put(name, new Held(h.people(), h.protectedTeam(), true)));
                labs.put(f.lab().name(), founded);
            } else if (e instanceof EventSpec.Raid r && labs.get(r.lab()) != null && labs.get(r.lab()).get(r.team()) != null
                    && labs.get(r.lab()).get(r.team()) != UNKNOWN) {
                // a raid brings people into its team: a layoff of it after the raid was noted as of no one (a re-check)
                Held t = labs.get(r.lab()).get(r.team());
                labs.get(r.lab()).put(r.team(), new Held(t.people(), t.protectedTeam(), true));
            } else if (e instanceof EventSpec.HiringSpree h && labs.get(h.lab()) != null && labs.get(h.lab()).get(h.team()) != null
                    && labs.get(h.lab()).get(h.team()) != UNKNOWN && h.target() > 0) {
                Held t = labs.get(h.lab()).get(h.team());
                labs.get(h.lab()).put(h.team(), new Held(t.people(), t.protectedTeam(), true));
            } else if (e instanceof EventSpec.AcquiHire a && labs.get(a.lab()) != null) {
                labs.get(a.lab()).put(a.team(), UNKNOWN);
            }
        }
        return labs;
    }

    /** Whether a leader change of team {@code team} (null: the whole lab) of a lab holding {@code teams} changes no one. */
    private static boolean leadsNoOne(Map<String, Held> teams, String team) {
        return teams != null && (team == null ? teams.isEmpty() : !teams.containsKey(team));
    }

    private static Map<String, Held> held(LabSpec lab) {
        Map<String, Held> teams = new java.util.HashMap<>();
        for (TeamSpec t : lab.teams()) {
            teams.put(t.name(), new Held(t.headcount() + t.stars().size(), t.protectedTeam(), t.target() > 0));
        }
        return teams;
    }

    /**
     * An event named for a note: {@code the layoff event 'cut' of 2025-10 (tick 10)}. Not by its index: the
     * scenario holds its events sorted by date, which need not be the file's order.
     */
    private static String event(Scenario s, EventSpec e) {
        return "the " + e.type().name() + " event" + (e.id() == null ? "" : " '" + e.id() + "'") + " of " + s.tickUnit().label(s.start(), e.tick())
                + " (tick " + e.tick() + ")";
    }

    /** The note for event {@code k} of {@code s}, dated after the run's last tick. */
    private static String afterTheEnd(Scenario s, int k) {
        EventSpec e = s.events().get(k);
        return event(s, e) + " falls after the run's last tick (" + s.ticks() + "): it will not happen";
    }
}
