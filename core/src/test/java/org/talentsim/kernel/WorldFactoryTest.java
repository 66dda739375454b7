package org.talentsim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.talentsim.io.ScenarioFiles;
import org.talentsim.model.Focus;
import org.talentsim.model.Status;
import org.talentsim.rng.Streams;
import org.talentsim.scenario.Scenario;

/**
 * The starting world, before the first tick: who is where, the stars as the file gives them (in
 * a team and in the pool), the reference pay everyone starts from, which morale waits for the
 * rule's steady state, and the cohort distributions drawn as written.
 */
class WorldFactoryTest {
    static final String YAML = """
            version: 1
            name: start
            months: 1
            market:
              unemploymentValue: 40k
            labs:
              - name: A
                teams:
                  - name: R
                    focus: research
                    headcount: 300
                    members:
                      skill: uniform(2, 3)
                      morale: 0.6
                    stars:
                      - {name: Team Star, skill: 7, salary: 4M, visibility: 0.9, visa: true}
                  - name: P
                    focus: product
                    headcount: 200
            pool:
              size: 2000
              cohort:
                skill: normal(1.5, 0.25)
              stars:
                - {name: Free Agent, skill: 6, salary: 3M, visibility: 0.3, visa: true}
            """;

    static Scenario scenario() {
        return ScenarioFiles.parse(YAML, "start.yaml");
    }

    static World world() {
        Scenario s = scenario();
        return WorldFactory.build(s, Streams.of(Streams.DEFAULT_ALGORITHM, s.seed()), 1);
    }

    @Test
    void everyResearcherAndStarIsCounted() {
        assertEquals(300 + 1 + 200 + 2000 + 1, WorldFactory.populationSize(scenario()), "teams, their stars, the pool, its stars");
        World w = world();
        assertEquals(2502, w.population().size());
        assertEquals(301, w.team(0).headcount(), "the star joins his team's headcount");
        assertEquals(200, w.team(1).headcount());
    }

    @Test
    void starsStartAsTheFileGivesThem() {
        World w = world();
        Population pop = w.population();
        int inTeam = 300;   // after the team's 300 drawn members
        assertEquals("Team Star", pop.name(inTeam));
        assertEquals(7, pop.skill(inTeam), 1e-6);
        assertEquals(4e6, pop.salary(inTeam), 1e-6);
        assertEquals(0.9, pop.visibility(inTeam), 1e-6);
        assertTrue(pop.visa(inTeam));
        assertEquals(Focus.RESEARCH, pop.specialty(inTeam));
        assertEquals(Status.EMPLOYED, pop.status(inTeam));
        assertEquals(0, pop.team(inTeam));
        assertTrue(Float.isNaN(pop.moraleArray()[inTeam]), "a star in a team starts at the rule's steady state, set later");

        int free = 2501;    // after the pool's 2000
        assertEquals("Free Agent", pop.name(free));
        assertEquals(6, pop.skill(free), 1e-6);
        assertEquals(3e6, pop.salary(free), 1e-6);
        assertEquals(0.3, pop.visibility(free), 1e-6);
        assertTrue(pop.visa(free));
        assertEquals(Focus.RESEARCH, pop.specialty(free), "a free star's specialty is research");
        assertEquals(0.7, pop.morale(free), 1e-6, "a seeker keeps the morale he brings");
        assertEquals(Status.SEEKING, pop.status(free));
        assertEquals(-1, pop.team(free));
    }

    @Test
    void everyoneStartsFromTheValueOfThePool() {
        Population pop = world().population();
        for (int i = 0; i < pop.size(); i++) {
            assertEquals(40_000, pop.reference(i), 1e-6, "researcher #" + i);
        }
    }

    @Test
    void cohortsAreDrawnAsWritten() {
        Population pop = world().population();
        double min = Double.MAX_VALUE;
        double max = 0;
        for (int i = 0; i < 300; i++) {
            min = Math.min(min, pop.skill(i));
            max = Math.max(max, pop.skill(i));
            assertEquals(0.6, pop.morale(i), 1e-6, "a team's cohort morale");
            assertEquals(Focus.RESEARCH, pop.specialty(i));
        }
        assertTrue(min >= 2 && max < 3, "uniform(2, 3): " + min + " to " + max);
        assertTrue(min < 2.05 && max > 2.95, "spread over the whole interval: " + min + " to " + max);
        for (int i = 301; i < 501; i++) {
            assertTrue(Float.isNaN(pop.moraleArray()[i]), "no cohort morale: the rule's steady state, set later");
            assertEquals(Focus.PRODUCT, pop.specialty(i));
        }
        double sum = 0;
        double sq = 0;
        int n = 2000;
        for (int i = 501; i < 501 + n; i++) {
            sum += pop.skill(i);
            sq += pop.skill(i) * pop.skill(i);
            assertEquals(0.7, pop.morale(i), 1e-6, "a seeker without cohort morale starts at 0.7");
        }
        double mean = sum / n;
        double sd = Math.sqrt(sq / n - mean * mean);
        assertEquals(1.5, mean, 4 * 0.25 / Math.sqrt(n), "normal(1.5, 0.25): mean");
        assertEquals(0.25, sd, 0.02, "normal(1.5, 0.25): sd");
    }

    /**
     * A cohort draws only what it uses, in a fixed order, from its own stream: no salary noise
     * (0) and no visas (share 0) take no numbers from it, so each member's draws are the visa's
     * uniform (if any) and then the tenure.
     */
    @Test
    void aCohortDrawsOnlyWhatItUses() {
        String yaml = """
                version: 1
                name: draws
                months: 1
                seed: 17
                labs:
                  - name: A
                    teams:
                      - name: Visas
                        focus: research
                        headcount: 50
                        members: {skill: 1, salaryNoise: 0, visaShare: 0.5, visibility: 0.5, morale: 0.5}
                      - name: Nobody
                        focus: research
                        headcount: 50
                        members: {skill: 1, salaryNoise: 0, visaShare: 0, visibility: 0.5, morale: 0.5}
                pool: {size: 0}
                """;
        Scenario s = ScenarioFiles.parse(yaml, "draws.yaml");
        Streams streams = Streams.of(Streams.DEFAULT_ALGORITHM, 17);
        Population pop = WorldFactory.build(s, streams, 1).population();
        java.util.random.RandomGenerator visas = streams.stream(0, StreamKeys.INIT, 0);
        for (int i = 0; i < 50; i++) {
            assertEquals(visas.nextDouble() < 0.5, pop.visa(i), "visa of #" + i);
            assertEquals(visas.nextInt(60), pop.tenure(i), "tenure of #" + i);
            assertEquals(s.market().payScale().wage(1.0f), pop.salary(i), 1e-9, "no noise: the market's pay");
        }
        java.util.random.RandomGenerator none = streams.stream(0, StreamKeys.INIT, 1);
        for (int i = 50; i < 100; i++) {
            assertEquals(false, pop.visa(i));
            assertEquals(none.nextInt(60), pop.tenure(i), "tenure of #" + i);
        }
    }
}
