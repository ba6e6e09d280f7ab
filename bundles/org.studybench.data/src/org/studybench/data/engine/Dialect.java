package org.studybench.data.engine;

import org.studybench.data.store.DuckDb;

/**
 * What the aggregation SQL must say differently on each engine. The statements are otherwise the same
 * (GROUPING SETS, FILTER clauses, double-quoted identifiers), so results agree across engines.
 */
public enum Dialect {

    /** Embedded DuckDB: VARCHAR/DOUBLE casts, {@code error()} stops a query on a broken weight. */
    DUCKDB("DuckDB", "VARCHAR", "DOUBLE", 60),

    /**
     * PostgreSQL: no {@code error()} function, so a broken weight becomes NaN and the caller refuses the
     * NaN sums it produces (see {@link #checkedWeight}); {@code GROUPING()} takes at most 31 arguments.
     */
    POSTGRESQL("PostgreSQL", "TEXT", "DOUBLE PRECISION", 31),

    /**
     * Trino: {@code fail()} stops a query on a broken weight as DuckDB's {@code error()} does; values become
     * text through {@code format('%s', ...)}, since its CAST writes doubles as 2.5E0 where DuckDB writes 2.5;
     * {@code GROUPING()} takes at most 63 arguments.
     */
    TRINO("Trino", "VARCHAR", "DOUBLE", 63);

    private final String engine;
    private final String textType;
    private final String numberType;
    private final int groupingLimit;

    Dialect(String engine, String textType, String numberType, int groupingLimit) {
        this.engine = engine;
        this.textType = textType;
        this.numberType = numberType;
        this.groupingLimit = groupingLimit;
    }

    /** The engine's name, for messages. */
    public String engine() {
        return engine;
    }

    /** At most this many variables in one GROUPING() (more are split into passes). */
    public int groupingLimit() {
        return groupingLimit;
    }

    /**
     * Whether a common table expression used several times in a query is computed once: DuckDB when asked
     * ({@link #materializedKeyword()}), PostgreSQL always when it is used more than once; Trino inlines it
     * into every use, which would read the data again each time.
     */
    public boolean materializesCommonTables() {
        return this != TRINO;
    }

    /** What asks for a common table to be computed once ({@code WITH t AS MATERIALIZED (...)}), or "" where it is anyway. */
    public String materializedKeyword() {
        return this == DUCKDB ? "MATERIALIZED " : "";
    }

    /** A double-quoted identifier; a quote inside the name is doubled, so any name stays one identifier. */
    public String identifier(String name) {
        return DuckDb.identifier(name); // standard SQL quoting, the same on every engine
    }

    /** {@code expression} as text (levels are compared and sorted as text in Java). */
    public String text(String expression) {
        if (this == TRINO) { // format() writes NULL as 'null'
            return "CASE WHEN " + expression + " IS NULL THEN NULL ELSE format('%s', " + expression + ") END";
        }
        return "CAST(" + expression + " AS " + textType + ")";
    }

    /**
     * A grouped level of a variable as text, read back by {@link LevelText#of}: the same text on every engine
     * as DuckDB writes it. PostgreSQL writes a whole double without ".0" and Trino a large or small one in
     * Java's notation (1.2345678E7), a decimal keeps its scale (DuckDB reads decimals as doubles), and Trino
     * writes a timestamp with all its fractional digits; such levels are sent marked, as the engine's exact
     * text, and LevelText writes them as DuckDB does. The type is asked
     * of the value in SQL (the variable's type is not known when the query is written); both branches are
     * text, so every type passes the engine's checks.
     */
    public String levelText(String expression) {
        return switch (this) {
            case DUCKDB -> text(expression);
            case POSTGRESQL -> "CASE WHEN pg_typeof(" + expression + ") IN ('double precision'::regtype, 'real'::regtype, 'numeric'::regtype) THEN chr("
                    + LevelText.NUMBER + ") || CAST(" + expression + " AS TEXT) ELSE CAST(" + expression + " AS TEXT) END";
            // a decimal's and a timestamp's own cast to varchar is plain (format() writes 0E-8 and leaves out zero seconds)
            case TRINO -> "CASE WHEN " + expression + " IS NULL THEN NULL WHEN typeof(" + expression + ") IN ('double', 'real') THEN chr(" + LevelText.NUMBER
                    + ") || format('%s', " + expression + ") WHEN typeof(" + expression + ") LIKE 'decimal(%' THEN chr(" + LevelText.NUMBER + ") || CAST("
                    + expression + " AS VARCHAR) WHEN typeof(" + expression + ") LIKE 'timestamp(%' AND typeof(" + expression
                    + ") NOT LIKE '%with time zone' THEN chr(" + LevelText.TIMESTAMP + ") || CAST(" + expression + " AS VARCHAR) ELSE format('%s', "
                    + expression + ") END";
        };
    }

    /** {@code expression} as a double. */
    public String number(String expression) {
        return "CAST(" + expression + " AS " + numberType + ")";
    }

    /**
     * The weight variable as a checked SQL expression. DuckDB stops the query with a message naming the
     * value, and so does Trino. PostgreSQL has no such function: a negative, infinite or NaN weight becomes
     * NaN, which makes every sum it enters NaN, and the caller refuses a NaN sum ({@link #brokenWeight}). In
     * PostgreSQL NaN sorts above Infinity, so {@code w < 'Infinity'} excludes both.
     */
    public String checkedWeight(String weight) {
        String w = number(identifier(weight));
        return switch (this) {
            case DUCKDB -> "CASE WHEN " + w + " >= 0 AND isfinite(" + w + ") THEN " + w + " ELSE error("
                    + DuckDb.stringLiteral("the weight " + weight + " must be zero or positive, a respondent has ") + " || CAST(" + w + " AS VARCHAR)) END";
            case POSTGRESQL -> "CASE WHEN " + w + " >= 0 AND " + w + " < 'Infinity'::float8 THEN " + w + " ELSE 'NaN'::float8 END";
            case TRINO -> "CASE WHEN " + w + " >= 0 AND is_finite(" + w + ") THEN " + w + " ELSE fail("
                    + DuckDb.stringLiteral("the weight " + weight + " must be zero or positive, a respondent has ") + " || format('%s', " + w + ")) END";
        };
    }

    /** Whether {@link #checkedWeight} stops the query itself (otherwise a broken weight is NaN). */
    public boolean stopsOnBrokenWeight() {
        return this != POSTGRESQL;
    }

    /** The message for a NaN sum of weights (PostgreSQL's way of reporting a broken weight, see {@link #checkedWeight}). */
    public static String brokenWeight(String weight) {
        return "the weight " + weight + " must be zero or positive, a respondent has a negative, infinite or NaN value";
    }
}
