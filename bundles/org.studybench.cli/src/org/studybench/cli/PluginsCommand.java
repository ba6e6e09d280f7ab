package org.studybench.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;
import org.studybench.core.Registry;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "plugins", mixinStandardHelpOptions = true,
        description = "List every registered importer, comparator, chart kind and report format with its bundle and version, and any that are installed but broken.")
class PluginsCommand implements Callable<Integer> {

    @ParentCommand
    StudyBenchCommand root;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        List<Registry.Entry> entries = root.services.registry().entries();
        PrintWriter out = root.out();
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Registry.Entry e : entries) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("kind", e.kind().label());
                row.put("id", e.id());
                row.put("label", e.label());
                row.put("description", e.description());
                row.put("bundle", e.bundle());
                row.put("version", e.bundleVersion());
                row.put("vendor", vendor(e.bundle(), e.bundleVersion()));
                rows.add(row);
            }
            for (Registry.Broken b : root.services.registry().broken()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("kind", b.kind().label());
                row.put("bundle", b.bundle());
                row.put("version", b.bundleVersion());
                row.put("vendor", vendor(b.bundle(), b.bundleVersion()));
                row.put("broken", b.problem());
                rows.add(row);
            }
            Json.print(out, rows);
            return ExitCode.OK;
        }
        List<String[]> table = new ArrayList<>();
        table.add(new String[] { "KIND", "ID", "LABEL", "BUNDLE", "VERSION", "VENDOR" });
        for (Registry.Entry e : entries) {
            table.add(new String[] { e.kind().label(), e.id(), e.label(), e.bundle(), e.bundleVersion(), vendor(e.bundle(), e.bundleVersion()) });
        }
        TextTable.print(out, table);
        List<Registry.Broken> broken = root.services.registry().broken();
        if (!broken.isEmpty()) {
            out.println();
            out.println("Installed but not offered (broken):");
            for (Registry.Broken b : broken) {
                out.println("  " + b.kind().label() + " from " + b.bundle() + " " + b.bundleVersion() + " (" + vendor(b.bundle(), b.bundleVersion()) + "): "
                        + b.problem());
            }
        }
        return ExitCode.OK;
    }

    /**
     * Who made a contribution's bundle, as its manifest says (Bundle-Vendor; "unknown vendor" without
     * one). It is the bundle's own claim, shown so that a user sees where each plug-in comes from;
     * install-plugin shows it, and whether the jar was signed, before installing.
     */
    private static String vendor(String symbolicName, String version) {
        Bundle self = FrameworkUtil.getBundle(PluginsCommand.class);
        if (self != null) {
            for (Bundle b : self.getBundleContext().getBundles()) {
                if (symbolicName.equals(b.getSymbolicName()) && (version == null || b.getVersion().equals(Version.parseVersion(version)))) {
                    String vendor = b.getHeaders("").get("Bundle-Vendor");
                    return vendor == null || vendor.isBlank() ? "unknown vendor" : vendor.strip();
                }
            }
        }
        return "unknown vendor";
    }
}
