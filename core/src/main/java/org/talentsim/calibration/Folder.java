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
        return "# The calibration file given to talentsim " + command + " (" + fileName(c.file()) + "), scenario "
                + fileName(c.base().file()) + " with SHA-256 " + c.scenarioSha256() + "\n" + RunInfo.buildLine() + c.fileText()
                + (c.fileText().endsWith("\n") ? "" : "\n");
    }

    private static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf(java.io.File.separatorChar));
        return slash < 0 ? path : path.substring(slash + 1);
    }

    static String manifest(Calibration c, String kind, String executor, int threads, double wall, int runs) {
        return "{\n  \"talentsim_version\": \"" + RunInfo.version() + "\",\n  \"kind\": \"" + kind + "\",\n"
                + "  \"calibration_file\": " + json(c.file()) + ",\n  \"scenario\": " + json(c.scenarioName()) + ",\n"
                + "  \"scenario_file\": " + json(c.base().file()) + ",\n  \"scenario_sha256\": \"" + c.scenarioSha256()
                + "\",\n  \"seed\": " + c.seed() + ",\n  \"runs_now\": " + runs + ",\n  \"executor\": " + json(executor)
                + ",\n  \"threads\": " + threads
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
