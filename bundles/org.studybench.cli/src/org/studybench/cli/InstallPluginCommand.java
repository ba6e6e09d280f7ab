package org.studybench.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.studybench.core.InputException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "install-plugin", mixinStandardHelpOptions = true,
        description = { "Install a plug-in into this StudyBench (or the one given with --into): the bundles of a p2 repository (a folder or a zip,"
                + " as a plug-in build makes it) or a bundle jar that StudyBench does not have yet. They are there from the next start of"
                + " studybench or the workbench; 'studybench plugins' lists what they contribute." })
class InstallPluginCommand implements Callable<Integer> {

    @ParentCommand
    StudyBenchCommand root;

    @Parameters(index = "0", paramLabel = "SOURCE", description = "A p2 repository folder, its zip, or a bundle jar.")
    Path source;

    @Option(names = "--into", paramLabel = "DIR", description = "The StudyBench installation to change (default: the one running).")
    Path into;

    @Override
    public Integer call() throws InputException {
        try {
            return run();
        } catch (IOException e) { // a folder that cannot be written, a disk that is full
            throw new InputException((into != null ? into : InstallPluginCommand.runningInstallation()) + ": " + e.getMessage());
        }
    }

    private int run() throws InputException, IOException {
        PluginInstaller installer = new PluginInstaller(into != null ? into : runningInstallation());
        List<PluginInstaller.Bundle> installed = installer.install(source);
        if (installed.isEmpty()) {
            root.out().println("Nothing to install: " + source + " has no bundle this StudyBench lacks.");
        }
        for (PluginInstaller.Bundle b : installed) {
            root.out().println("installed " + b.name() + " " + b.version());
        }
        return 0;
    }

    /** The installation this CLI runs from (Equinox's install area). */
    static Path runningInstallation() throws InputException {
        String area = System.getProperty("osgi.install.area");
        if (area == null) {
            throw new InputException("cannot tell where this StudyBench is installed (no osgi.install.area); give --into DIR");
        }
        try {
            return Path.of(new java.net.URI(area.replace(" ", "%20")));
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            throw new InputException("the install area " + area + " is not a folder; give --into DIR");
        }
    }
}
