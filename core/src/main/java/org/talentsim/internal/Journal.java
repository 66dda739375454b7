package org.talentsim.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The journal of an experiment: one CSV line per finished run, appended as runs finish (in any
 * order), each written to the file as it comes, and forced to disk every {@code syncEvery} lines
 * and at the end. Lines reach the file whole (a line is never split between two writes), and
 * when the JVM shuts down (Ctrl-C, SIGTERM) the lines are forced, so an experiment stopped that
 * way, or killed ({@code kill -9}), loses only the runs in flight; a power cut loses also the lines not yet forced. Each line starts with the run's index. Reopened to resume, it keeps every
 * complete line (a torn last line is dropped) and tells which runs are done; {@link #finish}
 * writes the lines sorted by index, so the final file is the same bytes as that of an
 * experiment never interrupted.
 */
public final class Journal implements AutoCloseable {
    private final Path file;
    private final String header;
    private final int columns;
    private final TreeMap<Integer, String> lines = new TreeMap<>();
    /** Per run read back from the file: its line number in it (the header is line 1). */
    private final TreeMap<Integer, Integer> lineNumbers = new TreeMap<>();
    /**
     * The file, written through a {@code RandomAccessFile}, whose I/O an interrupt does not stop:
     * a {@code FileChannel} closes itself when an interrupted thread uses it (or is interrupted
     * while writing or forcing), and an interrupted experiment (a service cancelling it) lost
     * the lines it had not yet forced — its finished runs ran again on resume — and left the
     * journal open for the JVM's life (found by reviews for long-lived services).
     */
    private final java.io.RandomAccessFile out;
    /** Whole lines appended and not yet written to the file. */
    private final StringBuilder pending = new StringBuilder();
    private final int syncEvery;
    private int unsynced;
    private boolean closed;

    /** The journals open in this JVM: written and forced by a shutdown hook. */
    private static final java.util.Set<Journal> OPEN = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private static final java.util.concurrent.atomic.AtomicBoolean HOOKED = new java.util.concurrent.atomic.AtomicBoolean();

    private Journal(Path file, String header, int syncEvery, boolean resume) {
        this.file = file;
        this.header = header;
        this.columns = header.split(",", -1).length;
        this.syncEvery = syncEvery;
        try {
            if (resume && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                TextFiles.requireWritableTarget(file);
                readBack();
                out = new java.io.RandomAccessFile(file.toFile(), "rw");
                out.setLength(validLength());
                out.seek(out.length());
                if (headerToWrite) {
                    out.write((header + "\n").getBytes(StandardCharsets.UTF_8));
                }
            } else {
                Files.createDirectories(file.toAbsolutePath().getParent());
                TextFiles.requireWritableTarget(file.toAbsolutePath());
                out = new java.io.RandomAccessFile(file.toFile(), "rw");
                out.setLength(0);
                out.write((header + "\n").getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the journal " + file + ": " + e.getMessage(), e);
        }
        if (HOOKED.compareAndSet(false, true)) {
            Runtime.getRuntime().addShutdownHook(new Thread(Journal::flushAll, "talentsim-journals"));
        }
        OPEN.add(this);
    }

    /** Writes and forces every open journal's pending lines: the JVM is shutting down. */
    static void flushAll() {
        for (Journal j : OPEN) {
            try {
                j.sync();
            } catch (IOException | RuntimeException e) {
                // the JVM is going down; a journal that cannot be written loses its pending lines
            }
        }
    }

    /**
     * A new journal at {@code file} (replacing one there), or, with {@code resume}, the journal
     * already there (whose header must be {@code header}) continued.
     *
     * @param header the CSV header; its first column names the run index
     * @param syncEvery force the file to disk after this many lines (1 = every line)
     * @throws JournalException when resuming a journal whose first line is not {@code header} (another
     *     experiment's, or changed); an empty one, or one whose header was cut short, is continued with no run
     */
    public static Journal open(Path file, String header, boolean resume, int syncEvery) {
        if (syncEvery < 1) {
            throw new IllegalArgumentException("syncEvery must be >= 1, was " + syncEvery);
        }
        return new Journal(file, header, syncEvery, resume);
    }

    private long readBackLength;
    /** Whether a resumed journal had no whole header (empty, or cut short), which is then written. */
    private boolean headerToWrite;

    private void readBack() throws IOException {
        Rows rows = read(file, new String(Files.readAllBytes(file), StandardCharsets.UTF_8), header);
        lines.putAll(rows.lines());
        lineNumbers.putAll(rows.lineNumbers());
        readBackLength = rows.length();
        headerToWrite = rows.headerToWrite();
    }

    /**
     * A journal's rows as read back: by run index, each with its line in the file (the header is
     * line 1); the bytes of the file that hold whole rows (a torn last line is not one); and
     * whether the header is to be written (an empty file, or one whose header was cut short).
     */
    public record Rows(java.util.SortedMap<Integer, String> lines, java.util.SortedMap<Integer, Integer> lineNumbers, long length,
            boolean headerToWrite) {}

    /**
     * Reads journal {@code text} (of {@code file}, in messages) whose first line must be {@code
     * header}. Only a torn last line (no line end: the write a stop cut short) is dropped; a whole
     * line that is not a row (an empty line, other columns, a run number that is none, a run given
     * twice) is refused naming its line (such a line, and every row after it, was dropped without a
     * word and their runs run again: a review).
     *
     * @throws JournalException naming the file, the line and what is wrong with it
     */
    public static Rows read(Path file, String text, String header) {
        int columns = header.split(",", -1).length;
        TreeMap<Integer, String> lines = new TreeMap<>();
        TreeMap<Integer, Integer> lineNumbers = new TreeMap<>();
        int end = text.indexOf('\n');
        if (end < 0 && header.startsWith(text)) {
            // empty, or the header cut short (a power cut before the file reached the disk): no run yet
            return new Rows(lines, lineNumbers, 0, true);
        }
        if (end < 0 || !text.substring(0, end).equals(header)) {
            String first = end < 0 ? text : text.substring(0, end);
            String why = first.startsWith("\uFEFF") ? "it starts with a byte-order mark (saved by an editor?)"
                    : first.endsWith("\r") ? "its lines end in CR LF (saved on Windows?)"
                    : first.startsWith(header.substring(0, header.indexOf(',') + 1)) ? "its columns differ (another"
                    + " experiment's, or changed by hand)" : "it is not a header this experiment writes";
            throw new JournalException(file + " line 1: not the journal's header: " + why + "; resume only the same"
                    + " experiment's journal as it was written, or start afresh with " + Words.force() + " (without " + Words.resume() + ")");
        }
        String advice = ": not a row this experiment writes (changed by hand?); correct or delete that line to run it again, or"
                + " start afresh with " + Words.force() + " (without " + Words.resume() + ")";
        int pos = end + 1;
        int validChars = pos;
        int lineNo = 1;   // the line read next is lineNo + 1 (the header is line 1)
        while (pos < text.length()) {
            lineNo++;
            int nl = text.indexOf('\n', pos);
            if (nl < 0) {
                break; // a torn last line
            }
            String line = text.substring(pos, nl);
            int found = line.split(",", -1).length;
            if (line.isEmpty() || found != columns) {
                throw new JournalException(file + " line " + lineNo + ": " + (line.isEmpty() ? "an empty line"
                        : found + " columns, the header has " + columns) + advice);
            }
            String number = line.substring(0, line.indexOf(','));
            int run;
            try {
                run = Integer.parseInt(number);
            } catch (NumberFormatException e) {
                throw new JournalException(file + " line " + lineNo + ": '" + number + "' is not a run number" + advice);
            }
            if (lines.containsKey(run)) {
                // the journal never writes a run twice: one row changed by hand (the later one
                // replaced the earlier without a word, and its run ran again: a review)
                throw new JournalException(file + " line " + lineNo + ": run " + run + " again (line " + lineNumbers.get(run)
                        + " is run " + run + " too): not a row this experiment writes (changed by hand?); delete the wrong"
                        + " line to run it again, or start afresh with " + Words.force() + " (without " + Words.resume() + ")");
            }
            lines.put(run, line);
            lineNumbers.put(run, lineNo);
            pos = nl + 1;
            validChars = pos;
        }
        // in bytes, once (measured line by line it took time quadratic in the journal's length)
        return new Rows(lines, lineNumbers, text.substring(0, validChars).getBytes(StandardCharsets.UTF_8).length, false);
    }

    private long validLength() {
        return readBackLength;
    }

    /** The line of the file where run {@code index} was read back (the header is line 1), or -1. */
    public synchronized int lineOf(int index) {
        return lineNumbers.getOrDefault(index, -1);
    }

    /** Whether run {@code index} is in the journal. */
    public synchronized boolean done(int index) {
        return lines.containsKey(index);
    }

    /** How many runs the journal holds. */
    public synchronized int size() {
        return lines.size();
    }

    /** The journal's lines by run index (a copy). */
    public synchronized Map<Integer, String> lines() {
        return new TreeMap<>(lines);
    }

    /**
     * Appends the line of run {@code index} (which must start with {@code index + ","} and have
     * as many columns as the header).
     */
    public synchronized void append(int index, String line) {
        if (!line.startsWith(index + ",") || line.split(",", -1).length != columns || line.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("a journal line must be run " + index + " with " + columns
                    + " columns on one line, was: " + line);
        }
        if (closed) {
            throw new UncheckedIOException("cannot append to the journal " + file + ": it is closed",
                    new java.nio.channels.ClosedChannelException());
        }
        if (lines.putIfAbsent(index, line) != null) {
            return;
        }
        try {
            // written at once (one write of the whole line: the operating system has it, so a
            // killed process loses no finished run; only a power cut can lose what is not yet
            // forced). Held back until 64 lines, a kill -9 lost up to 63 finished runs (a
            // strategist's review)
            pending.append(line).append('\n');
            if (++unsynced >= syncEvery) {
                sync();
            } else {
                write();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the journal " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes the pending lines, whole, to the file. */
    private void write() throws IOException {
        if (pending.length() == 0) {
            return;
        }
        out.write(pending.toString().getBytes(StandardCharsets.UTF_8));
        pending.setLength(0);
    }

    private synchronized void sync() throws IOException {
        if (closed) {
            return;
        }
        write();
        out.getFD().sync();
        unsynced = 0;
    }

    /** Writes {@code target} (atomically): the header and every line, sorted by run index. */
    public synchronized void finish(Path target) {
        List<String> sorted = new ArrayList<>(lines.values());
        StringBuilder b = new StringBuilder(header).append('\n');
        for (String l : sorted) {
            b.append(l).append('\n');
        }
        TextFiles.write(target, b.toString());
    }

    /** Forces what was appended to disk and closes the file. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        try {
            sync();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the journal " + file + ": " + e, e);
        } finally {
            // closed whatever happened: not left for the shutdown hook to write through later
            closed = true;
            OPEN.remove(this);
            try {
                out.close();
            } catch (IOException e) {
                // the lines are forced, or the failure above says why not
            }
        }
    }
}
