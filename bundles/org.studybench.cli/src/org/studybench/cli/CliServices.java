package org.studybench.cli;

import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;
import org.studybench.core.DatasetService;
import org.studybench.core.Registry;
import org.studybench.core.StudyService;
import org.studybench.core.workflow.AuthoringWorkflow;
import org.studybench.core.workflow.ImportWorkflow;
import org.studybench.core.workflow.ReportWorkflow;
import org.studybench.core.workflow.SaveWorkflow;

/** The services the commands use; the application looks them up in OSGi, tests may pass their own. */
public record CliServices(Registry registry, StudyService studies, DatasetService datasets, ImportWorkflow imports, ReportWorkflow reports,
        AuthoringWorkflow authoring, SaveWorkflow saves, String version) {

    /**
     * The services as OSGi has them, waiting up to 30 s for each to start.
     *
     * @throws IllegalStateException naming a service that did not start
     */
    public static CliServices lookUp(BundleContext context, String version) throws InterruptedException {
        return new CliServices(service(context, Registry.class), service(context, StudyService.class), service(context, DatasetService.class),
                service(context, ImportWorkflow.class), service(context, ReportWorkflow.class), service(context, AuthoringWorkflow.class),
                service(context, SaveWorkflow.class), version);
    }

    private static <T> T service(BundleContext context, Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        T service = tracker.waitForService(TimeUnit.SECONDS.toMillis(30));
        if (service == null) {
            throw new IllegalStateException("the " + type.getSimpleName() + " service did not start (is Felix SCR running?)");
        }
        return service;
    }
}
