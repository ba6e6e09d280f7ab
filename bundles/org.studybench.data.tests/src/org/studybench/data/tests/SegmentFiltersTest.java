package org.studybench.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.studybench.data.filter.FilterException;
import org.studybench.data.filter.SegmentFilters;
import org.studybench.data.filter.SqlFilter;
import org.studybench.data.filter.ValueType;

class SegmentFiltersTest {

    private static final Map<String, ValueType> DICTIONARY = Map.of("size", ValueType.TEXT, "country", ValueType.TEXT, "employees",
            ValueType.NUMBER, "weight", ValueType.NUMBER, "uses social", ValueType.BOOLEAN, "replies", ValueType.NUMBER);

    private static SqlFilter sql(String filter) throws FilterException {
        return SegmentFilters.toSql(filter, DICTIONARY);
    }

    private static String error(String filter) {
        return assertThrows(FilterException.class, () -> sql(filter)).getMessage();
    }

    /** A filter nested 10,000 deep (generated, or hostile) is refused at the limit, never a stack overflow. */
    @Test
    void nestingHasALimitThatIsSaidInWords() throws FilterException {
        String deep = "(".repeat(10_000) + "size = 'SME'" + ")".repeat(10_000);
        assertEquals("column 201: the filter nests 'not' and parentheses more than 200 levels deep here; simplify it", error(deep));
        assertEquals("column 801: the filter nests 'not' and parentheses more than 200 levels deep here; simplify it", error("not ".repeat(10_000) + "size = 'SME'"));
        String allowed = "(".repeat(200) + "size = 'SME'" + ")".repeat(200);
        assertEquals("(".repeat(200) + "\"size\" = ?" + ")".repeat(200), sql(allowed).sql(), "200 levels still work");
        assertEquals(List.of("SME"), sql("(size = 'SME') and " + "(size = 'SME') and ".repeat(5_000) + "size = 'SME'").parameters().subList(0, 1),
                "long but flat filters are no nesting");
    }

    /**
     * A value may be given by the label the data grid shows: a number's label becomes its code, a text
     * value's label its stored text; a stored value that is also a label stays itself; case is forgiven
     * when nothing matches exactly; a label of two codes is refused.
     */
    @Test
    void valueLabelsStandForTheirValues() throws FilterException {
        Map<String, Map<String, String>> labels = Map.of("q6", Map.of("Agree", "5", "Disagree", "1", "agree strongly", "6"), "size",
                Map.of("SMEs", "SME", "Large enterprises", "large", "SME", "large"), "employees", Map.of("many", "x"));
        Map<String, ValueType> types = new java.util.HashMap<>(DICTIONARY);
        types.put("q6", ValueType.NUMBER);
        SqlFilter f = SegmentFilters.toSql("q6 = \"Agree\" or q6 in ('disagree', 4) or size = \"SMEs\"", types, labels);
        assertEquals("\"q6\" = ? OR \"q6\" IN (?, ?) OR \"size\" = ?", f.sql());
        assertEquals(List.of(5L, 1L, 4L, "SME"), f.parameters());
        assertEquals(List.of("SME"), SegmentFilters.toSql("size = 'SME'", types, labels).parameters(), "a stored value stays itself");
        String typo = assertThrows(FilterException.class, () -> SegmentFilters.toSql("q6 = \"Agreed\"", types, labels)).getMessage();
        assertTrue(typo.startsWith("column 6: 'q6' is a number, but \"Agreed\" is text; its value labels: "), typo);
        assertTrue(typo.contains("5 = Agree"), typo);
        assertEquals("column 13: \"many\" is the label of 'x', which is not a number as 'employees' is", assertThrows(FilterException.class,
                () -> SegmentFilters.toSql("employees = 'many'", types, labels)).getMessage());
        Map<String, Map<String, String>> twice = Map.of("q6", Map.of("Agree", "5", "AGREE", "4"));
        assertTrue(assertThrows(FilterException.class, () -> SegmentFilters.toSql("q6 = 'agree'", types, twice)).getMessage()
                .endsWith("of 'q6'; give the value"));
    }

    @Test
    void theIssuesExampleBecomesParameterisedSql() throws FilterException {
        SqlFilter f = sql("size = \"SME\" and country in (\"IT\",\"DE\")");
        assertEquals("\"size\" = ? AND \"country\" IN (?, ?)", f.sql());
        assertEquals(List.of("SME", "IT", "DE"), f.parameters());
    }

    @Test
    void everyFormOfTheLanguage() throws FilterException {
        SqlFilter f = sql("not (employees between 10 and 249) OR size != 'large' and `uses social` = true and replies >= 500 and country is not missing");
        assertEquals("NOT ((\"employees\" BETWEEN ? AND ?)) OR \"size\" <> ? AND \"uses social\" = ? AND \"replies\" >= ? AND \"country\" IS NOT NULL", f.sql());
        assertEquals(List.of(10L, 249L, "large", true, 500L), f.parameters());
        assertEquals("\"country\" NOT IN (?) AND \"weight\" < ?", sql("country not in ('IT') and weight < 1.5e0").sql());
        assertEquals("\"size\" IS NULL", sql("size IS MISSING").sql());
    }

    @Test
    void valuesNeverReachTheSqlText() throws FilterException {
        SqlFilter f = sql("size = \"x\\\"; DROP TABLE data; --\"");
        assertEquals("\"size\" = ?", f.sql());
        assertEquals(List.of("x\"; DROP TABLE data; --"), f.parameters());
        // A name with a quote in it stays one identifier.
        assertEquals("\"a\"\"b\" = ?", SegmentFilters.toSql("`a\"b` = 1", null).sql());
    }

    @Test
    void mistakesAreReportedWithTheirColumn() {
        assertEquals("column 1: no variable 'sise' in the dataset; did you mean 'size'?", error("sise = \"SME\""));
        assertEquals("column 8: 'size' is text, but 5 is a number; put the value in quotes", error("size = 5"));
        assertEquals("column 8: expected a value after '=', found the name 'SME'; put text values in quotes, e.g. \"SME\"", error("size = SME"));
        assertEquals("column 8: the text starting here has no closing \"", error("size = \"SME"));
        assertEquals("column 14: expected 'and', 'or' or the end of the filter, found 'country'", error("size = \"SME\" country = \"IT\""));
        assertEquals("column 17: expected ',' or ')' in the list of values, found the end of the filter", error("country in ('IT'"));
        assertEquals("column 6: expected a comparison (=, !=, <, <=, >, >=, in, between, is missing) after 'size', found 'like'", error("size like 'S%'"));
        assertEquals("column 1: the filter is empty", error("  "));
        assertEquals("column 13: 'employees' is a number, but \"ten\" is text", error("employees > \"ten\""));
        assertEquals("column 6: unexpected character ';'", error("size ; drop"));
    }

    /** A segment's respondents for a table, chart or command: a segment without a filter, or with one that does not fit, is refused naming both. */
    @Test
    void aSegmentWithoutAFilterOrWithOneThatDoesNotFitIsRefusedNamingTheCallerAndTheSegment() throws Exception {
        org.studybench.model.study.Dataset dataset = org.studybench.model.study.StudyFactory.eINSTANCE.createDataset();
        org.studybench.model.study.Variable size = org.studybench.model.study.StudyFactory.eINSTANCE.createVariable();
        size.setName("size");
        size.setType(org.studybench.model.study.VariableType.STRING);
        dataset.getVariables().add(size);
        org.studybench.model.study.Segment segment = org.studybench.model.study.StudyFactory.eINSTANCE.createSegment();
        segment.setName("smes");
        org.studybench.core.InputException none = assertThrows(org.studybench.core.InputException.class,
                () -> SegmentFilters.ofSegment("table 'by-size'", segment, dataset));
        assertEquals("table 'by-size': segment 'smes' has no filter to select its respondents (it only names a published group)", none.getMessage());
        segment.setFilter("employees < 250");
        org.studybench.core.InputException unknown = assertThrows(org.studybench.core.InputException.class,
                () -> SegmentFilters.ofSegment("chart 'c1'", segment, dataset));
        assertTrue(unknown.getMessage().startsWith("chart 'c1': segment 'smes': "), unknown.getMessage());
        segment.setFilter("size = \"SME\"");
        assertEquals(List.of("SME"), SegmentFilters.ofSegment("chart 'c1'", segment, dataset).parameters());
    }
}
