package org.studybench.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * runtime (third-party plug-ins) show up without a restart.
 */
@Component(service = Registry.class)
public class ContributionRegistry implements Registry {

    private record Registered<T extends Contribution>(T service, String bundle, String version) {
    }

    private final Map<Object, Registered<Importer>> importers = new ConcurrentHashMap<>();
    private final Map<Object, Registered<FindingsImporter>> findingsImporters = new ConcurrentHashMap<>();
    private final Map<Object, Registered<org.studybench.core.Comparator>> comparators = new ConcurrentHashMap<>();
    private final Map<Object, Registered<ChartRenderer>> charts = new ConcurrentHashMap<>();
    private final Map<Object, Registered<ReportRenderer>> reports = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addImporter(Importer service, ServiceReference<Importer> reference) {
        importers.put(service, registered(service, reference));
    }

    void removeImporter(Importer service) {
        importers.remove(service);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addFindingsImporter(FindingsImporter service, ServiceReference<FindingsImporter> reference) {
        findingsImporters.put(service, registered(service, reference));
    }

    void removeFindingsImporter(FindingsImporter service) {
        findingsImporters.remove(service);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addComparator(org.studybench.core.Comparator service, ServiceReference<org.studybench.core.Comparator> reference) {
        comparators.put(service, registered(service, reference));
    }

    void removeComparator(org.studybench.core.Comparator service) {
        comparators.remove(service);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addChartRenderer(ChartRenderer service, ServiceReference<ChartRenderer> reference) {
        charts.put(service, registered(service, reference));
    }

    void removeChartRenderer(ChartRenderer service) {
        charts.remove(service);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addReportRenderer(ReportRenderer service, ServiceReference<ReportRenderer> reference) {
        reports.put(service, registered(service, reference));
    }

    void removeReportRenderer(ReportRenderer service) {
        reports.remove(service);
    }

    private static <T extends Contribution> Registered<T> registered(T service, ServiceReference<?> reference) {
        Bundle bundle = reference.getBundle();
        return bundle == null ? new Registered<>(service, "?", "?")
                : new Registered<>(service, bundle.getSymbolicName(), bundle.getVersion().toString());
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
            Contribution c = r.service();
            entries.add(new Entry(kind, c.id(), c.label(), c.description(), r.bundle(), r.version()));
        }
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
        return registered.values().stream().map(Registered::service).sorted(Comparator.comparing(Contribution::id)).toList();
    }

    private static <T extends Contribution> Optional<T> find(Map<Object, Registered<T>> registered, String id) {
        return registered.values().stream().map(Registered::service).filter(s -> s.id().equals(id)).findFirst();
    }
}
