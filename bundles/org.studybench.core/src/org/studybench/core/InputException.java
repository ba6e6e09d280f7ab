package org.studybench.core;

import java.io.Serial;

/**
 * Bad input from a user: a wrong parameter value, an unreadable file, a missing element. The message
 * is a single line that says where (file and line, record, sheet or parameter) and what was expected;
 * front ends show it as is (exit code 1 in the CLI), never with a stack trace.
 *
 * @since 0.1
 */
public class InputException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
