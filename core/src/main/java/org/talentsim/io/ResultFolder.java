package org.talentsim.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.talentsim.internal.AtomicFiles;

/**
 * A result folder being written: its lock, its staging folder and the swap (DESIGN §6).
 *
 * <p>For a result folder {@code P/NAME}:
 * <ul>
 *   <li><b>lock</b> — {@code P/.NAME.lock}, locked with {@link FileChannel#tryLock()} for the
 *       whole run (before anything is written, until the swap is done). It is never deleted (a
 *       deleted lock file would let two runs lock two different files); the swap does not touch
 *       it. A lock held by another process, or by another run in this JVM, makes {@link #open}
 *       throw {@link FolderBusyException}.</li>
 *   <li><b>staging</b> — a new folder {@code P/.NAME.staging-RANDOM} (created with mkdir, so
 *       nothing planted under a guessable name is reused); the run creates its files there with
 *       CREATE_NEW.</li>
 *   <li><b>swap</b> — if {@code P/NAME} does not exist, the staging folder is renamed to it. If
 *       it does: files in it that are not result files (a user's notes) are hard-linked (or
 *       copied) into the staging folder, {@code P/NAME} is renamed to {@code
 *       P/.NAME.old-RANDOM}, the staging folder is renamed to {@code P/NAME}, folders of the
 *       user's are moved from the old folder into the new one, and the old folder is deleted.
 *       Between the two renames (two system calls) {@code P/NAME} does not exist: a reader sees
 *       the old set, no folder, or the new set — never a mix.</li>
 *   <li><b>leftovers</b> — a run killed before the swap leaves its staging folder beside the
 *       result folder (never files inside it); a run that ends otherwise deletes it (a shutdown
 *       hook does so on SIGINT/SIGTERM). The next run into the same folder, holding the lock,
 *       deletes stale staging folders; a stale old folder is renamed back to {@code P/NAME} if
 *       the run was killed between the two renames, or finished (user files moved, deleted).</li>
 * </ul>
 * A result folder that is a symbolic link, or whose result names are folders or devices, is
 * refused; a result file that is a symbolic link is replaced by a regular file (the link is
 * dropped with the old folder, never followed).
 */
final class ResultFolder implements AutoCloseable {
    /** File keys of the lock files locked by this JVM: a second run here is busy without touching the channel. */
    private static final Set<Object> HELD = new HashSet<>();

    private final Path shown;
    private final Path target;
    private final Path parent;
    private final String name;
    private final Set<String> resultNames;
    /** {@link #key} of the folder's name. */
    private final String key;
    private final Path lockFile;
    private final Path lockShown;
    private FileChannel channel;
    private FileLock lock;
    private Object lockKey;
    private Path staging;
    private Thread hook;
    private boolean committed;
    private boolean abandoned;
    private boolean closed;

    /**
     * The folder's name in the names of its lock, staging and old folders: the name itself, or,
     * when {@code .NAME.staging-RANDOM} would pass the 255 bytes a file name may have, its first
     * bytes and a hash of the whole name ({@code NAME~HASH}), so that a folder named near the limit
     * is usable and two such names still get two locks.
     */
    static String key(String name) {
        int room = 255 - ".".length() - ".staging-".length() - AtomicFiles.RANDOM_HEX;
        byte[] utf8 = name.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (utf8.length <= room) {
            return name;
        }
        String hash;
        try {
            hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(utf8), 0, 6);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        int keep = room - 1 - hash.length();
        StringBuilder b = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            int n = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (bytes + n > keep) {
                break;
            }
            b.appendCodePoint(cp);
            bytes += n;
            i += Character.charCount(cp);
        }
        return b.append('~').append(hash).toString();
    }

    private ResultFolder(Path dir, Set<String> resultNames) {
        this.shown = dir;
        this.target = dir.toAbsolutePath().normalize();
        this.parent = target.getParent();
        this.name = target.getFileName().toString();
        this.resultNames = resultNames;
        this.key = key(name);
        this.lockFile = parent.resolve("." + key + ".lock");
        Path p = dir.normalize().getParent();
        this.lockShown = p == null ? Path.of(lockFile.getFileName().toString()) : p.resolve(lockFile.getFileName());
    }

    /**
     * Locks {@code dir}, cleans what earlier killed runs left and creates the staging folder.
     *
     * @throws IllegalArgumentException when {@code dir} cannot be a result folder ({@link #check})
     * @throws FolderBusyException when another run is writing it
     * @throws UncheckedIOException when the parent folder, lock or staging folder cannot be made
     */
    static ResultFolder open(Path dir, Set<String> resultNames) {
        check(dir, resultNames);
        checkNotMounted(dir);
        ResultFolder f = new ResultFolder(dir, resultNames);
        try {
            Files.createDirectories(f.parent);
            f.lock();
            f.cleanStale();
            check(dir, resultNames);
            f.staging = AtomicFiles.createUniqueDir(f.parent, "." + f.key + ".staging-");
            f.hook = new Thread(f::abandon, "talentsim-staging-cleanup");
            Runtime.getRuntime().addShutdownHook(f.hook);
            return f;
        } catch (IOException e) {
            f.close();
            throw new UncheckedIOException("cannot write results to " + dir + ": " + describe(e), e);
        } catch (RuntimeException e) {
            f.close();
            throw e;
        }
    }

    /**
     * Locks {@code dir} (its lock file beside it) without staging anything: for writers that
     * write their files into the folder themselves (experiments, whose journal must survive a
     * kill in place). Close to release.
     *
     * @throws FolderBusyException when another run is writing it
     */
    static ResultFolder lockOnly(Path dir, Set<String> resultNames) {
        check(dir, resultNames);
        ResultFolder f = new ResultFolder(dir, resultNames);
        try {
            Files.createDirectories(f.parent);
            f.lock();
            f.committed = true; // nothing staged: nothing to delete on close
            return f;
        } catch (IOException e) {
            f.close();
            throw new UncheckedIOException("cannot lock " + dir + ": " + describe(e), e);
        } catch (RuntimeException e) {
            f.close();
            throw e;
        }
    }

    /**
     * Checks that {@code dir} can be a result folder: not the root nor a folder holding the
     * current one, not a symbolic link, a folder if it exists (and then no result name in it a
     * folder or device), and below folders only (not under a regular file).
     *
     * @throws IllegalArgumentException one line naming the path and the problem
     */
    static void check(Path dir, Set<String> resultNames) {
        Path t = dir.toAbsolutePath().normalize();
        if (t.getParent() == null || t.getFileName() == null) {
            throw new IllegalArgumentException(dir + " is the root folder: give a folder below it");
        }
        if (Path.of("").toAbsolutePath().normalize().startsWith(t)) {
            throw new IllegalArgumentException((dir.toString().isEmpty() ? "'' (an empty path, the current folder)" : dir)
                    + " is or holds the current folder: give a folder of its own");
        }
        // checked here, before a run: the names beside it (lock, staging) are cut to fit (key), so
        // a name too long for the file system itself would otherwise fail only at the swap
        if (t.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 255) {
            throw new IllegalArgumentException(dir + ": the folder's name is longer than the 255 bytes a file name may have");
        }
        if (Files.isSymbolicLink(t)) {
            throw new IllegalArgumentException(dir + " is a symbolic link: give the folder it points to, or another path");
        }
        // the lock file beside it, as lock() will refuse it (checked here too, so that a command
        // refuses it before it starts, as bad input)
        String lockName = "." + key(t.getFileName().toString()) + ".lock";
        Path lockFile = t.getParent().resolve(lockName);
        Path given = dir.normalize().getParent();
        Path lockShown = given == null ? Path.of(lockName) : given.resolve(lockName);
        if (Files.isSymbolicLink(lockFile)) {
            throw new IllegalArgumentException(lockShown + " is a symbolic link, not a lock file: remove it");
        }
        if (Files.exists(lockFile, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(lockFile, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException(lockShown + " is not a regular file, not a lock file: remove it");
        }
        if (Files.exists(t, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isDirectory(t, LinkOption.NOFOLLOW_LINKS)) {
                throw new IllegalArgumentException(dir + " exists and is not a folder");
            }
            for (String f : resultNames) {
                Path p = t.resolve(f);
                if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                        && !Files.isSymbolicLink(p)) {
                    String kind = Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? "a folder" : "a device, pipe or socket";
                    throw new IllegalArgumentException(dir.resolve(f) + " is " + kind
                            + ", not a result file: move it away or choose another folder");
                }
            }
            return;
        }
        Path under = dir.normalize();
        for (Path a = under.getParent(); a != null; a = a.getParent()) {
            if (Files.exists(a)) {
                if (!Files.isDirectory(a)) {
                    throw new IllegalArgumentException(dir + ": " + a + " is not a folder");
                }
                return;
            }
        }
    }

    /**
     * Refuses a mount point: the new set replaces the folder by renaming, which a mount point
     * refuses (EBUSY), so the run went to its end and then failed (found by a review; Docker's
     * {@code -v DIR:/out} with {@code --out /out}).
     */
    static void checkNotMounted(Path dir) {
        if (mountPoint(dir)) {
            throw new IllegalArgumentException(dir + " is a mount point: a run's results replace the folder whole (by"
                    + " renaming it), which a mount point cannot be; give a folder inside it, e.g. " + dir.resolve("results"));
        }
    }

    /**
     * Whether {@code dir} is a folder on which a file system is mounted: on Linux, one of the
     * mount points {@code /proc/self/mountinfo} lists (bind mounts included; a btrfs subvolume,
     * another device but no mount, is not one); elsewhere, a folder whose file store is not its
     * parent's. False where that cannot be told.
     */
    static boolean mountPoint(Path dir) {
        try {
            Path t = dir.toAbsolutePath().normalize();
            if (!Files.isDirectory(t, LinkOption.NOFOLLOW_LINKS) || t.getParent() == null) {
                return false;
            }
            Path info = Path.of("/proc/self/mountinfo");
            if (Files.isReadable(info)) {
                String real = t.toRealPath().toString();
                for (String line : Files.readAllLines(info, java.nio.charset.StandardCharsets.UTF_8)) {
                    String[] f = line.split(" ");
                    if (f.length > 4 && unescapeMountPath(f[4]).equals(real)) {
                        return true;
                    }
                }
                return false;
            }
            return !Files.getFileStore(t).equals(Files.getFileStore(t.getParent()));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** A mountinfo path: a space, tab, line break or backslash written as its octal escape ({@code \040}). */
    static String unescapeMountPath(String p) {
        if (p.indexOf('\\') < 0) {
            return p;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\\\([0-7]{3})").matcher(p);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, java.util.regex.Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 8))));
        }
        return m.appendTail(b).toString();
    }

    /** The path of a result file in the staging folder. */
    Path file(String fileName) {
        return staging.resolve(fileName);
    }

    /**
     * Puts the staged set in place of the result folder (see the class comment).
     *
     * @throws IllegalArgumentException when the result folder changed into something refused during the run
     * @throws UncheckedIOException when the swap fails (the old set is left in place)
     */
    synchronized void commit() {
        if (abandoned || closed) {
            throw new IllegalStateException("the results of " + shown + " were abandoned (the JVM is shutting down)");
        }
        try {
            if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                AtomicFiles.moveAtomic(staging, target);
                committed = true;
                return;
            }
            check(shown, resultNames);
            Set<Path> carried = carryOver();
            try {
                Files.setPosixFilePermissions(staging, Files.getPosixFilePermissions(target, LinkOption.NOFOLLOW_LINKS));
            } catch (UnsupportedOperationException | IOException ignored) {
                // keep the default permissions
            }
            Path old = parent.resolve("." + key + ".old-" + AtomicFiles.randomSuffix());
            AtomicFiles.moveAtomic(target, old);
            try {
                AtomicFiles.moveAtomic(staging, target);
            } catch (IOException e) {
                try {
                    AtomicFiles.moveAtomic(old, target);
                } catch (IOException back) {
                    e.addSuppressed(back);
                }
                throw e;
            }
            committed = true;
            List<String> kept = finishOld(old, carried);
            if (!kept.isEmpty()) {
                String m = "the new results are in place in " + shown + ", but " + kept
                        + " of the earlier folder could not be moved into it; the earlier folder is kept as " + old;
                throw new UncheckedIOException(m, new IOException(m));
            }
        } catch (UncheckedIOException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot put the results in place in " + shown + ": " + describe(e), e);
        }
    }

    /** Links (or copies) the user's files and links of the result folder into the staging folder; their names. */
    private Set<Path> carryOver() throws IOException {
        Set<Path> carried = new HashSet<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(target)) {
            for (Path e : s) {
                if (ours(e)) {
                    continue;
                }
                Path to = staging.resolve(e.getFileName()); // the name as the file system has it (not decoded and encoded again)
                if (Files.isSymbolicLink(e)) {
                    Files.copy(e, to, LinkOption.NOFOLLOW_LINKS);
                } else if (Files.isRegularFile(e, LinkOption.NOFOLLOW_LINKS)) {
                    try {
                        Files.createLink(to, e);
                    } catch (IOException | UnsupportedOperationException noLink) {
                        Files.deleteIfExists(to);
                        Files.copy(e, to, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
                    }
                } else {
                    continue; // folders and the like move after the swap
                }
                carried.add(e.getFileName());
            }
        }
        return carried;
    }

    /**
     * Moves what the user had in {@code old} and is not in the result folder yet into it, then
     * deletes {@code old}; keeps {@code old} if anything of the user's could not be moved.
     *
     * @return the names kept in {@code old} (empty when it was deleted)
     */
    private List<String> finishOld(Path old, Set<Path> carried) throws IOException {
        List<String> kept = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(old)) {
            for (Path e : s) {
                // names as the file system has them: decoded to text and encoded again, a name
                // outside the JVM's file-name encoding (a C locale) could not be named at all
                String n = e.getFileName().toString();
                if (ours(e) || carried.contains(e.getFileName())) {
                    continue;
                }
                Path dest = target.resolve(e.getFileName());
                if (Files.exists(dest, LinkOption.NOFOLLOW_LINKS)) {
                    if (!sameFile(e, dest)) {
                        kept.add(n);
                    }
                    continue;
                }
                try {
                    if (n.equals(ResultWriter.CHARTS) && Files.isDirectory(e, LinkOption.NOFOLLOW_LINKS)) {
                        // the charts of the report replaced (its report is in old still); the user's files there move
                        ResultWriter.clearCharts(e, old.resolve(ResultWriter.REPORT));
                    }
                    AtomicFiles.moveAtomic(e, dest);
                } catch (IOException | UncheckedIOException ex) {
                    kept.add(n);
                }
            }
        }
        if (kept.isEmpty()) {
            try {
                AtomicFiles.deleteTree(old);
            } catch (IOException e) {
                // the new set is in place: an earlier one the file system will not let go of (a file
                // marked immutable) is said and left, not reported as a failure to put the results in
                // place (found by a reviewer)
                org.slf4j.LoggerFactory.getLogger(ResultFolder.class).warn("the results are in place in {}, but the earlier set"
                        + " could not be deleted ({}); it is left in {}", shown, describe(e), old);
            }
        }
        return kept;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /** A result file, or a temporary file of an earlier version ({@code .labs.csv.part}), that is a file or a link. */
    private boolean ours(Path e) {
        String n = e.getFileName().toString();
        boolean named = resultNames.contains(n)
                || n.startsWith(".") && n.endsWith(".part") && resultNames.contains(n.substring(1, n.length() - 5));
        return named && (Files.isRegularFile(e, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(e));
    }

    private void lock() throws IOException {
        if (Files.isSymbolicLink(lockFile)) {
            throw new IllegalArgumentException(lockShown + " is a symbolic link, not a lock file: remove it");
        }
        try {
            Files.createFile(lockFile);
        } catch (FileAlreadyExistsException ignored) {
            // locked or left by an earlier run: lock files stay
        }
        if (!Files.isRegularFile(lockFile, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException(lockShown + " is not a regular file, not a lock file: remove it");
        }
        Object key = Files.readAttributes(lockFile, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
        if (key == null) {
            key = lockFile.toRealPath();
        }
        synchronized (HELD) {
            if (!HELD.add(key)) {
                throw new FolderBusyException(shown, lockShown);
            }
        }
        boolean locked = false;
        try {
            FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
            FileLock l;
            try {
                l = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                // another channel of this JVM holds it (not one of ours: those are in HELD)
                l = null;
            }
            if (l == null) {
                ch.close();
                throw new FolderBusyException(shown, lockShown);
            }
            channel = ch;
            lock = l;
            lockKey = key;
            locked = true;
        } finally {
            if (!locked) {
                synchronized (HELD) {
                    HELD.remove(key);
                }
            }
        }
    }

    /** Removes what killed runs into this folder left beside it (called holding the lock). */
    private void cleanStale() throws IOException {
        Pattern stale = Pattern.compile("\\." + Pattern.quote(key) + "\\.(staging|old)-[0-9a-f]{" + AtomicFiles.RANDOM_HEX + "}");
        List<Path> olds = new ArrayList<>();
        List<Path> stagings = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(parent)) {
            for (Path e : s) {
                var m = stale.matcher(e.getFileName().toString());
                if (m.matches() && Files.isDirectory(e, LinkOption.NOFOLLOW_LINKS)) {
                    ("old".equals(m.group(1)) ? olds : stagings).add(e);
                }
            }
        }
        for (Path old : olds) {
            if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                AtomicFiles.moveAtomic(old, target); // killed between the two renames: the old set comes back
            } else {
                // what cannot be moved stays there, named by the run that left it, and again here
                List<String> kept = finishOld(old, Set.of());
                if (!kept.isEmpty()) {
                    org.slf4j.LoggerFactory.getLogger(ResultFolder.class).warn("{} of an earlier set of {} could not be moved"
                            + " into it or deleted; they are kept in {}", kept, shown, old);
                }
            }
        }
        for (Path st : stagings) {
            AtomicFiles.deleteTree(st);
        }
    }

    /** Shutdown hook: the JVM is exiting before the swap; the staging folder goes. */
    synchronized void abandon() {
        if (!committed && !closed && staging != null) {
            abandoned = true;
            AtomicFiles.deleteTreeQuietly(staging);
        }
    }

    /** Deletes the staging folder unless committed, and releases the lock. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (!committed && staging != null) {
            AtomicFiles.deleteTreeQuietly(staging);
        }
        if (lock != null) {
            try {
                lock.release();
            } catch (IOException ignored) {
                // closing the channel releases it too
            }
        }
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to do
            }
        }
        if (lockKey != null) {
            synchronized (HELD) {
                HELD.remove(lockKey);
            }
        }
        if (hook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException ignored) {
                // the JVM is shutting down
            }
        }
    }

    private static String describe(IOException e) {
        String m = e.getMessage();
        return e instanceof java.nio.file.FileSystemException ? e.getClass().getSimpleName() + ": " + m : String.valueOf(m);
    }
}
