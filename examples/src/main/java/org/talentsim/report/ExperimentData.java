package org.talentsim.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the report of an experiment shows, read from its folder: the resolved spec ({@code
 * experiment.yaml}: arms or the varied paths and their values, metrics), the manifest, {@code
 * summary.csv}, {@code comparison.csv} (arms) and {@code runs.csv} (every metric of every run).
 * Experiments keep one row per run, not the runs' paths over time.
 */
final class ExperimentData {
    enum Kind { COMPARE, SWEEP, REPLICATE }

    final Path dir;
    final JsonNode manifest;
    final JsonNode spec;
    final Csv summary;
    final Csv comparison;
    final Csv runs;
    final Kind kind;
    /** path → values, in the spec's order (sweeps). */
    final Map<String, List<String>> vary = new LinkedHashMap<>();
    /** The metrics the experiment reports, in the spec's order. */
    final List<String> metrics = new ArrayList<>();

    private ExperimentData(Path dir) {
        this.dir = dir;
        this.manifest = Files.isRegularFile(dir.resolve("manifest.json")) ? RunData.json(dir.resolve("manifest.json"))
                : new ObjectMapper().createObjectNode();
        try {
            this.spec = new ObjectMapper(new YAMLFactory()).readTree(dir.resolve("experiment.yaml").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir.resolve("experiment.yaml") + ": " + e.getMessage(), e);
        }
        this.summary = Csv.read(dir.resolve("summary.csv"));
        this.comparison = Files.isRegularFile(dir.resolve("comparison.csv")) ? Csv.read(dir.resolve("comparison.csv")) : null;
        this.runs = Csv.read(dir.resolve("runs.csv"));
        spec.path("vary").fields().forEachRemaining(e -> {
            List<String> vs = new ArrayList<>();
            e.getValue().forEach(v -> vs.add(v.asText()));
            vary.put(e.getKey(), vs);
        });
        spec.path("metrics").forEach(m -> metrics.add(m.asText()));
        if (metrics.isEmpty()) {
            Set<String> seen = new LinkedHashSet<>();
            summary.rows().forEach(r -> seen.add(Csv.cell(r, summary.col("metric"))));
            metrics.addAll(seen);
        }
        this.kind = spec.path("arms").size() > 0 ? Kind.COMPARE : vary.isEmpty() ? Kind.REPLICATE : Kind.SWEEP;
    }

    static boolean isExperimentFolder(Path dir) {
        return Files.isRegularFile(dir.resolve("experiment.yaml")) && Files.isRegularFile(dir.resolve("summary.csv"))
                && Files.isRegularFile(dir.resolve("runs.csv"));
    }

    static ExperimentData read(Path dir) {
        return new ExperimentData(dir);
    }

    /** The overrides of the arms and the varied paths (to pick the labs they name). */
    List<String> paths() {
        List<String> out = new ArrayList<>(vary.keySet());
        spec.path("arms").fields().forEachRemaining(e -> e.getValue().forEach(o -> out.add(o.asText())));
        spec.path("overrides").forEach(o -> out.add(o.asText()));
        return out;
    }

    /**
     * The metrics the report draws: all of them when 30 or fewer; else those of the labs the
     * arms, varied paths or overrides name ({@code labs[X]...}) and the market's (not its flows).
     */
    List<String> shown() {
        if (metrics.size() <= 30) {
            return metrics;
        }
        Set<String> labs = new LinkedHashSet<>();
        java.util.regex.Pattern lab = java.util.regex.Pattern.compile("^labs\\[([^\\]]+)\\]");
        for (String p : paths()) {
            java.util.regex.Matcher m = lab.matcher(p);
            if (m.find()) {
                labs.add(m.group(1));
            }
        }
        List<String> out = new ArrayList<>();
        for (String m : metrics) {
            int dot = m.lastIndexOf('.');
            String owner = dot < 0 ? m : m.substring(0, dot);
            if ((labs.contains(owner) || m.startsWith("market.")) && !m.startsWith("market.flow.")) {
                out.add(m);
            }
        }
        return out.isEmpty() ? metrics.subList(0, 30) : out;
    }
}
