package org.studybench.stats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.studybench.stats.DesignMoments;
import org.studybench.stats.DesignProportion;
import org.studybench.stats.RaoScott;

/**
 * Design-based estimates against R 4.2.2 with survey 4.1-1 on its api data (exported as CSV fixtures,
 * see fixtures/README.md), designs without fpc: dclus1 <- svydesign(id = ~dnum, weights = ~pw, data =
 * apiclus1); dstrat <- svydesign(id = ~1, strata = ~stype, weights = ~pw, data = apistrat). The
 * "logit" interval comes from svyglm, which R fits iteratively (glm epsilon 1e-8), so it agrees to 1e-7.
 */
class SurveyTest {

    private static final Path FIXTURES = Path.of(System.getProperty("studybench.repo", "../..")).resolve("bundles/org.studybench.stats.tests/fixtures");

    record Row(Map<String, String> values) {
        String get(String column) {
            return values.get(column);
        }

        double number(String column) {
            return Double.parseDouble(values.get(column));
        }
    }

    static List<Row> read(String file) throws IOException {
        List<String> lines = Files.readAllLines(FIXTURES.resolve(file));
        String[] header = lines.get(0).replace("\"", "").split(",");
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.replace("\"", "").split(",", -1);
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                values.put(header[i], cells[i]);
            }
            rows.add(new Row(values));
        }
        return rows;
    }

    /** Aggregates rows into PSU totals per stratum: what one SQL GROUP BY stratum, psu produces. */
    static DesignMoments moments(List<Row> rows, Function<Row, String> stratum, Function<Row, String> psu, int categories,
            Function<Row, Integer> category) {
        Map<String, double[]> psuTotals = new LinkedHashMap<>();
        Map<String, String> psuStratum = new LinkedHashMap<>();
        DesignMoments moments = new DesignMoments(categories);
        for (Row row : rows) {
            String key = stratum.apply(row) + "|" + psu.apply(row);
            double w = row.number("pw");
            double[] totals = psuTotals.computeIfAbsent(key, k -> new double[categories + 1]);
            totals[0] += w;
            totals[1 + category.apply(row)] += w;
            psuStratum.put(key, stratum.apply(row));
            moments.addObservations(1, w * w);
        }
        psuTotals.forEach((key, t) -> moments.addPsu(psuStratum.get(key), t[0], java.util.Arrays.copyOfRange(t, 1, t.length)));
        return moments;
    }

    @Test
    void clusterSampleProportionAsSvyciprop() throws IOException {
        DesignMoments m = moments(read("apiclus1.csv"), r -> "", r -> r.get("dnum"), 2, r -> r.number("ell") == 0 ? 1 : 0);
        assertEquals(14, m.degreesOfFreedom());
        DesignProportion.Result logit = DesignProportion.estimate(m, 1, DesignProportion.Method.LOGIT, 0.95);
        Near.rel(0.02185792349726776, logit.estimate(), "svymean");
        Near.rel(0.022849970338708822, logit.standardError(), "SE");
        Near.interval(0.0022528019307212115, 0.18110814459912192, logit.interval(), 1e-7, "svyciprop logit");
        DesignProportion.Result beta = DesignProportion.estimate(m, 1, DesignProportion.Method.BETA, 0.95);
        Near.interval(0.00019864367880694528, 0.13939611163085219, beta.interval(), "svyciprop beta");
        Near.rel(4.4445912449197449, beta.designEffect(), "deff (replace)");
        Near.rel(1, beta.kishDesignEffect(), "Kish deff: equal weights");
        Near.rel(183, beta.kishEffectiveN(), "Kish effective n");
    }

    @Test
    void stratifiedSampleProportionAsSvyciprop() throws IOException {
        DesignMoments m = moments(read("apistrat.csv"), r -> r.get("stype"), r -> r.get("snum"), 2, r -> r.get("sch.wide").equals("Yes") ? 1 : 0);
        DesignProportion.Result logit = DesignProportion.estimate(m, 1, DesignProportion.Method.LOGIT, 0.95);
        Near.rel(0.82794801141582364, logit.estimate(), "svymean");
        Near.rel(0.024756802875456112, logit.standardError(), "SE");
        Near.interval(0.77354200933115835, 0.87145518235990793, logit.interval(), 1e-7, "svyciprop logit");
        Near.rel(5128.3099479675338, logit.total(), "svytotal");
        DesignProportion.Result beta = DesignProportion.estimate(m, 1, DesignProportion.Method.BETA, 0.95);
        Near.interval(0.77315746131603735, 0.87415669403971086, beta.interval(), "svyciprop beta");
        Near.rel(0.85620829248874686, beta.designEffect(), "deff (replace)");
        Near.rel(1.1863709847380413, beta.kishDesignEffect(), "Kish deff");
        Near.rel(168.58133128075562, beta.kishEffectiveN(), "Kish effective n");
        // Wilson on the design-effective n = p(1 - p)/V = 232.42008019049331 (formula evaluated in R).
        DesignProportion.Result wilson = DesignProportion.estimate(m, 1, DesignProportion.Method.WILSON, 0.95);
        Near.rel(232.42008019049331, wilson.effectiveN(), "effective n");
        Near.interval(0.77419494241007136, 0.87103663807133147, wilson.interval(), "Wilson on effective n");
    }

    @Test
    void aLevelNobodyChoseHasADegenerateInterval() {
        DesignMoments m = new DesignMoments(2).addPsu("", 10, new double[] { 10, 0 }).addPsu("", 12, new double[] { 12, 0 }).addObservations(5, 100);
        for (DesignProportion.Method method : DesignProportion.Method.values()) {
            DesignProportion.Result r = DesignProportion.estimate(m, 1, method, 0.95);
            assertEquals(0, r.estimate());
            assertEquals(0, r.interval().lower());
            assertEquals(0, r.interval().upper());
        }
    }

    /** svychisq(~sch.wide + stype, design) with statistic "F" (default) and "Chisq". */
    @Test
    void raoScottAsSvychisq() throws IOException {
        Function<Row, Integer> cell = r -> (r.get("sch.wide").equals("Yes") ? 1 : 0) + 2 * "EHM".indexOf(r.get("stype"));
        RaoScott.Result clus = RaoScott.test(moments(read("apiclus1.csv"), r -> "", r -> r.get("dnum"), 6, cell), 2, 3);
        Near.rel(5.0904626152897734, clus.f(), "F (clus1)");
        Near.rel(1.4946397777074556, clus.ndf(), "ndf (clus1)");
        Near.rel(20.924956887904379, clus.ddf(), "ddf (clus1)");
        Near.rel(0.023071616825819007, clus.fP(), "p F (clus1)");
        Near.rel(11.940892080745339, clus.pearson(), "Pearson X2 (clus1)");
        Near.rel(0.0061551717518606285, clus.firstOrderP(), "p Chisq (clus1)");

        RaoScott.Result strat = RaoScott.test(moments(read("apistrat.csv"), r -> r.get("stype"), r -> r.get("snum"), 6, cell), 2, 3);
        Near.rel(16.546386489600511, strat.f(), "F (strat)");
        Near.rel(1.8413376275438333, strat.ndf(), "ndf (strat)");
        Near.rel(362.74351262613516, strat.ddf(), "ddf (strat)");
        Near.rel(3.4024309142735234e-07, strat.fP(), "p F (strat)");
        Near.rel(26.753534035890741, strat.pearson(), "Pearson X2 (strat)");
        Near.rel(6.5162187041663845e-08, strat.firstOrderP(), "p Chisq (strat)");

        Function<Row, Integer> comp = r -> (r.get("comp.imp").equals("Yes") ? 1 : 0) + 2 * "EHM".indexOf(r.get("stype"));
        RaoScott.Result compImp = RaoScott.test(moments(read("apistrat.csv"), r -> r.get("stype"), r -> r.get("snum"), 6, comp), 2, 3);
        Near.rel(14.373950708422591, compImp.f(), "F comp.imp");
        Near.rel(1.6782271227473281e-06, compImp.fP(), "p comp.imp");
    }
}
