package org.studybench.banner;

import java.io.IOException;
import java.nio.file.Path;

import org.studybench.core.InputException;
import org.studybench.model.study.Study;
import org.studybench.model.study.TableSpec;

/**
 * Computes and exports a study's saved tables, the one way the command line, the workbench and reports
 * do it (an OSGi service of the workflow layer). Its API lives here, beside {@link Banner}, because the
 * core bundle that holds the other workflows' APIs cannot see banners.
 *
 * @since 0.2
 */
public interface TableWorkflow {

    /**
     * The table computed from its dataset's rows (the study saved as {@code studyFile}, whose folder holds
     * the data), as the table shows it: its design roles, segment, statistics, order and small-base rule.
     *
     * @throws InputException one line naming the table: no dataset, a variable the dataset lacks, a segment
     *                        filter that does not fit the data, a refused data file or engine
     */
    Banner compute(Study study, Path studyFile, TableSpec table) throws InputException;

    /**
     * Computes the table and writes it atomically to {@code file}, in the format its extension names
     * ({@link BannerWriter#FORMATS}).
     *
     * @throws InputException as {@link #compute}, or an unknown format
     * @throws IOException     the file cannot be written (nothing of it is left)
     */
    void export(Study study, Path studyFile, TableSpec table, Path file) throws InputException, IOException;

    /** How users name a table: its label, else its name. */
    static String title(TableSpec table) {
        if (table.getTitle() != null && !table.getTitle().isBlank()) {
            return table.getTitle();
        }
        return table.getLabel() != null && !table.getLabel().isBlank() ? table.getLabel() : table.getName();
    }
}
