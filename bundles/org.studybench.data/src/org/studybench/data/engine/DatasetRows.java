package org.studybench.data.engine;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.studybench.core.Importer;
import org.studybench.core.InputException;
import org.studybench.model.study.Dataset;
import org.studybench.model.study.Study;

/**
 * Where the rows of a study's datasets are, as an OSGi service of the data layer: a Parquet file next to
 * the study, or a table (or query) of an external SQL engine whose JDBC URL the dataset records instead
 * of a file. Everything that reads a dataset's rows asks here, so that both kinds work everywhere.
 *
 * @since 0.1
 */
public interface DatasetRows {

    /**
     * The rows of {@code dataset}: its data file as {@code DatasetService.dataFile} checks it, or the
     * table its URL names in the installed engine that reads the URL (not yet connected).
     *
     * @throws InputException naming the study and dataset: a refused data file, or no engine for the URL
     */
    RowSource rows(Path studyFile, Dataset dataset) throws InputException;

    /**
     * What {@link #importTable} would add for {@code url}, without changing anything: the variables from
     * the table's (or query's) columns, its first {@code rows} rows and its row count.
     *
     * @throws InputException one line naming the engine and table: no engine, a password in the URL,
     *                        the server unreachable, the credentials refused, the table missing
     */
    Importer.Preview previewTable(String url, int rows) throws InputException;

    /**
     * Adds the table (or query) {@code url} names as dataset {@code name} of the study: the URL (which
     * must carry no password), the variables from the columns' types, the row count. The rows stay in the
     * engine; no file is written. The study is changed in memory only, and only when everything succeeded.
     *
     * Columns read as text (a type StudyBench has no variable type for) are warnings to {@code warnings},
     * one line each, which the dataset's description keeps too.
     *
     * @return the dataset, now the study's last
     * @throws InputException as {@link #previewTable}, or for a name the study has already
     */
    Dataset importTable(Study study, Path studyFile, String url, String name, Consumer<String> warnings) throws InputException;

    /** The end of the message for a URL that no installed engine reads: which URLs the product's engines read. */
    String NO_ENGINE = "no installed engine reads this URL; StudyBench reads PostgreSQL tables (jdbc:postgresql://HOST:PORT/DATABASE?table=TABLE) "
            + "with its engine bundle org.studybench.engine.postgres, and Trino tables (jdbc:trino://HOST:PORT/CATALOG/SCHEMA?table=TABLE) "
            + "with org.studybench.engine.trino";

    /**
     * The first of {@code engines} that reads {@code url}, for the CLI's one-off commands and for datasets
     * alike (so that both choose the same engine).
     *
     * @throws InputException {@code what}: {@link #NO_ENGINE}
     */
    static SqlEngine engineFor(java.util.Collection<? extends SqlEngine> engines, String url, String what) throws InputException {
        for (SqlEngine engine : engines) {
            if (engine.accepts(url)) {
                return engine;
            }
        }
        throw new InputException(what + ": " + NO_ENGINE);
    }

    /** Whether {@code dataset}'s rows are in an external engine (it records a JDBC URL, not a data file). */
    static boolean inEngine(Dataset dataset) {
        return isUrl(dataset.getUri());
    }

    /** Whether {@code location} is a JDBC URL rather than a file. */
    static boolean isUrl(String location) {
        return location != null && location.startsWith("jdbc:");
    }

    /** The table a URL names with {@code ?table=} (URL-decoded, {@code schema.table} as given), or null for a query. */
    static String table(String url) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[?&;]table=([^&;]*)").matcher(url);
        return m.find() ? java.net.URLDecoder.decode(m.group(1), java.nio.charset.StandardCharsets.UTF_8) : null;
    }

    /** {@code url} with the value of any password in it replaced, for messages. */
    static String withoutPassword(String url) {
        return url.replaceAll("(?i)([?&;]password=)[^&;]*", "$1…").replaceAll("(//[^/@:]*):[^/@]*@", "$1:…@");
    }
}
