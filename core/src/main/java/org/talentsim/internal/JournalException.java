package org.talentsim.internal;

/**
 * A journal that cannot be resumed: its first line is not the header, or a line is not a finished
 * run's. The message names the file and the line; the experiment and calibration runners pass it
 * on as their own exception, with the same words.
 */
public final class JournalException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    JournalException(String message) {
        super(message);
    }
}
