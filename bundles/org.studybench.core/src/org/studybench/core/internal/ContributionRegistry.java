package org.studybench.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.studybench.core.ChartRenderer;
import org.studybench.core.Contribution;
import org.studybench.core.FindingsImporter;
import org.studybench.core.Importer;
import org.studybench.core.ReportRenderer;
import org.studybench.core.Registry;

/**
 * Collects contributions through dynamic, greedy 0..n references, so bundles installed or updated at
 * runtime (third-party plug-ins) show up without a restart. Each one is handed out behind a
 * {@link ContributionGuard}; one whose id or label cannot even be read is not offered but listed by
 * {@link #broken()} with its bundle.
 */
@Component(service = Registry.class)
public class ContributionRegistry implements Registry {

    private record Registered<T extends Contribution>(T service, String id, String label, String description, String bundle, String version) {
    }

    private final Map<Object, Broken> broken = new ConcurrentHashMap<>();

    private final Map<Object, Registered<Importer>> importers = new ConcurrentHashMap<>();
    private final Map<Object, Registered<FindingsImporter>> findingsImporters = new ConcurrentHashMap<>();
    private final Map<Object, Registered<org.studybench.core.Comparator>> comparators = new ConcurrentHashMap<>();
    private final Map<Object, Registered<ChartRenderer>> charts = new ConcurrentHashMap<>();
    private final Map<Object, Registered<ReportRenderer>> reports = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addImporter(Importer service, ServiceReference<Importer> reference) {
        add(importers, Importer.class, service, reference, Kind.IMPORTER, Set.of());
    }

    void removeImporter(Importer service) {
        importers.remove(service);
        broken.remove(service);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addFindingsImporter(FindingsImporter service, ServiceReference<FindingsImporter> reference) {
        add(findingsImporters, FindingsImporter.class, service, reference, Kind.IMPORTER, Set.of());
    }

    void removeFindingsImporter(FindingsImporter service) {
        findingsImporters.remove(service);
        broken.remove(service);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addComparator(org.studybench.core.Comparator service, ServiceReference<org.studybench.core.Comparator> reference) {
        add(comparators, org.studybench.core.Comparator.class, service, reference, Kind.COMPARATOR, Set.of("compare"));
    }

    void removeComparator(org.studybench.core.Comparator service) {
        comparators.remove(service);
        broken.remove(service);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addChartRenderer(ChartRenderer service, ServiceReference<ChartRenderer> reference) {
        add(charts, ChartRenderer.class, service, reference, Kind.CHART_KIND, Set.of("render"));
    }

    void removeChartRenderer(ChartRenderer service) {
        charts.remove(service);
        broken.remove(service);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addReportRenderer(ReportRenderer service, ServiceReference<ReportRenderer> reference) {
        add(reports, ReportRenderer.class, service, reference, Kind.REPORT_FORMAT, Set.of());
    }

    void removeReportRenderer(ReportRenderer service) {
        reports.remove(service);
        broken.remove(service);
    }

    /** Registers {@code service} behind a guard, or lists it as broken when its id or label cannot be read. */
    private <T extends Contribution> void add(Map<Object, Registered<T>> into, Class<T> type, T service, ServiceReference<?> reference, Kind kind,
            Set<String> timed) {
        Bundle bundle = reference.getBundle();
        String name = bundle == null ? "?" : bundle.getSymbolicName();
        String version = bundle == null ? "?" : bundle.getVersion().toString();
        try {
            String id = service.id();
            String label = service.label();
            String description = service.description();
            if (id == null || id.isBlank()) {
                throw new IllegalStateException("its id is empty");
            }
            T guarded = ContributionGuard.wrap(type, service, kind.label() + " '" + id + "'", name + " " + version, timed);
            into.put(service, new Registered<>(guarded, id, label == null ? id : label, description == null ? "" : description, name, version));
        } catch (RuntimeException | LinkageError e) {
            broken.put(service, new Broken(kind, name, version, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())));
        }
    }

    @Override
    public List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        addEntries(entries, Kind.IMPORTER, importers);
        addEntries(entries, Kind.IMPORTER, findingsImporters);
        addEntries(entries, Kind.COMPARATOR, comparators);
        addEntries(entries, Kind.CHART_KIND, charts);
        addEntries(entries, Kind.REPORT_FORMAT, reports);
        entries.sort(Comparator.comparing(Entry::kind).thenComparing(Entry::id));
        return entries;
    }

    private static void addEntries(List<Entry> entries, Kind kind, Map<Object, ? extends Registered<?>> registered) {
        for (Registered<?> r : registered.values()) {
            entries.add(new Entry(kind, r.id(), r.label(), r.description(), r.bundle(), r.version()));
        }
    }

    @Override
    public List<Broken> broken() {
        return broken.values().stream().sorted(Comparator.comparing(Broken::bundle)).toList();
    }

    @Override
    public List<Importer> importers() {
        return sorted(importers);
    }

    @Override
    public List<org.studybench.core.Comparator> comparators() {
        return sorted(comparators);
    }

    @Override
    public List<ChartRenderer> chartRenderers() {
        return sorted(charts);
    }

    @Override
    public List<ReportRenderer> reportRenderers() {
        return sorted(reports);
    }

    @Override
    public Optional<Importer> importer(String id) {
        return find(importers, id);
    }

    @Override
    public List<FindingsImporter> findingsImporters() {
        return sorted(findingsImporters);
    }

    @Override
    public Optional<FindingsImporter> findingsImporter(String id) {
        return find(findingsImporters, id);
    }

    @Override
    public Optional<org.studybench.core.Comparator> comparator(String id) {
        return find(comparators, id);
    }

    @Override
    public Optional<ChartRenderer> chartRenderer(String kind) {
        return find(charts, kind);
    }

    @Override
    public Optional<ReportRenderer> reportRenderer(String format) {
        return find(reports, format);
    }

    private static <T extends Contribution> List<T> sorted(Map<Object, Registered<T>> registered) {
        return registered.values().stream().sorted(Comparator.comparing(Registered::id)).map(Registered::service).toList();
    }

    private static <T extends Contribution> Optional<T> find(Map<Object, Registered<T>> registered, String id) {
        return registered.values().stream().filter(r -> r.id().equals(id)).map(Registered::service).findFirst();
    }
}
