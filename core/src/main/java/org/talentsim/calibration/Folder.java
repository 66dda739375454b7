package org.talentsim.calibration;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.talentsim.experiment.ExperimentException;
import org.talentsim.io.FolderBusyException;
import org.talentsim.io.ResultWriter;
import org.talentsim.io.RunInfo;

/**
 * A result folder of a calibration or sensitivity analysis: checked and locked as a run's
 * ({@link ResultWriter#checkFolder}, {@link ResultWriter#lockFolder}); {@code spec} (the
 * calibration file's text and the scenario's SHA-256) is written first and compared on a resume,
 * so a folder of another calibration is refused unless {@code force}.
 */
final class Folder {
    private Folder() {}

    static <T> T locked(Path dir, Supplier<T> work) {
        try {
            ResultWriter.checkFolder(dir);
        } catch (IllegalArgumentException x) {
            throw new ExperimentException(x.getMessage());
        }
        AutoCloseable lock;
        try {
            lock = ResultWriter.lockFolder(dir);
        } catch (FolderBusyException x) {
            throw new ExperimentException(x.getMessage());
        }
        try {
            return work.get();
        } finally {
            try {
                lock.close();
            } catch (Exception ignored) {
                // releasing a lock cannot fail in a way worth reporting over the work's own outcome
            }
        }
    }

    /**
     * Prepares {@code dir} for {@code files}: refuses another calibration's folder (or a run's or
     * an experiment's) unless {@code force}; without a resume of the same spec, deletes the files.
     *
     * @return whether the folder holds the same spec (a resume may keep its journal)
     */
    static boolean prepare(Path dir, String specName, String spec, List<String> files, boolean resume, boolean force) {
        try {
            return org.talentsim.io.ResultWriter.prepareFolder(dir, specName, spec, "calibration", files, resume, force);
        } catch (IllegalArgumentException e) {
            throw new ExperimentException(e.getMessage());
        }
    }

    /**
     * The calibration's specification, compared on {@code --resume}: the file's text and the
     * scenario's SHA-256, with the files' names but not the paths they were given by (the same
     * calibration started as {@code cal.yaml} and resumed as {@code /home/me/cal.yaml} is the same).
     */
    static String spec(Calibration c, String command) {
        // a result folder's own calibration.yaml, run again: its header is replaced, not stacked
        // (it was, so the folder's spec always differed and the folder could not be resumed), and
        // the names it records are kept, so the same calibration writes the same calibration.yaml
        String text = c.fileText();
        String file = fileName(c.file());
        String scenario = fileName(c.base().file());
        java.util.regex.Matcher m = HEADER.matcher(text);
        if (m.lookingAt()) {
            file = m.group(1);
            scenario = m.group(2);
            text = text.substring(m.end());
            if (text.startsWith(RunInfo.BUILD_LINE)) {
                text = text.substring(text.indexOf('\n') + 1);
            }
        }
        return "# The calibration file given to talentsim " + command + " (" + file + "), scenario "
                + scenario + " with SHA-256 " + c.scenarioSha256() + "\n" + RunInfo.buildLine() + text
                + (text.endsWith("\n") ? "" : "\n");
    }

    /** The first line {@link #spec} writes: the calibration file's and the scenario's names, the scenario's SHA-256. */
    private static final java.util.regex.Pattern HEADER = java.util.regex.Pattern.compile(
            "# The calibration file given to talentsim \\S+ \\((.*)\\), scenario (.*) with SHA-256 ([0-9a-f]{64})\n");

    /**
     * Writes the scenario's text as run beside the specification ({@link
     * org.talentsim.io.ResultWriter#SCENARIO_COPY}): the specification names the scenario by the
     * path it was given, relative to the calibration file, which a folder moved elsewhere no
     * longer leads to; {@link Calibration#read} then reads the copy.
     */
    static void copyScenario(Path dir, Calibration c) {
        org.talentsim.internal.TextFiles.write(dir.resolve(org.talentsim.io.ResultWriter.SCENARIO_COPY), c.base().text());
    }

    /** The scenario's SHA-256 a specification written by {@link #spec} records, or null for any other text. */
    static String recordedSha(String text) {
        java.util.regex.Matcher m = HEADER.matcher(text);
        return m.lookingAt() ? m.group(3) : null;
    }

    private static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf(java.io.File.separatorChar));
        return slash < 0 ? path : path.substring(slash + 1);
    }

    static String manifest(Calibration c, String kind, String executor, int threads, double wall, int runs) {
        StringBuilder platform = new StringBuilder();
        RunInfo.platform().forEach((k, v) -> platform.append(",\n  \"").append(k).append("\": ").append(json(v)));
        return "{\n  \"talentsim_version\": \"" + RunInfo.version() + "\",\n  \"build\": \"" + RunInfo.build() + "\",\n"
                + "  \"kind\": \"" + kind + "\",\n"
                + "  \"calibration_file\": " + json(c.file()) + ",\n  \"scenario\": " + json(c.scenarioName()) + ",\n"
                + "  \"scenario_file\": " + json(c.base().file()) + ",\n  \"scenario_sha256\": \"" + c.scenarioSha256()
                + "\",\n  \"seed\": " + c.seed() + ",\n  \"runs_now\": " + runs + ",\n  \"executor\": " + json(executor)
                + ",\n  \"threads\": " + threads + platform
                + ",\n  \"wall_seconds\": " + String.format(Locale.ROOT, "%.3f", wall) + "\n}\n";
    }

    static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            if (ch == '"' || ch == '\\') {
                b.append('\\').append(ch);
            } else if (ch < 0x20) {
                b.append(String.format(Locale.ROOT, "\\u%04x", (int) ch));
            } else {
                b.append(ch);
            }
        }
        return b.append('"').toString();
    }
}
