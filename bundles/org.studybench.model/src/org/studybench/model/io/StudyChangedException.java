package org.studybench.model.io;

import java.nio.file.Path;

/**
 * A save refused because the study file changed since the study was read from it (another program,
 * command or window saved it): saving would lose that change. Reload the study, or save it somewhere else.
 *
 * @since 0.1
 */
public class StudyChangedException extends StudyFileException {

    private static final long serialVersionUID = 1L;

    public StudyChangedException(Path file) {
        super(file, file + ": the study changed since it was opened (saved by another program or command); nothing was saved: open it again and redo the change",
                null);
    }
}
