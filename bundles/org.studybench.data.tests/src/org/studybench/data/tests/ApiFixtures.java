package org.studybench.data.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.studybench.data.store.ParquetSink;
import org.studybench.model.study.StudyFactory;
import org.studybench.model.study.Variable;
import org.studybench.model.study.VariableType;

/** R's api samples (bundles/org.studybench.stats.tests/fixtures/README.md) as the data store reads them. */
final class ApiFixtures {

    static final Path FIXTURES = Path.of(System.getProperty("studybench.repo", "../..")).resolve("bundles/org.studybench.stats.tests/fixtures");

    private ApiFixtures() {
    }

    /** The fixture {@code csv} (R's api data) as a Parquet file in {@code dir}: pw a double, quoted columns text, the rest integers. */
    static Path parquet(String csv, Path dir) throws Exception {
        List<String> lines = Files.readAllLines(FIXTURES.resolve(csv));
        String[] names = lines.get(0).replace("\"", "").split(",");
        List<Variable> dictionary = new ArrayList<>();
        for (String name : names) {
            Variable v = StudyFactory.eINSTANCE.createVariable();
            v.setName(name);
            v.setType(name.equals("pw") ? VariableType.DOUBLE : lines.get(1).split(",")[dictionary.size()].startsWith("\"") ? VariableType.STRING
                    : VariableType.INTEGER);
            dictionary.add(v);
        }
        Path out = dir.resolve(csv.replace(".csv", ".parquet"));
        if (Files.exists(out)) { // made already for this test
            return out;
        }
        try (ParquetSink sink = new ParquetSink()) {
            sink.begin(dictionary, List.of());
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",");
                Object[] row = new Object[cells.length];
                for (int c = 0; c < cells.length; c++) {
                    row[c] = switch (dictionary.get(c).getType()) {
                        case DOUBLE -> Double.parseDouble(cells[c]);
                        case INTEGER -> cells[c].equals("NA") ? null : Long.parseLong(cells[c]);
                        default -> cells[c].equals("NA") ? null : cells[c].replace("\"", "");
                    };
                }
                sink.row(row);
            }
            sink.commit(out);
        }
        return out;
    }
}
