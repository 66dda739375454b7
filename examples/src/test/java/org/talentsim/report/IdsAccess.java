package org.talentsim.report;

/** {@link Ids} for the tests of other packages. */
public final class IdsAccess {
    private IdsAccess() {}

    public static String of(String name) {
        return Ids.of(name);
    }
}
