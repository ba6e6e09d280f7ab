package org.studybench.importer.spss.internal;

import java.io.Serial;

/** The file is not a system file StudyBench can read; the message says why in the user's words (no file name). */
final class SavFormatException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    SavFormatException(String message) {
        super(message);
    }
}
