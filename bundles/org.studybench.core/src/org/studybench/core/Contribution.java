package org.studybench.core;

/**
 * What every pluggable component (importer, comparator, chart kind, report format) tells the
 * registry about itself. Ids are short, lower-case and hyphenated ({@code two-proportions}); they are
 * what users type on the command line and what studies store, so they never change once published.
 *
 * @since 0.1
 */
public interface Contribution {

    /** Stable id, unique among contributions of the same kind. */
    String id();

    /** Short human label for menus and listings. */
    String label();

    /** One or two sentences on what it does; shown in help and tooltips. */
    default String description() {
        return "";
    }
}
