package org.talentsim.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.talentsim.experiment.Overrides;
import org.talentsim.io.RunInfo;
import org.talentsim.io.ScenarioFiles;
import org.talentsim.scenario.EventSpec;
import org.talentsim.scenario.Scenario;

/**
 * What the result files do not hold about a run's scenario: its description and its events
 * (tick and a short name). From the scenario itself when {@code run} draws the report; for
 * {@code report DIR}, from the scenario file the manifest names, only if it still has the
 * SHA-256 the manifest recorded ({@link #note} says why when not).
 */
record ScenarioInfo(String description, List<Event> events, String note) {
    /** An event: its tick and name. */
    record Event(int tick, String label) {}

    static ScenarioInfo of(Scenario s) {
        List<Event> events = new ArrayList<>();
        for (EventSpec e : s.events()) {
            events.add(new Event(e.tick(), EventLabels.label(e)));
        }
        events.sort(Comparator.comparingInt(Event::tick));
        return new ScenarioInfo(s.description(), List.copyOf(events), null);
    }

    static ScenarioInfo none(String note) {
        return new ScenarioInfo(null, List.of(), note);
    }

    /** From the manifest's scenario file and overrides, if the file is unchanged since the run. */
    static ScenarioInfo fromManifest(RunData d) {
        String file = d.manifest.path("scenario_file").asText("");
        String sha = d.manifest.path("scenario_sha256").asText("");
        if (file.isEmpty()) {
            return none("The scenario was built in code: its description and events are not in the result files.");
        }
        Path p = Path.of(file);
        if (!p.isAbsolute() && !Files.isRegularFile(p)) {
            p = d.dir.toAbsolutePath().resolve(file).normalize();
        }
        try {
            byte[] bytes = ScenarioFiles.bytes(p);
            if (!RunInfo.sha256(bytes).equals(sha)) {
                return none("The scenario file " + file + " has changed since the run: its description and events are not shown.");
            }
            List<String> overrides = new ArrayList<>();
            d.manifest.path("overrides").forEach(o -> overrides.add(o.asText()));
            return of(Overrides.parse(overrides).applyTo(ScenarioFiles.parse(bytes, file)));
        } catch (RuntimeException e) {
            return none("The scenario file " + file + " could not be read (" + e.getMessage()
                    + "): its description and events are not shown.");
        }
    }
}
