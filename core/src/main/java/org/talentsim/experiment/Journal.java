package org.talentsim.experiment;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.talentsim.io.TextFiles;

/**
 * The journal of an experiment: one CSV line per finished run, appended as runs finish (in any
 * order) and forced to disk every {@code syncEvery} lines and at the end, so that an experiment
 * stopped by Ctrl-C, {@code kill -9} or a power cut loses at most the runs in flight and those
 * not yet synced. Each line starts with the run's index. Reopened to resume, it keeps every
 * complete line (a torn last line is dropped) and tells which runs are done; {@link #finish}
 * writes the lines sorted by index, so the final file is the same bytes as that of an
 * experiment never interrupted.
 */
public final class Journal implements AutoCloseable {
    private final Path file;
    private final String header;
    private final int columns;
    private final TreeMap<Integer, String> lines = new TreeMap<>();
    private final FileChannel channel;
    private final BufferedWriter out;
    private final int syncEvery;
    private int unsynced;

    private Journal(Path file, String header, int syncEvery, boolean resume) {
        this.file = file;
        this.header = header;
        this.columns = header.split(",", -1).length;
        this.syncEvery = syncEvery;
        try {
            if (resume && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                TextFiles.requireWritableTarget(file);
                readBack();
                channel = FileChannel.open(file, StandardOpenOption.WRITE);
                channel.truncate(validLength());
                channel.position(channel.size());
            } else {
                Files.createDirectories(file.toAbsolutePath().getParent());
                TextFiles.requireWritableTarget(file.toAbsolutePath());
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING);
                channel.write(java.nio.ByteBuffer.wrap((header + "\n").getBytes(StandardCharsets.UTF_8)));
            }
            out = new BufferedWriter(java.nio.channels.Channels.newWriter(channel, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the journal " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * A new journal at {@code file} (replacing one there), or, with {@code resume}, the journal
     * already there (whose header must be {@code header}) continued.
     *
     * @param header the CSV header; its first column names the run index
     * @param syncEvery force the file to disk after this many lines (1 = every line)
     * @throws IllegalArgumentException when resuming a journal of another header (another experiment)
     */
    public static Journal open(Path file, String header, boolean resume, int syncEvery) {
        if (syncEvery < 1) {
            throw new IllegalArgumentException("syncEvery must be >= 1, was " + syncEvery);
        }
        return new Journal(file, header, syncEvery, resume);
    }

    private long readBackLength;

    private void readBack() throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8);
        int end = text.indexOf('\n');
        if (end < 0 || !text.substring(0, end).equals(header)) {
            throw new IllegalArgumentException(file + " is the journal of another experiment (its header differs);"
                    + " resume only the same experiment, or start afresh without --resume");
        }
        int pos = end + 1;
        long valid = pos;
        while (pos < text.length()) {
            int nl = text.indexOf('\n', pos);
            if (nl < 0) {
                break; // a torn last line
            }
            String line = text.substring(pos, nl);
            if (line.split(",", -1).length == columns) {
                int comma = line.indexOf(',');
                try {
                    lines.put(Integer.parseInt(line.substring(0, comma)), line);
                } catch (NumberFormatException e) {
                    break;
                }
            } else {
                break;
            }
            pos = nl + 1;
            valid = text.substring(0, pos).getBytes(StandardCharsets.UTF_8).length;
        }
        readBackLength = valid;
    }

    private long validLength() {
        return readBackLength;
    }

    /** Whether run {@code index} is in the journal. */
    public boolean done(int index) {
        return lines.containsKey(index);
    }

    /** How many runs the journal holds. */
    public int size() {
        return lines.size();
    }

    /** The journal's lines by run index (a copy). */
    public Map<Integer, String> lines() {
        return new TreeMap<>(lines);
    }

    /**
     * Appends the line of run {@code index} (which must start with {@code index + ","} and have
     * as many columns as the header).
     */
    public void append(int index, String line) {
        if (!line.startsWith(index + ",") || line.split(",", -1).length != columns || line.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("a journal line must be run " + index + " with " + columns
                    + " columns on one line, was: " + line);
        }
        if (lines.putIfAbsent(index, line) != null) {
            return;
        }
        try {
            out.write(line);
            out.write('\n');
            if (++unsynced >= syncEvery) {
                sync();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the journal " + file + ": " + e.getMessage(), e);
        }
    }

    private void sync() throws IOException {
        out.flush();
        channel.force(false);
        unsynced = 0;
    }

    /** Writes {@code target} (atomically): the header and every line, sorted by run index. */
    public void finish(Path target) {
        List<String> sorted = new ArrayList<>(lines.values());
        StringBuilder b = new StringBuilder(header).append('\n');
        for (String l : sorted) {
            b.append(l).append('\n');
        }
        TextFiles.write(target, b.toString());
    }

    /** Forces what was appended to disk and closes the file. */
    @Override
    public void close() {
        try {
            sync();
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the journal " + file + ": " + e.getMessage(), e);
        }
    }
}
