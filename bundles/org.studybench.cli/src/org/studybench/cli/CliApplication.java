package org.studybench.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/**
 * The headless Equinox application {@code org.studybench.cli.app}. Needs no display: nothing here
 * or in the bundles it uses touches SWT.
 */
public class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) throws Exception {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        CliServices services;
        try {
            BundleContext bundleContext = FrameworkUtil.getBundle(CliApplication.class).getBundleContext();
            services = CliServices.lookUp(bundleContext, version());
        } catch (IllegalStateException e) {
            java.nio.file.Path log = ErrorLog.write("?", args == null ? new String[0] : args, e);
            err.println("studybench: internal error: " + e.getMessage() + (log == null ? "" : "; the details are in " + log));
            return ExitCode.INTERNAL;
        }
        return Cli.run(services, out, err, args == null ? new String[0] : args);
    }

    @Override
    public void stop() {
        // commands are short-lived; nothing to interrupt
    }

    static String version() {
        Version v = FrameworkUtil.getBundle(CliApplication.class).getVersion();
        return v.getMajor() + "." + v.getMinor() + "." + v.getMicro() + (v.getQualifier().isEmpty() ? "" : " (build " + v.getQualifier() + ")");
    }
}
