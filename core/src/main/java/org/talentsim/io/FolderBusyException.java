package org.talentsim.io;

import org.talentsim.internal.Words;
import java.nio.file.Path;

/**
 * Another run (in this process or another) holds the lock of a result folder: it is writing
 * that folder now. Nothing was written; wait for the other run or write somewhere else.
 */
public final class FolderBusyException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final transient Path folder;

    FolderBusyException(Path folder, Path lockFile) {
        super(folder + " is being written by another run (lock " + lockFile + "); wait for it or choose another " + Words.out());
        this.folder = folder;
    }

    /** The result folder, as it was given. */
    public Path folder() {
        return folder;
    }
}
