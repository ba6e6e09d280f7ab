package org.studybench.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.studybench.core.Arguments;
import org.studybench.core.Comparator;
import org.studybench.core.ComparisonOutcome;
import org.studybench.core.InputException;
import org.studybench.core.ParameterSpec;
import org.studybench.core.Registry;
import org.studybench.core.Sha256;
import org.studybench.model.study.Comparison;
import org.studybench.model.study.EffectSize;
import org.studybench.model.study.Estimate;
import org.studybench.model.study.Finding;
import org.studybench.model.study.Parameter;
import org.studybench.model.study.Result;
import org.studybench.model.study.Segment;
import org.studybench.model.study.Study;
import org.studybench.model.study.StudyFactory;
import org.studybench.stats.Defaults;
import org.studybench.stats.PAdjust;

/**
 * Runs a study's comparisons and writes their results back into the study, with provenance (tool and
 * version, the arguments' hash). A comparison whose arguments and comparator version are unchanged
 * keeps its stored result; the others are recomputed. Comparisons sharing a {@code family} get
 * Holm-adjusted p-values.
 *
 * <p>Arguments are the comparison's own parameters plus what its bound findings and segments supply,
 * for comparators that declare these parameters (explicit parameters win):
 * <ul>
 * <li>{@code x1, n1, x2, n2}: one finding, two segments; n from the estimates, else the given n1/n2
 * (assumed group sizes for published findings); x = round(p · n).</li>
 * <li>{@code p1, p2} (lists): every bound finding's estimates for the two segments (as for
 * split-sensitivity); n must be given.</li>
 * <li>{@code table} (and {@code bases}): the findings as rows and the segments as columns, counts from
 * the estimates' shares and n (or the assumed group sizes given as {@code bases}); e.g. column
 * proportions (letters) of a battery of items, or a chi-square test when the findings are the answers
 * of one question;</li>
 * <li>{@code x, n}: one finding and at most one segment.</li>
 * </ul>
 */
public final class StudyComparisons {

    /** How many comparisons were computed and how many kept their stored result. */
    public record Run(int computed, int reused) {
    }

    private static final StudyFactory F = StudyFactory.eINSTANCE;

    private StudyComparisons() {
    }

    public static Run update(Study study, Registry registry) throws InputException {
        int computed = 0;
        int reused = 0;
        for (Comparison c : study.getComparisons()) {
            Result result = compute(c, registry);
            if (result == null) {
                reused++;
            } else {
                c.setResult(result);
                computed++;
            }
        }
        adjustFamilies(study);
        return new Run(computed, reused);
    }

    /**
     * The result of one comparison, not yet attached to it; null when its stored result was computed
     * from the same arguments by the same comparator version. Reads the model only, so it can run off
     * the UI thread; Holm adjustment across a family is {@link #adjustFamilies}'s job.
     */
    public static Result compute(Comparison c, Registry registry) throws InputException {
        Comparator comparator = registry.comparator(c.getComparatorId()).orElseThrow(() -> new InputException(
                "comparison '" + c.getName() + "' uses comparator '" + c.getComparatorId() + "', which is not installed; see 'studybench plugins'"));
        Map<String, String> arguments = arguments(c, comparator);
        String tool = registry.entries().stream().filter(e -> e.kind() == Registry.Kind.COMPARATOR && e.id().equals(comparator.id()))
                .map(e -> e.bundle() + " " + release(e.bundleVersion())).findFirst().orElse(comparator.id());
        String hash = hash(comparator.id(), tool, arguments);
        if (c.getResult() != null && hash.equals(c.getResult().getInputHash())) {
            return null;
        }
        try {
            return result(comparator.compare(Arguments.parse(comparator.parameters(), arguments)), tool, hash, arguments);
        } catch (InputException e) {
            throw new InputException("comparison '" + c.getName() + "': " + e.getMessage(), e);
        }
    }

    /** major.minor.micro: the build qualifier changes with every build, the method does not. */
    private static String release(String version) {
        String[] parts = version.split("\\.");
        return parts.length > 3 ? String.join(".", parts[0], parts[1], parts[2]) : version;
    }

    /** The arguments a comparison passes to its comparator, in the comparator's parameter order. */
    public static Map<String, String> arguments(Comparison c, Comparator comparator) throws InputException {
        Map<String, String> given = new LinkedHashMap<>();
        for (Parameter p : c.getParameters()) {
            given.put(p.getName(), p.getValue());
        }
        List<String> declared = comparator.parameters().stream().map(ParameterSpec::name).toList();
        String where = "comparison '" + c.getName() + "': ";
        if (declared.containsAll(List.of("x1", "n1", "x2", "n2")) && !c.getFindings().isEmpty()) {
            if (c.getFindings().size() != 1 || c.getSegments().size() != 2) {
                throw new InputException(where + "comparing two proportions needs one finding and two segments");
            }
            for (int g = 0; g < 2; g++) {
                Estimate e = estimate(c.getFindings().get(0), c.getSegments().get(g), where);
                String n = "n" + (g + 1);
                long size = e.getN() != null ? e.getN() : given.containsKey(n) ? parseWhole(given.get(n), where + n) : -1;
                if (size < 0) {
                    throw new InputException(where + "the estimate for segment '" + c.getSegments().get(g).getName()
                            + "' has no n; give the assumed group size as parameter " + n);
                }
                given.put(n, Long.toString(size));
                given.putIfAbsent("x" + (g + 1), Long.toString(Math.round(e.getValue() * size)));
            }
        } else if (declared.containsAll(List.of("p1", "p2")) && !c.getFindings().isEmpty()) {
            if (c.getSegments().size() != 2) {
                throw new InputException(where + "needs two segments");
            }
            List<String> p1 = new ArrayList<>();
            List<String> p2 = new ArrayList<>();
            for (Finding f : c.getFindings()) {
                p1.add(Double.toString(estimate(f, c.getSegments().get(0), where).getValue()));
                p2.add(Double.toString(estimate(f, c.getSegments().get(1), where).getValue()));
            }
            given.putIfAbsent("p1", String.join(",", p1));
            given.putIfAbsent("p2", String.join(",", p2));
        } else if (declared.contains("table") && !c.getFindings().isEmpty()) {
            tableOfFindings(c, given, declared.contains("bases"), where);
        } else if (declared.containsAll(List.of("x", "n")) && c.getFindings().size() == 1) {
            Estimate e = estimate(c.getFindings().get(0), c.getSegments().isEmpty() ? null : c.getSegments().get(0), where);
            long size = e.getN() != null ? e.getN() : given.containsKey("n") ? parseWhole(given.get("n"), where + "n") : -1;
            if (size < 0) {
                throw new InputException(where + "the estimate has no n; give the assumed sample size as parameter n");
            }
            given.put("n", Long.toString(size));
            given.putIfAbsent("x", Long.toString(Math.round(e.getValue() * size)));
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String name : declared) {
            if (given.containsKey(name)) {
                ordered.put(name, given.remove(name));
            }
        }
        ordered.putAll(given); // unknown names: Arguments.parse reports them
        return ordered;
    }

    /**
     * {@code table} and {@code bases} from the bound findings (rows) and segments (columns): counts
     * share × n per cell, one base per column (the estimates' n, else the assumed sizes given as
     * {@code bases}), as column proportions of a battery of items asked of everyone.
     */
    private static void tableOfFindings(Comparison c, Map<String, String> given, boolean takesBases, String where) throws InputException {
        List<Segment> segments = c.getSegments();
        if (segments.size() < 2) {
            throw new InputException(where + "comparing columns needs at least two segments (the columns)");
        }
        String[] assumed = given.containsKey("bases") ? given.get("bases").split("\\s*,\\s*") : null;
        if (assumed != null && assumed.length != segments.size()) {
            throw new InputException(where + "bases has " + assumed.length + " values for " + segments.size() + " segments");
        }
        long[] bases = new long[segments.size()];
        java.util.Arrays.fill(bases, -1);
        List<String> rows = new ArrayList<>();
        for (Finding f : c.getFindings()) {
            List<String> cells = new ArrayList<>();
            for (int j = 0; j < segments.size(); j++) {
                Segment segment = segments.get(j);
                Estimate e = estimate(f, segment, where);
                long n = e.getN() != null ? e.getN() : assumed != null ? parseWhole(assumed[j], where + "bases") : -1;
                if (n < 0) {
                    throw new InputException(where + "finding '" + f.getName() + "' has no n for segment '" + segment.getName()
                            + "'; give the assumed group sizes as parameter bases (one per segment)");
                }
                if (bases[j] >= 0 && bases[j] != n) {
                    throw new InputException(where + "segment '" + segment.getName() + "' has different bases across the findings (" + bases[j] + " and " + n
                            + "); column proportions need one base per column");
                }
                bases[j] = n;
                cells.add(Long.toString(Math.round(e.getValue() * n)));
            }
            rows.add(String.join(",", cells));
        }
        given.putIfAbsent("table", String.join(";", rows));
        if (takesBases) { // (a test of independence takes the counts alone: the findings are then one question's answers)
            given.put("bases", String.join(",", java.util.Arrays.stream(bases).mapToObj(Long::toString).toList()));
        }
    }

    private static Estimate estimate(Finding f, Segment s, String where) throws InputException {
        return f.getEstimates().stream().filter(e -> e.getSegment() == s).findFirst().orElseThrow(() -> new InputException(
                where + "finding '" + f.getName() + "' has no estimate" + (s == null ? " for the whole sample" : " for segment '" + s.getName() + "'")));
    }

    private static long parseWhole(String text, String what) throws InputException {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new InputException(what + " '" + text + "' is not a whole number", e);
        }
    }

    private static String hash(String comparator, String tool, Map<String, String> arguments) {
        StringBuilder text = new StringBuilder(comparator).append('\n').append(tool).append('\n');
        new TreeMap<>(arguments).forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        return Sha256.of(text.toString());
    }

    private static Result result(ComparisonOutcome o, String tool, String hash, Map<String, String> arguments) {
        Result r = F.createResult();
        r.setStatisticName(o.statisticName());
        r.setStatistic(o.statistic());
        r.setDf(o.df());
        r.setDf2(o.df2());
        r.setPValue(o.pValue());
        r.setEstimateName(o.estimateName());
        r.setEstimate(o.estimate());
        r.setCiLow(o.ciLow());
        r.setCiHigh(o.ciHigh());
        r.setCiLevel(o.ciLevel());
        for (ComparisonOutcome.EffectSizeValue e : o.effectSizes()) {
            EffectSize es = F.createEffectSize();
            es.setName(e.symbol() == null || e.symbol().isBlank() ? e.name() : e.symbol());
            es.setValue(e.value());
            es.setCiLow(e.ciLow());
            es.setCiHigh(e.ciHigh());
            r.getEffectSizes().add(es);
        }
        if (o.n() != null) {
            r.getValues().add(parameter("N", number(o.n())));
        }
        o.values().forEach((k, v) -> r.getValues().add(parameter(k, number(v))));
        o.texts().forEach((k, v) -> r.getValues().add(parameter(k, v)));
        r.setMethodText(o.method());
        r.setToolVersion(tool);
        r.setInputHash(hash);
        r.getWarnings().addAll(o.warnings());
        return r;
    }

    private static Parameter parameter(String name, String value) {
        Parameter p = F.createParameter();
        p.setName(name);
        p.setValue(value);
        return p;
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /**
     * Adjusted p-values within each family of the study's comparisons ({@link Defaults#FAMILY_CORRECTION},
     * Holm's method); those without a family keep their own p.
     */
    public static void adjustFamilies(Study study) {
        Map<String, List<Result>> families = new LinkedHashMap<>();
        for (Comparison c : study.getComparisons()) {
            Result r = c.getResult();
            if (r == null) {
                continue;
            }
            if (c.getFamily() == null || c.getFamily().isBlank() || r.getPValue() == null) {
                r.setAdjustedP(null);
                r.setAdjustment(null);
                continue;
            }
            families.computeIfAbsent(c.getFamily(), k -> new ArrayList<>()).add(r);
        }
        for (List<Result> family : families.values()) {
            double[] adjusted = Defaults.FAMILY_CORRECTION.adjust(family.stream().mapToDouble(Result::getPValue).toArray());
            for (int i = 0; i < family.size(); i++) {
                family.get(i).setAdjustedP(adjusted[i]);
                family.get(i).setAdjustment(Defaults.FAMILY_CORRECTION.id());
            }
        }
    }

    /** The stored result as an outcome, for {@link org.studybench.core.Apa} and other displays. */
    public static ComparisonOutcome outcome(Result r) {
        ComparisonOutcome.Builder b = ComparisonOutcome.builder(r.getMethodText());
        if (r.getStatistic() != null) {
            b.statistic(r.getStatisticName(), r.getStatistic());
        }
        if (r.getDf() != null) {
            if (r.getDf2() != null) {
                b.df(r.getDf(), r.getDf2());
            } else {
                b.df(r.getDf());
            }
        }
        if (r.getPValue() != null) {
            b.pValue(r.getPValue());
        }
        if (r.getEstimate() != null) {
            b.estimate(r.getEstimateName(), r.getEstimate());
        }
        if (r.getCiLow() != null && r.getCiHigh() != null) {
            b.interval(r.getCiLow(), r.getCiHigh(), r.getCiLevel() == null ? 0.95 : r.getCiLevel());
        }
        for (EffectSize e : r.getEffectSizes()) {
            b.effect(e.getName(), e.getName(), e.getValue(), e.getCiLow(), e.getCiHigh());
        }
        for (Parameter p : r.getValues()) {
            if (p.getName().equals("N")) {
                b.n(Double.parseDouble(p.getValue()));
            }
        }
        return b.build();
    }
}
