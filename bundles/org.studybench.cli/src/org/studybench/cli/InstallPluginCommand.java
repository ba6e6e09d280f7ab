package org.studybench.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.studybench.core.InputException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "install-plugin", mixinStandardHelpOptions = true,
        description = { "Install a plug-in into this StudyBench (or the one given with --into): the bundles of a p2 repository (a folder or a zip,"
                + " as a plug-in build makes it) or a bundle jar that StudyBench does not have yet. They are there from the next start of"
                + " studybench or the workbench; 'studybench plugins' lists what they contribute.",
                "Every jar must be an OSGi bundle with a valid Bundle-SymbolicName and Bundle-Version, or nothing is installed."
                        + " Each installed bundle is listed with the vendor its manifest states and whether it is signed."
                        + " A plug-in is code that runs with your rights: install only plug-ins from sources you trust." })
class InstallPluginCommand implements Callable<Integer> {

    @ParentCommand
    StudyBenchCommand root;

    @Parameters(index = "0", paramLabel = "SOURCE", description = "A p2 repository folder, its zip, or a bundle jar.")
    Path source;

    @Mixin
    InstallationOption installation;

    @Override
    public Integer call() throws InputException {
        return installation.with(installer -> {
            List<PluginInstaller.Installed> installed = installer.install(source);
            if (installed.isEmpty()) {
                root.out().println("Nothing to install: " + source + " has no bundle this StudyBench lacks.");
            }
            for (PluginInstaller.Installed i : installed) {
                root.out().println("installed " + i.bundle().name() + " " + i.bundle().version() + " (" + i.origin() + ")");
            }
            return ExitCode.OK;
        });
    }
}
