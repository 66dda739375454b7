package org.talentsim.io;

import static org.talentsim.io.YamlText.dist;
import static org.talentsim.io.YamlText.money;
import static org.talentsim.io.YamlText.num;
import static org.talentsim.io.YamlText.str;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.talentsim.model.TeamView;
import org.talentsim.scenario.CapabilitySpec;
import org.talentsim.scenario.CohortSpec;
import org.talentsim.scenario.LabSpec;
import org.talentsim.scenario.MarketSpec;
import org.talentsim.scenario.PolicySpec;
import org.talentsim.scenario.PoolSpec;
import org.talentsim.scenario.Rate;
import org.talentsim.scenario.Scenario;
import org.talentsim.scenario.Stake;
import org.talentsim.scenario.StarSpec;
import org.talentsim.scenario.TeamSpec;

/**
 * Writes a {@link Scenario} as a version 1 scenario file; values equal to their defaults are left
 * out, except in the explicit form (for overrides), which writes every policy (so that a
 * parameter can be set keeping the policy's name) and every team's target (so that it does not
 * follow an overridden headcount).
 */
final class ScenarioWriter {
    private final YamlOut out = new YamlOut();
    private final boolean explicit;

    private ScenarioWriter(boolean explicit) {
        this.explicit = explicit;
    }

    static String write(Scenario s) {
        return write(s, false);
    }

    /** The file; {@code explicit}: policies and team targets written even when they are the defaults. */
    static String write(Scenario s, boolean explicit) {
        ScenarioWriter w = new ScenarioWriter(explicit);
        w.scenario(s);
        return w.out.toString();
    }

    private void scenario(Scenario s) {
        out.kv(0, "version", "1").kv(0, "name", str(s.name()));
        if (!s.description().isEmpty()) {
            out.kv(0, "description", str(s.description()));
        }
        out.kv(0, "start", s.start().toString()).kv(0, "months", Integer.toString(s.months()))
                .kv(0, "tick", s.tickUnit().name().toLowerCase(Locale.ROOT))
                .kv(0, "seed", Long.toString(s.seed())).kv(0, "generator", str(s.generator()));
        market(s.market());
        Scenario d = Defaults.SCENARIO;
        boolean[] differ = {!s.acceptance().equals(d.acceptance()), !s.morale().equals(d.morale()),
            !s.quits().equals(d.quits()), !s.production().equals(d.production())};
        if (explicit || differ[0] || differ[1] || differ[2] || differ[3]) {
            out.line(0, "policies:");
            policy(1, "acceptance", s.acceptance(), d.acceptance());
            policy(1, "morale", s.morale(), d.morale());
            policy(1, "quits", s.quits(), d.quits());
            policy(1, "production", s.production(), d.production());
        }
        out.line(0, "labs:");
        for (LabSpec l : s.labs()) {
            out.item();
            lab(2, l);
        }
        pool(s.pool());
        if (!s.events().isEmpty()) {
            out.line(0, "events:");
            new EventWriter(out, this, s.start(), s.tickUnit()).events(s);
        }
    }

    private void market(MarketSpec m) {
        MarketSpec d = Defaults.SCENARIO.market();
        if (m.equals(d)) {
            return;
        }
        out.line(0, "market:");
        if (!m.payScale().equals(d.payScale())) {
            out.line(1, "payScale:").kv(2, "base", money(m.payScale().base()))
                    .kv(2, "elasticity", num(m.payScale().elasticity()));
            if (m.payScale().floor() > 0) {
                out.kv(2, "floor", money(m.payScale().floor()));
            }
        }
        rate("separation", m.separation(), d.separation());
        rate("offersEmployed", m.offersEmployed(), d.offersEmployed());
        rate("offersSeeking", m.offersSeeking(), d.offersSeeking());
        rate("retirement", m.retirement(), d.retirement());
        rate("poolExit", m.poolExit(), d.poolExit());
        number(1, "visibilityGain", m.visibilityGain(), d.visibilityGain());
        if (Double.compare(m.unemploymentValue(), d.unemploymentValue()) != 0) {
            out.kv(1, "unemploymentValue", money(m.unemploymentValue()));
        }
        number(1, "reservationShare", m.reservationShare(), d.reservationShare());
        number(1, "visaGraceDays", m.visaGraceDays(), d.visaGraceDays());
        number(1, "annualRaise", m.annualRaise(), d.annualRaise());
        number(1, "payAdjust", m.payAdjust(), d.payAdjust());
        number(1, "offSpecialty", m.offSpecialty(), d.offSpecialty());
        number(1, "lumpSumYears", m.lumpSumYears(), d.lumpSumYears());
        number(1, "rehireCoolOffMonths", m.rehireCoolOffMonths(), d.rehireCoolOffMonths());
        rate("hiringCapacity", m.hiringCapacity(), d.hiringCapacity());
        if (m.matching() != null && !m.matching().equals(d.matching())) {
            out.line(1, "matching:").kv(2, "efficiency", num(m.matching().efficiency())).kv(2, "eta", num(m.matching().eta()));
            if (!Double.isNaN(m.matching().tightness())) {
                out.kv(2, "tightness", num(m.matching().tightness()));
            }
        }
        CapabilitySpec c = m.capability();
        CapabilitySpec dc = d.capability();
        if (!c.equals(dc)) {
            out.line(1, "capability:");
            number(2, "researchLagMonths", c.researchLagMonths(), dc.researchLagMonths());
            number(2, "depreciation", c.depreciation(), dc.depreciation());
            number(2, "knowledgeDepreciation", c.knowledgeDepreciation(), dc.knowledgeDepreciation());
            number(2, "productWeight", c.productWeight(), dc.productWeight());
            number(2, "researchWeight", c.researchWeight(), dc.researchWeight());
            number(2, "infraWeight", c.infraWeight(), dc.infraWeight());
            number(2, "knowledgeHalf", c.knowledgeHalf(), dc.knowledgeHalf());
            number(2, "researchLagShape", c.researchLagShape(), dc.researchLagShape());
            number(2, "scale", c.scale(), dc.scale());
            if (c.efficiencyPerLab() != dc.efficiencyPerLab()) {
                out.kv(2, "efficiency", c.efficiencyPerLab() ? "lab" : "market");
            }
        }
    }

    private void rate(String key, Rate r, Rate d) {
        if (!r.equals(d)) {
            out.kv(1, key, YamlText.rate(r));
        }
    }

    private void number(int indent, String key, double v, double d) {
        if (Double.compare(v, d) != 0) {
            out.kv(indent, key, num(v));
        }
    }

    private void policy(int indent, String key, PolicySpec p, PolicySpec d) {
        if (explicit || !p.equals(d)) {
            out.kv(indent, key, policy(p));
        }
    }

    static String policy(PolicySpec p) {
        if (p.params().isEmpty()) {
            return str(p.name());
        }
        StringBuilder b = new StringBuilder("{name: ").append(str(p.name()));
        for (Map.Entry<String, Double> e : p.params().entrySet()) {
            b.append(", ").append(str(e.getKey())).append(": ").append(num(e.getValue()));
        }
        return b.append('}').toString();
    }

    /** A lab's keys at {@code indent} levels (the caller writes the key or dash before). */
    void lab(int indent, LabSpec l) {
        LabSpec d = Defaults.LAB;
        out.kv(indent, "name", str(l.name())).kv(indent, "prestige", num(l.prestige()))
                .kv(indent, "budget", Double.isInfinite(l.budget()) ? "unlimited" : money(l.budget()))
                .kv(indent, "capability", num(l.capability())).kv(indent, "productivity", num(l.productivity()));
        if (!Double.isNaN(l.postedWage())) {
            out.kv(indent, "postedWage", money(l.postedWage()));
        }
        policy(indent, "offer", l.offer(), d.offer());
        policy(indent, "retention", l.retention(), d.retention());
        policy(indent, "layoff", l.layoff(), d.layoff());
        policy(indent, "strategy", l.strategy(), d.strategy());
        policy(indent, "pay", l.pay(), d.pay());
        if (!l.teams().isEmpty()) {
            out.line(indent, "teams:");
            for (TeamSpec t : l.teams()) {
                out.item();
                team(indent + 2, t);
            }
        }
    }

    private void team(int indent, TeamSpec t) {
        out.kv(indent, "name", str(t.name())).kv(indent, "focus", t.focus().name().toLowerCase(Locale.ROOT))
                .kv(indent, "headcount", Integer.toString(t.headcount()));
        if (explicit || t.target() != t.headcount()) {
            out.kv(indent, "target", t.target() == TeamView.UNLIMITED ? "unlimited" : Integer.toString(t.target()));
        }
        out.kv(indent, "payLevel", num(t.payLevel())).kv(indent, "leaderFit", num(t.leaderFit()));
        if (!Double.isNaN(t.computeShare())) {   // not given: not written (the lab gives it what the others leave)
            out.kv(indent, "computeShare", num(t.computeShare()));
        }
        if (t.minSkill() > 0) {
            out.kv(indent, "minSkill", num(t.minSkill()));
        }
        if (t.pay() != null) {
            out.kv(indent, "pay", policy(t.pay()));
        }
        if (t.protectedTeam()) {
            out.kv(indent, "protected", "true");
        }
        cohort(indent, "members", t.members());
        stars(indent, t.stars());
    }

    private void cohort(int indent, String key, CohortSpec c) {
        CohortSpec d = CohortSpec.DEFAULT;
        if (c.equals(d)) {
            return;
        }
        out.line(indent, key + ":");
        int i = indent + 1;
        if (!c.skill().equals(d.skill())) {
            out.kv(i, "skill", dist(c.skill(), false));
        }
        if (!Objects.equals(c.salary(), d.salary())) {
            out.kv(i, "salary", c.salary() == null ? "null" : dist(c.salary(), true));
        }
        number(i, "salaryNoise", c.salaryNoise(), d.salaryNoise());
        number(i, "visaShare", c.visaShare(), d.visaShare());
        if (!c.visibility().equals(d.visibility())) {
            out.kv(i, "visibility", dist(c.visibility(), false));
        }
        if (c.morale() != null && !c.morale().equals(d.morale())) {
            out.kv(i, "morale", dist(c.morale(), false));
        }
    }

    private void stars(int indent, List<StarSpec> stars) {
        if (stars.isEmpty()) {
            return;
        }
        out.line(indent, "stars:");
        for (StarSpec st : stars) {
            out.item().kv(indent + 2, "name", str(st.name())).kv(indent + 2, "skill", num(st.skill()))
                    .kv(indent + 2, "salary", money(st.salary())).kv(indent + 2, "visibility", num(st.visibility()));
            if (st.visa()) {
                out.kv(indent + 2, "visa", "true");
            }
            if (st.stake().share() != Stake.NONE.share()) {
                out.kv(indent + 2, "stake", num(st.stake().share()));
            }
            if (st.stake().vestingMonths() != Stake.DEFAULT_VESTING_MONTHS) {   // never for no stake (see Stake)
                out.kv(indent + 2, "vestingMonths", Integer.toString(st.stake().vestingMonths()));
            }
        }
    }

    private void pool(PoolSpec p) {
        if (p.equals(PoolSpec.NONE)) {
            return;
        }
        out.line(0, "pool:").kv(1, "size", Integer.toString(p.size()));
        cohort(1, "cohort", p.cohort());
        stars(1, p.stars());
    }
}
