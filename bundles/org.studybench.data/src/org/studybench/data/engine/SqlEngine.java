package org.studybench.data.engine;

import org.studybench.core.InputException;

/**
 * An external SQL engine as an OSGi service: it recognises its JDBC URLs and opens them as row sources.
 * Credentials come from the URL, the environment or the engine's own files; never from a study.
 */
public interface SqlEngine {

    /** The engine's name, for messages (e.g. PostgreSQL). */
    String name();

    /** Whether {@code url} is one of this engine's (e.g. starts with {@code jdbc:postgresql:}). */
    boolean accepts(String url);

    /**
     * The rows {@code url} names (its table or query parameter). Checks the URL's form only; the
     * connection is made when the rows are read.
     */
    RowSource.SqlTable open(String url) throws InputException;
}
