package org.studybench.data.filter;

/** What a filter needs to know about a variable to check comparisons. */
public enum ValueType {
    TEXT, NUMBER, BOOLEAN
}
