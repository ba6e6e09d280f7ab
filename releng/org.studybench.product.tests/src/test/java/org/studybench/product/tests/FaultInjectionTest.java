package org.studybench.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.studybench.product.tests.Product.Run;

/**
 * kill -9 at seeded-random points of an import, a report and a save, and concurrent imports into one
 * study, through the product's launcher. After each kill the study is exactly as before or as after the
 * command (never torn), the same command run again succeeds, and after that run's cleanup nothing is left:
 * no temporary file, no data file the study does not refer to, nothing in the temporary folder. Concurrent
 * imports either land in the study or are refused with the "changed since" message, never lost silently.
 *
 * <p>The kill points are fractions of a complete run's duration measured first on this machine, so they fall
 * in the command's work rather than only in the JVM's start on slow and fast machines alike. Problems are
 * judged against hostile-known-failures.txt ({@code fault:NAME} lines; {@code problem:spool}).
 */
class FaultInjectionTest {

    /** Fixed seed: the same kill points (as fractions of a run) every time. */
    private static final long SEED = 15_007;
    private static final Pattern CHANGED_SINCE = Pattern.compile("s\\.study: .*changed since");

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void killedCommandsLoseNothingAndLeaveNothingBehind(@TempDir Path root) throws Exception {
        Path home = Files.createDirectories(root.resolve("home"));
        assertEquals(0, Product.run(home, home, "--version").exit());
        Map<String, List<String>> problems = new TreeMap<>();
        Random random = new Random(SEED);
        long start = System.nanoTime();
        problems.put("fault:import", killedImports(root.resolve("import"), home, random, 5));
        problems.put("fault:save", killedSaves(root.resolve("save"), home, random, 4));
        problems.put("fault:report", killedReports(root.resolve("report"), home, random, 3));
        System.out.printf("FaultInjectionTest: 12 kills in %.1f s%n", (System.nanoTime() - start) / 1e9);
        Known.judge("FaultInjectionTest", problems, ReasonList.read(HostileCorpusTest.KNOWN_FAILURES), HostileCorpusTest.KNOWN_FAILURES);
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void concurrentWritersToOneStudyAreKeptOrRefusedNeverLost(@TempDir Path root) throws Exception {
        Path home = Files.createDirectories(root.resolve("home"));
        assertEquals(0, Product.run(home, home, "--version").exit());
        Setup s = setup(root, home, 2_000);
        List<String> p = new ArrayList<>();
        // Four imports at once, then four saves of another kind (add) at once, into the same study.
        p.addAll(concurrent(s, home, "import", "i", i -> List.of("import", "data.csv", "--study", "s.study", "--name", "i" + i)));
        p.addAll(concurrent(s, home, "add", "a", i -> List.of("add", "s.study", "source", "a" + i)));
        Run validate = s.run(home, "validate", "s.study");
        if (validate.exit() != 0) {
            p.add("the study does not validate after concurrent writers: " + validate);
        }
        p.addAll(s.leftovers(false));
        Known.judge("FaultInjectionTest", Map.of("fault:concurrent-writers", p), ReasonList.read(HostileCorpusTest.KNOWN_FAILURES),
                HostileCorpusTest.KNOWN_FAILURES);
    }

    /**
     * Starts four writers of the study at once and waits for all: each that exits 0 must have its element
     * (named PREFIX0..PREFIX3) in the final study, each refused one must say the study changed since it was read and
     * have left nothing in it; at least one must land.
     */
    private static List<String> concurrent(Setup s, Path home, String what, String prefix, java.util.function.IntFunction<List<String>> args)
            throws Exception {
        List<String> p = new ArrayList<>();
        int writers = 4;
        List<Process> running = new ArrayList<>();
        List<Path> errs = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            Path err = Files.createTempFile(home, "err", ".txt");
            errs.add(err);
            running.add(s.start(home, args.apply(i).toArray(String[]::new)).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start());
        }
        List<Integer> exits = new ArrayList<>();
        for (Process proc : running) {
            if (!proc.waitFor(120, TimeUnit.SECONDS)) {
                Product.stop(proc);
            }
            exits.add(proc.isAlive() ? -1 : proc.exitValue());
        }
        String study = Files.readString(s.study); // after all of them: a later save must not have dropped an earlier one's element
        int landed = 0;
        for (int i = 0; i < writers; i++) {
            String err = Files.readString(errs.get(i));
            Files.delete(errs.get(i));
            String name = prefix + i;
            boolean present = study.contains("name=\"" + name + "\"");
            String who = what + " " + name;
            if (exits.get(i) == 0) {
                landed++;
                if (!present) {
                    p.add(who + " said it was done (exit 0), but the study has no " + name + ": a lost update");
                }
            } else if (exits.get(i) == 1) {
                if (!CHANGED_SINCE.matcher(err).find()) {
                    p.add(who + " was refused, but not because the study changed since it was read: " + HostileCorpusTest.shown(err.strip()));
                }
                if (present) {
                    p.add(who + " was refused, but the study has its " + name);
                }
            } else {
                p.add(who + (exits.get(i) < 0 ? " did not finish within 120 s" : " exits " + exits.get(i)) + ": " + HostileCorpusTest.shown(err.strip()));
            }
        }
        if (landed == 0) {
            p.add("none of " + writers + " concurrent " + what + "s landed");
        }
        System.out.println("FaultInjectionTest: " + landed + " of " + writers + " concurrent " + what + "s landed, the others were refused " + exits);
        return p;
    }

    /** A study folder with a generated CSV of {@code rows} rows, an empty study and a temporary folder of its own. */
    private static Setup setup(Path root, Path home, int rows) throws Exception {
        Path work = Files.createDirectories(root.resolve("work"));
        Path tmp = Files.createDirectories(root.resolve("tmp"));
        Random r = new Random(SEED + rows);
        try (Writer w = Files.newBufferedWriter(work.resolve("data.csv"), StandardCharsets.UTF_8)) {
            w.write("id,size,country,score,weight,comment\n");
            for (int i = 1; i <= rows; i++) {
                w.write(i + "," + (r.nextBoolean() ? "SME" : "large") + "," + List.of("IT", "DE", "FR", "ES", "UK").get(r.nextInt(5)) + ","
                        + r.nextInt(11) + "," + (0.5 + r.nextDouble()) + ",\"text " + Long.toString(r.nextLong(), 36) + "\"\n");
            }
        }
        Setup s = new Setup(work, tmp, work.resolve("s.study"));
        Run created = s.run(home, "new", "s.study", "--title", "Faults");
        assertEquals(0, created.exit(), created.toString());
        return s;
    }

    /** The folder a fault test works in; every run gets {@code tmp} as its temporary folder. */
    private record Setup(Path work, Path tmp, Path study) {
        Map<String, String> env() {
            return Map.of("STUDYBENCH_VMARGS", "-Djava.io.tmpdir=" + tmp, "TMPDIR", tmp.toString());
        }

        Run run(Path home, String... args) throws Exception {
            return Product.run(home, work, env(), args);
        }

        ProcessBuilder start(Path home, String... args) {
            ProcessBuilder pb = Product.launcher(home, work, false, args);
            pb.environment().putAll(env());
            return pb;
        }

        /** Runs the command and kills it (SIGKILL) after {@code delay} unless it ended before; true if it was killed. */
        boolean killAfter(Path home, Duration delay, String... args) throws Exception {
            Process p = start(home, args).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (p.waitFor(delay.toMillis(), TimeUnit.MILLISECONDS)) {
                return false;
            }
            Product.stop(p); // destroyForcibly: SIGKILL, no shutdown hooks, no finally blocks
            return true;
        }

        /**
         * Lets time pass for what killed writers left: the product removes a killed writer's temporary file
         * only when it is old enough (a minute for study and report files, an hour for data files and a
         * killed import's data file no study refers to; a younger one may belong to a writer still
         * starting or running), so their times are set two hours back.
         */
        void age() throws IOException {
            FileTime old = FileTime.from(Instant.now().minus(Duration.ofHours(2)));
            for (Path folder : List.of(work, tmp)) {
                try (Stream<Path> all = Files.walk(folder)) {
                    for (Path f : all.filter(Files::isRegularFile).toList()) {
                        String name = f.getFileName().toString();
                        // (data files too: a killed import's file that no study refers to counts as left over at an hour)
                        if (name.endsWith(".tmp") || name.startsWith("studybench-import-") || name.endsWith(".parquet")) {
                            Files.setLastModifiedTime(f, old);
                        }
                    }
                }
            }
        }

        /** Prints where a kill fell: what it had done, and what it left (so a run shows which stages the kill points hit). */
        void log(String at, boolean killed, boolean done) throws IOException {
            List<String> left = new ArrayList<>(Leftovers.in(work));
            try (Stream<Path> files = Files.walk(tmp)) {
                files.filter(Files::isRegularFile).forEach(f -> left.add("temporary folder: " + tmp.relativize(f)));
            }
            System.out.println("FaultInjectionTest: " + at + (killed ? "" : "(ended before the kill) ") + (done ? "done" : "not done") + "; left " + left);
        }

        /** Leftovers in the study's folder and the temporary folder. */
        List<String> leftovers(boolean afterKills) throws IOException {
            List<String> p = new ArrayList<>(Leftovers.in(work));
            // files only: the launcher keeps the user's private scratch folder there (studybench-USER/work-PID, empty after a run)
            try (Stream<Path> left = Files.walk(tmp)) {
                left.filter(Files::isRegularFile).forEach(f -> p.add(Known.tag(f.getFileName().toString()) + "left in the temporary folder"
                        + (afterKills ? " after the kills and reruns" : "") + ": " + tmp.relativize(f)));
            }
            return p;
        }
    }

    /**
     * Imports killed at random points: the study is the one before or the one after, the import run again
     * succeeds (a killed import's claim on its data file name must not block it), and then nothing is left.
     */
    private static List<String> killedImports(Path root, Path home, Random random, int kills) throws Exception {
        Setup s = setup(root, home, 40_000);
        List<String> p = new ArrayList<>();
        long t = System.nanoTime();
        Run reference = s.run(home, "import", "data.csv", "--study", "s.study", "--name", "ref");
        Duration full = Duration.ofNanos(System.nanoTime() - t);
        assertEquals(0, reference.exit(), reference.toString());
        for (int i = 0; i < kills; i++) {
            String name = "k" + i;
            byte[] before = Files.readAllBytes(s.study);
            Duration delay = fraction(full, random);
            boolean killed = s.killAfter(home, delay, "import", "data.csv", "--study", "s.study", "--name", name);
            String at = "import " + name + " killed after " + delay.toMillis() + " ms of " + full.toMillis() + ": ";
            byte[] after = Files.readAllBytes(s.study);
            boolean landed = new String(after, StandardCharsets.UTF_8).contains("name=\"" + name + "\"");
            s.log(at, killed, landed);
            if (!landed && !java.util.Arrays.equals(before, after)) {
                p.add(at + "the study is neither as before nor holds the dataset (a torn or partial save)");
            }
            if (!killed && !landed) {
                p.add(at + "it ended by itself without importing");
            }
            s.age();
            if (!landed) {
                Run again = s.run(home, "import", "data.csv", "--study", "s.study", "--name", name);
                if (again.exit() != 0) {
                    p.add(claim(again.err()) + at + "running it again fails: " + HostileCorpusTest.shown(again.err().strip()));
                }
                p.addAll(HostileCorpusTest.stepProblems(i, again, exitOnly(0)).stream().filter(x -> !x.contains(" exits ")).map(x -> at + x).toList());
            }
            p.addAll(Leftovers.in(s.work).stream().map(x -> claim(x) + at + "after the rerun: " + x).toList());
        }
        Run validate = s.run(home, "validate", "s.study");
        if (validate.exit() != 0) {
            p.add("the study does not validate after the killed imports: " + HostileCorpusTest.shown(validate.out() + validate.err()));
        }
        p.addAll(s.leftovers(true).stream().map(x -> claim(x) + x).toList());
        return p;
    }

    /**
     * The tag of a problem caused by a killed import's claim on its data file name (data/NAME.parquet,
     * created first so that two imports of one name never replace each other's file): left behind, it is
     * a data file no study refers to and makes the same import fail with "exists already".
     */
    private static String claim(String problem) {
        return problem.contains("exists already") || problem.contains("data file no study refers to") ? "[claim] " : "";
    }

    /** Saves (add) killed at random points: the study is exactly before or after, never torn, and the next write removes the temporary file. */
    private static List<String> killedSaves(Path root, Path home, Random random, int kills) throws Exception {
        // A real study (the Ipsos example), so that writing it is a noticeable part of the run.
        Path work = Files.createDirectories(root.resolve("work"));
        Leftovers.copy(Product.repo().resolve("examples/studies/ipsos-2013"), work);
        Setup s = new Setup(work, Files.createDirectories(root.resolve("tmp")), work.resolve("ipsos-2013.study"));
        List<String> p = new ArrayList<>();
        long t = System.nanoTime();
        Run reference = s.run(home, "add", "ipsos-2013.study", "source", "ref", "--set", "label=reference");
        Duration full = Duration.ofNanos(System.nanoTime() - t);
        assertEquals(0, reference.exit(), reference.toString());
        for (int i = 0; i < kills; i++) {
            String name = "src" + i;
            byte[] before = Files.readAllBytes(s.study);
            Duration delay = fraction(full, random);
            boolean killed = s.killAfter(home, delay, "add", "ipsos-2013.study", "source", name, "--set", "label=source " + i);
            String at = "add " + name + " killed after " + delay.toMillis() + " ms of " + full.toMillis() + ": ";
            byte[] after = Files.readAllBytes(s.study);
            boolean landed = new String(after, StandardCharsets.UTF_8).contains("name=\"" + name + "\"");
            s.log(at, killed, landed);
            if (!landed && !java.util.Arrays.equals(before, after)) {
                p.add(at + "the study is neither as before nor holds the source (a torn save)");
            }
            if (!killed && !landed) {
                p.add(at + "it ended by itself without saving");
            }
            s.age();
            if (!landed) {
                Run again = s.run(home, "add", "ipsos-2013.study", "source", name, "--set", "label=source " + i);
                if (again.exit() != 0) {
                    p.add(at + "running it again fails: " + HostileCorpusTest.shown(again.err().strip()));
                }
            } else {
                Run next = s.run(home, "set", "ipsos-2013.study", "source", name, "--set", "label=source " + i + " again"); // the next write cleans up
                if (next.exit() != 0) {
                    p.add(at + "the next write fails: " + HostileCorpusTest.shown(next.err().strip()));
                }
            }
            p.addAll(Leftovers.in(s.work).stream().map(x -> at + "after the next write: " + x).toList());
        }
        Run validate = s.run(home, "validate", "ipsos-2013.study");
        if (validate.exit() != 0) {
            p.add("the study does not validate after the killed saves: " + HostileCorpusTest.shown(validate.out() + validate.err()));
        }
        p.addAll(s.leftovers(true));
        return p;
    }

    /**
     * Reports killed at random points. The study's stored input hashes are removed first, so each report
     * recomputes its finding and comparisons and saves the study: after a kill the study must be exactly the
     * stale one or the recomputed one (the committed example study, byte for byte), each report file absent or
     * complete, and the report run again must succeed and give the same bytes.
     */
    private static List<String> killedReports(Path root, Path home, Random random, int kills) throws Exception {
        Path work = Files.createDirectories(root.resolve("work"));
        Path tmp = Files.createDirectories(root.resolve("tmp"));
        Leftovers.copy(Product.repo().resolve("examples/studies/ipsos-2013"), work);
        Setup s = new Setup(work, tmp, work.resolve("ipsos-2013.study"));
        byte[] recomputed = Files.readAllBytes(s.study);
        byte[] stale = new String(recomputed, StandardCharsets.UTF_8).replaceAll(" inputHash=\"[0-9a-f]*\"", "").getBytes(StandardCharsets.UTF_8);
        Files.write(s.study, stale);
        List<String> p = new ArrayList<>();
        long t = System.nanoTime();
        Run reference = s.run(home, "report", "ipsos-2013.study", "--out", "ref", "--format", "html,pdf");
        Duration full = Duration.ofNanos(System.nanoTime() - t);
        assertEquals(0, reference.exit(), reference.toString());
        // (otherwise "before or after" below could not be told apart from a torn save)
        org.junit.jupiter.api.Assertions.assertArrayEquals(recomputed, Files.readAllBytes(s.study), "a complete report saves the study as it is committed");
        byte[] html = Files.readAllBytes(work.resolve("ref/ipsos-2013.html"));
        byte[] pdf = Files.readAllBytes(work.resolve("ref/ipsos-2013.pdf"));
        for (int i = 0; i < kills; i++) {
            String out = "out" + i;
            Files.write(s.study, stale);
            Duration delay = fraction(full, random);
            boolean killed = s.killAfter(home, delay, "report", "ipsos-2013.study", "--out", out, "--format", "html,pdf");
            String at = "report killed after " + delay.toMillis() + " ms of " + full.toMillis() + ": ";
            byte[] after = Files.readAllBytes(s.study);
            s.log(at, killed, java.util.Arrays.equals(after, recomputed));
            if (!java.util.Arrays.equals(after, stale) && !java.util.Arrays.equals(after, recomputed)) {
                p.add(at + "the study is neither as before nor as a complete report saves it (a torn or partial save)");
            }
            p.addAll(wholeOrAbsent(at, work.resolve(out + "/ipsos-2013.html"), html));
            p.addAll(wholeOrAbsent(at, work.resolve(out + "/ipsos-2013.pdf"), pdf));
            s.age();
            Run again = s.run(home, "report", "ipsos-2013.study", "--out", out, "--format", "html,pdf");
            if (again.exit() != 0) {
                p.add(at + "running it again fails: " + HostileCorpusTest.shown(again.err().strip()));
            } else {
                p.addAll(wholeOrAbsent(at + "after the rerun: ", work.resolve(out + "/ipsos-2013.html"), html));
                p.addAll(wholeOrAbsent(at + "after the rerun: ", work.resolve(out + "/ipsos-2013.pdf"), pdf));
                if (!Files.exists(work.resolve(out + "/ipsos-2013.html")) || !Files.exists(work.resolve(out + "/ipsos-2013.pdf"))) {
                    p.add(at + "the rerun wrote no report");
                }
                if (!java.util.Arrays.equals(recomputed, Files.readAllBytes(s.study))) {
                    p.add(at + "after the rerun the study is not as a complete report saves it");
                }
            }
            p.addAll(Leftovers.in(s.work).stream().map(x -> at + "after the rerun: " + x).toList());
        }
        p.addAll(s.leftovers(true));
        return p;
    }

    private static List<String> wholeOrAbsent(String at, Path file, byte[] complete) throws IOException {
        if (Files.exists(file) && !java.util.Arrays.equals(complete, Files.readAllBytes(file))) {
            return List.of(at + file.getFileName() + " is there but not the complete report (" + Files.size(file) + " of " + complete.length + " bytes)");
        }
        return List.of();
    }

    /** A kill point: between 20% and 105% of a complete run, drawn from the seeded generator. */
    private static Duration fraction(Duration full, Random random) {
        return Duration.ofMillis((long) (full.toMillis() * (0.2 + 0.85 * random.nextDouble())));
    }

    private static com.google.gson.JsonObject exitOnly(int exit) {
        com.google.gson.JsonObject step = new com.google.gson.JsonObject();
        step.addProperty("exit", exit);
        return step;
    }
}
