package org.talentsim.scenario;

import org.talentsim.internal.Names;

/**
 * An override that cannot be applied: one line naming the override as given and the problem,
 * in the words of a scenario file's error, e.g. {@code override labs[Meta].budget=lots: expected
 * an amount in USD like 450000, 450k, 2.5M or 14.3B, was 'lots'}. The command line prints it as
 * the options it was given as ({@link #asSetOptions()}: {@code --set labs[Meta].budget=lots: ...})
 * and exits with 2; an experiment file reports it at the override's position.
 */
public final class OverrideException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The overrides to blame, as given ({@code PATH=VALUE}), at least one. */
    private final java.util.List<String> overrides;
    /** What is wrong, without the override. */
    private final String problem;
    /** Whether the problem is the path's, whatever its value. */
    private final boolean ofPath;

    /**
     * @param override the override as given ({@code PATH=VALUE})
     * @param problem what is wrong, possibly starting with the field path it concerns
     */
    public OverrideException(String override, String problem) {
        this(override, problem, null);
    }

    /** As above, with the exception that caused it. */
    public OverrideException(String override, String problem, Throwable cause) {
        this(override, problem, cause, false);
    }

    /**
     * A problem of several overrides together, none of which alone is to blame (a name two of
     * them give): {@link #override()} lists them.
     *
     * @param overrides the overrides as given, at least one
     */
    public OverrideException(java.util.List<String> overrides, String problem, Throwable cause) {
        this(overrides, problem, cause, false);
    }

    private OverrideException(String override, String problem, Throwable cause, boolean ofPath) {
        this(java.util.List.of(override), problem, cause, ofPath);
    }

    private OverrideException(java.util.List<String> overrides, String problem, Throwable cause, boolean ofPath) {
        // a library's words: "--set", what the command line calls an override, is its own (asSetOptions)
        super((overrides.size() == 1 ? "override " : "overrides ") + Names.escape(String.join(", ", overrides)) + ": "
                + Names.escape(problem), cause);
        if (overrides.isEmpty()) {
            throw new IllegalArgumentException("no override to blame for: " + problem);
        }
        this.overrides = java.util.List.copyOf(overrides);
        this.problem = problem;
        this.ofPath = ofPath;
    }

    /**
     * The problem of a varied path whatever its value ({@code unknown key 'markt'}), not of one
     * value: {@link #override()} is then {@code PATH=VALUE} of the value met first.
     */
    public static OverrideException ofPath(OverrideException e) {
        return new OverrideException(e.overrides, e.problem, e, true);
    }

    /** Whether the problem is the path's, whatever its value ({@link #ofPath}). */
    public boolean ofPath() {
        return ofPath;
    }

    /** The override as given, {@code PATH=VALUE} (several together: joined by {@code ", "}). */
    public String override() {
        return String.join(", ", overrides);
    }

    /**
     * The message in a command line's words, the overrides as the {@code --set} options they
     * were given as: {@code --set labs[Meta].budget=lots: expected an amount ...}.
     */
    public String asSetOptions() {
        return "--set " + Names.escape(String.join(" --set ", overrides)) + ": " + Names.escape(problem);
    }

    /** What is wrong, without the override. */
    public String problem() {
        return problem;
    }
}
