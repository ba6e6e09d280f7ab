package org.studybench.data.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studybench.data.aggregate.ColumnPercentages;
import org.studybench.data.aggregate.CrossTab;
import org.studybench.data.aggregate.DesignLetters;
import org.studybench.data.engine.RowSource;
import org.studybench.data.filter.SqlFilter;
import org.studybench.data.store.DuckDb;
import org.studybench.stats.PAdjust;

/**
 * A multiple-response set's items and "any of" net as rows made in the one-pass query
 * ({@link CrossTab.Selected}). The set: two items made from R's apiclus1, item1 = sch.wide not asked of
 * schools with api00 &lt; 500 and item2 = comp.imp not asked where ell &gt; 40; counted answer "Yes"; the
 * base is the schools that answered either item (173 of 183).
 *
 * <p>References: R 4.2.2, survey 4.1-1, references/multiple-response.R (output in multiple-response.out):
 * svyby(~x, ~stype, subset(svydesign(id = ~dnum, weights = ~pw, data = clus), base), svymean, covmat = TRUE)
 * for each 0/1 indicator x (and the same with strata = ~stype and no clusters), each difference of two
 * columns by svycontrast with t on the subset's degf (12; 170), two-sided. Values in R's full precision; agreement to 1e-9 relative (the same linearization, summed in
 * another order).
 */
class MultipleResponseTest {

    private static final List<String> ITEMS = List.of("item1", "item2");

    @TempDir
    Path dir;

    /** apiclus1 with the two items, and the indicators written out as ordinary columns (the same definition, by hand). */
    private Path data() throws Exception {
        Path api = ApiFixtures.parquet("apiclus1.csv", dir);
        Path out = dir.resolve("items.parquet");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            String items = "SELECT *, CASE WHEN api00 < 500 THEN NULL ELSE \"sch.wide\" END AS item1, CASE WHEN ell > 40 THEN NULL ELSE \"comp.imp\" END AS item2 FROM read_parquet("
                    + DuckDb.literal(api) + ")";
            String inBase = "(item1 IS NOT NULL OR item2 IS NOT NULL)";
            // d1, d2: the items coded as SPSS stores dichotomies in F8.2 variables, 1.0 and 0.0
            s.execute("COPY (SELECT *, CASE WHEN item1 = 'Yes' THEN 1 WHEN " + inBase + " THEN 0 END AS s1, CASE WHEN item2 = 'Yes' THEN 1 WHEN " + inBase
                    + " THEN 0 END AS s2, CASE WHEN item1 = 'Yes' OR item2 = 'Yes' THEN 1 WHEN " + inBase + " THEN 0 END AS any_of, "
                    + "CAST(CASE WHEN item1 IS NULL THEN NULL WHEN item1 = 'Yes' THEN 1 ELSE 0 END AS DOUBLE) AS d1, "
                    + "CAST(CASE WHEN item2 IS NULL THEN NULL WHEN item2 = 'Yes' THEN 1 ELSE 0 END AS DOUBLE) AS d2 FROM (" + items + ")) TO "
                    + DuckDb.literal(out) + " (FORMAT parquet)");
        }
        return out;
    }

    private static List<CrossTab.Selected> selections() {
        return List.of(new CrossTab.Selected("set: item1", ITEMS, List.of("item1"), "Yes"), new CrossTab.Selected("set: item2", ITEMS, List.of("item2"), "Yes"),
                new CrossTab.Selected("set: any", ITEMS, ITEMS, "Yes"));
    }

    private List<CrossTab> tables(CrossTab.Design design) throws Exception {
        List<CrossTab.Request> requests = new ArrayList<>();
        for (String name : List.of("set: item1", "set: item2", "set: any")) {
            requests.add(new CrossTab.Request(name, null));
            requests.add(new CrossTab.Request(name, "stype"));
        }
        return CrossTab.all(new RowSource.ParquetFile(data()), requests, selections(), design, null);
    }

    @Test
    void itemsAndTheAnyOfNetByColumnAsRSurvey() throws Exception {
        List<CrossTab> tables = tables(new CrossTab.Design("pw", "dnum", null));
        // totals and shares by school type (E, H, M), then the p-values of E-H, E-M, H-M
        check(tables, 0, 12, 0.83815028901734101, new double[] { 0.88321167883211671, 0.69230769230769218, 0.65217391304347827 },
                new double[] { 0.044947075786820972, 0.049441788789881237, 0.71115029992868417 });
        check(tables, 2, 12, 0.58959537572254328, new double[] { 0.60583941605839409, 0.46153846153846145, 0.56521739130434778 },
                new double[] { 0.20476472007005866, 0.78918278154920662, 0.60599947815637911 });
        check(tables, 4, 12, 0.87861271676300579, new double[] { 0.91970802919708017, 0.76923076923076916, 0.69565217391304346 },
                new double[] { 0.18223368111782956, 0.09339345714820961, 0.51300368882444425 });
        // the base: 173 schools answered either item (R: sum(clus$base)); without adjustment item1's E exceeds H and M
        assertEquals(173, tables.get(0).columnBase(0), 0);
        ColumnPercentages item1 = ColumnPercentages.of(tables.get(1), 0.95, PAdjust.NONE, 0.05);
        assertEquals("BC", item1.letters(item1.table().rows().indexOf("1"), 0));
    }

    /**
     * Every school its own PSU, in strata by school type: the ten schools outside the base still count in
     * their stratum's n_h (R's subset(), as na.rm = TRUE), which gives other p-values than leaving them out.
     */
    @Test
    void stratifiedWithoutClustersAsRSurvey() throws Exception {
        List<CrossTab> tables = tables(new CrossTab.Design("pw", null, "stype"));
        check(tables, 0, 170, 0.83815028901734101, new double[] { 0.88321167883211671, 0.69230769230769218, 0.65217391304347827 },
                new double[] { 0.16119782451143796, 0.029179173491460309, 0.81047389488944654 });
        check(tables, 2, 170, 0.58959537572254328, new double[] { 0.60583941605839409, 0.46153846153846145, 0.56521739130434778 },
                new double[] { 0.33572298338946482, 0.72088895182616874, 0.561230427285621 });
        check(tables, 4, 170, 0.87861271676300579, new double[] { 0.91970802919708017, 0.76923076923076916, 0.69565217391304346 },
                new double[] { 0.22468326602952707, 0.027331167481293793, 0.63748664407172662 });
    }

    private static void check(List<CrossTab> tables, int at, int df, double total, double[] byColumn, double[] pValues) {
        CrossTab one = tables.get(at);
        assertEquals(List.of("0", "1"), one.rows());
        assertEquals(total, one.weighted()[1][0] / one.columnWeight(0), 1e-9 * total);
        CrossTab t = tables.get(at + 1);
        assertEquals(List.of("E", "H", "M"), t.columns());
        assertEquals(df, t.variance().degreesOfFreedom(), "R: degf(subset(design, base))");
        ColumnPercentages cp = ColumnPercentages.of(t, 0.95, PAdjust.NONE, 0.05);
        for (int j = 0; j < 3; j++) {
            assertEquals(byColumn[j], cp.share()[1][j], 1e-9 * byColumn[j]);
        }
        List<DesignLetters.Pair> selected = cp.designTests().stream().filter(p -> p.row() == 1).toList();
        assertEquals(3, selected.size());
        for (int k = 0; k < 3; k++) {
            assertEquals(pValues[k], selected.get(k).pValue(), 1e-9 * pValues[k]);
        }
    }

    /**
     * Items stored as numbers (1.0 and 0.0, as SPSS's F8.2 dichotomies) are counted by a numeric counted answer:
     * a set of such variables whose counted value is "1" compares 1 as a number (its text would be "1.0"), and
     * its rows equal those of the same items as text.
     */
    @Test
    void numericItemsAreCountedByNumber() throws Exception {
        org.studybench.model.study.MultipleResponseSet set = org.studybench.model.study.StudyFactory.eINSTANCE.createMultipleResponseSet();
        set.setName("coded");
        set.setCountedValue("1");
        for (String name : List.of("d1", "d2")) {
            org.studybench.model.study.Variable v = org.studybench.model.study.StudyFactory.eINSTANCE.createVariable();
            v.setName(name);
            v.setType(org.studybench.model.study.VariableType.DOUBLE);
            set.getVariables().add(v);
        }
        assertEquals(1.0, org.studybench.data.aggregate.ResponseSets.countedValue(set));
        RowSource source = new RowSource.ParquetFile(data());
        CrossTab.Design design = new CrossTab.Design("pw", "dnum", null);
        List<CrossTab.Selected> coded = List.of(org.studybench.data.aggregate.ResponseSets.item(set, "d1"), org.studybench.data.aggregate.ResponseSets.anyOf(set));
        List<CrossTab> byNumber = CrossTab.all(source, List.of(new CrossTab.Request("coded: d1", "stype"), new CrossTab.Request("coded (any of)", "stype")), coded,
                design, null);
        List<CrossTab> byText = CrossTab.all(source, List.of(new CrossTab.Request("set: item1", "stype"), new CrossTab.Request("set: any", "stype")),
                selections(), design, null);
        for (int t = 0; t < 2; t++) {
            assertEquals(byText.get(t).rows(), byNumber.get(t).rows());
            for (int i = 0; i < 2; i++) {
                assertArrayEquals(byText.get(t).weighted()[i], byNumber.get(t).weighted()[i], 1e-9);
            }
        }
        assertEquals(0.88321167883211671, byNumber.get(0).weighted()[1][0] / byNumber.get(0).columnWeight(0), 1e-9, "R: item1's share among E");
    }

    /**
     * A segment in which nobody answered the set: its partial tables are empty (a banner shows the set's block
     * with no base) in every kind of pass, while a table that is not partial still says there are no values.
     */
    @Test
    void aSetNobodyAnsweredInTheSegmentGivesEmptyPartialTables() throws Exception {
        RowSource source = new RowSource.ParquetFile(data());
        SqlFilter nobody = new SqlFilter("\"api00\" < ? AND \"ell\" > ?", List.of(500L, 40L)); // both items not asked
        for (CrossTab.Design design : List.of(new CrossTab.Design(null, null, null), new CrossTab.Design("pw", null, "stype"),
                new CrossTab.Design("pw", "dnum", null))) {
            List<CrossTab> tables = CrossTab.all(source, List.of(new CrossTab.Request("set: any", null, true), new CrossTab.Request("set: any", "stype", true)),
                    selections(), design, nobody);
            assertEquals(List.of(), tables.get(0).rows(), design.toString());
            assertEquals(0, tables.get(0).columnWeight(0), 0, design.toString());
            assertEquals(List.of(), tables.get(1).rows(), design.toString());
            org.studybench.core.InputException e = org.junit.jupiter.api.Assertions.assertThrows(org.studybench.core.InputException.class,
                    () -> CrossTab.all(source, List.of(new CrossTab.Request("set: any", null)), selections(), design, nobody));
            assertEquals(source.name() + ": set: any has no values in the segment", e.getMessage());
        }
    }

    /**
     * The rows made in the query equal the same indicators written into the file, table for table (cells,
     * bases and design-based covariance), in every kind of pass: no design, weights, strata, clusters,
     * clusters with a segment (whose bound value follows the counted answers' in the query), and clusters
     * with 1-bit hashed keys (which collide, so the pass is computed again by the values).
     */
    @Test
    void madeInTheQueryAsIfTheyWereColumnsOfTheFile() throws Exception {
        RowSource source = new RowSource.ParquetFile(data());
        SqlFilter segment = new SqlFilter("\"api00\" > ?", List.of(600L));
        record Case(CrossTab.Design design, SqlFilter filter, int keyBits) {
        }
        List<Case> cases = List.of(new Case(new CrossTab.Design(null, null, null), null, 64), new Case(new CrossTab.Design("pw", null, null), null, 64),
                new Case(new CrossTab.Design("pw", null, "stype"), segment, 64), new Case(new CrossTab.Design("pw", "dnum", null), null, 64),
                new Case(new CrossTab.Design("pw", "dnum", null), segment, 64), new Case(new CrossTab.Design("pw", "dnum", null), segment, 1));
        List<String> made = List.of("set: item1", "set: item2", "set: any");
        List<String> written = List.of("s1", "s2", "any_of");
        for (Case c : cases) {
            List<CrossTab.Request> derived = new ArrayList<>();
            List<CrossTab.Request> columns = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                derived.add(new CrossTab.Request(made.get(i), null));
                derived.add(new CrossTab.Request(made.get(i), "sch.wide", true));
                columns.add(new CrossTab.Request(written.get(i), null));
                columns.add(new CrossTab.Request(written.get(i), "sch.wide", true));
            }
            List<CrossTab> a = CrossTab.all(source, derived, selections(), c.design(), c.filter(), c.keyBits());
            List<CrossTab> b = CrossTab.all(source, columns, c.design(), c.filter());
            for (int k = 0; k < a.size(); k++) {
                String what = c + ", table " + k;
                assertEquals(b.get(k).rows(), a.get(k).rows(), what);
                assertEquals(b.get(k).columns(), a.get(k).columns(), what);
                assertArrayEquals(b.get(k).counts(), a.get(k).counts(), what);
                for (int i = 0; i < a.get(k).rows().size(); i++) {
                    assertArrayEquals(b.get(k).weighted()[i], a.get(k).weighted()[i], 1e-9, what);
                }
                if (c.design().any()) {
                    assertNotNull(a.get(k).variance(), what);
                    assertEquals(b.get(k).variance().degreesOfFreedom(), a.get(k).variance().degreesOfFreedom(), what);
                    double[][] va = a.get(k).variance().covariance();
                    double[][] vb = b.get(k).variance().covariance();
                    assertEquals(vb.length, va.length, what);
                    for (int i = 0; i < va.length; i++) {
                        for (int j = 0; j < va[i].length; j++) {
                            assertEquals(vb[i][j], va[i][j], 1e-9 * Math.max(1, Math.abs(vb[i][j])), what);
                        }
                    }
                }
            }
        }
    }
}
