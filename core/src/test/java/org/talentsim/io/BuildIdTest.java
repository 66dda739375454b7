package org.talentsim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build ID ({@link RunInfo#build()}) every manifest now records: read from a jar's central
 * directory (names, CRC-32s, sizes), the same for a jar and the folder it was made from, and
 * changed by a change of any library class but not of a front end's.
 */
class BuildIdTest {
    @Test
    void aJarAndItsFolderHaveOneBuildAndAChangedClassAnother(@TempDir Path tmp) throws Exception {
        Path classes = Path.of(RunInfo.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String folder = RunInfo.Build.of(classes);
        assertTrue(folder.matches("[0-9a-f]{16}"), folder);
        if (Files.isDirectory(classes)) {
            assertEquals(RunInfo.build(), folder, "the classes these tests run");
        }
        Path copy = tmp.resolve("copy");
        List<Path> files;
        try (var walk = Files.walk(classes)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            Path to = copy.resolve(classes.relativize(f).toString());
            Files.createDirectories(to.getParent());
            Files.copy(f, to);
        }
        Path jar = tmp.resolve("core.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
            for (Path f : files) {
                j.putNextEntry(new ZipEntry(classes.relativize(f).toString().replace(java.io.File.separatorChar, '/')));
                j.write(Files.readAllBytes(f));
                j.closeEntry();
            }
        }
        assertEquals(folder, RunInfo.Build.of(jar), "a jar of the same classes");
        assertEquals(folder, RunInfo.Build.of(copy));
        // a front end's class does not count; a library class does
        Path frontEnd = Files.createDirectories(copy.resolve("org/talentsim/cli")).resolve("Extra.class");
        Files.write(frontEnd, new byte[] {1, 2, 3});
        assertEquals(folder, RunInfo.Build.of(copy), "cli is a front end");
        Path kernel = copy.resolve("org/talentsim/io/RunInfo.class");
        byte[] b = Files.readAllBytes(kernel);
        b[b.length - 1] ^= 1;
        Files.write(kernel, b);
        assertNotEquals(folder, RunInfo.Build.of(copy), "one bit of one class");
    }
}
