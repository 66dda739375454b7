package org.talentsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.talentsim.model.Focus;
import org.talentsim.model.PayScale;

/**
 * The scenario records whose {@code equals} and {@code hashCode} are written out (the generated
 * ones cost a fresh JVM their method handles) behave as a record's own: two instances are equal
 * exactly when every component is (a double as {@code Double.compare}, so NaN equals NaN and 0.0
 * is not -0.0), and the hash is {@code 31 * h + hash(component)} over the components in order, as
 * the JDK's records compute it (so that no iteration order of a hashed set changes). Each
 * component is changed in turn, to every value of a list of alternatives its constructor accepts:
 * a component left out of either method fails here.
 */
class RecordsTest {

    static List<Record> samples() {
        return List.of(
                Dist.lognormal(1, 0.5), Dist.beta(2, 8), Dist.uniform(0, 1),
                CohortSpec.DEFAULT,
                new CohortSpec(Dist.lognormal(2, 0.3), Dist.lognormal(300_000, 0.2), 0.1, 0.25, Dist.beta(2, 5), Dist.beta(5, 2)),
                new TeamSpec("Core", Focus.RESEARCH, 5, 20, 1.2, 0.9, 0.5, false, CohortSpec.DEFAULT, List.of()),
                new TeamSpec("Infra", Focus.INFRA, 0, 3, 1, 1, Double.NaN, true, null, null),
                new PayScale(300_000, 1.0),
                Rate.perYear(0.2), Rate.ZERO,
                CapabilitySpec.DEFAULT,
                new PolicySpec("premium", Map.of("premium", 0.3, "cap", 7.5e7)), new PolicySpec("cash", Map.of()),
                PoolSpec.NONE, new PoolSpec(40, CohortSpec.DEFAULT, List.of(new StarSpec("A. Star", 5, 2e6, 0.9, false))));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void equalsAndHashCodeAreTheRecordsOwn(Record base) throws Exception {
        Class<?> type = base.getClass();
        RecordComponent[] rc = type.getRecordComponents();
        Constructor<?> canonical = type.getDeclaredConstructor(java.util.Arrays.stream(rc).map(RecordComponent::getType).toArray(Class<?>[]::new));
        Object[] values = values(base, rc);

        Record copy = (Record) canonical.newInstance(values.clone());
        assertTrue(base.equals(copy) && copy.equals(base), type.getSimpleName() + ": a copy of equal components is equal");
        assertEquals(recordHash(base, rc), base.hashCode(), type.getSimpleName() + ": the hash of its components, as a record's");
        assertEquals(base.hashCode(), copy.hashCode());
        assertTrue(!base.equals(null) && !base.equals("x"), type.getSimpleName() + ": never equal to null or another type");

        for (int i = 0; i < rc.length; i++) {
            int differing = 0;
            for (Object alt : alternatives(rc[i].getType(), values[i])) {
                Object[] changed = values.clone();
                changed[i] = alt;
                Record variant;
                try {
                    variant = (Record) canonical.newInstance(changed);
                } catch (InvocationTargetException e) {
                    continue;   // a value its constructor refuses
                }
                boolean same = componentsEqual(base, variant, rc);
                String what = type.getSimpleName() + "." + rc[i].getName() + " = " + alt;
                assertEquals(same, base.equals(variant), what);
                assertEquals(same, variant.equals(base), what);
                assertEquals(recordHash(variant, rc), variant.hashCode(), what);
                if (!same) {
                    differing++;
                }
            }
            assertTrue(differing > 0, type.getSimpleName() + "." + rc[i].getName() + ": no accepted value that differs was tried");
        }
    }

    private static Object[] values(Record r, RecordComponent[] rc) throws Exception {
        Object[] v = new Object[rc.length];
        for (int i = 0; i < rc.length; i++) {
            v[i] = rc[i].getAccessor().invoke(r);
        }
        return v;
    }

    /** Equality as {@code java.lang.runtime.ObjectMethods} defines it for a record. */
    private static boolean componentsEqual(Record a, Record b, RecordComponent[] rc) throws Exception {
        Object[] x = values(a, rc);
        Object[] y = values(b, rc);
        for (int i = 0; i < rc.length; i++) {
            Class<?> t = rc[i].getType();
            boolean eq = t == double.class ? Double.compare((Double) x[i], (Double) y[i]) == 0
                    : t == float.class ? Float.compare((Float) x[i], (Float) y[i]) == 0
                    : Objects.equals(x[i], y[i]);
            if (!eq) {
                return false;
            }
        }
        return true;
    }

    /** The hash as {@code java.lang.runtime.ObjectMethods} computes it for a record. */
    private static int recordHash(Record r, RecordComponent[] rc) throws Exception {
        int h = 0;
        for (Object v : values(r, rc)) {
            h = 31 * h + Objects.hashCode(v);   // a boxed primitive's hash is its type's static hashCode
        }
        return h;
    }

    private static List<Object> alternatives(Class<?> t, Object v) {
        List<Object> out = new ArrayList<>();
        if (t == double.class) {
            double d = (Double) v;
            out.addAll(List.of(d + 1, d * 0.5, d + 1e-9, 0.0, -0.0, Double.NaN, 1.0, 0.5));
        } else if (t == float.class) {
            float f = (Float) v;
            out.addAll(List.of(f + 1, f * 0.5f, 0.0f, -0.0f, Float.NaN));
        } else if (t == int.class) {
            int k = (Integer) v;
            out.addAll(List.of(k + 1, k - 1, 0, 1));
        } else if (t == boolean.class) {
            out.add(!(Boolean) v);
        } else if (t == String.class) {
            out.addAll(List.of(v + "b", "Other"));
        } else if (t.isEnum()) {
            out.addAll(List.of(t.getEnumConstants()));
        } else if (t == Dist.class) {
            out.addAll(java.util.Arrays.asList(Dist.beta(2, 3), Dist.lognormal(1, 0.5), Dist.lognormal(250_000, 0.4), Dist.constant(0.5), null));
        } else if (t == CohortSpec.class) {
            out.addAll(java.util.Arrays.asList(CohortSpec.DEFAULT, new CohortSpec(Dist.lognormal(3, 0.2), null, 0.1, 0, null, null), null));
        } else if (t == List.class) {
            out.addAll(java.util.Arrays.asList(List.of(), List.of(new StarSpec("B. Star", 3, 1e6, 0.5, true)), null));
        } else if (t == Map.class) {
            out.addAll(java.util.Arrays.asList(Map.of(), Map.of("k", 2.0), null));
        } else if (t == PolicySpec.class) {
            out.addAll(java.util.Arrays.asList(new PolicySpec("cash", Map.of()), new PolicySpec("equity", Map.of("vest", 4.0)), null));
        } else {
            out.add(null);
        }
        out.remove(v);   // (one equal value stays tried where the list holds it twice, as 0.0 and a sum)
        return out;
    }
}
