package org.studybench.cli;

import java.io.PrintWriter;

import org.studybench.core.InputException;

import picocli.CommandLine;

/**
 * Runs one {@code studybench} command line in-process and returns its exit code. Input errors print
 * one line ({@code studybench <command>: <message>}) and give 1; internal errors give 2 and print the
 * stack trace only with {@code --debug}.
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
                err.println(name + ": " + exception.getMessage());
                err.flush();
                return ExitCode.INPUT;
            }
            err.println(name + ": internal error: " + exception + (root.debug ? "" : " (run with --debug for details)"));
            if (root.debug) {
                exception.printStackTrace(err);
            }
            err.flush();
            return ExitCode.INTERNAL;
        });
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            CommandLine failed = exception.getCommandLine();
            err.println(failed.getCommandSpec().qualifiedName() + ": " + exception.getMessage());
            err.println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for more information.");
            err.flush();
            return ExitCode.INPUT;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
