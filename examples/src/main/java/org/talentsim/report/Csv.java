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
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<String> header;
    private final List<String[]> rows;

    private Csv(String[] header, List<String[]> rows) {
        this.header = List.of(header);
        for (int k = 0; k < header.length; k++) {
            columns.putIfAbsent(header[k], k);
        }
        this.rows = rows;
    }

    /** Reads {@code file}; a missing file is an {@link UncheckedIOException} naming it. */
    static Csv read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(file + ": empty, expected a header row");
        }
        List<String[]> rows = new ArrayList<>(lines.size());
        for (int k = 1; k < lines.size(); k++) {
            if (!lines.get(k).isEmpty()) {
                rows.add(split(lines.get(k)));
            }
        }
        return new Csv(split(lines.get(0)), rows);
    }

    /** The rows, without the header. */
    /** The column names, in order. */
    List<String> header() {
        return header;
    }

    List<String[]> rows() {
        return rows;
    }

    /** Whether the file has column {@code name}. */
    boolean has(String name) {
        return columns.containsKey(name);
    }

    /** The index of column {@code name}. */
    int col(String name) {
        Integer k = columns.get(name);
        if (k == null) {
            throw new IllegalArgumentException("no column " + name + " in " + columns.keySet());
        }
        return k;
    }

    /** Cell {@code col} of {@code row}, "" when the row is short. */
    static String cell(String[] row, int col) {
        return col < row.length ? row[col] : "";
    }

    /** Cell {@code col} as a number; NaN when empty (an undefined mean). */
    static double num(String[] row, int col) {
        String v = cell(row, col);
        return v.isEmpty() ? Double.NaN : Double.parseDouble(v);
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
