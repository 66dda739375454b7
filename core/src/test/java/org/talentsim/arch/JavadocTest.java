package org.talentsim.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library's javadoc builds, as a release would build it: the JDK's javadoc over the main
 * sources with every doclint check, gives no error or warning; and every public member of the
 * exported packages has a comment (a reviewer found javadoc failing on two bare '<' and 158
 * public members without one: ScenarioBuilder's setters gave no unit or range).
 */
class JavadocTest {
    static final Path SOURCES = Path.of("src/main/java");

    @Test
    void theJavadocBuildsWithoutAnErrorOrWarning(@TempDir Path out) throws Exception {
        List<String> messages = javadoc(out, "-Xdoclint:all,-missing");
        assertEquals(List.of(), messages);
    }

    @Test
    void everyPublicMemberOfAnExportedPackageHasAComment(@TempDir Path out) throws Exception {
        List<String> missing = javadoc(out, "-Xdoclint:missing").stream()
                .filter(m -> m.contains("warning: no comment"))
                .filter(m -> !m.contains("/org/talentsim/kernel/"))   // not exported
                .filter(m -> !serializableRecordHeader(m))
                .toList();
        assertTrue(missing.isEmpty(), missing.size() + " public members without a comment, e.g. "
                + String.join("\n", missing.subList(0, Math.min(20, missing.size()))));
    }

    /**
     * A "no comment" warning at the header of a serializable record: JDK 17's javadoc asks a
     * comment of each component of such a record although its {@code @param} tags give them
     * (JDK-8275199, fixed in later JDKs); Experiment.Cell, Base and Run have theirs.
     */
    private static boolean serializableRecordHeader(String message) {
        int colon = message.indexOf(".java:");
        if (colon < 0) {
            return false;
        }
        int end = message.indexOf(':', colon + 6);
        Path file = Path.of(message.substring(0, colon + 5));
        int line = Integer.parseInt(message.substring(colon + 6, end));
        try {
            List<String> lines = Files.readAllLines(file);
            String header = String.join(" ", lines.subList(Math.max(0, line - 2), Math.min(lines.size(), line + 1)));   // a header of two lines
            return header.contains(" record ") && header.contains("implements Serializable");
        } catch (IOException e) {
            return false;
        }
    }

    /** The lines of javadoc's messages that name a source file (its errors and warnings). */
    private static List<String> javadoc(Path out, String lint) throws IOException, URISyntaxException {
        List<String> files;
        try (Stream<Path> s = Files.walk(SOURCES)) {
            files = s.filter(p -> p.toString().endsWith(".java") && !p.getFileName().toString().equals("module-info.java"))
                    .map(Path::toString).sorted().toList();
        }
        List<String> args = new ArrayList<>(List.of("-quiet", "-Xmaxwarns", "10000", "-Xmaxerrs", "10000", lint,
                "-d", out.toString(), "-classpath", dependencies()));
        args.addAll(files);
        java.util.spi.ToolProvider tool = java.util.spi.ToolProvider.findFirst("javadoc")
                .orElseThrow(() -> new AssertionError("no javadoc tool in this JDK"));
        java.io.StringWriter log = new java.io.StringWriter();
        java.io.PrintWriter w = new java.io.PrintWriter(log);
        int code = tool.run(w, w, args.toArray(String[]::new));
        w.flush();
        String text = log.toString();
        List<String> messages = text.lines().filter(l -> l.contains(".java:")).collect(Collectors.toList());
        assertTrue(code == 0 || !messages.isEmpty(), "javadoc failed without a message: " + text);
        return messages;
    }

    /** The jars of the library's dependencies, found by a class of each (surefire's class path is one manifest jar). */
    private static String dependencies() throws URISyntaxException {
        List<String> jars = new ArrayList<>();
        for (Class<?> c : List.of(org.slf4j.Logger.class, com.fasterxml.jackson.core.JsonFactory.class,
                com.fasterxml.jackson.databind.ObjectMapper.class, com.fasterxml.jackson.dataformat.yaml.YAMLFactory.class,
                org.yaml.snakeyaml.Yaml.class, org.apache.commons.math3.random.RandomGenerator.class)) {
            jars.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        }
        return String.join(File.pathSeparator, jars);
    }
}
