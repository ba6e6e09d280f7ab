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

    /**
     * A table (or query) of an external SQL engine to add as a dataset whose rows stay there.
     *
     * @param url  the engine's JDBC URL with {@code ?table=} or {@code ?query=}, without a password (the
     *             study records it; the password comes from the environment or the engine's own files)
     * @param name the dataset's name, or null for {@link ImportWorkflow#defaultTableName}
     * @since 0.1
     */
    record TableRequest(String url, String name, Roles roles) {
        public TableRequest {
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

    /**
     * What {@link #importTable} would add, without changing anything: the variables from the table's
     * columns, its first {@code rows} rows and its row count (read through the engine).
     *
     * @throws InputException one line naming the engine and the table: no engine for the URL, a password
     *                        in it, the server unreachable, the credentials refused, the table missing
     * @since 0.1
     */
    Importer.Preview previewTable(String url, int rows) throws InputException;

    /** The name a dataset from the table of {@code url} gets when none is given: the table's name (or "query"), made a valid name. */
    String defaultTableName(String url);

    /**
     * Adds the table {@code request} names to {@code study} as a dataset whose rows stay in the engine: the
     * study records the URL (never a password), the variables and the row count; no file is written. On
     * any error the study is as it was. Saving the study is the caller's decision.
     *
     * @since 0.1
     */
    Imported importTable(Study study, Path studyFile, TableRequest request) throws InputException;
}
