package org.studybench.core.workflow;

import java.nio.file.Path;

import org.studybench.core.InputException;
import org.studybench.core.Progress;
import org.studybench.model.study.Study;

/**
 * Brings a study's results up to date: findings computed from respondent data, then the comparisons
 * whose inputs changed (a comparison reads findings, so the order matters).
 *
 * @since 0.1
 */
public interface ResultsWorkflow {

    /**
     * Updates {@code study} in place; {@code studyFile} locates its data files.
     *
     * @throws InputException naming the finding or comparison that cannot be computed
     */
    Recomputed update(Study study, Path studyFile, Progress progress) throws InputException;
}
