package org.talentsim.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV result file read whole, its columns by name (new columns are appended at the end of a
 * header, so readers by name keep working). Quoted cells ({@code "a,b"}, {@code ""} for a quote)
 * are understood, though the run's own files never need them.
 */
final class Csv {
    private final Path file;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<String> header;
    private final List<String[]> rows;
    /** The line (1-based, the header is line 1) of each row, for messages. */
    private final Map<String[], Integer> lines = new java.util.IdentityHashMap<>();

    private Csv(Path file, String[] header, List<String[]> rows) {
        this.file = file;
        this.header = List.of(header);
        for (int k = 0; k < header.length; k++) {
            columns.putIfAbsent(header[k], k);
        }
        this.rows = rows;
    }

    /**
     * Reads {@code file}: a header and rows of as many cells. A missing file, an empty one or a
     * row of another width is an {@link IllegalArgumentException} naming the file (and line);
     * a file that cannot be read is an {@link UncheckedIOException}.
     */
    static Csv read(Path file) {
        List<String> lines = utf8(file).lines().toList();
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(file + ": empty, expected a header row");
        }
        // a byte-order mark (a spreadsheet's UTF-8) is not part of the first column's name
        String head = lines.get(0).startsWith("\uFEFF") ? lines.get(0).substring(1) : lines.get(0);
        List<String[]> rows = new ArrayList<>(lines.size());
        Csv c = new Csv(file, split(head), rows);
        int width = c.header.size();
        for (int k = 1; k < lines.size(); k++) {
            if (!lines.get(k).isEmpty()) {
                String[] row = split(lines.get(k));
                if (row.length != width) {
                    throw new IllegalArgumentException(file + " line " + (k + 1) + ": " + row.length + " cells, the header has "
                            + width);
                }
                rows.add(row);
                c.lines.put(row, k + 1);
            }
        }
        return c;
    }

    /**
     * The text of {@code file}, UTF-8. A byte that is not UTF-8 is an {@link
     * IllegalArgumentException} naming the file, line and column (bad input, as a scenario file's
     * is); a missing file too.
     */
    static String utf8(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": missing");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        java.nio.charset.CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length);
        java.nio.charset.CoderResult r = d.decode(in, out, true);
        if (!r.isError()) {
            r = d.flush(out);
        }
        out.flip();
        if (r.isError()) {
            int line = 1;
            int col = 1;
            for (int k = 0; k < out.length(); k++) {
                if (out.charAt(k) == '\n') {
                    line++;
                    col = 1;
                } else {
                    col++;
                }
            }
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "%s line %d, column %d: expected UTF-8"
                    + " text, found a byte that is not UTF-8 (0x%02X)", file, line, col, bytes[in.position()] & 0xFF));
        }
        return out.toString();
    }

    /** The column names, in order. */
    List<String> header() {
        return header;
    }

    /** The rows, without the header. */
    List<String[]> rows() {
        return rows;
    }

    /**
     * The same rows under the same header but column {@code from} named {@code to}: a sweep's
     * {@code differences.csv} ({@code cell}) read as a comparison ({@code arm}).
     */
    Csv renamed(String from, String to) {
        String[] h = header.toArray(new String[0]);
        h[col(from)] = to;
        Csv c = new Csv(file, h, rows);
        c.lines.putAll(lines);
        return c;
    }

    /** Whether the file has column {@code name}. */
    boolean has(String name) {
        return columns.containsKey(name);
    }

    /** The index of column {@code name}. */
    int col(String name) {
        Integer k = columns.get(name);
        if (k == null) {
            throw new IllegalArgumentException(file + ": no column " + name + " in " + header);
        }
        return k;
    }

    /** Cell {@code col} of {@code row}, "" when the row is short. */
    static String cell(String[] row, int col) {
        return col < row.length ? row[col] : "";
    }

    /**
     * Cell {@code col} of {@code row} (a row of this file) as a number, a finite decimal as the
     * result files write it; NaN when empty (an undefined mean).
     *
     * @throws IllegalArgumentException naming the file, line and column, when it is not a number
     */
    double num(String[] row, int col) {
        String v = cell(row, col);
        if (v.isEmpty()) {
            return Double.NaN;
        }
        // a decimal as the result files write it: Double.parseDouble alone would also take NaN,
        // Infinity, hex floats and a type suffix (1d), none of which a run writes
        for (int k = 0; k < v.length(); k++) {
            char ch = v.charAt(k);
            if (!(ch >= '0' && ch <= '9' || ch == '.' || ch == '-' || ch == '+' || ch == 'e' || ch == 'E')) {
                throw bad(row, col, "not a number: \"" + v + "\"");
            }
        }
        double x;
        try {
            x = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw bad(row, col, "not a number: \"" + v + "\"");
        }
        if (!Double.isFinite(x)) {
            throw bad(row, col, "not a finite number: \"" + v + "\"");
        }
        return x;
    }

    /**
     * As {@link #num(String[], int)}, a number in [{@code min}, {@code max}] (or empty): a
     * negative headcount or a morale of 3 is no run's.
     *
     * @throws IllegalArgumentException naming the file, line and column, when it is not one
     */
    double num(String[] row, int col, double min, double max) {
        double x = num(row, col);
        if (x < min || x > max) {
            throw bad(row, col, cell(row, col) + " is not in [" + Fmt.num(min) + ", " + (max == Double.MAX_VALUE ? "∞"
                    : Fmt.num(max)) + "]");
        }
        return x;
    }

    /**
     * Cell {@code col} of {@code row} as a whole number in [{@code min}, {@code max}].
     *
     * @throws IllegalArgumentException naming the file, line and column, when it is not one
     */
    int whole(String[] row, int col, int min, int max) {
        String v = cell(row, col);
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw bad(row, col, "not a whole number: \"" + v + "\"");
        }
        if (n < min || n > max) {
            throw bad(row, col, n + " is not in [" + min + ", " + max + "]");
        }
        return n;
    }

    /** The line of {@code row} in the file (the header is line 1), 0 for a row not of this file. */
    int line(String[] row) {
        return lines.getOrDefault(row, 0);
    }

    /** The file read. */
    Path file() {
        return file;
    }

    /** A message about cell {@code col} of {@code row}: the file, line and column, then {@code what}. */
    IllegalArgumentException bad(String[] row, int col, String what) {
        String name = col < header.size() ? header.get(col) : "#" + (col + 1);
        return new IllegalArgumentException(file + " line " + lines.getOrDefault(row, 0) + ", column " + name + ": " + what);
    }

    static String[] split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (quoted) {
                if (c == '"' && k + 1 < line.length() && line.charAt(k + 1) == '"') {
                    b.append('"');
                    k++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    b.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(b.toString());
                b.setLength(0);
            } else {
                b.append(c);
            }
        }
        out.add(b.toString());
        return out.toArray(String[]::new);
    }
}
