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

    /** The start of the line a resumable result folder's specification records its build in ({@link #buildLine()}). */
    public static final String BUILD_LINE = "# made by talentsim ";

    /**
     * An identity of the engine's code: the first 16 hex digits of a SHA-256 over the names and
     * bytes of the library's class files (the {@code org.talentsim} packages of the jar or folder
     * it was loaded from, the front ends' {@code cli}, {@code report}, {@code examples} and
     * {@code spark} left out), so two builds of the same code share it and a change of the model
     * changes it; "unknown" where the classes cannot be read (a custom image).
     */
    public static String build() {
        return Build.ID;
    }

    /**
     * The line a resumable folder's specification holds, naming this version and build: {@code
     * --resume} continues results only with the same build (another may give other numbers).
     */
    public static String buildLine() {
        return BUILD_LINE + version() + ", build " + build() + " (--resume continues these results only with this build)\n";
    }

    /** The build of a specification's text, from its {@link #buildLine()}, or null when it has none. */
    public static String buildOf(String spec) {
        for (String line : spec.split("\n", -1)) {
            int at = line.indexOf(", build ");
            if (line.startsWith(BUILD_LINE) && at > 0) {
                int end = line.indexOf(' ', at + 8);
                return line.substring(at + 8, end < 0 ? line.length() : end);
            }
        }
        return null;
    }

    private static final class Build {
        // (before ID: static fields are set in order)
        private static final java.util.Set<String> FRONT_ENDS = java.util.Set.of("cli", "report", "examples", "spark");

        static final String ID = compute();

        private static String compute() {
            try {
                var source = RunInfo.class.getProtectionDomain().getCodeSource();
                if (source == null) {
                    return "unknown";
                }
                java.nio.file.Path where = java.nio.file.Path.of(source.getLocation().toURI());
                java.util.TreeMap<String, byte[]> classes = new java.util.TreeMap<>();
                if (java.nio.file.Files.isDirectory(where)) {
                    java.nio.file.Path root = where.resolve("org/talentsim");
                    try (var files = java.nio.file.Files.walk(root)) {
                        for (java.nio.file.Path f : (Iterable<java.nio.file.Path>) files::iterator) {
                            String name = "org/talentsim/" + root.relativize(f).toString().replace(java.io.File.separatorChar, '/');
                            if (counted(name)) {
                                classes.put(name, java.nio.file.Files.readAllBytes(f));
                            }
                        }
                    }
                } else {
                    try (var jar = new java.util.jar.JarFile(where.toFile())) {
                        for (var e : java.util.Collections.list(jar.entries())) {
                            if (counted(e.getName())) {
                                try (var in = jar.getInputStream(e)) {
                                    classes.put(e.getName(), in.readAllBytes());
                                }
                            }
                        }
                    }
                }
                if (classes.isEmpty()) {
                    return "unknown";
                }
                MessageDigest md = MessageDigest.getInstance("SHA-256");
                for (var e : classes.entrySet()) {
                    md.update(e.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    md.update((byte) 0);
                    md.update(e.getValue());
                }
                return HexFormat.of().formatHex(md.digest()).substring(0, 16);
            } catch (Exception | LinkageError e) {
                return "unknown";
            }
        }

        private static boolean counted(String name) {
            if (!name.startsWith("org/talentsim/") || !name.endsWith(".class")) {
                return false;
            }
            String rest = name.substring("org/talentsim/".length());
            int slash = rest.indexOf('/');
            return slash < 0 || !FRONT_ENDS.contains(rest.substring(0, slash));
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
