package org.talentsim.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.talentsim.metrics.LabRow;
import org.talentsim.metrics.MetricsSink;
import org.talentsim.metrics.MoveRow;
import org.talentsim.metrics.Summary;
import org.talentsim.metrics.TeamRow;
import org.talentsim.model.WorldView;

/**
 * Writes the six result files of a run into a folder (DESIGN §6). CSV rows stream to temporary
 * files as ticks finish; when the run ends, {@code flows.csv}, {@code summary.json} and {@code
 * manifest.json} are written and every file is renamed into place. If the run fails, {@link
 * #close()} deletes the temporary files and leaves earlier results untouched.
 *
 * <p>Everything but {@code manifest.json} (which records the wall time and thread count) is the
 * same, byte for byte, for the same scenario and seed.
 */
public final class ResultWriter implements MetricsSink, AutoCloseable {
    /** File names, in the order they are committed (the manifest last). */
    public static final List<String> FILES = List.of("labs.csv", "teams.csv", "moves.csv", "flows.csv",
            "summary.json", "manifest.json");

    private final Path dir;
    private final RunInfo info;
    private final long startNanos = System.nanoTime();
    private final BufferedWriter labs;
    private final BufferedWriter teams;
    private final BufferedWriter moves;
    private final List<Path> temps = new ArrayList<>();
    private boolean committed;

    /** Opens the temporary files in {@code dir} (created if missing). */
    public ResultWriter(Path dir, RunInfo info) {
        this.dir = dir;
        this.info = info;
        try {
            Files.createDirectories(dir);
            labs = open("labs.csv", LabRow.HEADER);
            teams = open("teams.csv", TeamRow.HEADER);
            moves = open("moves.csv", MoveRow.HEADER);
        } catch (IOException e) {
            close();
            throw new UncheckedIOException("cannot write results to " + dir + ": " + e.getMessage(), e);
        }
    }

    private BufferedWriter open(String name, String header) throws IOException {
        Path tmp = AtomicFiles.temp(dir.resolve(name));
        temps.add(tmp);
        BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
        w.write(header);
        w.write('\n');
        return w;
    }

    /** The folder written to. */
    public Path dir() {
        return dir;
    }

    @Override
    public void move(MoveRow r) {
        line(moves, r.tick(), r.date(), r.researcher(), r.fromLab(), r.fromTeam(), r.toLab(), r.toTeam(),
                Num.format(r.oldSalary()), Num.format(r.newSalary()), r.reason().name());
    }

    @Override
    public void lab(LabRow r) {
        line(labs, r.tick(), r.date(), r.lab(), r.headcount(), r.hires(), r.poachedIn(), r.poachedOut(), r.quits(),
                r.layoffs(), r.exits(), Num.format(r.payroll()), Num.format(r.meanSalary()),
                Num.format(r.meanMorale()), Num.format(r.meanSkill()), Num.format(r.capability()));
    }

    @Override
    public void team(TeamRow r) {
        line(teams, r.tick(), r.date(), r.lab(), r.team(), r.headcount(), Num.format(r.meanSalary()),
                Num.format(r.meanMorale()), Num.format(r.meanSkill()), Num.format(r.output()));
    }

    private static void line(BufferedWriter w, Object... cells) {
        try {
            for (int k = 0; k < cells.length; k++) {
                if (k > 0) {
                    w.write(',');
                }
                w.write(String.valueOf(cells[k]));
            }
            w.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write results: " + e.getMessage(), e);
        }
    }

    @Override
    public void end(WorldView world, Summary summary) {
        try {
            labs.close();
            teams.close();
            moves.close();
            Path flows = AtomicFiles.temp(dir.resolve("flows.csv"));
            temps.add(flows);
            try (BufferedWriter w = Files.newBufferedWriter(flows, StandardCharsets.UTF_8)) {
                w.write(Summary.Flow.HEADER);
                w.write('\n');
                for (Summary.Flow f : summary.flows()) {
                    line(w, f.fromLab(), f.toLab(), f.count());
                }
            }
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            Path sum = AtomicFiles.temp(dir.resolve("summary.json"));
            temps.add(sum);
            Files.writeString(sum, json.writeValueAsString(summaryJson(json, summary)) + "\n", StandardCharsets.UTF_8);
            Path man = AtomicFiles.temp(dir.resolve("manifest.json"));
            temps.add(man);
            Files.writeString(man, json.writeValueAsString(manifest(json, summary)) + "\n", StandardCharsets.UTF_8);
            for (String f : FILES) {
                AtomicFiles.commit(AtomicFiles.temp(dir.resolve(f)), dir.resolve(f));
            }
            committed = true;
        } catch (IOException e) {
            close();
            throw new UncheckedIOException("cannot write results to " + dir + ": " + e.getMessage(), e);
        }
    }

    private ObjectNode summaryJson(ObjectMapper json, Summary s) {
        ObjectNode root = json.createObjectNode();
        root.put("scenario", info.scenario().name());
        root.put("ticks", s.ticks());
        ArrayNode labsNode = root.putArray("labs");
        for (Summary.LabSummary l : s.labs()) {
            ObjectNode n = labsNode.addObject();
            n.put("lab", l.lab());
            n.put("founded_tick", l.foundedTick());
            n.put("headcount_start", l.headcountStart());
            n.put("headcount_end", l.headcountEnd());
            n.put("hires", l.hires());
            n.put("poached_in", l.poachedIn());
            n.put("poached_out", l.poachedOut());
            n.put("countered", l.countered());
            n.put("quits", l.quits());
            n.put("layoffs", l.layoffs());
            n.put("exits", l.exits());
            n.put("payroll_end", Num.decimal(l.payrollEnd()));
            n.put("mean_salary_end", Num.decimal(l.meanSalaryEnd()));
            n.put("capability_start", Num.decimal(l.capabilityStart()));
            n.put("capability_end", Num.decimal(l.capabilityEnd()));
            n.put("budget_end", Num.decimal(l.budgetEnd()));
            n.put("spent", Num.decimal(l.spent()));
        }
        Summary.MarketSummary m = s.market();
        ObjectNode mn = root.putObject("market");
        mn.put("researchers", m.researchers());
        mn.put("employed", m.employed());
        mn.put("notice", m.notice());
        mn.put("seeking", m.seeking());
        mn.put("exited", m.exited());
        mn.put("unemployment", Num.decimal(m.unemployment()));
        mn.put("mean_salary", Num.decimal(m.meanSalary()));
        ObjectNode reasons = mn.putObject("moves_by_reason");
        for (Map.Entry<String, Integer> e : m.movesByReason().entrySet()) {
            reasons.put(e.getKey(), e.getValue());
        }
        return root;
    }

    private ObjectNode manifest(ObjectMapper json, Summary s) {
        var sc = info.scenario();
        ObjectNode n = json.createObjectNode();
        n.put("talentsim_version", RunInfo.version());
        n.put("scenario", sc.name());
        n.put("scenario_file", info.scenarioFile());
        n.put("scenario_sha256", info.scenarioSha256());
        n.put("seed", sc.seed());
        n.put("generator", sc.generator());
        n.put("start", sc.start().toString());
        n.put("months", sc.months());
        n.put("tick_unit", sc.tickUnit().name().toLowerCase(java.util.Locale.ROOT));
        n.put("ticks", s.ticks());
        n.put("threads", info.threads());
        n.put("wall_time_seconds", Num.decimal((System.nanoTime() - startNanos) / 1e9));
        ArrayNode files = n.putArray("files");
        for (String f : FILES) {
            files.add(f);
        }
        return n;
    }

    /** Deletes the temporary files if the results were not committed. */
    @Override
    public void close() {
        if (committed) {
            return;
        }
        for (BufferedWriter w : new BufferedWriter[] {labs, teams, moves}) {
            if (w != null) {
                try {
                    w.close();
                } catch (IOException ignored) {
                    // aborting
                }
            }
        }
        for (Path p : temps) {
            AtomicFiles.deleteQuietly(p);
        }
    }
}
