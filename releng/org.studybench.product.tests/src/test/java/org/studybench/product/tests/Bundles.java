package org.studybench.product.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * The bundles of a materialized product's plugins/ folder as their manifests declare them: name,
 * version, exported packages, imported packages and required bundles. Only what the dependency
 * check needs of the OSGi header syntax (clauses, quoted values, attributes and directives).
 */
final class Bundles {

    /** A package export, import or bundle requirement: one name with its attributes and directives. */
    record Clause(String name, Map<String, String> attributes, Map<String, String> directives) {
        boolean optional() {
            return "optional".equals(directives.get("resolution"));
        }

        String attribute(String key, String otherwise) {
            return attributes.getOrDefault(key, otherwise);
        }
    }

    record Bundle(String file, String symbolicName, Version version, String fragmentHost, List<Clause> exports, List<Clause> imports,
            List<Clause> requires) {
    }

    private Bundles() {
    }

    static List<Bundle> read(Path plugins) throws IOException {
        List<Bundle> bundles = new ArrayList<>();
        try (Stream<Path> entries = Files.list(plugins)) {
            for (Path entry : entries.sorted().toList()) {
                Manifest manifest = manifest(entry);
                if (manifest == null) {
                    continue;
                }
                Attributes main = manifest.getMainAttributes();
                String symbolicName = main.getValue("Bundle-SymbolicName");
                if (symbolicName == null) {
                    continue; // a plain jar in plugins/ is not installed by the simple configurator
                }
                String host = main.getValue("Fragment-Host");
                bundles.add(new Bundle(entry.getFileName().toString(), parse(symbolicName).get(0).name(),
                        Version.parse(main.getValue("Bundle-Version")), host == null ? null : parse(host).get(0).name(),
                        parse(main.getValue("Export-Package")), parse(main.getValue("Import-Package")), parse(main.getValue("Require-Bundle"))));
            }
        }
        return bundles;
    }

    private static Manifest manifest(Path entry) throws IOException {
        if (Files.isDirectory(entry)) {
            Path file = entry.resolve("META-INF/MANIFEST.MF");
            if (!Files.isRegularFile(file)) {
                return null;
            }
            try (InputStream in = Files.newInputStream(file)) {
                return new Manifest(in);
            }
        }
        if (!entry.getFileName().toString().endsWith(".jar")) {
            return null;
        }
        try (JarFile jar = new JarFile(entry.toFile())) {
            return jar.getManifest();
        }
    }

    /** Parses an OSGi header: clauses separated by commas, each {@code name;name;key=value;key:=value}, values maybe quoted. */
    static List<Clause> parse(String header) {
        List<Clause> clauses = new ArrayList<>();
        if (header == null || header.isBlank()) {
            return clauses;
        }
        for (String clause : split(header, ',')) {
            List<String> names = new ArrayList<>();
            Map<String, String> attributes = new LinkedHashMap<>();
            Map<String, String> directives = new LinkedHashMap<>();
            for (String part : split(clause, ';')) {
                int directive = part.indexOf(":=");
                int attribute = part.indexOf('=');
                if (directive > 0 && directive < attribute) {
                    directives.put(part.substring(0, directive).trim(), unquote(part.substring(directive + 2)));
                } else if (attribute > 0) {
                    String key = part.substring(0, attribute).trim();
                    int type = key.indexOf(':'); // version:Version="1.0"
                    attributes.put(type > 0 ? key.substring(0, type) : key, unquote(part.substring(attribute + 1)));
                } else if (!part.isBlank()) {
                    names.add(part.trim());
                }
            }
            for (String name : names) {
                clauses.add(new Clause(name, attributes, directives));
            }
        }
        return clauses;
    }

    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == separator && !quoted) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    private static String unquote(String value) {
        String v = value.trim();
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }

    /** An OSGi version: major.minor.micro.qualifier, compared numerically then by qualifier. */
    record Version(int major, int minor, int micro, String qualifier) implements Comparable<Version> {
        static final Version ZERO = new Version(0, 0, 0, "");

        static Version parse(String text) {
            if (text == null || text.isBlank()) {
                return ZERO;
            }
            String[] parts = text.trim().split("\\.", 4);
            return new Version(Integer.parseInt(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 0,
                    parts.length > 2 ? Integer.parseInt(parts[2]) : 0, parts.length > 3 ? parts[3] : "");
        }

        @Override
        public int compareTo(Version o) {
            int c = Integer.compare(major, o.major);
            c = c != 0 ? c : Integer.compare(minor, o.minor);
            c = c != 0 ? c : Integer.compare(micro, o.micro);
            return c != 0 ? c : qualifier.compareTo(o.qualifier);
        }

        @Override
        public String toString() {
            return major + "." + minor + "." + micro + (qualifier.isEmpty() ? "" : "." + qualifier);
        }
    }

    /** An OSGi version range: {@code [1.0,2)}, {@code (1,2]}, or a bare version meaning "at least". */
    static boolean inRange(String range, Version version) {
        if (range == null || range.isBlank()) {
            return true;
        }
        String r = range.trim();
        char first = r.charAt(0);
        if (first != '[' && first != '(') {
            return version.compareTo(Version.parse(r)) >= 0;
        }
        char last = r.charAt(r.length() - 1);
        String[] bounds = r.substring(1, r.length() - 1).split(",");
        int low = version.compareTo(Version.parse(bounds[0]));
        int high = version.compareTo(Version.parse(bounds[1]));
        return (first == '[' ? low >= 0 : low > 0) && (last == ']' ? high <= 0 : high < 0);
    }
}
