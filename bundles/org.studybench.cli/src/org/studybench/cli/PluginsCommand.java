package org.studybench.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

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
                rows.add(row);
            }
            for (Registry.Broken b : root.services.registry().broken()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("kind", b.kind().label());
                row.put("bundle", b.bundle());
                row.put("version", b.bundleVersion());
                row.put("broken", b.problem());
                rows.add(row);
            }
            Json.print(out, rows);
            return ExitCode.OK;
        }
        List<String[]> table = new ArrayList<>();
        table.add(new String[] { "KIND", "ID", "LABEL", "BUNDLE", "VERSION" });
        for (Registry.Entry e : entries) {
            table.add(new String[] { e.kind().label(), e.id(), e.label(), e.bundle(), e.bundleVersion() });
        }
        TextTable.print(out, table);
        List<Registry.Broken> broken = root.services.registry().broken();
        if (!broken.isEmpty()) {
            out.println();
            out.println("Installed but not offered (broken):");
            for (Registry.Broken b : broken) {
                out.println("  " + b.kind().label() + " from " + b.bundle() + " " + b.bundleVersion() + ": " + b.problem());
            }
        }
        return ExitCode.OK;
    }
}
