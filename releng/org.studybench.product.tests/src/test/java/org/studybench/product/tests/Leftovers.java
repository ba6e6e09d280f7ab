package org.studybench.product.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** What writers may leave behind in a folder of studies, and file-tree helpers of the hostile and fault tests. */
final class Leftovers {

    private static final Pattern URI = Pattern.compile("\\buri=\"([^\"]*)\"");

    private Leftovers() {
    }

    /**
     * Leftovers under {@code folder}: temporary files of writers ({@code *.tmp}), import spools, and
     * Parquet files in a study's {@code data/} folder that no study beside it refers to (a half import's
     * claim). The studies' lock files are kept on purpose and are not leftovers.
     */
    static List<String> in(Path folder) throws IOException {
        List<String> found = new ArrayList<>();
        Set<Path> referenced = new HashSet<>();
        List<Path> all;
        try (Stream<Path> walk = Files.walk(folder)) {
            all = walk.toList();
        }
        for (Path f : all) {
            if (f.getFileName().toString().endsWith(".study") && Files.isRegularFile(f)) {
                Matcher m = URI.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    referenced.add(f.getParent().resolve(m.group(1)).normalize());
                }
            }
        }
        for (Path f : all) {
            String name = f.getFileName().toString();
            String rel = folder.relativize(f).toString();
            if (name.endsWith(".tmp")) {
                found.add("temporary file left behind: " + rel);
            } else if (name.startsWith("studybench-import-")) {
                found.add("import spool left behind: " + rel);
            } else if (name.endsWith(".parquet") && f.getParent().getFileName().toString().equals("data") && !referenced.contains(f.normalize())
                    && hasStudy(f.getParent().getParent())) {
                found.add("data file no study refers to: " + rel + " (" + Files.size(f) + " bytes)");
            }
        }
        return found;
    }

    private static boolean hasStudy(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".study"));
        }
    }

    /** Copies a file or a folder with its contents. */
    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path f : all.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(f, target);
                }
            }
        }
    }

    /** Every path under {@code root} outside the folders {@code skip}, relative. */
    static Map<String, String> list(Path root, Path... skip) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            all.filter(f -> Stream.of(skip).noneMatch(f::startsWith)).forEach(f -> files.put(root.relativize(f).toString(), ""));
        }
        return files;
    }
}
