package org.studybench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The log of failures behind the one-line messages: every internal error, and input errors that have
 * an underlying cause, with the stack trace, the time, the version and the command line. It is the
 * user's file, {@code ${XDG_STATE_HOME:-~/.local/state}/studybench/logs/cli.log} (next to the launcher's
 * {@code studybench.log}), never in the installation, which may be read-only and shared. Without a
 * usable home the launcher's fallback, {@code ${TMPDIR:-/tmp}/studybench-<user>/logs}, is used. The
 * system property {@code studybench.logs} names another folder. At 1 MB the log moves to
 * {@code cli.log.1}, so it stays small.
 */
public final class ErrorLog {

    static final String FILE = "cli.log";
    private static final long ROTATE_AT = 1 << 20;

    private ErrorLog() {
    }

    /** Where logs go, from the environment and the home folder: XDG_STATE_HOME when it is absolute (as the XDG spec asks). */
    public static Path folder(Map<String, String> environment, String userHome) {
        String state = environment.get("XDG_STATE_HOME");
        Path base = state != null && !state.isBlank() && Path.of(state).isAbsolute() ? Path.of(state) : Path.of(userHome, ".local", "state");
        return base.resolve("studybench").resolve("logs");
    }

    private static List<Path> candidates() {
        List<Path> out = new ArrayList<>();
        String given = System.getProperty("studybench.logs");
        if (given != null && !given.isBlank()) {
            out.add(Path.of(given));
        }
        out.add(folder(System.getenv(), System.getProperty("user.home", "/nonexistent")));
        out.add(Path.of(System.getProperty("java.io.tmpdir", "/tmp"), "studybench-" + System.getProperty("user.name", "user"), "logs"));
        return out;
    }

    /**
     * Appends {@code failure} with its stack trace and returns the log file, or null when no folder
     * could take it (the caller then says so; a failing log must not hide the original error).
     */
    public static Path write(String version, String[] args, Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        String entry = Instant.now() + " StudyBench " + version + ": studybench " + String.join(" ", args) + System.lineSeparator() + trace
                + System.lineSeparator();
        for (Path folder : candidates()) {
            try {
                Files.createDirectories(folder);
                Path file = folder.resolve(FILE);
                if (Files.isRegularFile(file) && Files.size(file) > ROTATE_AT) {
                    Files.move(file, folder.resolve(FILE + ".1"), StandardCopyOption.REPLACE_EXISTING);
                }
                Files.writeString(file, entry, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                return file;
            } catch (IOException | RuntimeException e) {
                // try the next folder
            }
        }
        return null;
    }
}
