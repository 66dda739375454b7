package org.talentsim.policy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.DoubleBinaryOperator;
import java.util.function.Function;
import org.talentsim.scenario.LabSpec;
import org.talentsim.scenario.PolicyCatalog;
import org.talentsim.scenario.PolicySpec;

/**
 * Policies by name. {@link #defaults()} holds the built-ins; register your own under a new name
 * and refer to it from a scenario like any other.
 *
 * <p>As a {@link PolicyCatalog} it validates the policies of a scenario
 * ({@code scenario.validate(registry)}): each policy is created once then (and again when the
 * simulation is built), so a factory's rejection of a parameter is reported before the run, and an offer policy that
 * {@linkplain OfferPolicy#needsPostedWage() needs a posted wage} is refused for a lab without one.
 *
 * <p>A registered policy declares the parameters it reads, and the registry refuses any other
 * (a misspelt {@code factr: 1.2} would otherwise leave the factory's default in place, silently):
 *
 * <pre>{@code
 * PolicyRegistry reg = PolicyRegistry.defaults()
 *     .register(PolicyRegistry.RETENTION, "up-to", Set.of("share"),
 *         spec -> { double share = spec.param("share", 1.0); return q -> share * q.valuation(); });
 * }</pre>
 *
 * <p>Registering a built-in's name replaces it (for every scenario that names it). A registry is
 * not thread-safe while it is being filled: register everything on one thread, then share it
 * ({@link org.talentsim.Talentsim#withRegistry} and the experiment builder keep a {@linkplain
 * #copy() copy}, so registering in the original later changes neither them nor their runs).
 */
public final class PolicyRegistry implements PolicyCatalog {
    /** A kind of policy, typed by its interface. */
    public static final class Kind<T> {
        private final String name;
        private final Class<T> type;

        private Kind(String name, Class<T> type) {
            this.name = name;
            this.type = type;
        }

        /** e.g. {@code offer}. */
        public String name() {
            return name;
        }

        /** The policy interface. */
        public Class<T> type() {
            return type;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Offer pricing, one per lab ({@link OfferPolicy}). */
    public static final Kind<OfferPolicy> OFFER = new Kind<>("offer", OfferPolicy.class);
    /** Counter-offers, one per lab ({@link RetentionPolicy}). */
    public static final Kind<RetentionPolicy> RETENTION = new Kind<>("retention", RetentionPolicy.class);
    /** Researchers' choice between offers, one per market ({@link AcceptancePolicy}). */
    public static final Kind<AcceptancePolicy> ACCEPTANCE = new Kind<>("acceptance", AcceptancePolicy.class);
    /** Who goes first in a layoff, one per lab ({@link LayoffPolicy}). */
    public static final Kind<LayoffPolicy> LAYOFF = new Kind<>("layoff", LayoffPolicy.class);
    /** Morale of the employed, one per market ({@link MoralePolicy}). */
    public static final Kind<MoralePolicy> MORALE = new Kind<>("morale", MoralePolicy.class);
    /** Quit hazard, one per market ({@link QuitPolicy}). */
    public static final Kind<QuitPolicy> QUITS = new Kind<>("quits", QuitPolicy.class);
    /** Team output, one per market ({@link ProductionPolicy}). */
    public static final Kind<ProductionPolicy> PRODUCTION = new Kind<>("production", ProductionPolicy.class);
    /** Budget and premium reactions, one per lab ({@link LabStrategy}). */
    public static final Kind<LabStrategy> STRATEGY = new Kind<>("strategy", LabStrategy.class);
    /** Pay packages (equity grants, sign-ons, buy-outs, refreshers), one per lab ({@link PayPolicy}). */
    public static final Kind<PayPolicy> PAY = new Kind<>("pay", PayPolicy.class);

    private final Map<Kind<?>, Map<String, Function<PolicySpec, ?>>> factories = new LinkedHashMap<>();

    private PolicyRegistry() {}

    /** A new registry holding the built-in policies. */
    public static PolicyRegistry defaults() {
        return new PolicyRegistry()
                .builtIn(OFFER, "posted", Offers::posted)
                .builtIn(OFFER, "bertrand", Offers::bertrand)
                .builtIn(OFFER, "premium", Offers::premium)
                .builtIn(OFFER, "star", Offers::star)
                .builtIn(RETENTION, "none", Retentions::none)
                .builtIn(RETENTION, "match", Retentions::match)
                .builtIn(RETENTION, "stars", Retentions::stars)
                .builtIn(ACCEPTANCE, "higher-wage", Acceptances::higherWage)
                .builtIn(ACCEPTANCE, "utility", Acceptances::utility)
                .builtIn(LAYOFF, "lowest-output", Layoffs::lowestOutput)
                .builtIn(LAYOFF, "lowest-value", Layoffs::lowestValue)
                .builtIn(LAYOFF, "lifo", Layoffs::lifo)
                .builtIn(LAYOFF, "random", Layoffs::random)
                .builtIn(MORALE, "peer-relative", Morales::peerRelative)
                .builtIn(MORALE, "fixed", Morales::fixed)
                .builtIn(QUITS, "morale", Quits::morale)
                .builtIn(QUITS, "none", Quits::none)
                .builtIn(PRODUCTION, "effort", Productions::effort)
                .builtIn(STRATEGY, "static", Strategies::fixed)
                .builtIn(STRATEGY, "gap-response", Strategies::gapResponse)
                .builtIn(PAY, "cash", Pays::cash)
                .builtIn(PAY, "equity", Pays::equity)
                .builtIn(PAY, "equity-annual", Pays::annual)
                .builtIn(PAY, "equity-at-risk", Pays::atRisk);
    }

    /**
     * A registry holding the same policies as this one, independent of it: registering in either
     * afterwards does not change the other. {@code Talentsim.withRegistry} and an experiment's
     * {@code registry} keep such a copy, so a configuration stays as it was made.
     */
    public PolicyRegistry copy() {
        PolicyRegistry c = new PolicyRegistry();
        factories.forEach((kind, byName) -> c.factories.put(kind, new LinkedHashMap<>(byName)));
        return c;
    }

    /**
     * Registers (or replaces) a policy that takes no parameters under a name; returns this
     * registry. A scenario that gives it any ({@code {name: mine, share: 0.5}}) is refused: one
     * that reads parameters is registered with their names, {@link #register(Kind, String, Set,
     * Function)}. A {@code Talentsim} or an experiment given this registry earlier keeps the
     * policies it had then (it holds a {@linkplain #copy() copy}).
     */
    public <T> PolicyRegistry register(Kind<T> kind, String name, Function<PolicySpec, ? extends T> factory) {
        return register(kind, name, Set.of(), factory);
    }

    /**
     * Registers (or replaces) a policy under a name, with the names of the parameters its factory
     * reads ({@link PolicySpec#param}); returns this registry. A scenario that gives it another
     * parameter is refused before the factory is called, naming the parameter, the closest
     * declared one and all of them; the factory checks the values.
     */
    public <T> PolicyRegistry register(Kind<T> kind, String name, Set<String> parameters, Function<PolicySpec, ? extends T> factory) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(factory, "factory");
        try {
            // a name no scenario can give ("a,b") registered without a word, and could never be chosen (an API user's review)
            PolicySpec.of(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot register " + kind + " policy '" + name + "': no scenario could name it ("
                    + e.getMessage() + ")", e);
        }
        for (String p : Objects.requireNonNull(parameters, "parameters")) {
            Objects.requireNonNull(p, "parameters: a parameter's name is null");
        }
        Set<String> declared = Set.copyOf(parameters);
        return builtIn(kind, name, spec -> {
            for (String k : spec.params().keySet()) {
                if (!declared.contains(k)) {
                    throw new IllegalArgumentException(declared.isEmpty()
                            ? kind + " policy '" + spec.name() + "' takes no parameters, was given '" + k + "' (the program that"
                                    + " registers it declares its parameters: PolicyRegistry.register(kind, name, Set.of(...), factory))"
                            : kind + " policy '" + spec.name() + "' has no parameter '" + k + "'" + Params.suggest(k, declared)
                                    + "; its parameters: " + new TreeSet<>(declared));
                }
            }
            return factory.apply(spec);
        });
    }

    /** A built-in policy: its factory reads and checks its parameters itself ({@link Params}). */
    private <T> PolicyRegistry builtIn(Kind<T> kind, String name, Function<PolicySpec, ? extends T> factory) {
        factories.computeIfAbsent(kind, k -> new LinkedHashMap<>()).put(name, factory);
        return this;
    }

    /**
     * The policy a spec names.
     *
     * @throws IllegalArgumentException for an unknown name (with a suggestion and the known
     *     names) or bad parameters
     */
    public <T> T create(Kind<T> kind, PolicySpec spec) {
        Map<String, Function<PolicySpec, ?>> byName = factories.getOrDefault(kind, Map.of());
        Function<PolicySpec, ?> f = byName.get(spec.name());
        if (f == null) {
            throw new IllegalArgumentException("unknown " + kind + " policy '" + spec.name() + "'"
                    + Params.suggest(spec.name(), byName.keySet()) + "; known: " + names(kind));
        }
        Object policy;
        try {
            policy = f.apply(spec);
        } catch (IllegalArgumentException e) {
            throw e;   // a parameter the factory refuses: its own words
        } catch (RuntimeException e) {
            // a factory that fails otherwise is named, not left as a bare NullPointerException
            throw new IllegalArgumentException(kind + " policy '" + spec.name() + "': its factory failed: " + e, e);
        }
        if (policy == null) {
            // refused here, where validation meets it, not as a NullPointerException mid-run
            throw new IllegalArgumentException(kind + " policy '" + spec.name() + "': its factory returned null");
        }
        // what the engine reads once from a policy, checked where validation meets it: a pay cap of
        // NaN, 0 or below switched off every counter-offer, and null terms failed as a
        // NullPointerException at the run's start, naming nothing (an economist's review)
        if (policy instanceof OfferPolicy o) {
            double cap = o.payCap();
            if (!(cap > 0)) {
                throw new IllegalArgumentException(kind + " policy '" + spec.name() + "': its payCap() must be > 0 (USD a year), or"
                        + " +Infinity for no cap, was " + cap);
            }
        }
        if (policy instanceof PayPolicy p && p.terms() == null) {
            throw new IllegalArgumentException(kind + " policy '" + spec.name() + "': its terms() returned null");
        }
        return kind.type().cast(policy);
    }

    /** The kind of policy that sits in a slot of a scenario. */
    public static Kind<?> kind(Slot slot) {
        return switch (slot) {
            case ACCEPTANCE -> ACCEPTANCE;
            case MORALE -> MORALE;
            case QUITS -> QUITS;
            case PRODUCTION -> PRODUCTION;
            case OFFER -> OFFER;
            case RETENTION -> RETENTION;
            case LAYOFF -> LAYOFF;
            case STRATEGY -> STRATEGY;
            case PAY -> PAY;
        };
    }

    /**
     * Creates the policy {@code spec} names in {@code slot} (so unknown names and parameters the
     * factory rejects fail here) and checks that {@code lab} gives what it needs: a posted wage
     * for an offer policy that {@linkplain OfferPolicy#needsPostedWage() needs one}.
     *
     * @throws IllegalArgumentException naming the problem
     */
    @Override
    public void check(Slot slot, PolicySpec spec, LabSpec lab) {
        Object policy = create(kind(Objects.requireNonNull(slot, "slot")), Objects.requireNonNull(spec, "spec"));
        if (policy instanceof OfferPolicy o && o.needsPostedWage() && lab != null && Double.isNaN(lab.postedWage())) {
            throw new IllegalArgumentException("policy '" + spec.name() + "' needs the lab's postedWage");
        }
    }

    /** The registered names, kind by kind: {@code PolicyRegistry[offer: match, posted, premium, …; retention: …]}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("PolicyRegistry[");
        String sep = "";
        for (Kind<?> k : factories.keySet()) {
            b.append(sep).append(k).append(": ").append(String.join(", ", names(k)));
            sep = "; ";
        }
        return b.append(']').toString();
    }

    /** Registered names of a kind, sorted. */
    public Set<String> names(Kind<?> kind) {
        return new TreeSet<>(factories.getOrDefault(kind, Map.of()).keySet());
    }

    /**
     * A Bertrand bidder whose winning wage is {@code rule(rival, valuation)}: with {@code (q, p)
     * -> q − c·∫_q^p F̄} it is the Postel-Vinay–Robin wage φ(q, p).
     */
    public static OfferPolicy bertrand(DoubleBinaryOperator rule) {
        return Offers.bertrand(Objects.requireNonNull(rule, "rule"));
    }
}
