package org.studybench.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.studybench.product.tests.Bundles.Bundle;
import org.studybench.product.tests.Bundles.Clause;
import org.studybench.product.tests.Bundles.Version;

/**
 * Every package a bundle of the product imports (optional imports too) and every bundle it requires
 * is there, or is listed in optional-imports-excluded.txt with the reason it is deliberately absent.
 * An optional import that is not satisfied resolves fine and fails only when the code path runs
 * (NoClassDefFoundError in front of a user), which is why it is checked here, on the product itself.
 */
class ProductDependenciesTest {

    static final Path EXCLUSIONS = Path.of("optional-imports-excluded.txt");

    /** Who exports a package, at which version. */
    private record Export(Bundle bundle, Version version) {
    }

    @Test
    void everyImportAndRequiredBundleIsInTheProductOrDeliberatelyExcluded() throws IOException {
        List<Bundle> bundles = Bundles.read(Product.folder().resolve("plugins"));
        assertTrue(bundles.size() > 50, "the product's plugins/ folder has only " + bundles.size() + " bundles; is it materialized?");

        Map<String, List<Export>> exports = new HashMap<>();
        for (Bundle b : bundles) {
            for (Clause e : b.exports()) {
                Version v = Version.parse(e.attribute("version", e.attribute("specification-version", "0.0.0")));
                exports.computeIfAbsent(e.name(), k -> new ArrayList<>()).add(new Export(b, v));
            }
        }
        // The system bundle also exports the JDK's packages, at no version (Equinox computes them from
        // the boot module layer of the JVM it runs on: the same JDK finder picks it as for this test).
        Bundle system = bundles.stream().filter(b -> b.symbolicName().equals("org.eclipse.osgi")).findFirst()
                .orElseThrow(() -> new AssertionError("the product has no OSGi framework (org.eclipse.osgi)"));
        for (Module m : ModuleLayer.boot().modules()) {
            for (ModuleDescriptor.Exports e : m.getDescriptor().exports()) {
                if (!e.isQualified()) {
                    exports.computeIfAbsent(e.source(), k -> new ArrayList<>()).add(new Export(system, Version.ZERO));
                }
            }
        }
        Map<String, Bundle> byName = new HashMap<>();
        bundles.forEach(b -> byName.merge(b.symbolicName(), b, (x, y) -> x.version().compareTo(y.version()) >= 0 ? x : y));
        byName.put("system.bundle", system);

        Map<String, String> excluded = ReasonList.read(EXCLUSIONS);
        List<String> missing = new ArrayList<>();
        TreeSet<String> used = new TreeSet<>();
        for (Bundle b : bundles) {
            for (Clause i : b.imports()) {
                String range = i.attribute("version", i.attribute("specification-version", null));
                boolean found = i.name().startsWith("java.") && exports.containsKey(i.name())
                        || exports.getOrDefault(i.name(), List.of()).stream().anyMatch(e -> Bundles.inRange(range, e.version()));
                if (!found) {
                    report(b, "imports package " + i.name() + (range == null ? "" : " " + range), i, excluded, missing, used);
                }
            }
            for (Clause r : b.requires()) {
                Bundle target = byName.get(r.name());
                if (target == null || !Bundles.inRange(r.attribute("bundle-version", null), target.version())) {
                    report(b, "requires bundle " + r.name() + " " + r.attribute("bundle-version", ""), r, excluded, missing, used);
                }
            }
        }
        List<String> stale = excluded.keySet().stream().filter(p -> !used.contains(p)).toList();
        if (!missing.isEmpty() || !stale.isEmpty()) {
            fail((missing.isEmpty() ? "" : missing.size() + " dependencies of the product's bundles are not in the product. Add the bundle that provides"
                    + " each to the target platform and a feature, or, if it is deliberately absent, list it in " + EXCLUSIONS + " with the reason:\n  "
                    + String.join("\n  ", missing) + "\n")
                    + (stale.isEmpty() ? "" : EXCLUSIONS + " lists what no bundle misses any more; remove: " + String.join(", ", stale)));
        }
    }

    private static void report(Bundle b, String what, Clause c, Map<String, String> excluded, List<String> missing, TreeSet<String> used) {
        String rule = excluded.keySet().stream().filter(p -> matches(p, c.name())).findFirst().orElse(null);
        if (rule != null) {
            used.add(rule);
        } else {
            missing.add(b.file() + " " + what + (c.optional() ? " (optional)" : ""));
        }
    }

    /** {@code org.bouncycastle.*} matches the package and its sub-packages; anything else only itself. */
    static boolean matches(String rule, String name) {
        if (rule.endsWith(".*")) {
            String prefix = rule.substring(0, rule.length() - 2);
            return name.equals(prefix) || name.startsWith(prefix + ".");
        }
        return rule.equals(name);
    }

    @Test
    void wildcardRulesMatchSubPackagesOnly() {
        assertTrue(matches("org.bouncycastle.*", "org.bouncycastle"));
        assertTrue(matches("org.bouncycastle.*", "org.bouncycastle.asn1.x509"));
        assertTrue(!matches("org.bouncycastle.*", "org.bouncycastlex"));
        assertTrue(!matches("org.tukaani.xz", "org.tukaani.xz.lzma"));
    }

    @Test
    void versionRanges() {
        assertTrue(Bundles.inRange("[1.20,2)", Version.parse("1.20.0")));
        assertTrue(!Bundles.inRange("[1.20,2)", Version.parse("2.0.0")));
        assertTrue(!Bundles.inRange("(1.0,2.0]", Version.parse("1.0.0")));
        assertTrue(Bundles.inRange("(1.0,2.0]", Version.parse("2.0.0")));
        assertTrue(Bundles.inRange("3.6", Version.parse("3.6.1")));
        assertTrue(!Bundles.inRange("3.6", Version.parse("3.5.9")));
        assertEquals(List.of("a", "b"), Bundles.parse("a;b;version=\"[1,2)\";resolution:=optional").stream().map(Clause::name).toList());
        assertEquals("[1,2)", Bundles.parse("a;version=\"[1,2)\",c").get(0).attribute("version", null));
    }
}
