package org.studybench.importer.spss.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studybench.core.CollectedRows;
import org.studybench.core.Importer;
import org.studybench.core.InputException;
import org.studybench.model.study.MeasureLevel;
import org.studybench.model.study.Variable;
import org.studybench.model.study.VariableType;

/** Files written by PSPP (fixtures/README.md), read back through the importer. */
class SavImporterTest {

    private static final Path FIXTURES = Path.of(System.getProperty("studybench.repo", "../.."), "bundles/org.studybench.importer.spss.tests/fixtures");

    @TempDir
    Path dir;

    @Test
    void dictionaryWithLongNamesLabelsMissingCodesAndMeasureLevels() throws Exception {
        Importer.Preview preview = Sav.preview(FIXTURES.resolve("firms-utf8.sav"), 2);
        List<Variable> d = preview.dictionary();
        assertEquals(List.of("respondent_id", "company_size", "satisfaction_score", "city", "weight"), d.stream().map(Variable::getName).toList());
        assertEquals(List.of(VariableType.INTEGER, VariableType.INTEGER, VariableType.INTEGER, VariableType.STRING, VariableType.DOUBLE),
                d.stream().map(Variable::getType).toList());
        assertEquals(List.of(MeasureLevel.SCALE, MeasureLevel.NOMINAL, MeasureLevel.ORDINAL, MeasureLevel.NOMINAL, MeasureLevel.SCALE),
                d.stream().map(Variable::getMeasureLevel).toList());
        assertEquals("Größe des Unternehmens", d.get(1).getLabel());
        assertEquals(List.of("1=SME", "2=Large firm", "9=Don't know"), d.get(1).getValueLabels().stream().map(v -> v.getValue() + "=" + v.getLabel()).toList());
        assertEquals(List.of("9"), d.get(1).getMissingValues());
        assertEquals(List.of("99"), d.get(2).getMissingValues());
        assertEquals(5, preview.estimatedRows());
        assertEquals("UTF-8", preview.detected().get("encoding"));
        assertEquals(2, preview.rows().size());
    }

    @Test
    void userMissingCodesBecomeMissingValuesAndTextIsDecoded() throws Exception {
        CollectedRows rows = Sav.read(FIXTURES.resolve("firms-utf8.sav"));
        assertEquals(List.of(1L, 1L, 4L, "Milano", 1.25), rows.rows().get(0));
        assertEquals(List.of(2L, 2L, 9L, "Köln", 0.75), rows.rows().get(1));
        assertEquals(Arrays.asList(4L, null, 3L, "Zürich", 2.5), rows.rows().get(3)); // company_size 9 is user-missing
        assertEquals(Arrays.asList(5L, 2L, null, "Paris", 0.5), rows.rows().get(4)); // satisfaction_score 99 is user-missing
        CollectedRows latin = Sav.read(FIXTURES.resolve("cities-latin1.sav"));
        assertEquals(List.of(List.of(1L, "Città"), List.of(2L, "Köln")), latin.rows());
        assertEquals("Città di residenza", latin.dictionary().get(1).getLabel());
        // No encoding record: the code page (1251) of the machine-integer record decides, not windows-1252.
        CollectedRows cyrillic = Sav.read(FIXTURES.resolve("cities-cp1251-no-encoding-record.sav"));
        assertEquals(List.of(List.of(1L, "Москва"), List.of(2L, "Киев")), cyrillic.rows());
        assertEquals("Город", cyrillic.dictionary().get(1).getLabel());
        assertEquals("windows-1251 (code page 1251)",
                Sav.preview(FIXTURES.resolve("cities-cp1251-no-encoding-record.sav"), 1).detected().get("encoding"));
    }

    @Test
    void zsavHoldsTheSameAsSav() throws Exception {
        CollectedRows sav = Sav.read(FIXTURES.resolve("firms-utf8.sav"));
        CollectedRows zsav = Sav.read(FIXTURES.resolve("firms-utf8.zsav"));
        assertEquals(sav.rows(), zsav.rows());
        assertEquals(sav.dictionary().stream().map(Variable::getName).toList(), zsav.dictionary().stream().map(Variable::getName).toList());
        assertEquals("zlib (.zsav)", Sav.preview(FIXTURES.resolve("firms-utf8.zsav"), 1).detected().get("compression"));
    }

    @Test
    void badFilesGiveOneLineNamingTheFile() throws Exception {
        Path csv = Files.writeString(dir.resolve("renamed.sav"), "id,size\n1,SME\n");
        assertEquals(csv + ": not an SPSS .sav file (it does not start with $FL2)", assertThrows(InputException.class, () -> Sav.read(csv)).getMessage());
        Path empty = Files.createFile(dir.resolve("empty.sav"));
        assertEquals(empty + ": the file is empty or too short to be an SPSS .sav file", assertThrows(InputException.class, () -> Sav.read(empty)).getMessage());
        byte[] whole = Files.readAllBytes(FIXTURES.resolve("firms-utf8.sav"));
        Path inDictionary = dir.resolve("dictionary.sav");
        Files.write(inDictionary, Arrays.copyOf(whole, 300));
        assertEquals(inDictionary + ": the file ends inside its dictionary; it is truncated or damaged",
                assertThrows(InputException.class, () -> Sav.read(inDictionary)).getMessage());
        Path inData = dir.resolve("data.sav");
        Files.write(inData, Arrays.copyOf(whole, whole.length - 20));
        String message = assertThrows(InputException.class, () -> Sav.read(inData)).getMessage();
        assertEquals(true, message.startsWith(inData + ": record 5: "), message);
        assertEquals(true, message.endsWith("it is truncated"), message);
        Path missing = dir.resolve("nope.sav");
        assertEquals(missing + ": no such file", assertThrows(InputException.class, () -> Sav.read(missing)).getMessage());
    }
}
