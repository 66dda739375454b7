package org.talentsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code talentsim check} on each broken fixture of core prints its expected message (with the path as given) and exits 2. */
class BrokenFixturesTest {
    static final Path DIR = Path.of("../core/src/test/resources/broken");

    static Stream<Path> fixtures() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(files.size() >= 20, "at least 20 broken fixtures, found " + files.size());
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void checkPrintsTheExpectedMessage(Path file) throws IOException {
        String first = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
        String name = file.getFileName().toString();
        // ({resources}: the fixtures' parent folder, as a message names a path resolved against it)
        String expected = (file + first.substring("# expect: ".length() + name.length()))
                .replace("{resources}", file.toAbsolutePath().normalize().getParent().getParent().toString());
        Cli r = Cli.run("check", file.toString());
        assertEquals(2, r.exit());
        assertEquals(expected + System.lineSeparator(), r.err());
        assertEquals("", r.out());
    }
}
