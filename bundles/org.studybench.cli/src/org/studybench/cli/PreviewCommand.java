package org.studybench.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;

import org.studybench.core.Importer;
import org.studybench.core.InputException;
import org.studybench.data.engine.DatasetRows;
import org.studybench.model.study.ValueLabel;
import org.studybench.model.study.Variable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "preview", mixinStandardHelpOptions = true,
        description = { "Show what an import would make of a data file, without importing it: what was detected (encoding,",
                "delimiter, sheet, header rows...), the inferred variable dictionary and the first rows;",
                "or of a table in an external SQL engine (jdbc:postgresql://HOST:PORT/DATABASE?table=TABLE)." })
class PreviewCommand implements Callable<Integer> {

    @ParentCommand
    StudyBenchCommand root;

    /** The file, or null for a JDBC URL (which a Path would mangle: it folds the "//"). */
    Path file;

    /** The file or URL as given. */
    String location;

    @Parameters(paramLabel = "SOURCE", description = "The data file, or a table's JDBC URL as for 'studybench import'.")
    void source(String given) {
        location = given;
        file = DatasetRows.isUrl(given) ? null : Path.of(given);
    }

    @Option(names = "--format", paramLabel = "FORMAT", description = "Importer id (default: from the file extension).")
    String format;

    @Option(names = "--rows", defaultValue = "10", paramLabel = "N", description = "How many rows to show (default 10).")
    int rows;

    @Option(names = "--option", paramLabel = "KEY=VALUE", description = "An importer option, as for 'studybench import'.")
    Map<String, String> importerOptions = new LinkedHashMap<>();

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws InputException {
        if (rows < 0) {
            throw new InputException("--rows must be 0 or more, got " + rows);
        }
        String shown = file != null ? file.toString() : DatasetRows.withoutPassword(location);
        if (file == null && (format != null || !importerOptions.isEmpty())) {
            throw new InputException(shown + ": --format and --option are for data files; a table's columns give the variables");
        }
        String formatId = file == null ? "table" : root.services.imports().importerFor(file, format).id();
        Importer.Preview preview = file == null ? root.services.imports().previewTable(location, rows)
                : root.services.imports().preview(file, formatId, importerOptions, rows);
        if (json) {
            List<Object> variables = new ArrayList<>();
            for (Variable v : preview.dictionary()) {
                Map<String, Object> labels = new LinkedHashMap<>();
                v.getValueLabels().forEach(l -> labels.put(l.getValue(), l.getLabel()));
                variables.add(Json.object("name", v.getName(), "label", v.getLabel(), "type", v.getType().getLiteral(), "measure",
                        v.getMeasureLevel().getLiteral(), "value_labels", labels, "missing_values", List.copyOf(v.getMissingValues())));
            }
            List<Object> sets = new ArrayList<>();
            preview.sets().forEach(s -> sets.add(Json.object("name", s.getName(), "label", s.getLabel(), "variables",
                    s.getVariables().stream().map(Variable::getName).toList())));
            Json.print(root.out(), Json.object("file", shown, "format", formatId, "detected", preview.detected(), "estimated_rows",
                    preview.estimatedRows(), "variables", variables, "multiple_response_sets", sets, "rows", preview.rows()));
            return ExitCode.OK;
        }
        var out = root.out();
        out.println(shown + " (" + formatId + (preview.estimatedRows() >= 0 ? ", " + preview.estimatedRows() + " rows" : "") + ")");
        preview.detected().forEach((k, v) -> out.println("  " + k + ": " + v));
        out.println();
        List<String[]> dictionary = new ArrayList<>();
        dictionary.add(new String[] { "variable", "type", "measure", "label", "value labels", "missing" });
        for (Variable v : preview.dictionary()) {
            String labels = String.join("; ", v.getValueLabels().stream().limit(4).map(PreviewCommand::label).toList())
                    + (v.getValueLabels().size() > 4 ? "; ..." : "");
            dictionary.add(new String[] { v.getName(), v.getType().getLiteral(), v.getMeasureLevel().getLiteral(), Objects.toString(v.getLabel(), ""), labels,
                    String.join(", ", v.getMissingValues()) });
        }
        TextTable.print(out, dictionary);
        preview.sets().forEach(s -> out.println("multiple-response set " + s.getName() + (s.getLabel() == null ? "" : " (" + s.getLabel() + ")") + ": "
                + String.join(", ", s.getVariables().stream().map(Variable::getName).toList())
                + (s.getCountedValue() == null ? " (categories)" : " (counting " + s.getCountedValue() + ")")));
        if (!preview.rows().isEmpty()) {
            out.println();
            List<String[]> table = new ArrayList<>();
            table.add(preview.dictionary().stream().map(Variable::getName).toArray(String[]::new));
            for (List<Object> row : preview.rows()) {
                table.add(row.stream().map(v -> v == null ? "." : shortened(v.toString())).toArray(String[]::new));
            }
            TextTable.print(out, table);
        }
        out.flush();
        return ExitCode.OK;
    }

    /** Long open answers would push every other column off the screen; --json has them whole. */
    private static String shortened(String cell) {
        String oneLine = cell.replaceAll("\\s+", " ");
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 39) + "…";
    }

    private static String label(ValueLabel l) {
        return l.getValue() + "=" + l.getLabel();
    }
}
