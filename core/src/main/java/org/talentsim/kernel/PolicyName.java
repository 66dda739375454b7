package org.talentsim.kernel;

/**
 * How an error names a policy that broke its contract. A lambda's class name
 * ({@code Study$$Lambda$14/0x0000000800c03400}) and an anonymous class's ({@code Study$1}) mean
 * nothing to the person who wrote them; the class they were written in does.
 */
final class PolicyName {

    private PolicyName() {
    }

    /** {@code a lambda in com.acme.Study}, {@code an anonymous class in com.acme.Study}, or the class's name. */
    static String of(Object policy) {
        Class<?> c = policy.getClass();
        String name = c.getName();
        int lambda = name.indexOf("$$Lambda");
        if (lambda > 0) {
            return "(a lambda in " + name.substring(0, lambda) + ")";
        }
        if (c.isAnonymousClass()) {
            Class<?> in = c.getEnclosingClass();
            return "(an anonymous class in " + (in != null ? in.getName() : name) + ")";
        }
        return name;
    }
}
