package org.talentsim.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import org.talentsim.policy.PolicyRegistry;
import org.talentsim.scenario.EventTypes;
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
        return parse(text(bytes(file), file.toString()), file.toString(), registry, events);
    }

    /** The bytes of a scenario file, at most {@link #MAX_BYTES}; a missing file is a {@link ScenarioException}. */
    public static byte[] bytes(Path file) {
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) {
                throw new ScenarioException(name, 0, 0, "", "expected a scenario file, was a directory");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new ScenarioException(name, 0, 0, "", "the file is larger than the limit of " + MAX_BYTES + " bytes");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(name, 0, 0, "", "no such file", e);
        } catch (IOException e) {
            throw new ScenarioException(name, 0, 0, "", "cannot read: " + e.getMessage(), e);
        }
    }

    /** Parses the UTF-8 bytes of a scenario file named {@code fileName} (for messages). */
    public static Scenario parse(byte[] yaml, String fileName) {
        return parse(yaml, fileName, PolicyRegistry.defaults());
    }

    /** As {@link #parse(byte[], String)}, with policies looked up in {@code registry}. */
    public static Scenario parse(byte[] yaml, String fileName, PolicyRegistry registry) {
        return parse(text(yaml, fileName), fileName, registry);
    }

    private static String text(byte[] yaml, String fileName) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(yaml)).toString();
        } catch (CharacterCodingException e) {
            throw new ScenarioException(fileName, 0, 0, "", "expected UTF-8 text, found bytes that are not UTF-8", e);
        }
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

    /** The scenario as YAML text; reading it back gives an equal scenario. */
    public static String write(Scenario scenario) {
        return ScenarioWriter.write(Objects.requireNonNull(scenario, "scenario"));
    }

    /**
     * Writes the scenario to {@code file} atomically ({@link TextFiles#write}).
     *
     * @throws IllegalArgumentException when {@code file} exists and is not a regular file
     */
    public static void write(Scenario scenario, Path file) {
        TextFiles.write(file, write(scenario));
    }
}
