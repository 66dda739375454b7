package org.talentsim.io;

import org.talentsim.internal.Names;

/**
 * A scenario file that cannot be read: one message naming the file, the position, the field and
 * what was expected, e.g. {@code meta.yaml:41:7: labs[2].teams[0].leaderFit: must be in [0,1],
 * was 1.4}.
 *
 * <p>The position is that of the offending value (of the key, for an unknown or duplicate key;
 * of the enclosing mapping, for a missing key). {@link #getMessage()} leaves out the position
 * when it is unknown (the file cannot be read at all) and the path when the error is not about
 * one field (a YAML syntax error). The message is always one line: control characters in the
 * file name, the path or the problem (a value echoed from the file) are written as
 * {@code \}{@code uXXXX} ({@link Names#escape}).
 */
public final class ScenarioException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The file name as given. */
    private final String file;
    /** 1-based line of the offending node, 0 when unknown. */
    private final int line;
    /** 1-based column of the offending node, 0 when unknown. */
    private final int column;
    /** The field path, "" for the whole file (control characters escaped). */
    private final String path;
    /** What was expected and what was found (control characters escaped). */
    private final String problem;

    /**
     * @param file the file name as given (e.g. the path on the command line)
     * @param line 1-based line, or 0 when unknown
     * @param column 1-based column, or 0 when unknown
     * @param path field path such as {@code labs[2].teams[0].leaderFit}, or "" for the whole file
     * @param problem what was expected and what was found
     */
    public ScenarioException(String file, int line, int column, String path, String problem) {
        this(file, line, column, path, problem, null);
    }

    /** As above, with the exception that caused it. */
    public ScenarioException(String file, int line, int column, String path, String problem, Throwable cause) {
        super(format(file, line, column, path, problem), cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.path = path == null ? "" : Names.escape(path);
        this.problem = Names.escape(problem);
    }

    private static String format(String file, int line, int column, String path, String problem) {
        StringBuilder b = new StringBuilder(Names.escape(file));
        if (line > 0) {
            b.append(':').append(line).append(':').append(Math.max(1, column));
        }
        b.append(": ");
        if (path != null && !path.isEmpty()) {
            b.append(Names.escape(path)).append(": ");
        }
        return b.append(Names.escape(problem)).toString();
    }

    /** The file name as given. */
    public String file() {
        return file;
    }

    /** 1-based line of the offending node, 0 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column of the offending node, 0 when unknown. */
    public int column() {
        return column;
    }

    /** The field path, e.g. {@code events[3].lab}; "" for the whole file. */
    public String path() {
        return path;
    }

    /** What was expected and what was found, without file, position and path. */
    public String problem() {
        return problem;
    }
}
