package org.talentsim.scenario;

/**
 * An override that cannot be applied: one line naming the override as given and the problem,
 * in the words of a scenario file's error, e.g. {@code --set labs[Meta].budget=lots: expected an
 * amount in USD like 450000, 450k, 2.5M or 14.3B, was 'lots'}. The command line prints it and
 * exits with 2; an experiment file reports it at the override's position.
 */
public final class OverrideException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String override;
    private final String problem;
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

    private OverrideException(String override, String problem, Throwable cause, boolean ofPath) {
        super("--set " + Names.escape(override) + ": " + Names.escape(problem), cause);
        this.override = override;
        this.problem = problem;
        this.ofPath = ofPath;
    }

    /**
     * The problem of a varied path whatever its value ({@code unknown key 'markt'}), not of one
     * value: {@link #override()} is then {@code PATH=VALUE} of the value met first.
     */
    public static OverrideException ofPath(OverrideException e) {
        return new OverrideException(e.override, e.problem, e, true);
    }

    /** Whether the problem is the path's, whatever its value ({@link #ofPath}). */
    public boolean ofPath() {
        return ofPath;
    }

    /** The override as given, {@code PATH=VALUE}. */
    public String override() {
        return override;
    }

    /** What is wrong, without the override. */
    public String problem() {
        return problem;
    }
}
