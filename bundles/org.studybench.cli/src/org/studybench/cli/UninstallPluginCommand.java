package org.studybench.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.studybench.core.InputException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "uninstall-plugin", mixinStandardHelpOptions = true,
        description = "Remove bundles that install-plugin installed (StudyBench's own bundles stay); with no BUNDLE, list them.")
class UninstallPluginCommand implements Callable<Integer> {

    @ParentCommand
    StudyBenchCommand root;

    @Parameters(paramLabel = "BUNDLE", arity = "0..*", description = "Bundle symbolic names; a trailing * matches a prefix (org.example.*).")
    List<String> bundles;

    @Mixin
    InstallationOption installation;

    @Override
    public Integer call() throws InputException {
        return installation.with(installer -> {
            if (bundles == null || bundles.isEmpty()) {
                List<PluginInstaller.Bundle> installed = installer.installed();
                root.out().println(installed.isEmpty() ? "No plug-in bundles installed by install-plugin." : "Installed by install-plugin:");
                installed.forEach(b -> root.out().println("  " + b.name() + " " + b.version()));
                return 0;
            }
            for (PluginInstaller.Bundle b : installer.uninstall(bundles)) {
                root.out().println("uninstalled " + b.name() + " " + b.version());
            }
            return 0;
        });
    }
}
