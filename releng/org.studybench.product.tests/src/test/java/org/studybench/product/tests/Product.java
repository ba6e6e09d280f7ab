package org.studybench.product.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The materialized product under test, and running its studybench launcher as a user would. */
final class Product {

    /** What one launcher run printed and returned. */
    record Run(List<String> args, int exit, String out, String err) {
        @Override
        public String toString() {
            return "studybench " + String.join(" ", args) + " -> exit " + exit + "\n--- stdout:\n" + out + "--- stderr:\n" + err;
        }
    }

    private Product() {
    }

    static Path folder() {
        Path product = Path.of(System.getProperty("studybench.product", "../org.studybench.product/target/products/org.studybench.product/linux/gtk/x86_64"))
                .toAbsolutePath().normalize();
        if (!Files.isExecutable(product.resolve("studybench"))) {
            throw new AssertionError(product + " has no studybench launcher: build the product first (./mvnw -B -DskipTests package)");
        }
        return product;
    }

    static Path repo() {
        return Path.of(System.getProperty("studybench.repo", "../..")).toAbsolutePath().normalize();
    }

    /**
     * Runs {@code studybench args...} headless: no DISPLAY, and the user's folders (XDG cache and state,
     * HOME) under {@code home}, so the run sees a user who has never started StudyBench before.
     */
    static Run run(Path home, Path workingDir, String... args) throws IOException, InterruptedException {
        return run(home, workingDir, Map.of(), args);
    }

    /** As {@link #run(Path, Path, String...)} with {@code env} added to the launcher's environment. */
    static Run run(Path home, Path workingDir, Map<String, String> env, String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        ProcessBuilder pb = launcher(home, workingDir, false, args).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            stop(p);
            throw new AssertionError("studybench " + String.join(" ", args) + " did not finish within 120 s");
        }
        Run run = new Run(List.of(args), p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return run;
    }

    /** The launcher as {@link #run} starts it; with {@code display}, the caller's DISPLAY is kept (the workbench). */
    static ProcessBuilder launcher(Path home, Path workingDir, boolean display, String... args) {
        List<String> command = new ArrayList<>();
        command.add(folder().resolve("studybench").toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(workingDir.toFile());
        Map<String, String> env = pb.environment();
        if (!display) {
            env.remove("DISPLAY");
            env.remove("WAYLAND_DISPLAY");
        }
        env.put("HOME", home.toString());
        env.put("XDG_CACHE_HOME", home.resolve(".cache").toString());
        env.put("XDG_STATE_HOME", home.resolve(".local/state").toString());
        env.put("XDG_DATA_HOME", home.resolve(".local/share").toString());
        return pb;
    }

    /** Ends a launcher run and the JVM it started. */
    static void stop(Process p) throws InterruptedException {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        p.waitFor(30, TimeUnit.SECONDS);
    }
}
