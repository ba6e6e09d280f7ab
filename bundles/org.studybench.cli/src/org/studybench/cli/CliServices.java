package org.studybench.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;
import org.studybench.core.DatasetService;
import org.studybench.core.Registry;
import org.studybench.core.StudyService;
import org.studybench.banner.TableWorkflow;
import org.studybench.core.workflow.AuthoringWorkflow;
import org.studybench.core.workflow.ImportWorkflow;
import org.studybench.core.workflow.ReportWorkflow;
import org.studybench.core.workflow.SaveWorkflow;
import org.studybench.data.engine.DatasetRows;
import org.studybench.data.engine.SqlEngine;

/**
 * The services the commands use; the application looks them up in OSGi, tests may pass their own.
 * Each OSGi service is looked up when a command first asks for it: the registry activates every
 * contribution (importers, comparators, chart kinds, report formats and the libraries behind them),
 * which {@code --version}, {@code --help} or a {@code describe} never need.
 */
public final class CliServices {

    private final Supplier<Registry> registry;
    private final Supplier<StudyService> studies;
    private final Supplier<DatasetService> datasets;
    private final Supplier<ImportWorkflow> imports;
    private final Supplier<ReportWorkflow> reports;
    private final Supplier<AuthoringWorkflow> authoring;
    private final Supplier<SaveWorkflow> saves;
    private final Supplier<List<SqlEngine>> engines;
    private final Supplier<DatasetRows> rows;
    private final Supplier<TableWorkflow> tables;
    private final String version;

    /** Services given as they are (tests). */
    public CliServices(Registry registry, StudyService studies, DatasetService datasets, ImportWorkflow imports, ReportWorkflow reports,
            AuthoringWorkflow authoring, SaveWorkflow saves, String version) {
        this(() -> registry, () -> studies, () -> datasets, () -> imports, () -> reports, () -> authoring, () -> saves, List::of, () -> {
            // the data layer's one service offers both
            if (datasets instanceof DatasetRows rows) {
                return rows;
            }
            throw new IllegalStateException("the DatasetService given offers no DatasetRows");
        }, service(org.osgi.framework.FrameworkUtil.getBundle(CliServices.class).getBundleContext(), TableWorkflow.class), version);
    }

    private CliServices(Supplier<Registry> registry, Supplier<StudyService> studies, Supplier<DatasetService> datasets, Supplier<ImportWorkflow> imports,
            Supplier<ReportWorkflow> reports, Supplier<AuthoringWorkflow> authoring, Supplier<SaveWorkflow> saves, Supplier<List<SqlEngine>> engines,
            Supplier<DatasetRows> rows, Supplier<TableWorkflow> tables, String version) {
        this.registry = registry;
        this.studies = studies;
        this.datasets = datasets;
        this.imports = imports;
        this.reports = reports;
        this.authoring = authoring;
        this.saves = saves;
        this.engines = engines;
        this.rows = rows;
        this.tables = tables;
        this.version = version;
    }

    /**
     * The services as OSGi has them, each looked up on first use and waited for up to 30 s.
     * A service that does not start is an {@link IllegalStateException} naming it, at that use.
     */
    public static CliServices lookUp(BundleContext context, String version) {
        return new CliServices(service(context, Registry.class), service(context, StudyService.class), service(context, DatasetService.class),
                service(context, ImportWorkflow.class), service(context, ReportWorkflow.class), service(context, AuthoringWorkflow.class),
                service(context, SaveWorkflow.class), engines(context), service(context, DatasetRows.class), service(context, TableWorkflow.class), version);
    }

    public Registry registry() {
        return registry.get();
    }

    public StudyService studies() {
        return studies.get();
    }

    public DatasetService datasets() {
        return datasets.get();
    }

    public ImportWorkflow imports() {
        return imports.get();
    }

    public ReportWorkflow reports() {
        return reports.get();
    }

    public AuthoringWorkflow authoring() {
        return authoring.get();
    }

    public SaveWorkflow saves() {
        return saves.get();
    }

    /** The external SQL engines installed (bundles offering {@link SqlEngine}); none in a product without them. */
    public List<SqlEngine> engines() {
        return engines.get();
    }

    /** Where a study's datasets' rows are: their data files, or tables of external engines. */
    public DatasetRows rows() {
        return rows.get();
    }

    /** Computes and exports the tables saved in studies. */
    public TableWorkflow tables() {
        return tables.get();
    }

    public String version() {
        return version;
    }

    /**
     * The engines as OSGi has them. Engines are optional contributions, so this waits only briefly for a
     * first one (its bundle's components may still be starting) and otherwise returns none.
     */
    private static Supplier<List<SqlEngine>> engines(BundleContext context) {
        return () -> {
            ServiceTracker<SqlEngine, SqlEngine> tracker = new ServiceTracker<>(context, SqlEngine.class, null);
            tracker.open();
            try {
                tracker.waitForService(TimeUnit.SECONDS.toMillis(5));
                Object[] found = tracker.getServices();
                List<SqlEngine> out = new ArrayList<>();
                if (found != null) {
                    for (Object o : found) {
                        out.add((SqlEngine) o);
                    }
                }
                return out;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return List.of();
            } finally {
                tracker.close();
            }
        };
    }

    /** A memoized lookup: the first call waits for the service, later calls return it. */
    private static <T> Supplier<T> service(BundleContext context, Class<T> type) {
        return new Supplier<>() {
            private T service;

            @Override
            public synchronized T get() {
                if (service == null) {
                    ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
                    tracker.open();
                    try {
                        service = tracker.waitForService(TimeUnit.SECONDS.toMillis(30));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted while waiting for the " + type.getSimpleName() + " service", e);
                    }
                    if (service == null) {
                        throw new IllegalStateException("the " + type.getSimpleName() + " service did not start (is Felix SCR running?)");
                    }
                }
                return service;
            }
        };
    }
}
