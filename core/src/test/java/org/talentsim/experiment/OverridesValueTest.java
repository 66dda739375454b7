package org.talentsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentsim.scenario.FieldOverride;

/** {@link Overrides} as a value: built up in order, compared, printed as the command line's {@code --set}s. */
class OverridesValueTest {
    static List<String> texts(Overrides o) {
        return o.list().stream().map(FieldOverride::text).toList();
    }

    @Test
    void theyAreBuiltUpInOrder() {
        Overrides none = Overrides.none();
        assertTrue(none.isEmpty());
        assertEquals(List.of(), none.list());
        Overrides two = Overrides.parse("months=12", "seed=7");
        assertFalse(two.isEmpty());
        assertEquals(List.of("months=12", "seed=7"), texts(two));
        Overrides more = two.then(Overrides.parse("labs[Meta].retention=none")).and("market.separation", "0.2/year");
        assertEquals(List.of("months=12", "seed=7", "labs[Meta].retention=none", "market.separation=0.2/year"), texts(more));
        assertEquals(List.of("months=12", "seed=7"), texts(two), "immutable: then and and give new overrides");
        assertEquals("months", more.list().get(0).path());
        assertEquals("0.2/year", more.list().get(3).value());
        assertThrows(UnsupportedOperationException.class, () -> more.list().clear());
    }

    @Test
    void theyAreEqualWhenTheirListsAre() {
        Overrides a = Overrides.parse("months=12", "seed=7");
        Overrides b = Overrides.parse(List.of("months=12", "seed=7"));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(Overrides.none(), Overrides.parse());
        assertNotEquals(a, Overrides.parse("seed=7", "months=12"), "order matters: a later override wins");
        assertNotEquals(a, Overrides.parse("months=12"));
        assertNotEquals(a, "months=12 seed=7");
        assertNotEquals(a.hashCode(), Overrides.parse("months=13", "seed=7").hashCode());
    }

    @Test
    void theyPrintAsTheCommandLinesSets() {
        assertEquals("--set months=12 --set labs[Meta].teams[TBD Lab].target=unlimited",
                Overrides.parse("months=12", "labs[Meta].teams[TBD Lab].target=unlimited").toString());
        assertEquals("--set seed=7", Overrides.parse("seed=7").toString());
        assertEquals("", Overrides.none().toString());
    }
}
