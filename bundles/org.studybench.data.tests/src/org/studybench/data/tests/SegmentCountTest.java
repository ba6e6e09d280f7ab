package org.studybench.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studybench.core.DatasetService;
import org.studybench.core.InputException;
import org.studybench.data.internal.DefaultDatasetService;
import org.studybench.data.store.ParquetSink;
import org.studybench.model.study.Dataset;
import org.studybench.model.study.StudyFactory;
import org.studybench.model.study.Variable;
import org.studybench.model.study.VariableType;

/** Counting a segment is the data layer's job, so that no face runs SQL of its own. */
class SegmentCountTest {

    @TempDir
    Path dir;

    @Test
    void countsTheRespondentsAFilterSelects() throws Exception {
        List<Variable> dictionary = List.of(variable("size", VariableType.STRING), variable("age", VariableType.INTEGER));
        try (ParquetSink sink = new ParquetSink()) {
            sink.begin(dictionary, List.of());
            sink.row(new Object[] { "SME", 30L });
            sink.row(new Object[] { "large", 50L });
            sink.row(new Object[] { "SME", 61L });
            sink.row(new Object[] { null, 45L });
            sink.commit(dir.resolve("data/firms.parquet"));
        }
        Dataset dataset = StudyFactory.eINSTANCE.createDataset();
        dataset.setName("firms");
        dataset.setUri("data/firms.parquet");
        dataset.getVariables().addAll(dictionary);
        Path study = dir.resolve("s.study");
        DatasetService service = new DefaultDatasetService();
        assertEquals(new DatasetService.SegmentCount(2, 4), service.countSegment(study, dataset, "size = \"SME\""));
        assertEquals(new DatasetService.SegmentCount(3, 4), service.countSegment(study, dataset, "age >= 45 and age < 61 or age = 30")); // 50, 45 and 30
        InputException wrongType = assertThrows(InputException.class, () -> service.countSegment(study, dataset, "size = 5"));
        assertEquals("column 8: 'size' is text, but 5 is a number; put the value in quotes", wrongType.getMessage());
        dataset.setUri("data/gone.parquet");
        assertThrows(InputException.class, () -> service.countSegment(study, dataset, "size = \"SME\""));
    }

    private static Variable variable(String name, VariableType type) {
        Variable v = StudyFactory.eINSTANCE.createVariable();
        v.setName(name);
        v.setType(type);
        return v;
    }
}
