package org.studybench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studybench.cli.tests.CliRunner.Run;
import org.studybench.model.io.StudyResources;
import org.studybench.model.study.Study;

/**
 * A study file is not trusted to point at its data (issue 15): a data file outside the study's folder
 * (by address or by link) is refused, a swapped or edited data file (SHA-256 other than the study
 * records) is refused until `validate --rehash` accepts it, and `validate` lists missing or changed data.
 */
class DataFilesTest {

    @TempDir
    Path dir;

    private Path ipsos() throws Exception {
        Path folder = dir.resolve("ipsos");
        Files.createDirectories(folder.resolve("data"));
        Files.copy(CliRunner.IPSOS, folder.resolve("ipsos-2013.study"));
        Files.copy(CliRunner.IPSOS.resolveSibling("data/respondents.parquet"), folder.resolve("data/respondents.parquet"));
        return folder.resolve("ipsos-2013.study");
    }

    private static void pointAt(Path study, String uri) throws Exception {
        Study s = StudyResources.load(study);
        s.getDatasets().get(0).setUri(uri);
        StudyResources.save(s, study);
    }

    @Test
    void aDataFileOutsideTheStudysFolderIsRefused() throws Exception {
        Path study = ipsos();
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.copy(study.resolveSibling("data/respondents.parquet"), outside.resolve("secret.parquet"));
        pointAt(study, "../outside/secret.parquet");
        Run validate = CliRunner.run("validate", study.toString());
        assertEquals(1, validate.exitCode(), validate.out());
        assertTrue(validate.out().contains(study + ": error: the data file of dataset 'respondents' (../outside/secret.parquet) lies outside the study's "
                + "folder; data files must be in the study's folder (or a folder listed in STUDYBENCH_DATA_ROOTS)"), validate.out());
        Run report = CliRunner.run("report", study.toString(), "--out", dir.resolve("out").toString());
        assertEquals(1, report.exitCode(), report.err());
        assertTrue(report.err().contains("lies outside the study's folder"), report.err());

        // a link inside the folder to a file outside it is no way round
        Files.createSymbolicLink(study.resolveSibling("data/linked.parquet"), outside.resolve("secret.parquet"));
        pointAt(study, "data/linked.parquet");
        Run linked = CliRunner.run("validate", study.toString());
        assertEquals(1, linked.exitCode(), linked.out());
        assertTrue(linked.out().contains("is a link to " + outside.resolve("secret.parquet").toRealPath() + ", outside the study's folder"), linked.out());
    }

    @Test
    void aChangedDataFileIsRefusedUntilItIsAccepted() throws Exception {
        Path study = ipsos();
        assertEquals(0, CliRunner.run("validate", study.toString()).exitCode(), "the example as committed is valid");
        // another dataset's file put in its place (same format, other content)
        Files.copy(CliRunner.BLOGMETER.resolveSibling("data/pages.parquet"), study.resolveSibling("data/respondents.parquet"), StandardCopyOption.REPLACE_EXISTING);
        Run validate = CliRunner.run("validate", study.toString());
        assertEquals(1, validate.exitCode(), validate.out());
        assertTrue(validate.out().contains(study + ": error: the data file of dataset 'respondents' (data/respondents.parquet) changed since it was "
                + "imported; if that is deliberate, accept it with: studybench validate " + study + " --rehash"), validate.out());
        Run report = CliRunner.run("report", study.toString(), "--out", dir.resolve("out").toString());
        assertEquals(1, report.exitCode(), report.err());
        assertTrue(report.err().contains("changed since it was imported"), report.err());

        Run rehash = CliRunner.run("validate", study.toString(), "--rehash");
        assertTrue(rehash.out().startsWith(study + ": dataset 'respondents': accepted its data file as it is now ("), rehash.out());
        Study accepted = StudyResources.load(study);
        assertEquals(org.studybench.data.store.ParquetSink.sha256(study.resolveSibling("data/respondents.parquet")),
                accepted.getDatasets().get(0).getContentHash(), "the study records the file as it is now");
    }

    @Test
    void aMissingDataFileMakesTheStudyInvalid() throws Exception {
        Path study = ipsos();
        Files.delete(study.resolveSibling("data/respondents.parquet"));
        Run validate = CliRunner.run("validate", study.toString());
        assertEquals(1, validate.exitCode(), validate.out());
        assertTrue(validate.out().contains(study + ": error: the data file of dataset 'respondents' is missing: "), validate.out());
        assertTrue(validate.out().contains(": invalid ("), validate.out());
    }
}
