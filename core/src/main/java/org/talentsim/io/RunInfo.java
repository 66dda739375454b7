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
     * An identity of the engine's code: the first 16 hex digits of a SHA-256 over the names,
     * CRC-32s and sizes of the library's class files (the {@code org.talentsim} packages of the jar or folder
     * it was loaded from, the front ends' {@code cli}, {@code report}, {@code examples} and
     * {@code spark} left out), so two builds of the same code share it and a change of the model
     * changes it; "unknown" where the classes cannot be read (a custom image).
     */
    public static String build() {
        return Build.ID;
    }

    private static final java.util.concurrent.atomic.AtomicBoolean PREPARING = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Starts working out {@link #build()} on a daemon thread, once, so that a run's manifest
     * need not wait for it at the end (it lists the classes of the jar, ~30 ms in a fresh JVM).
     */
    static void prepareBuild() {
        if (PREPARING.compareAndSet(false, true)) {
            Thread t = new Thread(RunInfo::build, "talentsim-build-id");
            t.setDaemon(true);
            t.start();
        }
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

    static final class Build {
        // (before ID: static fields are set in order)
        private static final java.util.Set<String> FRONT_ENDS = java.util.Set.of("cli", "report", "examples", "spark");

        static final String ID = compute();

        private static String compute() {
            try {
                var source = RunInfo.class.getProtectionDomain().getCodeSource();
                return source == null ? "unknown" : of(java.nio.file.Path.of(source.getLocation().toURI()));
            } catch (Exception | LinkageError e) {
                return "unknown";
            }
        }

        /**
         * The build of the classes in {@code where}, a jar or a folder: a SHA-256 over each counted
         * class file's name, CRC-32 and size, in name order. A jar's central directory holds the
         * CRC-32 and size of every entry, so nothing is inflated or hashed whole (reading and
         * hashing every class took ~110 ms at each start, too much for each run's manifest); a
         * folder's files are read for their CRC-32, which is the jar's, so a jar and the folder it
         * was made from have the same build.
         */
        static String of(java.nio.file.Path where) throws java.io.IOException {
            java.util.TreeMap<String, long[]> classes = new java.util.TreeMap<>();
            if (java.nio.file.Files.isDirectory(where)) {
                java.nio.file.Path root = where.resolve("org/talentsim");
                if (java.nio.file.Files.isDirectory(root)) {
                    try (var files = java.nio.file.Files.walk(root)) {
                        for (java.nio.file.Path f : (Iterable<java.nio.file.Path>) files::iterator) {
                            String name = "org/talentsim/" + root.relativize(f).toString().replace(java.io.File.separatorChar, '/');
                            if (counted(name) && java.nio.file.Files.isRegularFile(f)) {
                                byte[] bytes = java.nio.file.Files.readAllBytes(f);
                                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                                crc.update(bytes);
                                classes.put(name, new long[] {crc.getValue(), bytes.length});
                            }
                        }
                    }
                }
            } else {
                try (var zip = new java.util.zip.ZipFile(where.toFile())) {
                    for (var e : java.util.Collections.list(zip.entries())) {
                        if (counted(e.getName()) && !e.isDirectory()) {
                            classes.put(e.getName(), new long[] {e.getCrc(), e.getSize()});
                        }
                    }
                }
            }
            if (classes.isEmpty()) {
                return "unknown";
            }
            try {
                MessageDigest md = MessageDigest.getInstance("SHA-256");
                java.nio.ByteBuffer crcAndSize = java.nio.ByteBuffer.allocate(16);
                for (var e : classes.entrySet()) {
                    md.update(e.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    md.update((byte) 0);
                    crcAndSize.clear();
                    crcAndSize.putLong(e.getValue()[0]).putLong(e.getValue()[1]);
                    md.update(crcAndSize.array());
                }
                return HexFormat.of().formatHex(md.digest()).substring(0, 16);
            } catch (NoSuchAlgorithmException e) {
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

    /**
     * The platform a result was made on, for its manifest: {@code java_version} (the runtime's
     * full version), {@code java_vendor} and {@code os} (name and architecture). The same
     * scenario and seed give the same results on any of them as far as tested (JDK 17 and 25,
     * x86-64); Java lets {@code Math.log}, {@code exp} and {@code pow} differ in the last bit
     * between platforms, so an audit can see which one made a file.
     */
    public static java.util.Map<String, String> platform() {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("java_version", System.getProperty("java.runtime.version", System.getProperty("java.version", "unknown")));
        m.put("java_vendor", System.getProperty("java.vendor", "unknown"));
        m.put("os", System.getProperty("os.name", "unknown") + " " + System.getProperty("os.arch", ""));
        return m;
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
