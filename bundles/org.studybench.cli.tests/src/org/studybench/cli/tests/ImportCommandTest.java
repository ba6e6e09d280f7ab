package org.studybench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studybench.cli.tests.CliRunner.Run;
import org.studybench.model.io.StudyResources;
import org.studybench.model.study.Dataset;
import org.studybench.model.study.VariableRole;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

class ImportCommandTest {

    @TempDir
    Path dir;

    Path study;

    @BeforeEach
    void newStudy() throws Exception {
        study = dir.resolve("survey/survey.study");
        assertEquals(0, CliRunner.run("new", study.toString(), "--title", "Survey").exitCode());
    }

    @Test
    void aCsvFileBecomesADatasetWithItsDictionaryAndWeightRole() throws Exception {
        Path csv = dir.resolve("firms.csv");
        Files.writeString(csv, "id,size,country,w\n1,SME,IT,1.5\n2,large,DE,0.5\n3,SME,DE,1.0\n");
        Run run = CliRunner.run("import", csv.toString(), "--study", study.toString(), "--weight", "w");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("Imported 3 rows and 4 variables from " + csv + " into " + study + " as dataset 'firms' (data/firms.parquet)\n", run.out());
        assertTrue(Files.isRegularFile(study.getParent().resolve("data/firms.parquet")));

        Dataset dataset = StudyResources.load(study).getDatasets().get(0);
        assertEquals(3, dataset.getRowCount());
        assertEquals(64, dataset.getContentHash().length());
        assertEquals(VariableRole.WEIGHT, dataset.getVariables().get(3).getRole());
        JsonObject described = JsonParser.parseString(CliRunner.run("describe", study.toString(), "--json").out()).getAsJsonObject();
        assertEquals(4, described.getAsJsonArray("datasets").get(0).getAsJsonObject().get("variables").getAsInt());
    }

    @Test
    void aBadFileLeavesTheStudyAndItsFolderAsTheyWere() throws Exception {
        byte[] before = Files.readAllBytes(study);
        Path ragged = dir.resolve("ragged.csv");
        Files.writeString(ragged, "a,b\n1,2\n3\n");
        Run run = CliRunner.run("import", ragged.toString(), "--study", study.toString());
        assertEquals(1, run.exitCode());
        assertEquals("studybench import: " + ragged + ": line 3: expected 2 fields as in the header, found 1\n", run.err());
        assertArrayEquals(before, Files.readAllBytes(study));
        assertFalse(Files.exists(study.getParent().resolve("data/ragged.parquet")));

        Path good = dir.resolve("good.csv");
        Files.writeString(good, "a,b\n1,2\n");
        Run wrongWeight = CliRunner.run("import", good.toString(), "--study", study.toString(), "--weight", "weight");
        assertEquals(1, wrongWeight.exitCode());
        assertEquals("studybench import: " + good + ": has no variable 'weight' for --weight\n", wrongWeight.err());
        assertArrayEquals(before, Files.readAllBytes(study));
        assertFalse(Files.exists(study.getParent().resolve("data/good.parquet")), "the data file of a failed import is removed");

        Run unknown = CliRunner.run("import", dir.resolve("data.xyz").toString(), "--study", study.toString());
        assertEquals(1, unknown.exitCode());
        assertTrue(unknown.err().startsWith("studybench import: " + dir.resolve("data.xyz") + ": no importer for .xyz files; give --format (available: csv"),
                unknown.err());
    }
}
