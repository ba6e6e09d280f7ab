package org.studybench.core.workflow;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.studybench.core.Importer;
import org.studybench.core.InputException;
import org.studybench.core.Progress;
import org.studybench.model.study.Dataset;
import org.studybench.model.study.Study;

/**
 * Imports a data file into a study as a dataset, the one way both faces do it: the importer is chosen,
 * its options checked, the rows written to the study's data folder, and the design roles (weight,
 * cluster, strata) set — all or nothing.
 *
 * @since 0.1
 */
public interface ImportWorkflow {

    /** Design roles by variable name; null where the design has none. */
    record Roles(String weight, String cluster, String strata) {
        public static final Roles NONE = new Roles(null, null, null);
    }

    /**
     * What to import.
     *
     * @param format the importer's id, or null to choose it by the file's extension
     * @param options the importer's options as typed ({@code delimiter=;}), checked against its declared options
     * @param name the dataset's name, or null for {@link ImportWorkflow#defaultName}
     */
    record Request(Path file, String format, Map<String, String> options, String name, Roles roles) {
        public Request {
            options = Map.copyOf(options);
            roles = roles == null ? Roles.NONE : roles;
        }
    }

    /** The dataset, now part of the study, and the importer's warnings (one line each, naming file and place). */
    record Imported(Dataset dataset, List<String> warnings) {
        public Imported {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * The importer for {@code file}: the one whose id is {@code format}, else the first that claims the
     * file's extension.
     *
     * @throws InputException naming the file and the installed formats when none fits
     */
    Importer importerFor(Path file, String format) throws InputException;

    /**
     * What the import of {@code file} would give, without importing: the dictionary under the names the
     * dataset will have (unique ignoring case) and the first {@code rows} rows.
     *
     * @param format the importer's id, or null to choose it by the file's extension
     */
    Importer.Preview preview(Path file, String format, Map<String, String> options, int rows) throws InputException;

    /** The name a dataset from {@code file} gets when none is given: its file name, made a valid name. */
    String defaultName(Path file);

    /**
     * Imports {@code request} into {@code study} (loaded from {@code studyFile}). On any error — the file,
     * the options, a role naming no variable — the study and its data folder are as they were. Saving the
     * study is the caller's decision; a caller that cannot save removes the dataset's data file
     * ({@code DatasetService.dataFile}).
     */
    Imported importInto(Study study, Path studyFile, Request request, Progress progress) throws InputException;
}
