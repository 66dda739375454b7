package org.talentsim.experiment;

/** A run of an experiment threw: names which one (its index and what it was), with the cause. */
public final class RunFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Position of the run among the experiment's inputs. */
    private final int index;

    /**
     * @param index position of the run among the experiment's inputs
     * @param what the run's input in words (cell or arm, replication, seed)
     * @param cause what the run threw
     */
    public RunFailedException(int index, String what, Throwable cause) {
        super("run " + index + " (" + what + ") failed: " + cause, cause);
        this.index = index;
    }

    /** Position of the run among the experiment's inputs. */
    public int index() {
        return index;
    }
}
