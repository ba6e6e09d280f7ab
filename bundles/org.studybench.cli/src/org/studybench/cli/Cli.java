package org.studybench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.studybench.core.InputException;

import picocli.CommandLine;

/**
 * Runs one {@code studybench} command line in-process and returns its exit code. Input errors print
 * one line ({@code studybench <command>: <message>}, Java class names taken out) and give 1. Anything
 * else is an internal error: one line with the path of the {@link ErrorLog} that keeps the stack trace,
 * exit 2; {@code --debug} prints the trace too.
 */
public final class Cli {

    private Cli() {
    }

    public static int run(CliServices services, PrintWriter out, PrintWriter err, String... args) {
        StudyBenchCommand root = new StudyBenchCommand(services);
        CommandLine commandLine = new CommandLine(root);
        commandLine.getCommandSpec().version("StudyBench " + services.version());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, command, parseResult) -> {
            String name = command.getCommandSpec().qualifiedName();
            if (exception instanceof InputException) {
                if (exception.getCause() != null) {
                    ErrorLog.write(services.version(), args, exception); // the library's own words, for a bug report
                }
                err.println(name + ": " + UserMessages.clean(exception.getMessage()));
                err.flush();
                return ExitCode.INPUT;
            }
            return internalError(name, exception, services, root.debug, err, args);
        });
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            CommandLine failed = exception.getCommandLine();
            err.println(failed.getCommandSpec().qualifiedName() + ": " + exception.getMessage());
            err.println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for more information.");
            err.flush();
            return ExitCode.INPUT;
        });
        int code;
        try {
            code = commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            code = outOfMemory(e, services, err, args);
        } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
            // picocli passes only Exceptions to the handler; a missing class (NoClassDefFoundError) or a
            // runaway recursion comes here, and is said in one line like any internal error
            code = internalError("studybench", e, services, root.debug, err, args);
        }
        out.flush();
        err.flush();
        return code;
    }

    /**
     * The Java heap is full: once the command's objects are unreachable there is room again for one line
     * saying which limit was hit and how to raise it (the launcher's setting), and for the log entry.
     */
    static int outOfMemory(OutOfMemoryError failure, CliServices services, PrintWriter err, String[] args) {
        Path log = ErrorLog.write(services.version(), args, failure);
        long megabytes = Runtime.getRuntime().maxMemory() >> 20;
        err.println("studybench: out of memory: the command needed more than the " + megabytes + " MB StudyBench may use; give it more with "
                + "STUDYBENCH_VMARGS=-Xmx" + Math.max(2, 2 * ((megabytes + 1023) >> 10)) + "g" + (log != null ? " (the details are in " + log + ")" : ""));
        err.flush();
        return ExitCode.INTERNAL;
    }

    /** One line naming the log that keeps the stack trace; {@link ExitCode#INTERNAL}. */
    static int internalError(String command, Throwable failure, CliServices services, boolean debug, PrintWriter err, String[] args) {
        Path log = ErrorLog.write(services.version(), args, failure);
        err.println(command + ": internal error (a bug in StudyBench or a plug-in, not in your input); "
                + (log != null ? "the details are in " + log : "no log could be written, run with --debug for the details"));
        if (debug) {
            failure.printStackTrace(err);
        }
        err.flush();
        return ExitCode.INTERNAL;
    }
}
