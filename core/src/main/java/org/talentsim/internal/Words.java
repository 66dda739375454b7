package org.talentsim.internal;

/**
 * The words a message uses for the choices a caller has: the library's parameters ({@code force =
 * true}, {@code resume = true}, another folder, the replications) unless a command line says it is
 * the front end ({@link #commandLine()}), when they are its options ({@code --force},
 * {@code --resume}, {@code --out}, {@code -r}). A library user was told "--force replaces them, or
 * choose another --out", which no Java call takes (an API user's review).
 */
public final class Words {
    private static volatile boolean commandLine;

    private Words() {}

    /** Says the messages are read on a command line: its options' names from now on, in this JVM. */
    public static void commandLine() {
        commandLine = true;
    }

    /** Replacing what a folder holds: {@code --force}, or {@code force = true}. */
    public static String force() {
        return commandLine ? "--force" : "force = true";
    }

    /**
     * Replacing another kind's results in a folder, said where a run's writer may be the caller:
     * {@code --force}, or {@code force = true (replaceOtherKinds for a ResultWriter)}
     * (Talentsim.run and a ResultWriter have no {@code force}: a re-check).
     */
    public static String replace() {
        return commandLine ? "--force" : "force = true (replaceOtherKinds for a ResultWriter)";
    }

    /** Overrides, as given: {@code --set a=1 --set b=2}, or {@code the overrides a=1, b=2}. */
    public static String overrides(java.util.List<String> overrides) {
        return commandLine ? "--set " + String.join(" --set ", overrides) : "the overrides " + String.join(", ", overrides);
    }

    /** Continuing what a folder holds: {@code --resume}, or {@code resume = true}. */
    public static String resume() {
        return commandLine ? "--resume" : "resume = true";
    }

    /** Where results go: {@code --out}, or {@code folder}. */
    public static String out() {
        return commandLine ? "--out" : "folder";
    }

    /** How many replications: {@code -r}, or {@code replications}. */
    public static String replications() {
        return commandLine ? "-r" : "replications";
    }
}
