package org.studybench.core;

/**
 * Types of declared parameters. The CLI parses {@code --name value} strings into them and the GUI
 * builds one form field per parameter from them.
 *
 * @since 0.1
 */
public enum ParameterType {
    /** A whole number, e.g. a count: {@code 710}. */
    INTEGER,
    /** A real number: {@code 0.95}. */
    REAL,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** One of the declared choices. */
    CHOICE,
    /** Free text. */
    TEXT,
    /** Comma-separated reals: {@code 0.01,0.04,0.2}. */
    REAL_LIST,
    /** A table of non-negative numbers, rows separated by ';', cells by ',': {@code 762,327;484,239}. */
    TABLE,
    /** Groups of numbers of any sizes, groups separated by ';', values by ',': {@code 2.9,3.0,2.5;3.8,2.7}. */
    GROUPS
}
