package org.talentsim.report;

import java.util.Locale;

/** Chart ids (and file names of {@code --png}) from lab and team names: lower-case letters, digits and '-'. */
final class Ids {
    private Ids() {}

    static String of(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (s.isEmpty()) {
            s = "x";
        }
        // distinct names that map to one id ("A B" and "a-b") stay distinct by a short hash
        return name.matches("[A-Za-z0-9 _-]+") ? s : s + "-" + Integer.toHexString(name.hashCode() & 0xfffff);
    }
}
