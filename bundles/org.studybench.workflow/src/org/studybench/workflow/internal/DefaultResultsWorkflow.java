package org.studybench.workflow.internal;

import java.nio.file.Path;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.studybench.compare.StudyComparisons;
import org.studybench.core.InputException;
import org.studybench.core.Progress;
import org.studybench.core.Registry;
import org.studybench.core.workflow.Recomputed;
import org.studybench.core.workflow.ResultsWorkflow;
import org.studybench.data.aggregate.ComputedFindings;
import org.studybench.data.engine.DatasetRows;
import org.studybench.model.study.Study;

/** Findings from data first, then comparisons, which may read those findings. */
@Component(service = ResultsWorkflow.class)
public class DefaultResultsWorkflow implements ResultsWorkflow {

    @Reference
    private Registry registry;

    @Reference
    private DatasetRows datasets;

    public DefaultResultsWorkflow() {
    }

    /** For tests and for the report workflow, outside OSGi. */
    public DefaultResultsWorkflow(Registry registry, DatasetRows datasets) {
        this.registry = registry;
        this.datasets = datasets;
    }

    @Override
    public Recomputed update(Study study, Path studyFile, Progress progress) throws InputException {
        progress.worked(0, 2);
        ComputedFindings.Run findings = ComputedFindings.update(study, studyFile, datasets);
        progress.worked(1, 2);
        StudyComparisons.Run comparisons = StudyComparisons.update(study, registry);
        progress.worked(2, 2);
        return new Recomputed(findings.computed(), findings.reused(), comparisons.computed(), comparisons.reused(),
                findings.changed() > 0 || comparisons.computed() > 0);
    }
}
