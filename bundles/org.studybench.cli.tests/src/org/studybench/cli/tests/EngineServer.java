package org.studybench.cli.tests;

/** A real server of an external engine that a test started on 127.0.0.1 (see {@link EngineContract}). */
interface EngineServer extends AutoCloseable {

    /** The port its URLs name as 127.0.0.1:PORT/. */
    int port();

    /** A JDBC URL of {@code table}, with credentials. */
    String url(String table);

    /** Stops the server and deletes its files. */
    @Override
    void close();
}
