package org.studybench.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.studybench.core.Apa;
import org.studybench.core.Arguments;
import org.studybench.core.Comparator;
import org.studybench.core.ComparisonOutcome;
import org.studybench.core.InputException;
import org.studybench.core.ParameterSpec;
import org.studybench.core.Registry;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Unmatched;

@Command(name = "test", description = { "Run a statistical comparator on sufficient statistics:",
        "  studybench test COMPARATOR --PARAM VALUE ... [--json]", "  studybench test --list             all comparators, including plug-ins'",
        "  studybench test COMPARATOR --help  its parameters" })
class TestCommand implements Callable<Integer> {

    @ParentCommand
    StudyBenchCommand root;

    @Parameters(index = "0", arity = "0..1", paramLabel = "COMPARATOR", description = "Comparator id, e.g. two-proportions.")
    String id;

    @Option(names = "--list", description = "List the registered comparators.")
    boolean list;

    @Option(names = "--json", description = "Print JSON with full-precision numbers.")
    boolean json;

    @Option(names = { "-h", "--help" }, description = "Show help (for a comparator: its parameters).")
    boolean help;

    @Unmatched
    List<String> parameters = new ArrayList<>();

    @Override
    public Integer call() throws InputException {
        Registry registry = root.services.registry();
        PrintWriter out = root.out();
        if (list || (id == null && !help)) {
            printList(registry, out);
            if (!list) {
                root.err().println("studybench test: name a comparator from the list above, e.g. studybench test two-proportions --help");
                return ExitCode.INPUT;
            }
            return ExitCode.OK;
        }
        if (id == null) {
            root.spec.commandLine().getSubcommands().get("test").usage(out);
            return ExitCode.OK;
        }
        Comparator comparator = registry.comparator(id).orElseThrow(() -> new InputException("unknown comparator '" + id
                + "'; 'studybench test --list' shows the " + registry.comparators().size() + " available"));
        if (help) {
            printParameters(comparator, out);
            return ExitCode.OK;
        }
        Arguments arguments = Arguments.parse(comparator.parameters(), flagsAsBooleans(comparator, options(parameters)));
        ComparisonOutcome outcome = comparator.compare(arguments);
        if (json) {
            Json.print(out, OutcomeJson.of(comparator.id(), outcome, arguments));
        } else {
            String apa = Apa.line(outcome);
            if (!apa.isEmpty()) {
                out.println(apa);
            }
            out.println("method: " + outcome.method());
            if (outcome.estimate() != null && outcome.statistic() != null) {
                out.println(outcome.estimateName() + " = " + Apa.fixed(outcome.estimate(), 4) + Apa.interval(outcome));
            }
            for (ComparisonOutcome.EffectSizeValue e : outcome.effectSizes()) {
                out.println(e.name() + " = " + Apa.fixed(e.value(), 4)
                        + (e.ciLow() == null ? "" : ", CI [" + Apa.fixed(e.ciLow(), 4) + ", " + Apa.fixed(e.ciHigh(), 4) + "]"));
            }
            Map<String, String> values = new LinkedHashMap<>();
            outcome.values().forEach((k, v) -> values.put(k, Apa.compact(v)));
            Grids.print(out, values);
            Grids.print(out, outcome.texts());
            outcome.warnings().forEach(w -> out.println("warning: " + w));
            out.flush();
        }
        return ExitCode.OK;
    }

    /** --name value, --name=value, or a bare --name (true) pairs into a map. */
    static Map<String, String> options(List<String> tokens) throws InputException {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (!token.startsWith("--") || token.length() < 3) {
                throw new InputException("unexpected argument '" + token + "'; parameters are given as --name value");
            }
            String name = token.substring(2);
            String value;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (i + 1 < tokens.size() && !tokens.get(i + 1).startsWith("--")) {
                value = tokens.get(++i);
            } else {
                value = null; // a bare flag: true for boolean parameters, an error for others
            }
            if (map.containsKey(name)) {
                throw new InputException("--" + name + " is given twice");
            }
            map.put(name, value);
        }
        return map;
    }

    private static Map<String, String> flagsAsBooleans(Comparator comparator, Map<String, String> options) throws InputException {
        for (Map.Entry<String, String> e : options.entrySet()) {
            if (e.getValue() == null) {
                boolean bool = comparator.parameters().stream().anyMatch(p -> p.name().equals(e.getKey()) && p.type() == org.studybench.core.ParameterType.BOOLEAN);
                if (!bool) {
                    throw new InputException("--" + e.getKey() + " needs a value");
                }
                e.setValue("true");
            }
        }
        return options;
    }

    private static void printList(Registry registry, PrintWriter out) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] { "COMPARATOR", "LABEL", "BUNDLE" });
        Map<String, String> bundles = new LinkedHashMap<>();
        registry.entries().stream().filter(e -> e.kind() == Registry.Kind.COMPARATOR).forEach(e -> bundles.put(e.id(), e.bundle()));
        for (Comparator c : registry.comparators()) {
            rows.add(new String[] { c.id(), c.label(), bundles.getOrDefault(c.id(), "") });
        }
        TextTable.print(out, rows);
    }

    private static void printParameters(Comparator c, PrintWriter out) {
        out.println(c.id() + ": " + c.label());
        if (!c.description().isEmpty()) {
            out.println(c.description());
        }
        out.println();
        List<String[]> rows = new ArrayList<>();
        for (ParameterSpec p : c.parameters()) {
            String type = p.type().name().toLowerCase().replace('_', '-') + (p.choices().isEmpty() ? "" : " " + String.join("|", p.choices()));
            String def = p.isRequired() ? "required" : p.defaultValue().isEmpty() ? "optional" : "default " + p.defaultValue();
            rows.add(new String[] { "  --" + p.name(), type, def, p.help() });
        }
        TextTable.print(out, rows);
    }
}
