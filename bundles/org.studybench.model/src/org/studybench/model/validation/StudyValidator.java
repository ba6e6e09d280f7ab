package org.studybench.model.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.studybench.model.lookup.Lookups;
import org.studybench.model.study.Base;
import org.studybench.model.study.ChartSpec;
import org.studybench.model.study.Comparison;
import org.studybench.model.study.Dataset;
import org.studybench.model.study.Estimate;
import org.studybench.model.study.Finding;
import org.studybench.model.study.MeasureKind;
import org.studybench.model.study.Named;
import org.studybench.model.study.Origin;
import org.studybench.model.study.Section;
import org.studybench.model.study.SectionKind;
import org.studybench.model.study.Study;
import org.studybench.model.study.TableSpec;
import org.studybench.model.study.Variable;
import org.studybench.model.study.VariableRole;

/**
 * Checks a study for mistakes a researcher can make and fix: missing names, impossible numbers,
 * findings without the data or source they claim, broken references. Each problem is a
 * {@link Diagnostic} whose data holds the offending element first (for jump-to-element in the GUI)
 * and whose message reads as a sentence about that element.
 */
public final class StudyValidator {

    public static final String SOURCE = "org.studybench.model";

    private final List<Diagnostic> problems = new ArrayList<>();

    private StudyValidator() {
    }

    public static Diagnostic validate(Study study) {
        StudyValidator validator = new StudyValidator();
        validator.check(study);
        BasicDiagnostic result = new BasicDiagnostic(SOURCE, 0, "Study '" + study.getName() + "'", new Object[] { study });
        validator.problems.forEach(result::add);
        return result;
    }

    private void check(Study study) {
        if (blank(study.getName())) {
            error(study, "The study has no name");
        }
        uniqueNames(study.getSources());
        uniqueNames(study.getInstruments());
        uniqueNames(study.getDatasets());
        uniqueNames(study.getSegments());
        uniqueNames(study.getFindings());
        uniqueNames(study.getComparisons());
        uniqueNames(study.getCharts());
        uniqueNames(study.getTables());
        uniqueNames(study.getReports());
        for (TreeIterator<EObject> it = study.eAllContents(); it.hasNext();) {
            EObject element = it.next();
            if (element instanceof Named named && blank(named.getName())) {
                error(element, Describe.kind(element) + " " + (blank(named.getLabel()) ? "without a label" : "'" + named.getLabel() + "'") + " has no name");
            }
            danglingReferences(element);
        }
        study.getDatasets().forEach(this::checkDataset);
        study.getFindings().forEach(this::checkFinding);
        study.getComparisons().forEach(this::checkComparison);
        study.getCharts().forEach(this::checkChart);
        study.getTables().forEach(table -> checkTable(study, table));
        study.getReports().forEach(report -> report.getSections().forEach(this::checkSection));
    }

    private void checkDataset(Dataset dataset) {
        if (blank(dataset.getUri())) {
            error(dataset, Describe.of(dataset) + " does not say where its data file is");
        }
        uniqueNames(dataset.getVariables());
        for (Variable v : dataset.getVariables()) {
            uniqueNames(v.getNets());
            for (org.studybench.model.study.Net net : v.getNets()) {
                if (net.getLevels().isEmpty()) {
                    error(net, Describe.of(net) + " of variable '" + v.getName() + "' combines no answers; list the values it combines (levels)");
                }
            }
        }
        for (VariableRole role : List.of(VariableRole.WEIGHT, VariableRole.CLUSTER, VariableRole.STRATA)) {
            List<String> withRole = dataset.getVariables().stream().filter(v -> v.getRole() == role).map(Variable::getName).toList();
            if (withRole.size() > 1) {
                error(dataset, Describe.of(dataset) + " has " + withRole.size() + " " + role.getLiteral() + " variables " + withRole + "; at most one is allowed");
            }
        }
    }

    private void checkFinding(Finding finding) {
        String what = Describe.of(finding);
        if (finding.getOrigin() == Origin.PUBLISHED && finding.getSource() == null) {
            warning(finding, what + " is published but names no source");
        }
        if (finding.getOrigin() == Origin.COMPUTED && finding.getDataset() == null) {
            error(finding, what + " is computed but names no dataset to compute it from");
        }
        if (finding.getOrigin() == Origin.COMPUTED) {
            if (finding.getVariable() == null || finding.getVariable().isBlank()) {
                error(finding, what + " is computed but names no variable");
            } else if (finding.getMeasure() == MeasureKind.PROPORTION && (finding.getLevel() == null || finding.getLevel().isEmpty())) {
                error(finding, what + " is a computed proportion but names no level of " + finding.getVariable() + " to count");
            } else if (finding.getMeasure() != MeasureKind.PROPORTION && finding.getMeasure() != MeasureKind.MEAN) {
                error(finding, what + " is computed as a " + finding.getMeasure().getLiteral() + "; only proportions and means are computed from data");
            }
        }
        if (finding.getEstimates().isEmpty()) {
            warning(finding, what + " has no estimates yet");
        }
        checkBase(finding);
        Set<Object> segmentsSeen = new HashSet<>();
        for (Estimate estimate : finding.getEstimates()) {
            String segment = estimate.getSegment() == null ? "the whole sample" : "segment '" + estimate.getSegment().getName() + "'";
            if (!segmentsSeen.add(estimate.getSegment() == null ? "" : estimate.getSegment())) {
                error(estimate, what + " has two estimates for " + segment);
            }
            Integer n = estimate.getN();
            if (n != null && n <= 0) {
                error(estimate, what + " has " + segment + " with n=" + n);
            }
            double value = estimate.getValue();
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                error(estimate, what + " has " + segment + " with no numeric value");
            } else if (finding.getMeasure() == MeasureKind.PROPORTION && (value < 0 || value > 1)) {
                error(estimate, what + " has " + segment + " with proportion " + value + " outside 0..1"
                        + (value > 1 && value <= 100 ? " (write " + value / 100 + " for " + value + "%)" : ""));
            }
            if (estimate.getCount() != null && n != null && n > 0 && estimate.getCount() > n) {
                error(estimate, what + " has " + segment + " with count " + estimate.getCount() + " larger than n=" + n);
            }
            if (estimate.getCiLow() != null && estimate.getCiHigh() != null
                    && !(estimate.getCiLow() <= value && value <= estimate.getCiHigh())) {
                error(estimate, what + " has " + segment + " with value " + value + " outside its interval ["
                        + estimate.getCiLow() + ", " + estimate.getCiHigh() + "]");
            }
        }
    }

    private void checkBase(Finding finding) {
        Base base = finding.getBase();
        if (base == null) {
            return;
        }
        if (base.getN() != null && base.getN() <= 0) {
            error(base, Describe.of(finding) + " has a base of n=" + base.getN());
        }
        Set<Finding> chain = new HashSet<>();
        chain.add(finding);
        for (Finding parent = base.getWithin(); parent != null; parent = parent.getBase() == null ? null : parent.getBase().getWithin()) {
            if (!chain.add(parent)) {
                error(base, Describe.of(finding) + " has a nested base that loops back on itself through " + Describe.of(parent));
                return;
            }
        }
        Finding parent = base.getWithin();
        if (parent != null && base.getN() != null && parent.getBase() != null && parent.getBase().getN() != null
                && base.getN() > parent.getBase().getN()) {
            error(base, Describe.of(finding) + " has a nested base of n=" + base.getN() + ", larger than the n="
                    + parent.getBase().getN() + " of " + Describe.of(parent) + " it is nested in");
        }
    }

    private void checkComparison(Comparison comparison) {
        if (blank(comparison.getComparatorId())) {
            error(comparison, Describe.of(comparison) + " does not say which comparator to use");
        }
        Map<String, Integer> counts = new HashMap<>();
        comparison.getParameters().forEach(p -> counts.merge(String.valueOf(p.getName()), 1, Integer::sum));
        counts.forEach((name, count) -> {
            if (count > 1) {
                error(comparison, Describe.of(comparison) + " sets parameter '" + name + "' " + count + " times");
            }
        });
    }

    private void checkChart(ChartSpec chart) {
        if (blank(chart.getKind())) {
            error(chart, Describe.of(chart) + " has no kind (e.g. grouped-bar)");
        }
        if (chart.getWidth() <= 0 || chart.getHeight() <= 0) {
            error(chart, Describe.of(chart) + " has size " + chart.getWidth() + "x" + chart.getHeight() + "; both must be positive");
        }
    }

    private void checkTable(Study study, TableSpec table) {
        String what = Describe.of(table);
        if (table.getRows().isEmpty()) {
            error(table, what + " has no row questions (rows)");
        }
        if (table.getColumns().isEmpty()) {
            error(table, what + " has no column breakdowns (columns)");
        }
        Dataset dataset = Lookups.dataset(study, table);
        if (dataset == null) {
            error(table, what + " needs a dataset, and the study has none");
        } else if (!dataset.getVariables().isEmpty()) { // a dataset without a dictionary is checked when the table is computed
            for (String name : table.getRows()) {
                String problem = TableNames.rowProblem(dataset, name);
                if (Lookups.variable(dataset, name) == null && Lookups.responseSet(dataset, name) == null) {
                    error(table, what + ": row question '" + name + "' is not a variable or multiple-response set of dataset '" + dataset.getName() + "'");
                } else if (problem != null) {
                    error(table, what + ": " + problem);
                }
            }
            for (String name : table.getColumns()) {
                if (Lookups.variable(dataset, name) == null) {
                    error(table, what + ": column breakdown '" + name + "' is not a variable of dataset '" + dataset.getName() + "'");
                }
            }
        }
        if (!(table.getAlpha() > 0 && table.getAlpha() < 1)) {
            error(table, what + " has significance level (alpha) " + table.getAlpha() + "; it must be between 0 and 1");
        }
        if (table.getMinimumBase() < 0) {
            error(table, what + " has a minimum base of " + table.getMinimumBase() + "; it must be 0 (no limit) or more");
        }
        if (table.getSegment() != null && blank(table.getSegment().getFilter())) {
            error(table, what + " counts segment '" + table.getSegment().getName() + "', which has no filter to select its respondents");
        }
    }

    private void checkSection(Section section) {
        String where = Describe.of(section) + " of " + Describe.of(section.eContainer());
        if (section.getKind() == SectionKind.CHART && section.getChart() == null) {
            error(section, where + " is a chart section without a chart");
        }
        if (section.getKind() == SectionKind.TABLE && section.getTable() == null && ((Study) EcoreUtil.getRootContainer(section)).getTables().isEmpty()) {
            warning(section, where + " is a table section, but the study has no tables");
        }
        if (section.getKind() == SectionKind.COMPARISONS && section.getComparisons().isEmpty()) {
            warning(section, where + " is a comparisons section without comparisons");
        }
    }

    private void danglingReferences(EObject element) {
        for (EReference reference : element.eClass().getEAllReferences()) {
            if (reference.isContainment() || reference.isContainer() || !element.eIsSet(reference)) {
                continue;
            }
            Object value = element.eGet(reference, false);
            List<?> targets = value instanceof EList<?> list ? list : List.of(value);
            for (Object target : targets) {
                if (target instanceof EObject t && (t.eIsProxy() || EcoreUtil.getRootContainer(t) != EcoreUtil.getRootContainer(element))) {
                    error(element, Describe.of(element) + " refers in '" + reference.getName() + "' to an element that is not in the study ("
                            + (t.eIsProxy() ? EcoreUtil.getURI(t).fragment() : Describe.of(t)) + ")");
                }
            }
        }
    }

    private void uniqueNames(List<? extends Named> siblings) {
        Map<String, Named> seen = new HashMap<>();
        for (Named named : siblings) {
            if (!blank(named.getName()) && seen.putIfAbsent(named.getName(), named) != null) {
                error(named, "Two " + Describe.kind(named).toLowerCase() + "s are named '" + named.getName() + "'; names must be unique");
            }
        }
    }

    private void error(EObject element, String message) {
        problems.add(new BasicDiagnostic(Diagnostic.ERROR, SOURCE, 0, message, new Object[] { element }));
    }

    private void warning(EObject element, String message) {
        problems.add(new BasicDiagnostic(Diagnostic.WARNING, SOURCE, 0, message, new Object[] { element }));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
