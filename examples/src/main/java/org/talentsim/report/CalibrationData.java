package org.talentsim.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the report of a calibration or a sensitivity analysis shows, read from its folder
 * (docs/CALIBRATION.md): the calibration file as given ({@code calibration.yaml} or {@code
 * sensitivity.yaml}: parameters with their paths and bounds, targets with their sources), the
 * manifest, and the results — {@code estimates.csv}, {@code moments.csv}, {@code trace.csv} and
 * {@code summary.json} of a calibration; {@code sensitivity.csv}, {@code ranking.csv} and {@code
 * sobol.csv} (with Sobol indices only) of a sensitivity analysis.
 */
final class CalibrationData {
    final Path dir;
    /** A sensitivity analysis's folder (else a calibration's). */
    final boolean sensitivity;
    final JsonNode manifest;
    final JsonNode spec;
    /** summary.json (a calibration's: seed, R, evaluations, objective, J); empty for a sensitivity analysis. */
    final JsonNode summary;
    final Csv estimates;
    final Csv moments;
    final Csv trace;
    final Csv effects;
    final Csv ranking;
    /** sobol.csv, or null. */
    final Csv sobol;
    /** A calibration's jacobian.csv, or null (none, or a sensitivity analysis). */
    final Csv jacobian;

    private CalibrationData(Path dir) {
        this.dir = dir;
        this.manifest = json(dir.resolve("manifest.json"));
        // a folder may hold both (sensitivity --force over a calibration's): the manifest, written last, says which ran last
        this.sensitivity = !isCalibrationFolder(dir)
                || isSensitivityFolder(dir) && manifest.path("kind").asText().equals("sensitivity");
        this.spec = yaml(dir.resolve(sensitivity ? "sensitivity.yaml" : "calibration.yaml"));
        this.summary = sensitivity ? Json.object() : json(dir.resolve("summary.json"));
        this.estimates = sensitivity ? null : Csv.read(dir.resolve("estimates.csv"));
        this.moments = sensitivity ? null : Csv.read(dir.resolve("moments.csv"));
        this.trace = sensitivity ? null : Csv.read(dir.resolve("trace.csv"));
        this.effects = sensitivity ? Csv.read(dir.resolve("sensitivity.csv")) : null;
        this.ranking = sensitivity ? Csv.read(dir.resolve("ranking.csv")) : null;
        this.sobol = sensitivity && Files.isRegularFile(dir.resolve("sobol.csv")) ? Csv.read(dir.resolve("sobol.csv")) : null;
        this.jacobian = !sensitivity && Files.isRegularFile(dir.resolve("jacobian.csv")) ? Csv.read(dir.resolve("jacobian.csv")) : null;
        if (!sensitivity) {
            check();
        }
    }

    /**
     * A calibration's tables against its file: a row of {@code estimates.csv} for each parameter of
     * {@code calibration.yaml}, each estimate inside its parameter's range (where the file gives the
     * bounds as plain numbers), a row of {@code moments.csv} for each target. A truncated table was
     * drawn as an empty one, a target dropped from the fit chart, and an estimate edited to 99 in
     * [0.4, 2] shown, all with exit 0 (an adversarial review).
     *
     * @throws IllegalArgumentException naming the file (and line) and the problem
     */
    private void check() {
        java.util.List<String> parameters = new java.util.ArrayList<>();
        for (JsonNode p : spec.path("parameters")) {
            parameters.add(p.path("name").asText(p.path("path").asText()));
        }
        java.util.List<String> targets = new java.util.ArrayList<>();
        for (JsonNode t : spec.path("targets")) {
            targets.add(t.path("name").asText(t.has("ratio") ? t.path("ratio").path(0).asText() + "/"
                    + t.path("ratio").path(1).asText() : t.path("metric").asText()));
        }
        rowsFor(estimates, "parameter", parameters);
        rowsFor(moments, "target", targets);
        if (!estimates.has("estimate")) {
            throw new IllegalArgumentException(estimates.file() + ": no column estimate in " + estimates.header());
        }
        int name = estimates.col("parameter");
        int est = estimates.col("estimate");
        for (String[] r : estimates.rows()) {
            JsonNode p = parameter(Csv.cell(r, name));
            double v = estimates.num(r, est);
            if (v != v) {
                // a calibration writes its estimate of every parameter (an empty cell was passed over)
                throw estimates.bad(r, est, "no estimate of parameter '" + Csv.cell(r, name) + "'");
            }
            double lo = bound(p.path("lower"), Csv.cell(r, name));
            double hi = bound(p.path("upper"), Csv.cell(r, name));
            if (!Double.isNaN(lo) && !Double.isNaN(hi)) {
                double slack = 1e-9 * Math.max(1, Math.abs(hi - lo));
                if (v < lo - slack || v > hi + slack) {
                    throw estimates.bad(r, est, Csv.cell(r, est) + " is outside the range of parameter '" + Csv.cell(r, name)
                            + "' in calibration.yaml, [" + p.path("lower").asText() + ", " + p.path("upper").asText() + "]");
                }
            }
        }
    }

    /**
     * A bound of parameter {@code parameter} in calibration.yaml as a number: written plain or
     * quoted (calibrate reads both as numbers: a quoted bound skipped the check, a re-check); NaN
     * for one written otherwise (an amount with its unit), which the check then leaves out.
     *
     * @throws IllegalArgumentException for a number beyond a double's range (1e400: a range no
     *     calibration runs, which let any estimate pass)
     */
    private double bound(JsonNode b, String parameter) {
        double v;
        if (b.isNumber()) {
            v = b.asDouble();
        } else if (b.isTextual() && b.asText().strip().matches("[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?")) {
            v = Double.parseDouble(b.asText().strip());
        } else {
            return Double.NaN;
        }
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(dir.resolve("calibration.yaml") + ": parameter '" + parameter
                    + "' has a bound that is not a finite number (read as " + v + ")");
        }
        return v;
    }

    /** {@code csv} has a row for each of {@code names} in column {@code column}, once, and no other. */
    private static void rowsFor(Csv csv, String column, java.util.List<String> names) {
        if (!csv.has(column)) {
            throw new IllegalArgumentException(csv.file() + ": no column " + column + " (truncated?); calibration.yaml has "
                    + names.size() + " " + column + (names.size() == 1 ? "" : "s"));
        }
        int c = csv.col(column);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String[] r : csv.rows()) {
            String n = Csv.cell(r, c);
            if (!names.contains(n)) {
                throw csv.bad(r, c, "'" + n + "' is no " + column + " of calibration.yaml (" + String.join(", ", names) + ")");
            }
            if (!seen.add(n)) {
                throw csv.bad(r, c, "a second row of " + column + " '" + n + "'");
            }
        }
        for (String n : names) {
            if (!seen.contains(n)) {
                throw new IllegalArgumentException(csv.file() + ": no row of " + column + " '" + n + "' of calibration.yaml ("
                        + csv.rows().size() + " row" + (csv.rows().size() == 1 ? "" : "s") + " for " + names.size() + " "
                        + column + (names.size() == 1 ? "" : "s") + "; truncated?)");
            }
        }
    }

    static boolean isCalibrationFolder(Path dir) {
        return Files.isRegularFile(dir.resolve("calibration.yaml")) && Files.isRegularFile(dir.resolve("estimates.csv"))
                && Files.isRegularFile(dir.resolve("moments.csv")) && Files.isRegularFile(dir.resolve("summary.json"));
    }

    static boolean isSensitivityFolder(Path dir) {
        return Files.isRegularFile(dir.resolve("sensitivity.yaml")) && Files.isRegularFile(dir.resolve("sensitivity.csv"))
                && Files.isRegularFile(dir.resolve("ranking.csv"));
    }

    static CalibrationData read(Path dir) {
        return new CalibrationData(dir);
    }

    private static JsonNode json(Path file) {
        return Files.isRegularFile(file) ? RunData.json(file) : Json.object();
    }

    private static JsonNode yaml(Path file) {
        try {
            JsonNode n = new ObjectMapper(new YAMLFactory()).readTree(Csv.utf8(file));
            return n == null ? Json.object() : n;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // one line: the parser's message without the excerpt it appends
            throw new IllegalArgumentException(file + ": not YAML (line " + (e.getLocation() == null ? "?"
                    : e.getLocation().getLineNr()) + "): " + Json.problem(e));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The file's entry of parameter {@code name} (named, or by its path), or a missing node. */
    JsonNode parameter(String name) {
        for (JsonNode p : spec.path("parameters")) {
            if (p.path("name").asText(p.path("path").asText()).equals(name)) {
                return p;
            }
        }
        return spec.path("parameters").path(-1);
    }

    /** The file's entry of target {@code name} (named, by its metric, or {@code A/B} for a ratio), or a missing node. */
    JsonNode target(String name) {
        for (JsonNode t : spec.path("targets")) {
            String implied = t.has("ratio") ? t.path("ratio").path(0).asText() + "/" + t.path("ratio").path(1).asText()
                    : t.path("metric").asText();
            if (t.path("name").asText(implied).equals(name)) {
                return t;
            }
        }
        return spec.path("targets").path(-1);
    }

    /** The unit of a target for an axis label: a ratio has none; a metric's from its name. */
    String unit(String target) {
        JsonNode t = target(target);
        return t.has("ratio") ? "(ratio)" : Units.of(t.path("metric").asText(target));
    }

    /** A setting of the file's {@code sensitivity:} (or, with {@code top}, the top level), or its default. */
    String setting(String key, boolean top, String dflt) {
        JsonNode n = top ? spec.path(key) : spec.path("sensitivity").path(key);
        return n.isMissingNode() || n.isNull() ? dflt : n.asText();
    }
}
