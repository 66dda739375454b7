package org.talentsim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file in {@code src/test/resources/broken/} starts with {@code # expect: MESSAGE}: reading
 * it must fail with exactly that one message (file, line, column, field path, what was expected).
 * The calibration files among them ({@code kind: calibration}) are read by {@code
 * calibration.BrokenCalibrationTest}.
 */
class BrokenScenarioTest {
    static final Path DIR = Path.of("src/test/resources/broken");
    static final String PREFIX = "# expect: ";

    static Stream<Path> fixtures() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).filter(p -> !isCalibration(p)).sorted().toList();
        }
        assertTrue(files.size() >= 20, "at least 20 broken fixtures, found " + files.size());
        return files.stream();
    }

    static boolean isCalibration(Path file) {
        try {
            return CalibrationFiles.isCalibration(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    static String expected(Path file) throws IOException {
        String first = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
        assertTrue(first.startsWith(PREFIX), file + " must start with '" + PREFIX + "'");
        return first.substring(PREFIX.length());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void failsWithItsExpectedMessage(Path file) throws IOException {
        String name = file.getFileName().toString();
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioFiles.parse(Files.readAllBytes(file), name));
        assertEquals(expected(file), e.getMessage());
        assertEquals(name, e.file());
        assertTrue(e.line() >= 1 && e.column() >= 1, "a position is reported");
        assertTrue(e.getMessage().startsWith(name + ":" + e.line() + ":" + e.column() + ": "));
        assertTrue(e.getMessage().endsWith(e.problem()));
        assertTrue(e.path().isEmpty() || e.getMessage().contains(": " + e.path() + ": "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void readNamesTheFileAsGiven(Path file) throws IOException {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioFiles.read(file));
        String rest = expected(file).substring(file.getFileName().toString().length());
        assertEquals(file.toString() + rest, e.getMessage());
    }
}
