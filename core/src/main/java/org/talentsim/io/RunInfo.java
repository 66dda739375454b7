package org.talentsim.io;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.talentsim.scenario.Scenario;

/**
 * What the manifest records about a run besides its results.
 *
 * @param scenario the scenario run
 * @param scenarioFile the file it was read from, or null when built in code
 * @param scenarioSha256 SHA-256 of the file's bytes (or of the scenario's text form when built in code)
 * @param threads threads used
 */
public record RunInfo(Scenario scenario, String scenarioFile, String scenarioSha256, int threads) {
    /** A run of a scenario built in code. */
    public static RunInfo of(Scenario s, int threads) {
        return new RunInfo(s, null, sha256(s.toString().getBytes(StandardCharsets.UTF_8)), threads);
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
