package org.studybench.cli;

/** Exit codes of every command. */
public final class ExitCode {

    /** Everything asked for was done. */
    public static final int OK = 0;
    /** Bad input: a wrong option, an unreadable or invalid study, a failed study in a batch. */
    public static final int INPUT = 1;
    /** A bug or an environment failure inside StudyBench. */
    public static final int INTERNAL = 2;

    private ExitCode() {
    }
}
