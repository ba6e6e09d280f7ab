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
        BundleContext bundleContext = FrameworkUtil.getBundle(CliApplication.class).getBundleContext();
        // services are looked up as commands use them; one that does not start is an internal error of that command
        return Cli.run(CliServices.lookUp(bundleContext, version()), out, err, args == null ? new String[0] : args);
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
