package org.talentsim.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole-file writes replace only regular files, never write through links, and leave no temporary file. */
class TextFilesTest {
    @Test
    void replacesARegularFileAndLeavesNothingElse(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("sub/out.csv");
        TextFiles.write(f, "a\n");
        TextFiles.write(f, "b\n");
        assertEquals("b\n", Files.readString(f));
        try (Stream<Path> s = Files.list(f.getParent())) {
            assertEquals(1, s.count(), "no temporary file left");
        }
    }

    /**
     * A file written whole gets the permissions of any new file in its folder (the umask's), as a
     * run's files do: it was written through Files.createTempFile, whose file is private (0600),
     * and an experiment's files all came out -rw------- under a umask of 022.
     */
    @Test
    void aNewFileHasTheUmasksPermissionsNotPrivateOnes(@TempDir Path dir) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                Files.getFileStore(dir).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class));
        Path control = Files.createFile(dir.resolve("control"));
        Path f = dir.resolve("out.csv");
        TextFiles.write(f, "a\n");
        assertEquals(Files.getPosixFilePermissions(control), Files.getPosixFilePermissions(f));
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.getPosixFilePermissions(control).size() > 2, "a umask that allows more than 0600");
        assertTrue(Files.getPosixFilePermissions(f).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ)
                || Files.getPosixFilePermissions(f).contains(java.nio.file.attribute.PosixFilePermission.GROUP_READ),
                Files.getPosixFilePermissions(f).toString());
    }

    @Test
    void aLinkPlantedUnderTheOldTemporaryNameIsNotWrittenThrough(@TempDir Path dir) throws Exception {
        Path victim = dir.resolve("victim.txt");
        Files.writeString(victim, "keep");
        Files.createSymbolicLink(dir.resolve(".out.csv.part"), victim);
        TextFiles.write(dir.resolve("out.csv"), "data\n");
        assertEquals("keep", Files.readString(victim));
        assertTrue(Files.isRegularFile(dir.resolve("out.csv"), LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void refusesLinksFoldersAndDevices(@TempDir Path dir) throws Exception {
        Path victim = dir.resolve("victim.txt");
        Files.writeString(victim, "keep");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), victim);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TextFiles.write(link, "x"));
        assertTrue(e.getMessage().contains("symbolic link"), e.getMessage());
        assertEquals("keep", Files.readString(victim));
        Files.createDirectory(dir.resolve("folder"));
        e = assertThrows(IllegalArgumentException.class, () -> TextFiles.write(dir.resolve("folder"), "x"));
        assertTrue(e.getMessage().contains("a folder"), e.getMessage());
        // a named pipe of the test's own, not a device such as /dev/full: the mutation run, as root,
        // runs this test against a write that no longer checks, which replaced /dev/full with a file
        Path pipe = dir.resolve("pipe.csv");
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0;
        } catch (java.io.IOException noMkfifo) {
            made = false;
        }
        if (made) {
            e = assertThrows(IllegalArgumentException.class, () -> TextFiles.write(pipe, "x"));
            assertTrue(e.getMessage().contains("a device, pipe or socket"), e.getMessage());
            assertFalse(Files.isRegularFile(pipe, LinkOption.NOFOLLOW_LINKS), "the pipe is still a pipe");
        }
    }
}
