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

    /**
     * @param override the override as given ({@code PATH=VALUE})
     * @param problem what is wrong, possibly starting with the field path it concerns
     */
    public OverrideException(String override, String problem) {
        this(override, problem, null);
    }

    /** As above, with the exception that caused it. */
    public OverrideException(String override, String problem, Throwable cause) {
        super("--set " + Names.escape(override) + ": " + Names.escape(problem), cause);
        this.override = override;
        this.problem = problem;
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
