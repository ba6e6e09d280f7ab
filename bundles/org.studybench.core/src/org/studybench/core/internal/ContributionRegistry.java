package org.studybench.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentServiceObjects;
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
 *
 * <p>A kind's contributions are activated when that kind is first asked for, not when the registry is: a
 * banner of a CSV file asks for importers only, and activating every chart kind, comparator and report
 * format (JFreeChart, POI, PDFBox classes) cost every command about 80 ms before its work began.
 */
@Component(service = Registry.class)
public class ContributionRegistry implements Registry {

    private record Registered<T extends Contribution>(T service, String id, String label, String description, String bundle, String version) {
    }

    private final Map<ServiceReference<?>, Broken> broken = new ConcurrentHashMap<>();

    private final Contributions<Importer> importers = new Contributions<>(Importer.class, Kind.IMPORTER, Set.of());
    private final Contributions<FindingsImporter> findingsImporters = new Contributions<>(FindingsImporter.class, Kind.IMPORTER, Set.of());
    private final Contributions<org.studybench.core.Comparator> comparators = new Contributions<>(org.studybench.core.Comparator.class,
            Kind.COMPARATOR, Set.of("compare"));
    private final Contributions<ChartRenderer> charts = new Contributions<>(ChartRenderer.class, Kind.CHART_KIND, Set.of("render"));
    private final Contributions<ReportRenderer> reports = new Contributions<>(ReportRenderer.class, Kind.REPORT_FORMAT, Set.of());

    @Reference(service = Importer.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addImporter(ComponentServiceObjects<Importer> service) {
        importers.bind(service);
    }

    void removeImporter(ComponentServiceObjects<Importer> service) {
        importers.unbind(service);
    }

    @Reference(service = FindingsImporter.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addFindingsImporter(ComponentServiceObjects<FindingsImporter> service) {
        findingsImporters.bind(service);
    }

    void removeFindingsImporter(ComponentServiceObjects<FindingsImporter> service) {
        findingsImporters.unbind(service);
    }

    @Reference(service = org.studybench.core.Comparator.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addComparator(ComponentServiceObjects<org.studybench.core.Comparator> service) {
        comparators.bind(service);
    }

    void removeComparator(ComponentServiceObjects<org.studybench.core.Comparator> service) {
        comparators.unbind(service);
    }

    @Reference(service = ChartRenderer.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addChartRenderer(ComponentServiceObjects<ChartRenderer> service) {
        charts.bind(service);
    }

    void removeChartRenderer(ComponentServiceObjects<ChartRenderer> service) {
        charts.unbind(service);
    }

    @Reference(service = ReportRenderer.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addReportRenderer(ComponentServiceObjects<ReportRenderer> service) {
        reports.bind(service);
    }

    void removeReportRenderer(ComponentServiceObjects<ReportRenderer> service) {
        reports.unbind(service);
    }

    /**
     * The services of one kind as bound, and once the kind has been asked for, each one activated and
     * registered behind a guard (or listed as broken); services bound after that are registered at once.
     * Services are activated, and released, outside this object's lock: activating one waits for its bundle,
     * which may at that moment be unbinding another service from this registry.
     */
    private final class Contributions<T extends Contribution> {
        private final Class<T> type;
        private final Kind kind;
        private final Set<String> timed;
        private final Map<ServiceReference<T>, ComponentServiceObjects<T>> bound = new LinkedHashMap<>();
        private final Map<ServiceReference<T>, Registered<T>> registered = new LinkedHashMap<>();
        private final Map<ServiceReference<T>, T> gotten = new HashMap<>();
        /** Whether the kind has been asked for (then every bound service is activated). */
        private boolean activated;

        Contributions(Class<T> type, Kind kind, Set<String> timed) {
            this.type = type;
            this.kind = kind;
            this.timed = timed;
        }

        void bind(ComponentServiceObjects<T> service) {
            boolean now;
            synchronized (this) {
                bound.put(service.getServiceReference(), service);
                now = activated;
            }
            if (now) {
                activate(List.of(service));
            }
        }

        void unbind(ComponentServiceObjects<T> service) {
            ServiceReference<T> reference = service.getServiceReference();
            T object;
            synchronized (this) {
                bound.remove(reference);
                broken.remove(reference);
                registered.remove(reference);
                object = gotten.remove(reference);
            }
            release(service, object);
        }

        /** Every registered contribution of this kind, activating them the first time. */
        List<Registered<T>> all() {
            while (true) {
                List<ComponentServiceObjects<T>> pending;
                synchronized (this) {
                    if (activated) {
                        return List.copyOf(registered.values());
                    }
                    // those bound while the others were being activated are activated in the next round
                    pending = bound.entrySet().stream().filter(e -> !gotten.containsKey(e.getKey()) && !broken.containsKey(e.getKey()))
                            .map(Map.Entry::getValue).toList();
                    if (pending.isEmpty()) {
                        activated = true;
                        return List.copyOf(registered.values());
                    }
                }
                activate(pending);
            }
        }

        /**
         * Activates {@code services} and registers each behind a guard, or lists it as broken when it cannot be
         * activated or its id or label cannot be read; one unbound meanwhile, or registered meanwhile by
         * another thread, is released again.
         */
        private void activate(List<ComponentServiceObjects<T>> services) {
            for (ComponentServiceObjects<T> service : services) {
                ServiceReference<T> reference = service.getServiceReference();
                Bundle bundle = reference.getBundle();
                String name = bundle == null ? "?" : bundle.getSymbolicName();
                String version = bundle == null ? "?" : bundle.getVersion().toString();
                T object = null;
                Registered<T> entry = null;
                Broken failure = null;
                try {
                    object = service.getService();
                    if (object == null) {
                        throw new IllegalStateException("it could not be activated");
                    }
                    String id = object.id();
                    String label = object.label();
                    String description = object.description();
                    if (id == null || id.isBlank()) {
                        throw new IllegalStateException("its id is empty");
                    }
                    T guarded = ContributionGuard.wrap(type, object, kind.label() + " '" + id + "'", name + " " + version, timed);
                    entry = new Registered<>(guarded, id, label == null ? id : label, description == null ? "" : description, name, version);
                } catch (RuntimeException | LinkageError e) {
                    failure = new Broken(kind, name, version, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
                }
                boolean kept = false;
                synchronized (this) {
                    if (bound.get(reference) == service && !gotten.containsKey(reference) && !broken.containsKey(reference)) {
                        if (entry != null) {
                            registered.put(reference, entry);
                            gotten.put(reference, object);
                            kept = true;
                        } else {
                            broken.put(reference, failure);
                        }
                    }
                }
                if (!kept) {
                    release(service, object);
                }
            }
        }

        private void release(ComponentServiceObjects<T> service, T object) {
            if (object != null) {
                try {
                    service.ungetService(object);
                } catch (RuntimeException e) {
                    // the service is going away anyway
                }
            }
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

    private static void addEntries(List<Entry> entries, Kind kind, Contributions<?> contributions) {
        for (Registered<?> r : contributions.all()) {
            entries.add(new Entry(kind, r.id(), r.label(), r.description(), r.bundle(), r.version()));
        }
    }

    @Override
    public List<Broken> broken() {
        List.of(importers, findingsImporters, comparators, charts, reports).forEach(Contributions::all); // a kind shows its broken ones once activated
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

    private static <T extends Contribution> List<T> sorted(Contributions<T> contributions) {
        return contributions.all().stream().sorted(Comparator.comparing(Registered::id)).map(Registered::service).toList();
    }

    private static <T extends Contribution> Optional<T> find(Contributions<T> contributions, String id) {
        return contributions.all().stream().filter(r -> r.id().equals(id)).map(Registered::service).findFirst();
    }
}
