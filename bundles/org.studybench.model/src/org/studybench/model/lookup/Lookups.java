package org.studybench.model.lookup;

import org.studybench.model.study.ChartSpec;
import org.studybench.model.study.Dataset;
import org.studybench.model.study.Finding;
import org.studybench.model.study.Study;
import org.studybench.model.study.TableSpec;
import org.studybench.model.study.Variable;

/**
 * The defaults a study leaves implicit, decided in one place so that computing, charting, reporting
 * and editing agree: an element that names no dataset uses the study's first.
 *
 * @since 0.1
 */
public final class Lookups {

    private Lookups() {
    }

    /** The finding's dataset, else the study's first; null when the study has none. */
    public static Dataset dataset(Study study, Finding finding) {
        return finding.getDataset() != null ? finding.getDataset() : first(study);
    }

    /** The chart's dataset, else the study's first; null when the study has none. */
    public static Dataset dataset(Study study, ChartSpec chart) {
        return chart.getDataset() != null ? chart.getDataset() : first(study);
    }

    /** The table's dataset, else the study's first; null when the study has none. */
    public static Dataset dataset(Study study, TableSpec table) {
        return table.getDataset() != null ? table.getDataset() : first(study);
    }

    /** The variable of the dictionary named {@code name}, or null. */
    public static Variable variable(Dataset dataset, String name) {
        if (dataset == null || name == null) {
            return null;
        }
        return dataset.getVariables().stream().filter(v -> name.equals(v.getName())).findFirst().orElse(null);
    }

    /** The dataset's multiple-response set named {@code name}, or null. */
    public static org.studybench.model.study.MultipleResponseSet responseSet(Dataset dataset, String name) {
        if (dataset == null || name == null) {
            return null;
        }
        return dataset.getMultipleResponseSets().stream().filter(s -> name.equals(s.getName())).findFirst().orElse(null);
    }

    private static Dataset first(Study study) {
        return study.getDatasets().isEmpty() ? null : study.getDatasets().get(0);
    }
}
