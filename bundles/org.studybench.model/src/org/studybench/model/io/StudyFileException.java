package org.studybench.model.io;

import java.io.Serial;
import java.nio.file.Path;

/**
 * A study file could not be read or written. The message is one line a researcher can act on and
 * names the file and, where known, the line and column.
 */
public class StudyFileException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public StudyFileException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    public Path getFile() {
        return file;
    }
}
