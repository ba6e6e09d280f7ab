package org.studybench.core.workflow;

import java.nio.file.Path;

import org.studybench.core.InputException;
import org.studybench.model.study.Study;

/**
 * Saves a study under a new name with its data: every dataset's data file is copied to the same place
 * relative to the new study file, then the study is written there — all or nothing.
 *
 * @since 0.1
 */
public interface SaveWorkflow {

    /**
     * Saves {@code study}, whose data files lie relative to {@code from}, as {@code to} with copies of
     * them. Nothing is overwritten: a data file already at its new place refuses the save. On any error
     * the copies made so far are removed and {@code to} is not written.
     */
    void saveWithData(Study study, Path from, Path to) throws InputException;
}
