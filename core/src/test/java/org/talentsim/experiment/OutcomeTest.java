package org.talentsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * An {@link Outcome}'s own rules: what it refuses to hold (built or deserialized), how it finds a
 * metric and names the closest ones when it has none, its hash and its text.
 */
class OutcomeTest {
    static Outcome row() {
        return Outcome.of("s", 3, Map.of("A.hires", 1.0, "B.hires", 2.0, "B.quits", Double.NaN));
    }

    static Outcome withPaths(Outcome o, List<String> periods, Map<String, double[]> paths) {
        return o.withPaths(periods, new TreeMap<>(paths));
    }

    @Test
    void pathsMustBeNamedOnceEachAndCoverEveryPeriod() {
        Outcome o = withPaths(row(), List.of("2025-01", "2025-02"), Map.of("A.headcount", new double[] {1, 2}));
        assertEquals(List.of("A.headcount"), o.pathNames());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> withPaths(row(), List.of("2025-01", "2025-02"), Map.of("A.headcount", new double[] {1, 2, 3})));
        assertEquals("path 'A.headcount' has 3 values for 2 periods", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> withPaths(row(), List.of("2025-01"), Map.of("A,headcount", new double[] {1})));
        assertThrows(NullPointerException.class, () -> withPaths(row(), java.util.Arrays.asList("2025-01", null),
                Map.of("A.headcount", new double[] {1, 2})));
    }

    /** A tampered stream (names out of order, repeated, or paths too short) is refused when read, as the constructor refuses it. */
    @Test
    void aDeserializedOutcomeIsCheckedLikeABuiltOne() throws Exception {
        Outcome good = withPaths(row(), List.of("2025-01", "2025-02"), Map.of("A.headcount", new double[] {1, 2}));
        assertEquals(good, roundTrip(good));
        assertTrue(assertThrows(InvalidObjectException.class,
                () -> roundTrip(tampered(good, "names", new String[] {"B.hires", "A.hires", "B.quits"})))
                .getMessage().contains("not sorted"));
        assertTrue(assertThrows(InvalidObjectException.class,
                () -> roundTrip(tampered(good, "names", new String[] {"A.hires", "A.hires", "B.quits"})))
                .getMessage().contains("sorted and distinct"));
        Outcome twoPaths = withPaths(row(), List.of("2025-01", "2025-02"),
                Map.of("A.headcount", new double[] {1, 2}, "B.headcount", new double[] {3, 4}));
        assertTrue(assertThrows(InvalidObjectException.class,
                () -> roundTrip(tampered(twoPaths, "pathNames", new String[] {"A.headcount", "A.headcount"})))
                .getMessage().contains("path names not sorted and distinct"));
        assertTrue(assertThrows(InvalidObjectException.class,
                () -> roundTrip(tampered(good, "paths", new double[][] {{1}})))
                .getMessage().contains("values for 2 periods"));
        assertTrue(assertThrows(InvalidObjectException.class,
                () -> roundTrip(tampered(good, "periods", null))).getMessage().contains("incomplete paths"));
    }

    static Outcome tampered(Outcome o, String field, Object value) throws Exception {
        Outcome copy = roundTrip(o);
        Field f = Outcome.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(copy, value);
        return copy;
    }

    static Outcome roundTrip(Outcome o) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (Outcome) in.readObject();
        }
    }

    @Test
    void everyMetricIsFoundTheFirstOneToo() {
        Outcome o = row();
        assertTrue(o.has("A.hires"), "the first name");
        assertTrue(o.has("B.quits"), "the last name");
        assertFalse(o.has("C.hires"));
        assertEquals(1.0, o.value("A.hires"));
    }

    @Test
    void anUnknownMetricNamesTheOnesWithItsSuffixOrTheFirst() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> row().value("C.hires"));
        assertEquals("no metric 'C.hires' in the outcome of 's'; known: A.hires, B.hires", e.getMessage());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> row().value("C.spend"));
        assertEquals("no metric 'C.spend' in the outcome of 's'; 3 metrics, e.g. A.hires", none.getMessage());
        IllegalArgumentException misspelt = assertThrows(IllegalArgumentException.class, () -> row().value("B.quit"));
        assertEquals("no metric 'B.quit' in the outcome of 's' (did you mean 'B.quits'?)", misspelt.getMessage());
        IllegalArgumentException bare = assertThrows(IllegalArgumentException.class, () -> row().value("hires"));
        assertTrue(bare.getMessage().endsWith("; known: A.hires, B.hires"), "a name without a lab is its own suffix: " + bare.getMessage());
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> Outcome.of("s", 1, Map.of()).value("x"));
        assertTrue(empty.getMessage().endsWith("; 0 metrics, e.g. none"), empty.getMessage());
        TreeMap<String, Double> many = new TreeMap<>();
        for (int k = 0; k < 12; k++) {
            many.put("L" + (char) ('a' + k) + ".hires", (double) k);
        }
        String shown = assertThrows(IllegalArgumentException.class, () -> Outcome.of("s", 1, many).value("X.hires")).getMessage();
        assertEquals("no metric 'X.hires' in the outcome of 's'; known: La.hires, Lb.hires, Lc.hires, Ld.hires, Le.hires,"
                + " Lf.hires, Lg.hires, Lh.hires", shown, "at most eight");
    }

    @Test
    void equalRowsHashAlikeAndDifferentOnesApart() {
        assertEquals(row().hashCode(), Outcome.of("s", 3, Map.of("A.hires", 1.0, "B.hires", 2.0, "B.quits", Double.NaN)).hashCode());
        assertNotEquals(row().hashCode(), Outcome.of("s", 4, Map.of("A.hires", 1.0, "B.hires", 2.0, "B.quits", Double.NaN)).hashCode());
        assertNotEquals(row().hashCode(), Outcome.of("s", 3, Map.of("A.hires", 1.5, "B.hires", 2.0, "B.quits", Double.NaN)).hashCode());
    }

    @Test
    void itsTextListsEveryValueWithNaNWrittenOut() {
        assertEquals("Outcome[scenario=s, seed=3, A.hires=1, B.hires=2, B.quits=NaN]", row().toString());
        assertEquals("Outcome[scenario=t, seed=-1]", Outcome.of("t", -1, Map.of()).toString());
    }
}
