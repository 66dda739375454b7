package org.talentsim.experiment;

/**
 * An experiment that cannot be built or run as given (an unknown metric, arms with different
 * labs, an output folder holding another experiment's results): one line, exit 2 on the command
 * line.
 */
public final class ExperimentException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The text the problem is about (a metric's or an arm's name), or null. */
    private final String subject;

    /** @param message one line naming what is wrong and what to do */
    public ExperimentException(String message) {
        this(message, null);
    }

    /**
     * @param message one line naming what is wrong and what to do
     * @param subject the text the problem is about (a metric's or an arm's name), to find its
     *     position in an experiment file; may be null
     */
    public ExperimentException(String message, String subject) {
        super(message);
        this.subject = subject;
    }

    /** The text the problem is about (a metric's or an arm's name), or null. */
    public String subject() {
        return subject;
    }
}
