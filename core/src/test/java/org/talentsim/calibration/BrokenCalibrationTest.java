package org.talentsim.calibration;

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
import org.talentsim.io.CalibrationFiles;
import org.talentsim.io.ScenarioException;

/**
 * The calibration files among {@code src/test/resources/broken/} ({@code kind: calibration},
 * numbered from 200) fail {@link Calibration#read} with exactly the message of their first line
 * ({@code # expect: MESSAGE}): file, line, column, field path, problem.
 */
class BrokenCalibrationTest {
    static final Path DIR = Path.of("src/test/resources/broken");

    static Stream<Path> fixtures() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).filter(BrokenCalibrationTest::isCalibration).sorted()
                    .toList();
        }
        assertTrue(files.size() >= 20, "at least 20 broken calibration fixtures, found " + files.size());
        return files.stream();
    }

    static boolean isCalibration(Path p) {
        try {
            return CalibrationFiles.isCalibration(Files.readString(p, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return false;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void failsWithItsExpectedMessage(Path file) throws IOException {
        String first = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
        assertTrue(first.startsWith("# expect: "), file + " must start with '# expect: '");
        String name = file.getFileName().toString();
        // ({resources}: the fixtures' parent folder, as the message names a path resolved against it)
        String expected = (file + first.substring("# expect: ".length() + name.length()))
                .replace("{resources}", file.toAbsolutePath().normalize().getParent().getParent().toString());
        ScenarioException e = assertThrows(ScenarioException.class, () -> Calibration.read(file));
        assertEquals(expected, e.getMessage());
        assertTrue(e.line() >= 1 && e.column() >= 1, "a position is reported");
        assertEquals(1, e.getMessage().lines().count(), "one line");
    }
}
