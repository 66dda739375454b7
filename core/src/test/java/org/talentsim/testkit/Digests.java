package org.talentsim.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.talentsim.io.Runs;
import org.talentsim.scenario.Scenario;

/** SHA-256 over the deterministic result files of a run (all but manifest.json; offers.csv when written). */
public final class Digests {
    /** The files covered: everything but the manifest, which records wall time and threads. */
    public static final List<String> FILES = List.of("labs.csv", "teams.csv", "moves.csv", "flows.csv", "summary.json");

    /** Covered too when the run wrote it (it is optional). */
    public static final String OFFERS = "offers.csv";

    private Digests() {}

    public static String ofFolder(Path dir) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String f : FILES) {
                md.update(f.getBytes());
                md.update(Files.readAllBytes(dir.resolve(f)));
            }
            if (Files.exists(dir.resolve(OFFERS))) {
                md.update(OFFERS.getBytes());
                md.update(Files.readAllBytes(dir.resolve(OFFERS)));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs the scenario with the given threads into a fresh folder under {@code tmp} and digests it. */
    public static String ofRun(Scenario s, int threads, Path tmp) {
        try {
            Path out = Files.createTempDirectory(tmp, s.name() + "-t" + threads + "-");
            Runs.runToFolder(s, out, threads);
            return ofFolder(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
