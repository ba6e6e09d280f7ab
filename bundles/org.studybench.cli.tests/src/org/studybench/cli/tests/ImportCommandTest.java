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
import org.studybench.model.study.Finding;
import org.studybench.model.study.Origin;
import org.studybench.model.study.Segment;
import org.studybench.model.study.Study;
import org.studybench.model.study.StudyFactory;
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
        assertEquals("studybench import: " + ragged + ": line 3, column 2: the row ends after 1 field where the header has 2; --option lenient=true skips such rows\n", run.err());
        assertArrayEquals(before, Files.readAllBytes(study));
        assertFalse(Files.exists(study.getParent().resolve("data/ragged.parquet")));

        Path good = dir.resolve("good.csv");
        Files.writeString(good, "a,b\n1,2\n");
        Run wrongWeight = CliRunner.run("import", good.toString(), "--study", study.toString(), "--weight", "weight");
        assertEquals(1, wrongWeight.exitCode());
        assertEquals("studybench import: " + good + ": has no variable 'weight' to use as the weight\n", wrongWeight.err());
        assertArrayEquals(before, Files.readAllBytes(study));
        assertFalse(Files.exists(study.getParent().resolve("data/good.parquet")), "the data file of a failed import is removed");

        Run unknown = CliRunner.run("import", dir.resolve("data.xyz").toString(), "--study", study.toString());
        assertEquals(1, unknown.exitCode());
        assertTrue(unknown.err().startsWith("studybench import: " + dir.resolve("data.xyz") + ": no importer for .xyz files; give --format (available: csv"),
                unknown.err());
    }

    @Test
    void aPublishedTableBecomesPublishedFindings() throws Exception {
        Path table = dir.resolve("ipsos-table.csv");
        Files.writeString(table, "finding,label,segment,segment_label,percent,base,source\n"
                + "security,See security as a risk,large,Large enterprises,71%,,Ipsos for Microsoft 2013\n"
                + "security,See security as a risk,sme,SMEs,60%,,Ipsos for Microsoft 2013\n"
                + "reply,Replied to 500+ posts,pages,Facebook pages,,2200,Blogmeter 2013\n");
        Run bad = CliRunner.run("import", table.toString(), "--study", study.toString(), "--format", "published");
        assertEquals(1, bad.exitCode(), bad.err());
        assertEquals("studybench import: " + table + ": record 3: no value; expected percent, proportion, count (with base) or mean\n", bad.err());

        Files.writeString(table, Files.readString(table).replace(",,2200,", ",3,2200,"));
        Run run = CliRunner.run("import", table.toString(), "--study", study.toString(), "--format", "published");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("Imported 2 published findings with 3 estimates from " + table + " into " + study + "\n", run.out());
        Study loaded = StudyResources.load(study);
        Finding security = loaded.getFindings().get(0);
        assertEquals(Origin.PUBLISHED, security.getOrigin());
        assertEquals("See security as a risk", security.getLabel());
        assertEquals(0.71, security.getEstimates().get(0).getValue(), 1e-15);
        assertEquals("71%", security.getEstimates().get(0).getPublishedText());
        assertEquals("SMEs", security.getEstimates().get(1).getSegment().getLabel());
        assertEquals("Ipsos for Microsoft 2013", security.getSource().getCitation());
        assertEquals(0.03, loaded.getFindings().get(1).getEstimates().get(0).getValue(), 1e-15);
        assertEquals(2200, loaded.getFindings().get(1).getEstimates().get(0).getN());

        // Importing again is refused unless asked to replace; the study stays as it was.
        byte[] before = Files.readAllBytes(study);
        Run again = CliRunner.run("import", table.toString(), "--study", study.toString(), "--format", "published");
        assertEquals(1, again.exitCode());
        assertEquals("studybench import: " + table + ": record 1: the study already has finding 'security'; give --option replace=true to replace it\n",
                again.err());
        assertArrayEquals(before, Files.readAllBytes(study));
        assertEquals(0, CliRunner.run("import", table.toString(), "--study", study.toString(), "--format", "published", "--option", "replace=true")
                .exitCode());
        assertEquals(2, StudyResources.load(study).getFindings().size());
    }

    @Test
    void segmentFiltersAreCheckedAgainstTheDatasetsDictionary() throws Exception {
        Path csv = dir.resolve("firms.csv");
        Files.writeString(csv, "id,size,country\n1,SME,IT\n2,large,DE\n");
        assertEquals(0, CliRunner.run("import", csv.toString(), "--study", study.toString()).exitCode());
        Study loaded = StudyResources.load(study);
        Segment good = StudyFactory.eINSTANCE.createSegment();
        good.setName("sme");
        good.setFilter("size = \"SME\" and country in (\"IT\", \"DE\")");
        Segment bad = StudyFactory.eINSTANCE.createSegment();
        bad.setName("big");
        bad.setFilter("size = 5");
        loaded.getSegments().add(good);
        loaded.getSegments().add(bad);
        StudyResources.save(loaded, study);
        Run run = CliRunner.run("validate", study.toString());
        assertEquals(1, run.exitCode(), run.out());
        assertEquals(study + ": error: Segment 'big' filter: column 8: 'size' is text, but 5 is a number; put the value in quotes (dataset 'firms')\n"
                + study + ": invalid (1 error, 0 warnings)\n", run.out());
    }

    @Test
    void previewShowsTheDictionaryAndFirstRowsOfAnSpssFile() throws Exception {
        Path sav = CliRunner.REPO.resolve("bundles/org.studybench.importer.spss.tests/fixtures/firms-utf8.sav");
        Run run = CliRunner.run("preview", sav.toString(), "--rows", "2");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(sav + " (sav, 5 rows)\n"
                + "  encoding: UTF-8\n"
                + "  compression: bytecode\n"
                + "  written by: GNU pspp 1.6.2 - x86_64-pc-linux-gnu\n"
                + "\n"
                + "variable            type     measure  label                   value labels                       missing\n"
                + "respondent_id       integer  scale\n"
                + "company_size        integer  nominal  Größe des Unternehmens  1=SME; 2=Large firm; 9=Don't know  9\n"
                + "satisfaction_score  integer  ordinal  Satisfaction (1-5)      1=Very low; 5=Very high            99\n"
                + "city                string   nominal\n"
                + "weight              double   scale\n"
                + "\n"
                + "respondent_id  company_size  satisfaction_score  city    weight\n"
                + "1              1             4                   Milano  1.25\n"
                + "2              2             9                   Köln    0.75\n", run.out());
        JsonObject j = JsonParser.parseString(CliRunner.run("preview", sav.toString(), "--json").out()).getAsJsonObject();
        assertEquals("Don't know", j.getAsJsonArray("variables").get(1).getAsJsonObject().getAsJsonObject("value_labels").get("9").getAsString());
        assertEquals(5, j.getAsJsonArray("rows").size());
    }
}
