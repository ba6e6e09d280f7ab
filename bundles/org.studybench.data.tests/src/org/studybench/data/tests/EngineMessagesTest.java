package org.studybench.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.studybench.data.store.DuckDb;

/** The embedded engine's errors in the user's words: a variable the data does not have, with the engine's suggestions. */
class EngineMessagesTest {

    @Test
    void aMissingVariableIsNamedWithTheSimilarOnes() {
        assertEquals("no variable named 'q9' (similar: q2, Q1); check the variable names", DuckDb.message(new SQLException(
                "Binder Error: Referenced column \"q9\" not found in FROM clause!\nCandidate bindings: \"q2\", \"file_rows\".\"Q1\"\n\nLINE 1: WITH s AS ...")));
        assertEquals("no variable named 'wieght'; check the variable names",
                DuckDb.message(new SQLException("Binder Error: Referenced column \"wieght\" not found in FROM clause!")));
        assertEquals("Could not convert string 'E' to DOUBLE", DuckDb.message(new SQLException("Conversion Error: Could not convert string 'E' to DOUBLE")), "other errors as before");
    }
}
