package org.talentsim.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.talentsim.internal.TextFiles;
import org.talentsim.policy.PolicyRegistry;
import org.talentsim.scenario.EventTypes;
import org.talentsim.scenario.FieldOverride;
import org.talentsim.scenario.Scenario;

/**
 * Scenario files (YAML, {@code version: 1}; the format is described in docs/SCENARIO_FORMAT.md):
 * reading them into {@link Scenario} records and writing records back.
 *
 * <pre>{@code
 * Scenario s = ScenarioFiles.read(Path.of("examples/scenarios/meta-2025.yaml"));
 * String yaml = ScenarioFiles.write(s);            // parse(yaml, name) equals s
 * }</pre>
 *
 * <p>Reading is safe for untrusted files: plain data only (no YAML tag can instantiate a class),
 * at most {@value YamlTree#MAX_ALIASES} aliases, nesting depth {@value YamlTree#MAX_DEPTH},
 * {@value YamlTree#MAX_CODE_POINTS} characters. Any problem throws one {@link ScenarioException}
 * naming the file, line, column and field path of the first error.
 */
public final class ScenarioFiles {
    /** The largest file read, in bytes. */
    public static final long MAX_BYTES = 4L * YamlTree.MAX_CODE_POINTS;

    private ScenarioFiles() {}

    /** Reads a scenario file; its name in messages is {@code file.toString()}. */
    public static Scenario read(Path file) {
        return read(file, PolicyRegistry.defaults());
    }

    /** Reads a scenario file whose policies are looked up in {@code registry}. */
    public static Scenario read(Path file, PolicyRegistry registry) {
        return read(file, registry, EventTypes.defaults());
    }

    /**
     * Reads a scenario file whose policies are looked up in {@code registry} and event types in
     * {@code events} (to read events of types registered beside the built-ins).
     */
    public static Scenario read(Path file, PolicyRegistry registry, EventTypes events) {
        return parse(bytes(file), file.toString(), registry, events);
    }

    /**
     * Whether {@code text} is meant as a scenario file: a YAML mapping with a {@code labs} key and
     * neither a {@code scenario} key (an experiment's or a calibration's, which name their scenario)
     * nor a {@code kind}; so a command given a file of another kind can say which command runs it.
     * Never throws.
     */
    public static boolean isScenario(String text) {
        try {
            String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
            return YamlTree.parse(t, "?") instanceof YNode.Mapping m && m.entry("labs") != null
                    && m.entry("scenario") == null && m.entry("kind") == null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * The bytes of a scenario file, at most {@link #MAX_BYTES}. Only a regular file (or a link to
     * one) is read: a folder, a FIFO, a device or a socket is refused at once, and reading stops
     * after {@link #MAX_BYTES} bytes whatever size the file claims. Every problem (a missing or
     * unreadable file, with the reason) is a {@link ScenarioException} without a position.
     */
    public static byte[] bytes(Path file) {
        return bytes(file, "a scenario file");
    }

    /**
     * As {@link #bytes(Path)}, for a file of another kind, {@code what} in messages ("an
     * experiment file", "a calibration file"): {@code calibrate DIR} said it expected a scenario
     * file (an economist's review).
     */
    public static byte[] bytes(Path file, String what) {
        return bytes(file, what, p -> true);
    }

    /**
     * The bytes of the scenario file {@code file} that the experiment or calibration file {@code
     * namedIn} names, as {@link #bytes(Path)}; a missing one's "did you mean" suggests neither
     * {@code namedIn} itself nor another experiment or calibration file (it suggested the
     * experiment file naming it: an adversarial review), and a file that is one of those is
     * refused as such (its first key was refused as unknown to a scenario).
     */
    public static byte[] scenarioBytes(Path file, Path namedIn) {
        byte[] b = bytes(file, "a scenario file", p -> !p.toAbsolutePath().normalize().equals(namedIn.toAbsolutePath().normalize())
                && isScenarioLike(p));
        String text = new String(b, java.nio.charset.StandardCharsets.UTF_8);
        if (CalibrationFiles.isCalibration(text) || ExperimentFiles.isExperiment(text)) {
            String kind = !CalibrationFiles.isCalibration(text) ? "an experiment file"
                    : java.util.regex.Pattern.compile("(?m)^kind:\\s*['\"]?sensitivity").matcher(text).find()
                    ? "a sensitivity analysis's file" : "a calibration file";
            throw new ScenarioException(file.toString(), 0, 0, "", "this is " + kind + ", not a scenario: name the scenario file it runs");
        }
        return b;
    }

    /** Whether the regular file {@code p} reads as anything but an experiment or calibration file (a scenario, or unknown). */
    private static boolean isScenarioLike(Path p) {
        try {
            if (Files.size(p) > MAX_BYTES) {
                return true;
            }
            String text = Files.readString(p, java.nio.charset.StandardCharsets.UTF_8);
            return !(CalibrationFiles.isCalibration(text) || ExperimentFiles.isExperiment(text));
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }

    private static byte[] bytes(Path file, String what, java.util.function.Predicate<Path> suggest) {
        String name = file.toString();
        if (name.isEmpty()) {
            // run "" said ": expected a scenario file, was a directory" (the current folder), naming no file
            throw new ScenarioException("\"\"", 0, 0, "", "an empty path: expected " + what);
        }
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            if (a.isDirectory()) {
                throw new ScenarioException(name, 0, 0, "", "expected " + what + ", was a directory");
            }
            if (!a.isRegularFile()) {
                throw new ScenarioException(name, 0, 0, "", "expected " + what + ", was " + kind(file));
            }
            if (a.size() > MAX_BYTES) {
                throw larger(name);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(in, name, (int) MAX_BYTES);
            }
        } catch (NoSuchFileException e) {
            // a link whose target is gone is there: said as such (it was "no such file", with a
            // sibling of a close name suggested: a reviewer)
            if (Files.isSymbolicLink(file)) {
                String to;
                try {
                    to = Files.readSymbolicLink(file).toString();
                } catch (IOException | UnsupportedOperationException x) {
                    to = "?";
                }
                throw new ScenarioException(name, 0, 0, "", "a link to a file that is not there (" + to + ")", e);
            }
            throw new ScenarioException(name, 0, 0, "", "no such file" + nearby(file, suggest), e);
        } catch (IOException e) {
            throw new ScenarioException(name, 0, 0, "", "cannot read: " + reason(e), e);
        }
    }

    /**
     * " (did you mean DIR/NAME?)" for a file of a close name in the folder named ({@code
     * meta2025.yaml} for {@code meta-2025.yaml}), else "".
     */
    static String nearby(Path file) {
        return nearby(file, p -> true);
    }

    /**
     * The file name of {@code names} closest to {@code given}, or null: among those with its
     * extension by their names without it (the extension made every name look close: "nope.yaml"
     * was said to mean "typo.yaml", three letters of four changed; an economist's review), else
     * by the whole name (a mistyped extension, "meta.yml").
     */
    static String closestFile(String given, java.util.List<String> names) {
        int dot = given.lastIndexOf('.');
        if (dot > 0) {
            String ext = given.substring(dot);
            java.util.Map<String, String> stems = new java.util.LinkedHashMap<>();
            java.util.List<String> others = new java.util.ArrayList<>();
            for (String n : names) {
                if (n.endsWith(ext) && n.length() > ext.length()) {
                    stems.putIfAbsent(n.substring(0, n.length() - ext.length()), n);
                } else {
                    others.add(n);
                }
            }
            for (String n : others) {
                // the same name with another extension (meta.yml for meta.yaml) before a close stem of this
                // one (beta.yaml): a re-check
                int d = n.lastIndexOf('.');
                String theirs = d > 0 ? n.substring(d).toLowerCase(java.util.Locale.ROOT) : "";
                // (a scenario's or an experiment's extension only: meta.bak or meta.csv beside meta.yml was
                // suggested for meta.yaml: a re-check)
                if (d > 0 && n.substring(0, d).equals(given.substring(0, dot)) && (theirs.equals(".yaml") || theirs.equals(".yml"))) {
                    return n;
                }
            }
            String stem = org.talentsim.internal.Suggestions.closest(given.substring(0, dot), stems.keySet());
            return stem != null ? stems.get(stem) : org.talentsim.internal.Suggestions.closest(given, others);
        }
        return org.talentsim.internal.Suggestions.closest(given, names);
    }

    /** As {@link #nearby(Path)}, of the files {@code suggest} accepts. */
    static String nearby(Path file, java.util.function.Predicate<Path> suggest) {
        Path name = file.getFileName();
        if (name == null) {
            return "";
        }
        Path parent = file.getParent();
        Path dir = parent == null ? Path.of(".") : parent;
        // the name without its ending (meta-2025 for meta-2025.yaml): that file, not the closest
        // other name (it suggested meta-2025-calibrated.yaml; found by a student's review)
        for (String ending : new String[] {".yaml", ".yml"}) {
            Path with = dir.resolve(name + ending);
            if (!name.toString().endsWith(ending) && Files.isRegularFile(with) && suggest.test(with)) {
                return " (did you mean " + (parent == null ? with.getFileName() : parent.resolve(with.getFileName())) + "?)";
            }
        }
        if (!Files.isDirectory(dir)) {
            // a folder misspelt (examples/scenario/ for examples/scenarios/: a student's try): the
            // file of that name in the folder of the closest name beside it
            String inSibling = parent == null ? null : sibling(parent, name);
            if (inSibling != null) {
                return " (did you mean " + inSibling + "?)";
            }
            // a relative path run from another folder: say where it was looked for
            return file.isAbsolute() ? "" : " (looked for " + file.toAbsolutePath().normalize()
                    + ": a relative path is taken from the current folder)";
        }
        java.util.List<String> names = new java.util.ArrayList<>();
        try (java.nio.file.DirectoryStream<Path> in = Files.newDirectoryStream(dir)) {
            for (Path p : in) {
                if (names.size() >= 1000) {
                    break;   // a huge folder: no suggestion rather than a slow one
                }
                if (Files.isRegularFile(p)) {
                    names.add(p.getFileName().toString());
                }
            }
        } catch (IOException | RuntimeException e) {
            return "";
        }
        java.util.Collections.sort(names);   // the same suggestion whatever the folder's listing order
        String near = closestFile(name.toString(), names);
        for (int tries = 0; near != null && !suggest.test(dir.resolve(near)) && tries < 5; tries++) {
            names.remove(near);
            near = closestFile(name.toString(), names);
        }
        return near == null || !suggest.test(dir.resolve(near)) ? "" : " (did you mean " + (parent == null ? near
                : parent.resolve(near)) + "?)";
    }

    /** DIR2/NAME where DIR2 is the folder beside {@code dir} of the closest name that holds a file {@code name}, or null. */
    private static String sibling(Path dir, Path name) {
        Path up = dir.getParent();
        Path in = up == null ? Path.of(".") : up;
        if (dir.getFileName() == null || !Files.isDirectory(in)) {
            return null;
        }
        java.util.List<String> folders = new java.util.ArrayList<>();
        try (java.nio.file.DirectoryStream<Path> list = Files.newDirectoryStream(in)) {
            for (Path p : list) {
                if (folders.size() >= 1000) {
                    break;
                }
                if (Files.isDirectory(p) && Files.isRegularFile(p.resolve(name))) {
                    folders.add(p.getFileName().toString());
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        java.util.Collections.sort(folders);
        String near = org.talentsim.internal.Suggestions.closest(dir.getFileName().toString(), folders);
        return near == null ? null : (up == null ? Path.of(near) : up.resolve(near)).resolve(name).toString();
    }

    /** At most {@code limit} bytes of {@code in}; more is a {@link ScenarioException} (read no further than one byte past it). */
    static byte[] read(InputStream in, String name, int limit) throws IOException {
        byte[] b = in.readNBytes(limit);
        if (b.length == limit && in.read() >= 0) {
            throw larger(name);
        }
        return b;
    }

    private static ScenarioException larger(String name) {
        return new ScenarioException(name, 0, 0, "", "the file is larger than the limit of " + MAX_BYTES + " bytes");
    }

    /** What a path that is not a regular file or folder is, for the message. */
    private static String kind(Path file) {
        try {
            if (Files.getAttribute(file, "unix:mode") instanceof Integer mode) {
                switch (mode & 0170000) {
                    case 0010000: return "a FIFO (named pipe)";
                    case 0020000: return "a character device";
                    case 0060000: return "a block device";
                    case 0140000: return "a socket";
                    default: break;
                }
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // no unix view here: the generic wording below
        }
        return "not a regular file (a FIFO, device or socket)";
    }

    /** The reason an {@link IOException} gives, e.g. "permission denied" (Java leaves it out of that one's message). */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** Parses the UTF-8 bytes of a scenario file named {@code fileName} (for messages). */
    public static Scenario parse(byte[] yaml, String fileName) {
        return parse(yaml, fileName, PolicyRegistry.defaults());
    }

    /** As {@link #parse(byte[], String)}, with policies looked up in {@code registry}. */
    public static Scenario parse(byte[] yaml, String fileName, PolicyRegistry registry) {
        return parse(yaml, fileName, registry, EventTypes.defaults());
    }

    /**
     * As {@link #parse(byte[], String, PolicyRegistry)}, with event types from {@code events}.
     * The scenario's {@linkplain Scenario#origin() origin} is {@code fileName} and the bytes' hash.
     */
    public static Scenario parse(byte[] yaml, String fileName, PolicyRegistry registry, EventTypes events) {
        Objects.requireNonNull(yaml, "yaml");
        return parse(text(yaml, fileName), fileName, registry, events)
                .withOrigin(new Scenario.Origin(fileName, RunInfo.sha256(yaml), List.of()));
    }

    /**
     * The text of UTF-8 bytes. A file in UTF-16 or UTF-32 (with or without a byte order mark,
     * recognised from its first bytes as YAML 1.2 §5.2 does) is refused at 1:1 with what to do;
     * the first byte that is not UTF-8 is reported at its line and column.
     *
     * @throws ScenarioException naming {@code fileName} and the place
     */
    public static String text(byte[] yaml, String fileName) {
        String wide = wideEncoding(yaml);
        if (wide != null) {
            throw new ScenarioException(fileName, 1, 1, "", "the file is " + wide + "; save it as UTF-8");
        }
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(yaml);
        CharBuffer out = CharBuffer.allocate(yaml.length);
        CoderResult r = d.decode(in, out, true);
        if (!r.isError()) {
            r = d.flush(out);
        }
        out.flip();
        if (r.isError()) {
            int[] at = YamlTree.position(out, out.length());
            throw new ScenarioException(fileName, at[0], at[1], "", String.format(Locale.ROOT,
                    "expected UTF-8 text, found bytes that are not UTF-8 (0x%02X)", yaml[in.position()] & 0xFF));
        }
        return out.toString();
    }

    /** "UTF-16" or "UTF-32" when the first bytes say so (a byte order mark, or the zero bytes of an ASCII start), else null. */
    private static String wideEncoding(byte[] b) {
        int n = b.length;
        if (n >= 4 && ((b[0] == 0 && b[1] == 0 && (b[2] == (byte) 0xFE && b[3] == (byte) 0xFF || b[2] == 0 && b[3] != 0))
                || (b[2] == 0 && b[3] == 0 && (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE || b[0] != 0 && b[1] == 0)))) {
            return "UTF-32";
        }
        if (n >= 2 && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE)
                || (b[0] == 0 && b[1] != 0) || (b[0] != 0 && b[1] == 0))) {
            return "UTF-16";
        }
        return null;
    }

    /** Parses scenario text; {@code fileName} names it in messages. */
    public static Scenario parse(String yaml, String fileName) {
        return parse(yaml, fileName, PolicyRegistry.defaults());
    }

    /** Parses scenario text whose policies are looked up in {@code registry}. */
    public static Scenario parse(String yaml, String fileName, PolicyRegistry registry) {
        return parse(yaml, fileName, registry, EventTypes.defaults());
    }

    /**
     * Parses scenario text whose policies are looked up in {@code registry} and event types in
     * {@code events}; {@code fileName} names it in messages.
     */
    public static Scenario parse(String yaml, String fileName, PolicyRegistry registry, EventTypes events) {
        Objects.requireNonNull(yaml, "yaml");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(events, "events");
        String text = yaml.startsWith("\uFEFF") ? yaml.substring(1) : yaml;
        Doc doc = new Doc(fileName, registry, events);
        return ScenarioReader.read(YamlTree.parse(text, fileName), doc);
    }

    /**
     * {@code base} with {@code overrides} applied in order, validated as a file is: the scenario
     * is written as YAML, each override replaces the value its path names by its value read as
     * YAML, and the result is read back with {@code registry} and {@code events}, so values,
     * units and domains follow the file's rules exactly (docs/SCENARIO_FORMAT.md, "Overrides").
     *
     * @throws org.talentsim.scenario.OverrideException naming the override and the problem
     */
    public static Scenario apply(Scenario base, List<FieldOverride> overrides, PolicyRegistry registry, EventTypes events) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(events, "events");
        return Overrider.apply(base, List.copyOf(overrides), registry, events);
    }

    /** The scenario as YAML text; reading it back gives an equal scenario. */
    public static String write(Scenario scenario) {
        return ScenarioWriter.write(Objects.requireNonNull(scenario, "scenario"));
    }

    /**
     * Writes the scenario to {@code file} atomically: through a unique temporary file renamed over it, links,
     * folders and devices refused.
     *
     * @throws IllegalArgumentException when {@code file} exists and is not a regular file
     */
    public static void write(Scenario scenario, Path file) {
        TextFiles.write(file, write(scenario));
    }
}
