package org.studybench.cli.tests;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.studybench.cli.Cli;
import org.studybench.cli.CliServices;

/** Runs the CLI in-process against the real DS services of the test runtime. */
final class CliRunner {

    record Run(int exitCode, String out, String err) {
    }

    static final Path REPO = Path.of(System.getProperty("studybench.repo", "../.."));
    static final Path IPSOS = REPO.resolve("examples/studies/ipsos-2013/ipsos-2013.study");
    static final Path BLOGMETER = REPO.resolve("examples/studies/blogmeter-2013/blogmeter-2013.study");

    private CliRunner() {
    }

    static Run run(String... args) throws InterruptedException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliServices services = CliServices.lookUp(FrameworkUtil.getBundle(CliRunner.class).getBundleContext(), "0.1.0");
        int code = Cli.run(services, new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    static <T> T service(Class<T> type) throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(CliRunner.class).getBundleContext();
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        T service = tracker.waitForService(TimeUnit.SECONDS.toMillis(20));
        if (service == null) {
            throw new AssertionError("no " + type.getSimpleName() + " service");
        }
        return service;
    }
}
