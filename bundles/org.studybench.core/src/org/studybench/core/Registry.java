package org.studybench.core;

import java.util.List;
import java.util.Optional;

/**
 * Every importer, comparator, chart kind and report format currently registered, whoever contributed
 * it (StudyBench or a third-party bundle). Contributions come and go with their bundles, so callers
 * look them up when they need them instead of keeping them.
 *
 * @since 0.1
 */
public interface Registry {

    /** Kinds of contributions, as listed by {@code studybench plugins}. */
    enum Kind {
        IMPORTER("importer"), COMPARATOR("comparator"), CHART_KIND("chart kind"), REPORT_FORMAT("report format");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One registered contribution with the bundle that provides it. */
    record Entry(Kind kind, String id, String label, String description, String bundle, String bundleVersion) {
    }

    /**
     * A contribution that could not be registered (its id or label threw, or its id is empty), with
     * the bundle that provides it and what went wrong.
     */
    record Broken(Kind kind, String bundle, String bundleVersion, String problem) {
    }

    /** All contributions sorted by kind, then id. */
    List<Entry> entries();

    /**
     * Contributions that are installed but not offered because they are broken, by bundle. The
     * others are offered behind a guard: a call that throws an unchecked exception, returns an
     * impossible result or (for {@code compare} and a chart's {@code render}) takes longer than the
     * time limit fails with a {@link ContributionException} naming the bundle, and nothing else is
     * affected.
     */
    default List<Broken> broken() {
        return List.of();
    }

    List<Importer> importers();

    /** Importers of published aggregate tables into findings; listed as importers by {@link #entries()}. */
    List<FindingsImporter> findingsImporters();

    List<Comparator> comparators();

    List<ChartRenderer> chartRenderers();

    List<ReportRenderer> reportRenderers();

    Optional<Importer> importer(String id);

    Optional<FindingsImporter> findingsImporter(String id);

    Optional<Comparator> comparator(String id);

    Optional<ChartRenderer> chartRenderer(String kind);

    Optional<ReportRenderer> reportRenderer(String format);
}
