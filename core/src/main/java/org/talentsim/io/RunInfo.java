package org.talentsim.io;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.talentsim.scenario.Scenario;

/**
 * What the manifest records about a run besides its results.
 *
 * @param scenario the scenario run
 * @param scenarioFile the file it was read from, or null when built in code
 * @param scenarioSha256 SHA-256 of the file's bytes (or of the scenario's text form when built in code)
 * @param threads threads used
 * @param overrides the overrides applied to the file's scenario ({@code --set PATH=VALUE}), in order
 */
public record RunInfo(Scenario scenario, String scenarioFile, String scenarioSha256, int threads, List<String> overrides) {
    /** Checks and copies. */
    public RunInfo {
        overrides = overrides == null ? List.of() : List.copyOf(overrides);
    }

    /** A run without overrides. */
    public RunInfo(Scenario scenario, String scenarioFile, String scenarioSha256, int threads) {
        this(scenario, scenarioFile, scenarioSha256, threads, List.of());
    }

    /**
     * A run of {@code s}: its file, hash and overrides from its {@linkplain Scenario#origin()
     * origin}; for a scenario built in code, no file and the hash of its text form.
     */
    public static RunInfo of(Scenario s, int threads) {
        Scenario.Origin o = s.origin().orElse(null);
        return o == null ? new RunInfo(s, null, sha256(s.toString().getBytes(StandardCharsets.UTF_8)), threads)
                : new RunInfo(s, o.file(), o.sha256(), threads, o.overrides());
    }

    /** Hex SHA-256 of bytes. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /** The library version, from the jar's build. */
    public static String version() {
        try (var in = RunInfo.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            var p = new java.util.Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
