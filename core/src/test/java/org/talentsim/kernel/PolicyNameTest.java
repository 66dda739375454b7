package org.talentsim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.talentsim.policy.QuitPolicy;

/** A broken policy is named by the class it was written in, not by a lambda's generated class name. */
class PolicyNameTest {

    @Test
    void lambdasAndAnonymousClassesAreNamedByWhereTheyWereWritten() {
        QuitPolicy lambda = (m, g) -> -1;
        QuitPolicy anonymous = new QuitPolicy() {
            @Override
            public double hazard(double morale, double gap) {
                return -1;
            }
        };
        assertEquals("(a lambda in org.talentsim.kernel.PolicyNameTest)", PolicyName.of(lambda));
        assertEquals("(an anonymous class in org.talentsim.kernel.PolicyNameTest)", PolicyName.of(anonymous));
        assertEquals(Named.class.getName(), PolicyName.of(new Named()));
    }

    static final class Named implements QuitPolicy {
        @Override
        public double hazard(double morale, double gap) {
            return 0;
        }
    }
}
