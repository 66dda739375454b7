package org.talentsim.scenario;

import org.talentsim.internal.Names;
import java.util.List;
import org.talentsim.model.TeamView;

/**
 * A scheduled event of the timeline, applied in the events phase of its tick (tick 1 is the
 * first simulated tick). Events of the same tick apply in the order listed.
 *
 * <p>An event type is one class: a record of its fields that validates them in its constructor
 * and implements the four methods below, plus a {@code TYPE} ({@link EventType}: its name in
 * files and how it reads itself). The built-in types are the records nested here; a new one is
 * registered with {@link EventTypes#register} for the file reader, and needs no change anywhere
 * else.
 *
 * <ul>
 *   <li>{@link #checkReferences}: the labs, teams and researchers it names exist at its tick
 *       (and what it changes for later events);</li>
 *   <li>{@link #write}: its fields, for the file writer (read back by its {@link EventType});</li>
 *   <li>{@link #apply}: what it does, through the kernel's primitive {@link EventEffects}.</li>
 * </ul>
 */
public interface EventSpec {
    /**
     * The tick the event happens in (1 = the scenario's first), counted in the scenario's tick
     * unit: tick 5 is the fifth month of a monthly scenario and the fifth week of a weekly one. A
     * file's {@code date:} becomes the first tick of that month in the file's unit; a tick given
     * in code is kept as it is, also when the builder's tick unit changes.
     */
    int tick();

    /** Its type: the name in files and its reader. */
    EventType<?> type();

    /**
     * Its id: a name, unique in the scenario, by which overrides select it ({@code
     * events[tbd-spree].payLevel=3}); null when it has none (the default). The built-in records
     * carry it as their last component ({@code id:} in files); a custom type without one keeps
     * this default and refuses {@code id:} in files.
     */
    default String id() {
        return null;
    }

    /** A short label for logs and messages. */
    default String kind() {
        return getClass().getSimpleName();
    }

    /**
     * Checks that the labs, teams and researchers it names exist at its tick, and records in
     * {@code roster} what it adds or moves; called by {@link Scenario} in tick order. Name each
     * value by its key in the event's mapping ({@code lab}, {@code teams[1]}).
     */
    void checkReferences(Roster roster);

    /** Writes its fields (not {@code type}, {@code date} or {@code tick}: the writer does). */
    void write(EventSink out);

    /** Applies it to the running market, in the events phase of its tick. */
    void apply(EventEffects market);

    /**
     * A built-in event by its fields' names, as a scenario file names them: {@link
     * EventTypes#event} of {@link EventTypes#defaults()}. {@code EventSpec.of("raid", 7,
     * Map.of("lab", "Alpha", "team", "Research", "fromLab", "Beta", "count", 10))} is {@code new
     * Raid(7, "Alpha", "Research", "Beta", null, 10, false)} without the positions to misorder.
     *
     * @throws IllegalArgumentException for an unknown type or key, a missing field or a refused value
     */
    static EventSpec of(String type, int tick, java.util.Map<String, ?> fields) {
        return EventTypes.defaults().event(type, tick, fields);
    }

    /**
     * Lay off {@code count} people, or {@code share} of the headcount, from the named teams of a
     * lab (all unprotected teams when {@code teams} is empty); they go on a paid notice of {@code
     * noticeMonths}, then to the pool; severance of {@code severanceWeeks + severanceWeeksPerYear
     * × years of tenure} weeks of pay is charged to the lab. Naming a protected team is an error.
     * The layoff runs in the layoffs phase of the tick; people are chosen by the lab's layoff
     * policy, spread over the teams in proportion to their headcount. Each team's target
     * drops by the number laid off from the lower of its target and its headcount, so the lab
     * does not hire the positions back.
     */
    record Layoff(int tick, String lab, List<String> teams, int count, double share, int noticeMonths,
            double severanceWeeks, double severanceWeeksPerYear, String id) implements EventSpec {
        /** {@code layoff}. */
        public static final EventType<Layoff> TYPE = EventType.of("layoff", List.of("lab", "teams", "count", "share",
                "noticeMonths", "severanceWeeks", "severanceWeeksPerYear"), Layoff::read);

        /** Without an {@link #id()}. */
        public Layoff(int tick, String lab, List<String> teams, int count, double share, int noticeMonths,
            double severanceWeeks, double severanceWeeksPerYear) {
            this(tick, lab, teams, count, share, noticeMonths, severanceWeeks, severanceWeeksPerYear, null);
        }

        /**
         * Checks that {@code lab} is a name, exactly one of {@code count} (≥ 0) and {@code share} (in [0,1])
         * is given, the notice is at least 0 months and the severance in [0, 520] weeks plus [0, 52] weeks per year
         * of tenure, and that the id, if any, is a name not of digits only; throws IllegalArgumentException
         * naming the field otherwise. Null teams become none (all unprotected teams).
         */
        public Layoff {
            id = Check.id("layoff", id);
            Check.name("layoff.lab", lab);
            teams = Check.list("layoff.teams", teams);
            Check.distinct("layoff.teams", teams);
            if ((count < 0) == Double.isNaN(share)) {
                throw new IllegalArgumentException("layoff at " + lab + ": give exactly one of count and share");
            }
            if (!Double.isNaN(share)) {
                Check.unit("layoff.share", share);
            }
            Check.nonNegative("layoff.noticeMonths", noticeMonths);
            Check.nonNegative("layoff.severanceWeeks", severanceWeeks);
            Check.nonNegative("layoff.severanceWeeksPerYear", severanceWeeksPerYear);
            Check.atMost("layoff.severanceWeeks", severanceWeeks, LayoffTerms.MAX_SEVERANCE_WEEKS, "ten years of pay");
            Check.atMost("layoff.severanceWeeksPerYear", severanceWeeksPerYear, LayoffTerms.MAX_SEVERANCE_WEEKS_PER_YEAR,
                    "a year's pay per year of tenure");
        }

        /** Its notice and severance. */
        public LayoffTerms terms() {
            return new LayoffTerms(noticeMonths, severanceWeeks, severanceWeeksPerYear);
        }

        private static Layoff read(EventFields f, int tick) {
            String lab = f.name("lab");
            List<String> teams = f.names("teams");
            if (f.has("teams") && teams.isEmpty()) {
                // not "every team", which leaving the key out says: an empty list is more likely a slip
                throw f.fail("teams", "expected at least one team; leave teams: out to lay off from all the lab's unprotected teams");
            }
            if (f.has("count") && f.has("share")) {
                throw f.fail("share", "expected either count or share, not both");
            }
            if (!f.has("count") && !f.has("share")) {
                throw f.fail("count", "is required: give 'count: N' (or 'share: 0..1')");
            }
            int count = f.has("count") ? f.integer("count", 0, 0) : -1;
            double share = f.has("share") ? f.unit("share", 0) : Double.NaN;
            LayoffTerms t = LayoffTerms.read(f);
            String id = f.id();
            return f.build(() -> new Layoff(tick, lab, teams, count, share, t.noticeMonths(), t.severanceWeeks(),
                    t.severanceWeeksPerYear(), id));
        }

        @Override
        public EventType<Layoff> type() {
            return TYPE;
        }

        @Override
        public void checkReferences(Roster roster) {
            roster.requireLab("lab", lab);
            for (int j = 0; j < teams.size(); j++) {
                String field = "teams[" + j + "]";
                TeamSpec t = roster.requireTeam("lab", lab, field, teams.get(j));
                if (t.protectedTeam()) {
                    throw roster.fail(field, "team '" + t.name() + "' of '" + lab + "' is protected and cannot be laid off");
                }
                roster.queue(lab, teams.get(j));
            }
            if (teams.isEmpty()) {
                roster.requireUnprotectedTeam("lab", lab, "a layoff of the lab as a whole (no teams named)");
                roster.queue(lab, null);
            }
        }

        @Override
        public void write(EventSink out) {
            out.string("lab", lab);
            if (!teams.isEmpty()) {
                out.names("teams", teams);
            }
            if (count >= 0) {
                out.integer("count", count);
            } else {
                out.number("share", share);
            }
            terms().write(out);
        }

        @Override
        public void apply(EventEffects market) {
            market.queueLayoff(lab, teams, count, share, terms());
        }
    }

    /**
     * A lab lets named researchers go (a director cut with his division, a star let go): each
     * one who is employed by {@code lab} then goes on paid notice of {@code noticeMonths} with
     * severance of {@code severanceWeeks + severanceWeeksPerYear × years of tenure} weeks of pay,
     * exactly as in a {@link Layoff}. One who is not employed by {@code lab} then (he has moved to
     * another lab, is on notice, seeking or gone) is left alone, with a logged note: a lab can
     * only dismiss its own staff. Runs in the layoffs phase. It names people, so it applies to
     * members of protected teams too (protection is against cuts of a team, not against letting
     * one person go).
     */
    record Dismissal(int tick, String lab, List<String> researchers, int noticeMonths, double severanceWeeks,
            double severanceWeeksPerYear, String id) implements EventSpec {
        /** {@code dismissal}. */
        public static final EventType<Dismissal> TYPE = EventType.of("dismissal",
                List.of("lab", "researchers", "noticeMonths", "severanceWeeks", "severanceWeeksPerYear"), Dismissal::read);

        /** Without an {@link #id()}. */
        public Dismissal(int tick, String lab, List<String> researchers, int noticeMonths, double severanceWeeks,
            double severanceWeeksPerYear) {
            this(tick, lab, researchers, noticeMonths, severanceWeeks, severanceWeeksPerYear, null);
        }

        /**
         * Checks that {@code lab} is a name, at least one researcher is named, the notice is at least 0
         * months and the severance in [0, 520] weeks plus [0, 52] weeks per year of tenure, and that the id, if
         * any, is a name not of digits only; throws IllegalArgumentException naming the field otherwise.
         */
        public Dismissal {
            id = Check.id("dismissal", id);
            Check.name("dismissal.lab", lab);
            researchers = Check.list("dismissal.researchers", researchers);
            if (researchers.isEmpty()) {
                throw new IllegalArgumentException("dismissal: name at least one researcher");
            }
            for (String r : researchers) {
                Check.name("dismissal.researchers", r);
            }
            Check.distinct("dismissal.researchers", researchers);
            Check.nonNegative("dismissal.noticeMonths", noticeMonths);
            Check.nonNegative("dismissal.severanceWeeks", severanceWeeks);
            Check.nonNegative("dismissal.severanceWeeksPerYear", severanceWeeksPerYear);
            Check.atMost("dismissal.severanceWeeks", severanceWeeks, LayoffTerms.MAX_SEVERANCE_WEEKS, "ten years of pay");
            Check.atMost("dismissal.severanceWeeksPerYear", severanceWeeksPerYear, LayoffTerms.MAX_SEVERANCE_WEEKS_PER_YEAR,
                    "a year's pay per year of tenure");
        }

        /** Their notice and severance. */
        public LayoffTerms terms() {
            return new LayoffTerms(noticeMonths, severanceWeeks, severanceWeeksPerYear);
        }

        private static Dismissal read(EventFields f, int tick) {
            String lab = f.name("lab");
            List<String> who = f.names("researchers");   // first: "researchers:" with no value says so, not "is required"
            f.require("researchers");
            if (who.isEmpty()) {
                throw f.fail("researchers", "expected at least one researcher's name");
            }
            LayoffTerms t = LayoffTerms.read(f);
            String id = f.id();
            return f.build(() -> new Dismissal(tick, lab, who, t.noticeMonths(), t.severanceWeeks(), t.severanceWeeksPerYear(), id));
        }

        @Override
        public EventType<Dismissal> type() {
            return TYPE;
        }

        @Override
        public void checkReferences(Roster roster) {
            roster.requireLab("lab", lab);
            for (int j = 0; j < researchers.size(); j++) {
                roster.requireNamedResearcher("researchers[" + j + "]", researchers.get(j));
                // one the scenario itself has elsewhere by then (he founded a lab, his team moved, he
                // was acqui-hired) is a slip in the file, not something the run decides (found by a reviewer)
                roster.requireIn("researchers[" + j + "]", researchers.get(j), lab);
                roster.queueResearcher(researchers.get(j));
                roster.letGo(researchers.get(j));   // dismissed twice: the second names one already gone
            }
        }

        @Override
        public void write(EventSink out) {
            out.string("lab", lab);
            out.names("researchers", researchers);
            terms().write(out);
        }

        @Override
        public void apply(EventEffects market) {
            market.queueDismissal(lab, researchers, terms());
        }
    }

    /** A new leader: sets the leader fit of one team, or of the whole lab when {@code team} is null. */
    record LeaderChange(int tick, String lab, String team, double leaderFit, String id) implements EventSpec {
        /** {@code leaderChange}. */
        public static final EventType<LeaderChange> TYPE = EventType.of("leaderChange",
                List.of("lab", "team", "leaderFit"), LeaderChange::read);

        /** Without an {@link #id()}. */
        public LeaderChange(int tick, String lab, String team, double leaderFit) {
            this(tick, lab, team, leaderFit, null);
        }

        /**
         * Checks that {@code lab} is a name, {@code leaderFit} in [0,1] and the id, if any, a name not of
         * digits only; throws IllegalArgumentException naming the field otherwise.
         */
        public LeaderChange {
            id = Check.id("leaderChange", id);
            Check.name("leaderChange.lab", lab);
            Check.unit("leaderChange.leaderFit", leaderFit);
        }

        private static LeaderChange read(EventFields f, int tick) {
            String lab = f.name("lab");
            String team = f.optionalName("team");
            f.require("leaderFit");
            double fit = f.unit("leaderFit", 0);
            String id = f.id();
            return f.build(() -> new LeaderChange(tick, lab, team, fit, id));
        }

        @Override
        public EventType<LeaderChange> type() {
            return TYPE;
        }

        @Override
        public void checkReferences(Roster roster) {
            roster.requireLab("lab", lab);
            if (team != null) {
                roster.requireTeam("lab", lab, "team", team);
            }
        }

        @Override
        public void write(EventSink out) {
            out.string("lab", lab);
            if (team != null) {
                out.string("team", team);
            }
            out.number("leaderFit", leaderFit);
        }

        @Override
        public void apply(EventEffects market) {
            market.setLeaderFit(lab, team, leaderFit);
        }
    }

    /**
     * A lab changes how it hires, keeps or lays off people from this tick on: its {@code offer},
     * {@code retention} or {@code layoff} policy becomes the one given (each null when it stays;
     * at least one is given). A strategy or a pay policy is the lab's for the whole run.
     */
    record PolicyChange(int tick, String lab, PolicySpec offer, PolicySpec retention, PolicySpec layoff, String id)
            implements EventSpec {
        /** {@code policyChange}. */
        public static final EventType<PolicyChange> TYPE = EventType.of("policyChange",
                List.of("lab", "offer", "retention", "layoff"), PolicyChange::read);

        /** Without an {@link #id()}. */
        public PolicyChange(int tick, String lab, PolicySpec offer, PolicySpec retention, PolicySpec layoff) {
            this(tick, lab, offer, retention, layoff, null);
        }

        /**
         * Checks that {@code lab} is a name, that at least one policy is given and the id, if any, a
         * name not of digits only; throws IllegalArgumentException naming the field otherwise (the
         * policies themselves are checked against the registry by {@link Scenario#validate}).
         */
        public PolicyChange {
            id = Check.id("policyChange", id);
            Check.name("policyChange.lab", lab);
            if (offer == null && retention == null && layoff == null) {
                throw new IllegalArgumentException("policyChange: give offer, retention or layoff (the policies it changes)");
            }
        }

        private static PolicyChange read(EventFields f, int tick) {
            String lab = f.name("lab");
            PolicySpec offer = f.policy("offer", PolicyCatalog.Slot.OFFER);
            PolicySpec retention = f.policy("retention", PolicyCatalog.Slot.RETENTION);
            PolicySpec layoff = f.policy("layoff", PolicyCatalog.Slot.LAYOFF);
            if (offer == null && retention == null && layoff == null) {
                throw f.fail("offer", "give offer, retention or layoff: the policies the lab changes (a strategy or pay"
                        + " policy is the lab's for the whole run)");
            }
            String id = f.id();
            return f.build(() -> new PolicyChange(tick, lab, offer, retention, layoff, id));
        }

        /** The policies it changes, by slot, in the order offer, retention, layoff. */
        public java.util.Map<PolicyCatalog.Slot, PolicySpec> changes() {
            java.util.Map<PolicyCatalog.Slot, PolicySpec> m = new java.util.EnumMap<>(PolicyCatalog.Slot.class);
            if (offer != null) {
                m.put(PolicyCatalog.Slot.OFFER, offer);
            }
            if (retention != null) {
                m.put(PolicyCatalog.Slot.RETENTION, retention);
            }
            if (layoff != null) {
                m.put(PolicyCatalog.Slot.LAYOFF, layoff);
            }
            return java.util.Collections.unmodifiableMap(m);
        }

        @Override
        public EventType<PolicyChange> type() {
            return TYPE;
        }

        @Override
        public void checkReferences(Roster roster) {
            roster.requireLab("lab", lab);
        }

        @Override
        public void write(EventSink out) {
            out.string("lab", lab);
            for (java.util.Map.Entry<PolicyCatalog.Slot, PolicySpec> c : changes().entrySet()) {
                out.policy(c.getKey().field(), c.getValue());
            }
        }

        @Override
        public void apply(EventEffects market) {
            for (java.util.Map.Entry<PolicyCatalog.Slot, PolicySpec> c : changes().entrySet()) {
                market.setPolicy(lab, c.getKey(), c.getValue());
            }
        }
    }

    /** The budget becomes {@code budget × factor + delta} (an investment, a cut). */
    record BudgetChange(int tick, String lab, double factor, double delta, String id) implements EventSpec {
        /** {@code budgetChange}. */
        public static final EventType<BudgetChange> TYPE = EventType.of("budgetChange",
                List.of("lab", "factor", "delta"), BudgetChange::read);

        /** Without an {@link #id()}. */
        public BudgetChange(int tick, String lab, double factor, double delta) {
            this(tick, lab, factor, delta, null);
        }

        /**
         * Checks that {@code lab} is a name, {@code factor} in [0, 100], {@code delta} within ±10¹⁵ USD and
         * the id, if any, a name not of digits only; throws IllegalArgumentException naming the field otherwise.
         */
        public BudgetChange {
            id = Check.id("budgetChange", id);
            Check.scaling("budgetChange", lab, factor, delta);
        }

        private static BudgetChange read(EventFields f, int tick) {
            String lab = f.name("lab");
            double factor = f.nonNegative("factor", 1);
            if (factor > org.talentsim.model.Limits.MAX_MULTIPLIER) {
                throw f.range("factor", "must be at most 100");
            }
            double delta = Check.finiteDelta(f, true);
            String id = f.id();
            return f.build(() -> new BudgetChange(tick, lab, factor, delta, id));
        }

        @Override
        public EventType<BudgetChange> type() {
            return TYPE;
        }

        @Override
        public void checkReferences(Roster roster) {
            roster.requireLab("lab", lab);
        }

        @Override
        public void write(EventSink out) {
            out.string("lab", lab).number("factor", factor).money("delta", delta);
        }

        @Override
        public void apply(EventEffects market) {
            market.scaleBudget(lab, factor, delta);
        }
    }

    /** Capability becomes {@code capability × factor + delta} (a rival's release). */
    record CapabilityJump(int tick, String lab, double factor, double delta, String id) implements EventSpec {
        /** {@code capabilityJump}. */
        public static final EventType<CapabilityJump> TYPE = EventType.of("capabilityJump",
                List.of("lab", "factor", "delta"), CapabilityJump::read);

        /** Without an {@link #id()}. */
        public CapabilityJump(int tick, String lab, double factor, double delta) {
            this(tick, lab, factor, delta, null);
        }

        /**
         * Checks that {@code lab} is a name, {@code factor} in [0, 100], {@code delta} within ±10⁶ and the
         * id, if any, a name not of digits only; throws IllegalArgumentException naming the field otherwise.
         */
        public CapabilityJump {
            id = Check.id("capabilityJump", id);
            Check.scaling("capabilityJump", lab, factor, delta);
        }

        private static CapabilityJump read(EventFields f, int tick) {
            String lab = f.name("lab");
            double factor = f.nonNegative("factor", 1);
            if (factor > org.talentsim.model.Limits.MAX_MULTIPLIER) {
                throw f.range("factor", "must be at most 100");
            }
            double delta = Check.finiteDelta(f, false);
            String id = f.id();
            return f.build(() -> new CapabilityJump(tick, lab, factor, delta, id));
        }

        @Override
        public EventType<CapabilityJump> type() {
            return TYPE;
        }

        @Override
        public void checkReferences(Roster roster) {
            roster.requireLab("lab", lab);
        }

        @Override
        public void write(EventSink out) {
            out.string("lab", lab).number("factor", factor).number("delta", delta);
        }

        @Override
        public void apply(EventEffects market) {
            market.scaleCapability(lab, factor, delta);
        }
    }

    /** A hiring spree: the team's target headcount (and, unless NaN, its pay level) change. */
    record HiringSpree(int tick, String lab, String team, int target, double payLevel, String id) implements EventSpec {
        /** {@code hiringSpree}. */
        public static final EventType<HiringSpree> TYPE = EventType.of("hiringSpree",
                List.of("lab", "team", "target", "payLevel"), HiringSpree::read);

        /** Without an {@link #id()}. */
        public HiringSpree(int tick, String lab, String team, int target, double payLevel) {
            this(tick, lab, team, target, payLevel, null);
        }

        /**
         * Checks that {@code lab} and {@code team} are names, {@code target} at least 0, {@code payLevel}
         * NaN (unchanged) or in (0, 100], and the id, if any, a name not of digits only; throws
         * IllegalArgumentException naming the field otherwise.
         */
        public HiringSpree {
            id = Check.id("hiringSpree", id);
            Check.name("hiringSpree.lab", lab);
            Check.name("hiringSpree.team", team);
            Check.nonNegative("hiringSpree.target", target);
            if (!Double.isNaN(payLevel)) {
                Check.positive("hiringSpree.payLevel", payLevel);
                Check.atMost("hiringSpree.payLevel", payLevel, org.talentsim.model.Limits.MAX_MULTIPLIER, "pay relative to the market");
            }
        }

        private static HiringSpree read(EventFields f, int tick) {
            String lab = f.name("lab");
            String team = f.name("team");
            f.require("target");
            int target = f.integerOrUnlimited("target", 0, 0);
            double pay = f.has("payLevel") ? f.positive("payLevel", 1) : Double.NaN;
            if (pay > org.talentsim.model.Limits.MAX_MULTIPLIER) {
                throw f.range("payLevel", "must be at most 100 (pay relative to the market)");
            }
            String id = f.id();
            return f.build(() -> new HiringSpree(tick, lab, team, target, pay, id));
        }

        @Override
        public EventType<HiringSpree> type() {
            return TYPE;
        }

        @Override
        public void checkReferences(Roster roster) {
            roster.requireTeam("lab", lab, "team", team);
        }

        @Override
        public void write(EventSink out) {
            out.string("lab", lab).string("team", team);
            if (target == TeamView.UNLIMITED) {
                out.string("target", "unlimited");
            } else {
                out.integer("target", target);
            }
            if (!Double.isNaN(payLevel)) {
                out.number("payLevel", payLevel);
            }
        }

        @Override
        public void apply(EventEffects market) {
            market.setTarget(lab, team, target);
            if (!Double.isNaN(payLevel)) {
                market.setPayLevel(lab, team, payLevel);
            }
        }
    }

    /**
     * {@code jobFair}: a researcher between jobs (a seeker, or on notice) hears from {@code offers}
     * teams at once, as a public post that goes viral brings invitations (STORY S11): each team is
     * drawn as the search draws an offer's team, each prices its offer with its lab's policy, and
     * he takes the best. The hiring team makes room for him if it must. Does nothing (with a
     * logged note) if he is employed or has left the market.
     *
     * @param offers how many teams invite him, 1 to {@link #MAX_OFFERS}
     */
    record JobFair(int tick, ResearcherRef researcher, int offers, String id) implements EventSpec {
        /** {@code jobFair}. */
        public static final EventType<JobFair> TYPE = EventType.of("jobFair", List.of("researcher", "offers"), JobFair::read);
        /** The most invitations one fair brings. */
        public static final int MAX_OFFERS = 50;

        /** Without an {@link #id()}. */
        public JobFair(int tick, ResearcherRef researcher, int offers) {
            this(tick, researcher, offers, null);
        }

        /**
         * Checks that the researcher is given and named (not picked by lab and team), {@code offers} in
         * [1, {@value #MAX_OFFERS}] and the id, if any, a name not of digits only; throws
         * IllegalArgumentException naming the field otherwise.
         */
        public JobFair {
            id = Check.id("jobFair", id);
            if (researcher == null) {
                throw new IllegalArgumentException("jobFair.researcher is required");
            }
            if (researcher.name() == null) {
                throw new IllegalArgumentException("jobFair.researcher: " + NAMED_ONLY);
            }
            if (offers < 1 || offers > MAX_OFFERS) {
                throw new IllegalArgumentException("jobFair.offers must be in [1, " + MAX_OFFERS + "], was " + offers);
            }
        }

        /**
         * Why a fair takes only a named researcher: a lab and team stand for the team's most
         * visible EMPLOYED member, and a fair does nothing for someone employed.
         */
        static final String NAMED_ONLY = "expected a named researcher ({name: ...}): a lab and team stand for the team's"
                + " most visible employed member, and a job fair does nothing for someone employed (it invites a"
                + " researcher between jobs)";

        private static JobFair read(EventFields f, int tick) {
            ResearcherRef r = f.researcher("researcher");
            if (r.name() == null) {
                throw f.fail("researcher", NAMED_ONLY);
            }
            int offers = f.integer("offers", 3, 1);
            if (offers > MAX_OFFERS) {
                throw f.fail("offers", "expected at most " + MAX_OFFERS + " invitations, was " + offers);
            }
            String id = f.id();
            return f.build(() -> new JobFair(tick, r, offers, id));
        }

        @Override
        public EventType<JobFair> type() {
            return TYPE;
        }

        @Override
        public void checkReferences(Roster roster) {
            roster.requireResearcher("researcher", researcher);
        }

        @Override
        public void write(EventSink out) {
            out.researcher("researcher", researcher).integer("offers", offers);
        }

        @Override
        public void apply(EventEffects market) {
            market.queueJobFair(researcher, offers);
        }
    }

    /** A researcher becomes better known (a viral post, a famous paper): his visibility rises to {@code visibility}. */
    record VisibilityRise(int tick, ResearcherRef researcher, double visibility, String id) implements EventSpec {
        /** {@code visibilityRise}. */
        public static final EventType<VisibilityRise> TYPE = EventType.of("visibilityRise",
                List.of("researcher", "visibility"), VisibilityRise::read);

        /** Without an {@link #id()}. */
        public VisibilityRise(int tick, ResearcherRef researcher, double visibility) {
            this(tick, researcher, visibility, null);
        }

        /**
         * Checks that the researcher is given, {@code visibility} in [0,1] and the id, if any, a name not
         * of digits only; throws IllegalArgumentException naming the field otherwise.
         */
        public VisibilityRise {
            id = Check.id("visibilityRise", id);
            if (researcher == null) {
                throw new IllegalArgumentException("visibilityRise.researcher is required");
            }
            Check.unit("visibilityRise.visibility", visibility);
        }

        private static VisibilityRise read(EventFields f, int tick) {
            ResearcherRef r = f.researcher("researcher");
            double v = f.unit("visibility", 1);
            String id = f.id();
            return f.build(() -> new VisibilityRise(tick, r, v, id));
        }

        @Override
        public EventType<VisibilityRise> type() {
            return TYPE;
        }

        @Override
        public void checkReferences(Roster roster) {
            roster.requireResearcher("researcher", researcher);
        }

        @Override
        public void write(EventSink out) {
            out.researcher("researcher", researcher).number("visibility", visibility);
        }

        @Override
        public void apply(EventEffects market) {
            market.setVisibility(researcher, visibility);
        }
    }

    /** A reorganisation moves a team, with its members, to another lab ({@code TRANSFERRED} rows). */
    record TeamMove(int tick, String lab, String team, String toLab, String id) implements EventSpec {
        /** {@code teamMove}. */
        public static final EventType<TeamMove> TYPE = EventType.of("teamMove",
                List.of("lab", "team", "toLab"), TeamMove::read);

        /** Without an {@link #id()}. */
        public TeamMove(int tick, String lab, String team, String toLab) {
            this(tick, lab, team, toLab, null);
        }

        /**
         * Checks that {@code lab}, {@code team} and {@code toLab} are names and the id, if any, a name not
         * of digits only; throws IllegalArgumentException naming the field otherwise.
         */
        public TeamMove {
            id = Check.id("teamMove", id);
            Check.name("teamMove.lab", lab);
            Check.name("teamMove.team", team);
            Check.name("teamMove.toLab", toLab);
        }

        private static TeamMove read(EventFields f, int tick) {
            String lab = f.name("lab");
            String team = f.name("team");
            String to = f.name("toLab");
            String id = f.id();
            return f.build(() -> new TeamMove(tick, lab, team, to, id));
        }

        @Override
        public EventType<TeamMove> type() {
            return TYPE;
        }

        @Override
        public void checkReferences(Roster roster) {
            roster.requireTeam("lab", lab, "team", team);
            roster.reorganise("team", lab, team, "team '" + team + "' of '" + lab + "' moves to '" + toLab + "'");
            roster.reorganiseLab("toLab", toLab, "team '" + team + "' of '" + lab + "' moves to '" + toLab + "'");
            roster.moveTeam(lab, team, "toLab", toLab);
        }

        @Override
        public void write(EventSink out) {
            out.string("lab", lab).string("team", team).string("toLab", toLab);
        }

        @Override
        public void apply(EventEffects market) {
            market.moveTeam(lab, team, toLab);
        }
    }

    /** A reorganisation merges a team into another team of the same lab ({@code TRANSFERRED} rows). */
    record TeamMerge(int tick, String lab, String team, String into, String id) implements EventSpec {
        /** {@code teamMerge}. */
        public static final EventType<TeamMerge> TYPE = EventType.of("teamMerge",
                List.of("lab", "team", "into"), TeamMerge::read);

        /** Without an {@link #id()}. */
        public TeamMerge(int tick, String lab, String team, String into) {
            this(tick, lab, team, into, null);
        }

        /**
         * Checks that {@code lab}, {@code team} and {@code into} are names, that the team does not merge
         * into itself, and that the id, if any, is a name not of digits only; throws IllegalArgumentException
         * naming the field otherwise.
         */
        public TeamMerge {
            id = Check.id("teamMerge", id);
            Check.name("teamMerge.lab", lab);
            Check.name("teamMerge.team", team);
            Check.name("teamMerge.into", into);
            if (team.equals(into)) {
                throw new IllegalArgumentException("teamMerge: a team cannot merge into itself ('" + team + "')");
            }
        }

        private static TeamMerge read(EventFields f, int tick) {
            String lab = f.name("lab");
            String team = f.name("team");
            String into = f.name("into");
            if (into.equals(team)) {
                throw f.fail("into", "expected another team than '" + team + "' to merge into, was '" + into + "'");
            }
            String id = f.id();
            return f.build(() -> new TeamMerge(tick, lab, team, into, id));
        }

        @Override
        public EventType<TeamMerge> type() {
            return TYPE;
        }

        @Override
        public void checkReferences(Roster roster) {
            roster.requireTeam("lab", lab, "team", team);
            roster.requireTeam("lab", lab, "into", into);
            roster.reorganise("team", lab, team, "team '" + team + "' of '" + lab + "' merges into '" + into + "'");
            roster.mergeTeam(lab, team, into);
        }

        @Override
        public void write(EventSink out) {
            out.string("lab", lab).string("team", team).string("into", into);
        }

        @Override
        public void apply(EventEffects market) {
            market.mergeTeam(lab, team, into);
        }
    }

    /**
     * A researcher leaves to found a new lab ({@code FOUNDED} row); the founder joins the new
     * lab's first team at {@code founderSalary} (NaN keeps the current pay), and the lab then
     * hires toward its teams' targets. The founder holds a {@code founderStake} in the new lab
     * ({@link Stake}: by default all of the surplus of his match there, vesting over four years),
     * which he forfeits by leaving it, so he is rarely poached out of his own start-up.
     */
    record Found(int tick, ResearcherRef founder, LabSpec lab, double founderSalary, Stake founderStake, String id)
            implements EventSpec {
        /** {@code found}. */
        public static final EventType<Found> TYPE = EventType.of("found",
                List.of("founder", "lab", "founderSalary", "founderStake", "vestingMonths"), Found::read);

        /** With the default founder's stake ({@link Stake#FOUNDER}) and without an {@link #id()}. */
        public Found(int tick, ResearcherRef founder, LabSpec lab, double founderSalary) {
            this(tick, founder, lab, founderSalary, Stake.FOUNDER, null);
        }

        /** With the default founder's stake ({@link Stake#FOUNDER}). */
        public Found(int tick, ResearcherRef founder, LabSpec lab, double founderSalary, String id) {
            this(tick, founder, lab, founderSalary, Stake.FOUNDER, id);
        }

        /**
         * Checks that the founder and the lab are given, that the lab has at least one team and all its
         * teams start empty (headcount 0, no stars), that {@code founderSalary} is NaN (current pay) or in
         * [0, 10⁹] USD a year, and that the id, if any, is a name not of digits only; throws
         * IllegalArgumentException naming the field otherwise. A null stake becomes {@link Stake#FOUNDER}.
         */
        public Found {
            id = Check.id("found", id);
            founderStake = founderStake == null ? Stake.FOUNDER : founderStake;
            if (founder == null || lab == null) {
                throw new IllegalArgumentException("found: founder and lab are required");
            }
            if (lab.teams().isEmpty()) {
                throw new IllegalArgumentException("found: the new lab '" + lab.name() + "' needs at least one team");
            }
            for (TeamSpec t : lab.teams()) {
                if (t.headcount() != 0 || !t.stars().isEmpty()) {
                    throw new IllegalArgumentException("found: team '" + t.name() + "' of the new lab '" + lab.name()
                            + "' must start empty (headcount 0, no stars): a founded lab starts with its founder and hires toward its targets");
                }
            }
            if (!Double.isNaN(founderSalary)) {
                Check.nonNegative("found.founderSalary", founderSalary);
                Check.atMost("found.founderSalary", founderSalary, org.talentsim.model.Limits.MAX_SALARY, "the highest annual pay, USD");
            }
        }

        private static Found read(EventFields f, int tick) {
            ResearcherRef founder = f.researcher("founder");
            LabSpec lab = f.newLab("lab");
            if (lab.teams().isEmpty()) {
                throw f.fail("lab", "expected a lab with at least one team (the founder joins the first)");
            }
            double salary = f.has("founderSalary")
                    ? f.nonNegativeMoney("founderSalary", 0, org.talentsim.model.Limits.MAX_SALARY, "the highest annual pay, USD")
                    : Double.NaN;
            Stake stake = Stake.read(f, "founderStake", Stake.FOUNDER);
            String id = f.id();
            return f.build(() -> new Found(tick, founder, lab, salary, stake, id));
        }

        @Override
        public EventType<Found> type() {
            return TYPE;
        }

        @Override
        public void checkReferences(Roster roster) {
            roster.requireResearcher("founder", founder);
            roster.addLab("lab", lab);
            roster.found(founder, lab);
        }

        @Override
        public void write(EventSink out) {
            out.researcher("founder", founder);
            if (!Double.isNaN(founderSalary)) {
                out.money("founderSalary", founderSalary);
            }
            founderStake.write(out, "founderStake", Stake.FOUNDER);
            out.lab("lab", lab);
        }

        @Override
        public void apply(EventEffects market) {
            market.foundLab(founder, lab, founderSalary, founderStake);
        }
    }

    /**
     * A raid: the lab makes offers, this tick, to the {@code count} most skilled (or most
     * visible) employees of a rival (one team of it, or all when {@code fromTeam} is null),
     * priced by its offer policy; the rival may counter; each accepts or not as usual.
     */
    record Raid(int tick, String lab, String team, String fromLab, String fromTeam, int count,
            boolean byVisibility, String id) implements EventSpec {
        /** {@code raid}. */
        public static final EventType<Raid> TYPE = EventType.of("raid",
                List.of("lab", "team", "fromLab", "fromTeam", "count", "by"), Raid::read);

        /** Without an {@link #id()}. */
        public Raid(int tick, String lab, String team, String fromLab, String fromTeam, int count,
            boolean byVisibility) {
            this(tick, lab, team, fromLab, fromTeam, count, byVisibility, null);
        }

        /**
         * Checks that {@code lab}, {@code team} and {@code fromLab} are names, that the lab does not raid
         * itself, that {@code count} is above 0, and that the id, if any, is a name not of digits only; throws
         * IllegalArgumentException naming the field otherwise.
         */
        public Raid {
            id = Check.id("raid", id);
            Check.name("raid.lab", lab);
            Check.name("raid.team", team);
            Check.name("raid.fromLab", fromLab);
            Check.positive("raid.count", count);
            if (lab.equals(fromLab)) {
                throw new IllegalArgumentException("raid: a lab cannot raid itself ('" + lab + "')");
            }
        }

        private static Raid read(EventFields f, int tick) {
            String lab = f.name("lab");
            String team = f.name("team");
            String from = f.name("fromLab");
            if (from.equals(lab)) {
                throw f.fail("fromLab", "expected a rival of '" + lab + "' (a lab cannot raid itself), was '" + from + "'");
            }
            String fromTeam = f.optionalName("fromTeam");
            f.require("count");
            int count = f.integer("count", 1, 1);
            String by = f.text("by", "skill");
            if (!by.equals("skill") && !by.equals("visibility")) {
                throw f.expected("by", "skill or visibility");
            }
            String id = f.id();
            return f.build(() -> new Raid(tick, lab, team, from, fromTeam, count, by.equals("visibility"), id));
        }

        @Override
        public EventType<Raid> type() {
            return TYPE;
        }

        @Override
        public void checkReferences(Roster roster) {
            roster.requireTeam("lab", lab, "team", team);
            roster.requireLab("fromLab", fromLab);
            if (fromTeam != null) {
                roster.requireTeam("fromLab", fromLab, "fromTeam", fromTeam);
            }
            roster.queue(lab, team);
            roster.queue(fromLab, fromTeam);
        }

        @Override
        public void write(EventSink out) {
            out.string("lab", lab).string("team", team).string("fromLab", fromLab);
            if (fromTeam != null) {
                out.string("fromTeam", fromTeam);
            }
            out.integer("count", count).string("by", byVisibility ? "visibility" : "skill");
        }

        @Override
        public void apply(EventEffects market) {
            market.queueRaid(lab, team, fromLab, fromTeam, count, byVisibility);
        }
    }

    /**
     * {@code acquiHire}: a lab buys a team of another lab ({@code fromTeam}), or named researchers
     * of it ({@code researchers}), for {@code price} (USD, a one-off outlay charged to the buyer's
     * spend in the tick, outside its payroll budget). The people bought who are EMPLOYED by the
     * seller then move into the buyer's {@code team} ({@code ACQUIRED} rows) at pay
     * {@code min(max(pay, pay × (1 + payRaise)), the highest pay)} (Limits.MAX_SALARY, lower for a
     * small pay scale: docs/MODEL.md §7.2); a named one employed
     * elsewhere then (poached meanwhile, on notice, gone) is left out with a logged note, and the
     * price is paid all the same. A buyer with a finite budget has it raised by the pay it takes
     * on, so the deal never forces a budget layoff. The buyer's team target rises by the number
     * moved, the seller's team targets drop by it (from the lower of target and headcount), as
     * after a layoff. {@code leader} (one of those bought) gets {@code title}, reported with the
     * named researchers while he works for the buyer. With {@code closeSeller} the seller ceases
     * to exist after the deal: its remaining EMPLOYED staff are laid off on {@code closeTerms}
     * ({@code LAID_OFF} rows, severance charged) and its teams are closed (no more hiring); no
     * later event may name it.
     *
     * @param researchers the named researchers bought (empty when a whole team is bought)
     * @param fromTeam the team bought whole (null when researchers are named)
     * @param price USD, {@code > 0}, finite, at most {@link org.talentsim.model.Limits#MAX_BUDGET}
     * @param payRaise the raise on current pay, a share {@code >= 0} (0: same pay), at most 100
     * @param leader one of those bought, or null
     * @param title the leader's title, free text (no control characters, at most {@link #MAX_TITLE} characters), or null
     * @param closeTerms notice and severance for the seller's remaining staff when {@code closeSeller}; null otherwise
     */
    record AcquiHire(int tick, String lab, String team, String fromLab, String fromTeam, List<String> researchers,
            double price, double payRaise, String leader, String title, boolean closeSeller, LayoffTerms closeTerms,
            String id) implements EventSpec {
        /** {@code acquiHire}. */
        public static final EventType<AcquiHire> TYPE = EventType.of("acquiHire", List.of("lab", "team", "fromLab",
                "fromTeam", "researchers", "price", "payRaise", "leader", "title", "closeSeller", "noticeMonths",
                "severanceWeeks", "severanceWeeksPerYear"), AcquiHire::read);
        /** The longest title, characters. */
        public static final int MAX_TITLE = 200;

        /**
         * Checks that {@code lab}, {@code team} and {@code fromLab} are names, the seller another lab,
         * exactly one of {@code fromTeam} and {@code researchers} given (no one twice), {@code price} in
         * (0, 10¹⁵] USD, {@code payRaise} in [0, 100], the leader one of those bought, a title only with a
         * leader, layoff terms only with {@code closeSeller}, and the id, if any, a name not of digits only;
         * throws IllegalArgumentException naming the field otherwise. With {@code closeSeller}, null terms
         * become {@link LayoffTerms#DEFAULT}.
         */
        public AcquiHire {
            id = Check.id("acquiHire", id);
            Check.name("acquiHire.lab", lab);
            Check.name("acquiHire.team", team);
            Check.name("acquiHire.fromLab", fromLab);
            if (lab.equals(fromLab)) {
                throw new IllegalArgumentException("acquiHire: a lab cannot buy from itself ('" + lab + "')");
            }
            researchers = Check.list("acquiHire.researchers", researchers);
            if ((fromTeam == null) == researchers.isEmpty()) {
                throw new IllegalArgumentException("acquiHire: give exactly one of fromTeam and researchers");
            }
            if (fromTeam != null) {
                Check.name("acquiHire.fromTeam", fromTeam);
            }
            for (String r : researchers) {
                Check.name("acquiHire.researchers", r);
            }
            if (new java.util.HashSet<>(researchers).size() != researchers.size()) {
                throw new IllegalArgumentException("acquiHire.researchers names someone twice");
            }
            Check.positive("acquiHire.price", price);
            Check.atMost("acquiHire.price", price, org.talentsim.model.Limits.MAX_BUDGET, "USD");
            Check.nonNegative("acquiHire.payRaise", payRaise);
            Check.atMost("acquiHire.payRaise", payRaise, org.talentsim.model.Limits.MAX_MULTIPLIER, "a share of current pay");
            if (leader != null) {
                Check.name("acquiHire.leader", leader);
                if (fromTeam == null && !researchers.contains(leader)) {
                    throw new IllegalArgumentException("acquiHire.leader '" + leader + "' is not among the researchers bought");
                }
            }
            if (title != null) {
                if (leader == null) {
                    throw new IllegalArgumentException("acquiHire.title needs a leader");
                }
                String problem = titleProblem(title);
                if (problem != null) {
                    throw new IllegalArgumentException("acquiHire.title " + problem + ", was " + Names.quote(title));
                }
            }
            if (closeSeller) {
                closeTerms = closeTerms == null ? LayoffTerms.DEFAULT : closeTerms;
            } else if (closeTerms != null) {
                throw new IllegalArgumentException("acquiHire: layoff terms apply only with closeSeller");
            }
        }

        /** What is wrong with a title, or null: blank, too long, a control character or an unpaired surrogate. */
        static String titleProblem(String t) {
            if (t.isBlank()) {
                return "is empty";
            }
            if (t.length() > MAX_TITLE) {
                return "is longer than " + MAX_TITLE + " characters";
            }
            String p = Names.problem(t.replace(',', ' ').replace('"', ' '));
            return p;
        }

        /** Whether a whole team is bought (else named researchers). */
        public boolean wholeTeam() {
            return fromTeam != null;
        }

        private static AcquiHire read(EventFields f, int tick) {
            String lab = f.name("lab");
            String team = f.name("team");
            String from = f.name("fromLab");
            if (from.equals(lab)) {
                throw f.fail("fromLab", "expected another lab than the buyer '" + lab + "' (a lab cannot buy from itself), was '" + from + "'");
            }
            if (f.has("fromTeam") == f.has("researchers")) {
                throw f.fail(f.has("fromTeam") ? "researchers" : "fromTeam",
                        "expected either fromTeam (a whole team) or researchers (named people), not both or neither");
            }
            String fromTeam = f.optionalName("fromTeam");
            List<String> who = f.names("researchers");
            if (f.has("researchers") && who.isEmpty()) {
                throw f.fail("researchers", "expected at least one researcher's name");
            }
            // (a name given twice is refused as the list is read, at the second one)
            f.require("price");
            double price = f.money("price", 0);
            if (!(price > 0) || price > org.talentsim.model.Limits.MAX_BUDGET) {
                throw f.range("price", "must be an amount in USD > 0 and at most 1e15");
            }
            double raise = f.nonNegative("payRaise", 0);
            if (raise > org.talentsim.model.Limits.MAX_MULTIPLIER) {
                throw f.range("payRaise", "must be at most 100 (a share of current pay)");
            }
            String leader = f.optionalName("leader");
            if (leader != null && fromTeam == null && !who.contains(leader)) {
                throw f.fail("leader", "expected one of the researchers bought (" + String.join(", ", who) + "), was '" + leader + "'");
            }
            String title = f.text("title", null);
            if (title != null) {
                if (leader == null) {
                    throw f.fail("title", "expected a leader to hold the title: give 'leader: NAME'");
                }
                String problem = titleProblem(title);
                if (problem != null) {
                    throw f.fail("title", "expected free text of at most " + MAX_TITLE + " characters without control characters; it "
                            + problem);
                }
            }
            String close = f.text("closeSeller", "false");
            if (!close.equals("true") && !close.equals("false")) {
                throw f.expected("closeSeller", "true or false");
            }
            boolean closeSeller = close.equals("true");
            LayoffTerms terms = null;
            if (closeSeller) {
                terms = LayoffTerms.read(f);
            } else {
                for (String k : List.of("noticeMonths", "severanceWeeks", "severanceWeeksPerYear")) {
                    if (f.has(k)) {
                        throw f.fail(k, "applies only with 'closeSeller: true' (the terms of the seller's remaining staff)");
                    }
                }
            }
            LayoffTerms t = terms;
            String id = f.id();
            return f.build(() -> new AcquiHire(tick, lab, team, from, fromTeam, who, price, raise, leader, title,
                    closeSeller, t, id));
        }

        @Override
        public EventType<AcquiHire> type() {
            return TYPE;
        }

        @Override
        public void checkReferences(Roster roster) {
            roster.requireTeam("lab", lab, "team", team);
            roster.requireLab("fromLab", fromLab);
            List<String> bought;
            if (fromTeam != null) {
                roster.requireTeam("fromLab", fromLab, "fromTeam", fromTeam);
                roster.reorganise("fromTeam", fromLab, fromTeam, "team '" + fromTeam + "' of '" + fromLab + "' is bought by '"
                        + lab + "'");
                bought = roster.namedIn(fromLab, fromTeam);
                if (leader != null && !bought.contains(leader)) {
                    roster.requireNamedResearcher("leader", leader);
                    throw roster.fail("leader", "researcher '" + leader + "' is not in team '" + fromTeam + "' of '" + fromLab
                            + "' at this tick, so is not among those bought (the scenario has them " + roster.whereIs(leader) + ")");
                }
            } else {
                for (int j = 0; j < researchers.size(); j++) {
                    roster.requireNamedResearcher("researchers[" + j + "]", researchers.get(j));
                    roster.requireIn("researchers[" + j + "]", researchers.get(j), fromLab);
                }
                roster.reorganiseResearchers("researchers", researchers, "'" + lab + "' buys researchers of '" + fromLab + "'");
                bought = researchers;
            }
            roster.acquire(bought, lab, team);
            if (closeSeller) {
                roster.reorganise("closeSeller", fromLab, null, "lab '" + fromLab + "' closes");
                roster.closeLab(fromLab);
            }
        }

        @Override
        public void write(EventSink out) {
            out.string("lab", lab).string("team", team).string("fromLab", fromLab);
            if (fromTeam != null) {
                out.string("fromTeam", fromTeam);
            } else {
                out.names("researchers", researchers);
            }
            out.money("price", price);
            if (payRaise != 0) {
                out.number("payRaise", payRaise);
            }
            if (leader != null) {
                out.string("leader", leader);
            }
            if (title != null) {
                out.string("title", title);
            }
            if (closeSeller) {
                out.string("closeSeller", "true");
                closeTerms.write(out);
            }
        }

        @Override
        public void apply(EventEffects market) {
            market.acquire(this);
        }
    }
}
