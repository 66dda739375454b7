package org.talentsim.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writing a whole text file so that a reader sees the old content or the new, never half of it:
 * the text goes to a new temporary file with a unique name in the target's folder (created, not
 * opened, so a link planted under a predictable name is never written through), which is then
 * renamed onto the target. Only a regular file or a new path is replaced: a target that is a
 * folder, a device, a pipe or a symbolic link is refused.
 */
public final class TextFiles {
    private TextFiles() {}

    /**
     * Writes {@code text} as UTF-8 to {@code file} (its folder is created if missing).
     *
     * @throws IllegalArgumentException when {@code file} exists and is not a regular file
     * @throws UncheckedIOException when the file cannot be written (nothing is left behind)
     */
    public static void write(Path file, String text) {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes {@code bytes} to {@code file} (its folder is created if missing), as {@link
     * #write(Path, String)} writes text: a reader sees the old file or the new one.
     *
     * @throws IllegalArgumentException when {@code file} exists and is not a regular file
     * @throws UncheckedIOException when the file cannot be written (nothing is left behind)
     */
    public static void write(Path file, byte[] bytes) {
        Path target = file.toAbsolutePath();
        requireWritableTarget(target);
        Path tmp = null;
        try {
            Files.createDirectories(target.getParent());
            tmp = newPart(target);
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort while failing
                }
            }
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Creates a new empty file beside {@code target} under a name no other file has, with the
     * permissions of any new file (those the umask leaves: {@code Files.createTempFile} would
     * make it private, 0600, and the renamed result with it, where a run's files are 0644).
     * Created with CREATE_NEW semantics, so whatever already has the name, a link too, is never
     * opened.
     */
    static Path newPart(Path target) throws IOException {
        for (int attempt = 0; ; attempt++) {
            String name = new StringBuilder(48).append('.').append(target.getFileName()).append('.')   // (no invokedynamic: Market.logName)
                    .append(AtomicFiles.randomSuffix()).append(".part").toString();
            try {
                return Files.createFile(target.resolveSibling(name));
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
        }
    }

    /**
     * Checks that {@code target} is a new path or a regular file (not a link, folder or device).
     *
     * @throws IllegalArgumentException naming what the path is
     */
    public static void requireWritableTarget(Path target) {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        String kind;
        if (Files.isSymbolicLink(target)) {
            kind = "a symbolic link";
        } else if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            kind = "a folder";
        } else if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            kind = "a device, pipe or socket";
        } else {
            return;
        }
        throw new IllegalArgumentException(target + " is " + kind + ", not a regular file: write to a new path or a regular file");
    }
}
