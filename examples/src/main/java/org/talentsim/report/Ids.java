package org.talentsim.report;

import java.util.Locale;

/** Chart ids (and file names of {@code --png}) from lab and team names: lower-case letters, digits and '-'. */
final class Ids {
    private Ids() {}

    /**
     * The most characters of a name an id keeps: with a chart's prefix ("headcount-teams-"), the
     * hash, a "-2" and ".png" a file name stays far below the 255 bytes file systems allow.
     */
    static final int MAX = 64;

    static String of(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (s.isEmpty()) {
            s = "x";
        }
        // distinct names that map to one id ("A B" and "a-b") stay distinct by a short hash
        String hash = Integer.toHexString(name.hashCode() & 0xfffff);
        if (s.length() > MAX) {
            // a long name (an arm of 300 letters) made --png's file names longer than a file system
            // takes ("File name too long", exit 1 after the results were written): cut, and told
            // apart by the hash of the whole name
            return s.substring(0, MAX).replaceAll("-$", "") + "-" + hash;
        }
        return name.matches("[A-Za-z0-9 _-]+") ? s : s + "-" + hash;
    }
}
